"""Capstone 1, step 1: decide which folder a file belongs in, from its extension."""
import os

# Each category (a folder name) lists the extensions that go in it, in lower case.
DEFAULT_RULES = {
    "images": [".jpg", ".jpeg", ".png", ".gif", ".webp"],
    "documents": [".pdf", ".txt", ".md", ".docx", ".odt"],
    "spreadsheets": [".csv", ".xlsx", ".ods"],
    "audio": [".mp3", ".wav", ".flac"],
    "video": [".mp4", ".mov", ".mkv"],
    "archives": [".zip", ".tar", ".gz", ".7z"],
    "code": [".py", ".js", ".html", ".css", ".json"],
}

OTHER = "other"


def category_for(filename, rules=None):
    """Return the category (folder name) for ``filename``, using ``rules`` or DEFAULT_RULES.

    Only the last extension counts, in any case: ``"Cat.JPG"`` is ``"images"`` and
    ``"backup.tar.gz"`` is ``"archives"``. ``filename`` may include folders
    (``"inbox/notes.txt"``). A name with no extension, a hidden file such as ``".bashrc"``
    and an extension no rule lists all give OTHER.
    """
    rules = DEFAULT_RULES if rules is None else rules
    extension = os.path.splitext(os.path.basename(filename))[1].lower()
    if not extension:
        return OTHER
    for category, extensions in rules.items():
        if extension in (e.lower() for e in extensions):
            return category
    return OTHER
