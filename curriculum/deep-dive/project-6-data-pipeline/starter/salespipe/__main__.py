"""Run the whole pipeline: python -m salespipe DATA_FOLDER --output REPORT_FOLDER"""
import argparse

from salespipe.analyze import revenue_by_region, top_products
from salespipe.clean import clean_sales
from salespipe.load import load_sales, profile
from salespipe.report import money, write_report


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m salespipe")
    parser.add_argument("data", help="a folder of CSV exports")
    parser.add_argument("--output", default="report", help="where the report goes")
    args = parser.parse_args(argv)

    print("Loading data...", end=" ")
    raw = load_sales(args.data)
    facts = profile(raw)
    print(f"{facts['rows']:,} rows from {raw['source'].nunique()} files")

    print("Cleaning data...")
    sales, report = clean_sales(raw)
    print(f"  - filled {report['filled_region']} missing regions")
    print(f"  - dropped {report['invalid']} unreadable rows")
    print(f"  - dropped {report['duplicates']} duplicate orders")

    print("Analyzing...")
    print("  Revenue by region:")
    for region, amount in revenue_by_region(sales).items():
        print(f"    {region + ':':<10}{money(amount):>14}")
    print("  Top products:")
    for rank, (product, row) in enumerate(top_products(sales, 3).iterrows(), start=1):
        print(f"    {rank}. {product:<10}{money(row['revenue']):>12} ({int(row['units'])} units)")

    print("Writing the report...")
    for path in write_report(sales, args.output):
        print(f"  - {path}")


if __name__ == "__main__":
    main()
