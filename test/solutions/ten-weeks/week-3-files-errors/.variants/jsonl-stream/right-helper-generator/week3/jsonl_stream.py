import json


def _records(path, problems):
    with open(path, encoding="utf-8") as file:
        for line in file:
            if line.isspace() or not line:
                continue
            try:
                yield json.loads(line)
            except ValueError:
                problems.append(line)


def filter_jsonl(src_path, dst_path, keep):
    problems = []
    kept = 0
    with open(dst_path, "w", encoding="utf-8") as target:
        for record in filter(keep, _records(src_path, problems)):
            print(json.dumps(record), file=target)
            kept += 1
    return kept, len(problems)
