def load(records):
    report = {"records": 0, "net_revenue": 0.0, "events": {"purchase": 0, "refund": 0}}
    users, products = {}, {}
    for record in records:
        report["records"] += 1
        report["net_revenue"] += record["net"]
        report["events"][record["event"]] += 1
        users[record["user_id"]] = users.get(record["user_id"], 0.0) + record["net"]
        products[record["product_id"]] = products.get(record["product_id"], 0) + 1
    report["net_revenue"] = round(report["net_revenue"], 2)
    ranked = sorted(users, key=lambda user: (-round(users[user], 2), user))
    report["by_user"] = {user: round(users[user], 2) for user in ranked}
    best = sorted(products, key=lambda product: (-products[product], product))
    report["top_product"] = (best[0], products[best[0]]) if best else None
    return report
