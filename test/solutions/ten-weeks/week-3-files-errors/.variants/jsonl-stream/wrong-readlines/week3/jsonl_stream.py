import json


def filter_jsonl(src_path, dst_path, keep):
    with open(src_path, encoding="utf-8") as source:
        lines = source.readlines()
    kept, bad = [], 0
    for line in lines:
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            bad += 1
            continue
        if keep(record):
            kept.append(record)
    with open(dst_path, "w", encoding="utf-8") as target:
        for record in kept:
            target.write(json.dumps(record) + "\n")
    return len(kept), bad
