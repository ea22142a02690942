"""Log analyser, step 2: read many log files, surviving bad lines and flaky files."""
import time

from parsing import parse_line


def _open(path, opener, attempts, sleep):
    pause = 0.1
    for attempt in range(1, attempts + 1):
        try:
            return opener(path, encoding="utf-8")
        except OSError:
            if attempt == attempts:
                raise
        sleep(pause)
        pause *= 2


def read_logs(paths, problems, opener=open, attempts=3, sleep=time.sleep):
    """Yield every good entry of every file; record bad lines and unreadable files."""
    for path in paths:
        try:
            file = _open(path, opener, attempts, sleep)
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
