def frequencies(items):
    items = list(items)
    return {item: items.count(item) for item in items}


def letter_frequencies(text):
    return frequencies(ch for ch in text.lower() if ch.isalpha())
