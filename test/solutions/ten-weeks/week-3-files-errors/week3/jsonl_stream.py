"""Week 3: process a JSON Lines file one record at a time."""
import json


def filter_jsonl(src_path, dst_path, keep):
    """Copy the records that keep() accepts; return (kept, bad lines)."""
    kept = bad = 0
    with open(src_path, encoding="utf-8") as source, \
            open(dst_path, "w", encoding="utf-8") as target:
        for line in source:
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                bad += 1
                continue
            if keep(record):
                target.write(json.dumps(record) + "\n")
                kept += 1
    return kept, bad
