def repeated_ids(ids):
    counts = {}
    repeated = []
    for item in ids:
        counts[item] = counts.get(item, 0) + 1
        if counts[item] == 2:
            repeated.append(item)
    return repeated
