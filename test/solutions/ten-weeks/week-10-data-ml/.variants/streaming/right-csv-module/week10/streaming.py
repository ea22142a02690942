import csv


def region_totals(path, chunksize=10_000):
    totals = {}
    with open(path, newline="") as file:
        for row in csv.DictReader(file):
            amount = float(row["amount"])
            if amount >= 0:
                totals[row["region"]] = totals.get(row["region"], 0.0) + amount
    return totals
