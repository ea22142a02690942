"""Sample data for the checks of the ETL capstone: a small CSV of shop events with every kind of
bad row, and big, clean CSV files for the memory checks."""

HEADER = "user_id,event,product_id,amount\n"

# line numbers in the file: the header is line 1
SAMPLE = (
    HEADER
    + "U1,purchase,P10,19.99\n"          # 2
    + "U2, Purchase ,P11,5\n"            # 3
    + "\n"                               # 4  blank: skipped, but counted
    + "U1,refund,P10,19.99\n"            # 5
    + "U3,purchase,P12\n"                # 6  short row: amount missing
    + "U3,gift,P12,3.50\n"               # 7  unknown event
    + "U4,purchase,P10,abc\n"            # 8  amount not a number
    + "U4,purchase,P10,-2\n"             # 9  amount not positive
    + " ,purchase,P13,1\n"               # 10 blank user
    + "U5,purchase,P11,7.25,extra\n"     # 11 too many fields
    + "U5,purchase,P13,12.5\n"           # 12
    + "U2,purchase,P11,0.10\n"           # 13
)

GOOD_LINES = [2, 3, 5, 12, 13]
BAD_LINES = {6: "amount", 7: "event", 8: "amount", 9: "amount", 10: "user_id", 11: "fields"}

CLEAN = [
    {"user_id": "U1", "event": "purchase", "product_id": "P10", "amount": 19.99, "net": 19.99},
    {"user_id": "U2", "event": "purchase", "product_id": "P11", "amount": 5.0, "net": 5.0},
    {"user_id": "U1", "event": "refund", "product_id": "P10", "amount": 19.99, "net": -19.99},
    {"user_id": "U5", "event": "purchase", "product_id": "P13", "amount": 12.5, "net": 12.5},
    {"user_id": "U2", "event": "purchase", "product_id": "P11", "amount": 0.1, "net": 0.1},
]

REPORT = {
    "records": 5,
    "net_revenue": 17.6,
    "by_user": {"U5": 12.5, "U2": 5.1, "U1": 0.0},
    "top_product": ("P10", 2),
    "events": {"purchase": 4, "refund": 1},
}


def big_csv(folder, n):
    """Writes a clean CSV of n events (50 users, 20 products) into `folder`; returns its path."""
    lines = [HEADER]
    for i in range(n):
        event = "refund" if i % 10 == 9 else "purchase"
        lines.append("U%02d,%s,P%02d,%d.%02d\n" % (i % 50, event, i % 20, 1 + i % 40, i % 100))
    return folder.write("events-%d.csv" % n, "".join(lines))


def clean_records(n):
    """A generator of n clean records, as transform yields them."""
    for i in range(n):
        amount = 1.0 + i % 40
        event = "refund" if i % 10 == 9 else "purchase"
        yield {"user_id": "U%02d" % (i % 50), "event": event, "product_id": "P%02d" % (i % 20),
               "amount": amount, "net": -amount if event == "refund" else amount}
