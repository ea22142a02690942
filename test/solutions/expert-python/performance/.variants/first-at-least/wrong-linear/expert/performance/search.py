"""Wrong: right answers, but it looks at the items one by one."""


def first_at_least(items, target):
    for index, item in enumerate(items):
        if not item < target:
            return index
    return len(items)
