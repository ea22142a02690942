def frequencies(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return {key: counts[key] for key in sorted(counts)}


def letter_frequencies(text):
    return frequencies(ch for ch in text.lower() if ch.isalpha())
