"""Write a small, messy sample of sales exports: python -m salespipe.make_sample data"""
import random
import sys
from pathlib import Path

REGIONS = ["North", "South", "East", "West"]
PRODUCTS = {"Kettle": 24.0, "Lamp": 18.5, "Teapot": 32.0, "Mug": 6.25, "Tray": 12.0}


def write_sample(folder, months=3, per_month=40, seed=7):
    """Write one CSV per month into ``folder``, with a few problems mixed in on purpose."""
    rng = random.Random(seed)
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    order = 1000
    for month in range(1, months + 1):
        lines = ["order_id,date,region,product,quantity,unit_price"]
        for _ in range(per_month):
            order += 1
            product = rng.choice(list(PRODUCTS))
            region = rng.choice(REGIONS)
            day = rng.randint(1, 28)
            row = [f"A{order}", f"2024-{month:02d}-{day:02d}", region, product,
                   str(rng.randint(1, 9)), f"{PRODUCTS[product]:.2f}"]
            trouble = rng.random()
            if trouble < 0.05:
                row[2] = ""                  # a missing region
            elif trouble < 0.08:
                row[4] = "n/a"               # a quantity nobody can read
            elif trouble < 0.10:
                row[2] = f"  {region} "      # stray spaces
            lines.append(",".join(row))
            if rng.random() < 0.04:
                lines.append(",".join(row))  # the same order exported twice
        lines.append("A9999,2024-13-40,North,Mug,1,6.25,oops")  # a line with a field too many
        (out / f"sales-2024-{month:02d}.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_sample(sys.argv[1] if len(sys.argv) > 1 else "data")
