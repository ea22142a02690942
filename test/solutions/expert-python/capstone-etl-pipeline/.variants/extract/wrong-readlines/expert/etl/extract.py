import csv


def extract(path):
    with open(path, newline="") as handle:
        lines = handle.readlines()
    reader = csv.DictReader(lines)
    for row in reader:
        yield reader.line_num, row
