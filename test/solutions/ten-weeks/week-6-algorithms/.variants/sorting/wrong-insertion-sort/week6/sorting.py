def _insertion(items):
    out = list(items)
    for i in range(1, len(out)):
        j = i
        while j > 0 and out[j] < out[j - 1]:
            out[j], out[j - 1] = out[j - 1], out[j]
            j -= 1
    return out


def merge_sort(items):
    return _insertion(items)


def quick_sort(items):
    return _insertion(items)
