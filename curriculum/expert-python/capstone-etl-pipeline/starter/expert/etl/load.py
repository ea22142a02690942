"""Load: fold the clean records into a report, one record at a time."""


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
    # TODO
    return {}
