import time

from parsing import parse_line


def read_logs(paths, problems, opener=open, attempts=3, sleep=time.sleep):
    for path in paths:
        try:
            file = opener(path, encoding="utf-8")
        except OSError as error:
            problems.append((path, 0, str(error)))
            continue
        with file:
            for number, line in enumerate(file, start=1):
                if not line.strip():
                    continue
                try:
                    entry = parse_line(line)
                except ValueError as error:
                    problems.append((path, number, str(error)))
                    continue
                entry["file"] = path
                yield entry
