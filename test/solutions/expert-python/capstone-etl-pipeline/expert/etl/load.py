"""Load: fold the clean records into a report, one record at a time."""
from collections import Counter, defaultdict


def load(records):
    """Summarize an iterable of clean records in one pass, without keeping the records.

    Returns {
        "records": how many records there were,
        "net_revenue": the sum of their net amounts, rounded to 2 decimals,
        "by_user": {user_id: net total rounded to 2 decimals}, largest total first
                   (users with equal totals in alphabetical order),
        "top_product": (product_id, number of records) of the product with most records
                       (on a tie, the smallest product_id); None when there were no records,
        "events": {"purchase": count, "refund": count},
    }
    """
    count = 0
    total = 0.0
    by_user = defaultdict(float)
    products = Counter()
    events = {"purchase": 0, "refund": 0}
    for record in records:
        count += 1
        total += record["net"]
        by_user[record["user_id"]] += record["net"]
        products[record["product_id"]] += 1
        events[record["event"]] += 1
    users = sorted(((user, round(net, 2)) for user, net in by_user.items()), key=lambda item: (-item[1], item[0]))
    top = min(products.items(), key=lambda item: (-item[1], item[0])) if products else None
    return {"records": count, "net_revenue": round(total, 2), "by_user": dict(users),
            "top_product": top, "events": events}
