import pandas as pd


def region_totals(path, chunksize=10_000):
    orders = pd.read_csv(path)
    sales = orders[orders["amount"] >= 0]
    return {region: float(total) for region, total in sales.groupby("region")["amount"].sum().items()}
