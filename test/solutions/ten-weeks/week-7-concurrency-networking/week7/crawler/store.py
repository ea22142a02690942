"""Week 7 mini project: keep the crawl's results as JSON and CSV."""
import csv
import json
import os

FIELDS = ["url", "status", "title", "size", "worker"]


def save_results(results, folder):
    """Write ``results`` (dicts with the keys in FIELDS) to ``folder``/results.json and
    ``folder``/results.csv; create the folder if needed. Return the two paths (json, csv).

    The JSON file holds the list as it is. The CSV file has a header row with FIELDS in that
    order, then one row per result; a None becomes an empty cell.
    """
    os.makedirs(folder, exist_ok=True)
    json_path = os.path.join(folder, "results.json")
    csv_path = os.path.join(folder, "results.csv")
    with open(json_path, "w", encoding="utf-8") as handle:
        json.dump(results, handle, indent=2)
    with open(csv_path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        for result in results:
            writer.writerow({name: result.get(name) for name in FIELDS})
    return json_path, csv_path


def load_csv(path):
    """Read a results.csv back into dicts; status, size and worker become int, empty cells None."""
    rows = []
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            record = {name: (row[name] if row[name] != "" else None) for name in FIELDS}
            for name in ("status", "size", "worker"):
                if record[name] is not None:
                    record[name] = int(record[name])
            rows.append(record)
    return rows
