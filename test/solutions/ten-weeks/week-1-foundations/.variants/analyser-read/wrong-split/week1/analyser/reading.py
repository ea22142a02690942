def read_words(path):
    with open(path, encoding="utf-8") as file:
        return [word.strip(".,;:!?()'\"-").lower() for word in file.read().split()]
