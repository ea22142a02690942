"""Stage 2, written with dropna/drop_duplicates and counting by length."""
import pandas as pd


def clean_sales(raw):
    frame = raw.assign(
        order_id=raw["order_id"].str.strip(),
        product=raw["product"].str.strip(),
        region=raw["region"].str.strip().replace("", None),
    )
    filled = int(frame["region"].isna().sum())
    frame["region"] = frame["region"].fillna("Unknown")
    frame["date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d", errors="coerce")
    for name in ["quantity", "unit_price"]:
        frame[name] = pd.to_numeric(frame[name], errors="coerce")
    before = len(frame)
    frame = frame.dropna(subset=["date", "quantity", "unit_price"])
    invalid = before - len(frame)
    before = len(frame)
    frame = frame.drop_duplicates(subset="order_id", keep="first")
    duplicates = before - len(frame)
    frame = frame.astype({"quantity": "int64", "unit_price": "float64"})
    frame["revenue"] = frame.quantity * frame.unit_price
    report = {"filled_region": filled, "invalid": invalid, "duplicates": duplicates}
    return frame.reset_index(drop=True), report
