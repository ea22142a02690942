def repeated_ids(ids):
    seen = set()
    repeated = []
    for item in ids:
        if item in seen and item not in repeated:
            repeated.append(item)
        seen.add(item)
    return repeated
