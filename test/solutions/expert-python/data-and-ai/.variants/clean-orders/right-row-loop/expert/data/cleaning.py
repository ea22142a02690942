import pandas as pd


def _number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def clean_orders(orders):
    rows, seen = [], set()
    for row in orders.itertuples(index=False):
        customer = (row.customer or "").strip()
        amount = _number(row.amount)
        if not customer or amount is None or row.order_id in seen:
            continue
        seen.add(row.order_id)
        rows.append({"order_id": row.order_id, "customer": customer, "email": row.email.strip().lower(),
                     "amount": amount, "country": row.country.upper()})
    return pd.DataFrame(rows, columns=list(orders.columns))


def revenue_by_country(orders):
    totals = {}
    for country, amount in zip(orders["country"], orders["amount"]):
        totals[country] = totals.get(country, 0) + amount
    return {c: round(t, 2) for c, t in sorted(totals.items(), key=lambda item: -item[1])}
