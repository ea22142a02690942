import json


def csv_to_json(csv_path, json_path):
    with open(csv_path, encoding="utf-8") as source:
        lines = source.read().splitlines()
    header = lines[0].split(",")
    rows = [dict(zip(header, line.split(","))) for line in lines[1:] if line]
    with open(json_path, "w", encoding="utf-8") as target:
        json.dump(rows, target)
    return len(rows)
