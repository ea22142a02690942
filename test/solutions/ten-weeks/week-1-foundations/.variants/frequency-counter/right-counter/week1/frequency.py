from collections import Counter


def frequencies(items):
    return dict(Counter(items))


def letter_frequencies(text):
    return frequencies(filter(str.isalpha, text.lower()))
