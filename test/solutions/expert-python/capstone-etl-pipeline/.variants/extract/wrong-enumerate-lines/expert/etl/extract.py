import csv


def extract(path):
    with open(path, newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            yield number, row
