"""Creating a project folder from the template in pkgcreator/template/."""
import string
from pathlib import Path

from pkgcreator.names import validate_name
from pkgcreator.pyproject import pyproject_toml

#: The template: a folder tree whose files end in ".tmpl".
TEMPLATE_DIR = Path(__file__).parent / "template"


def create_project(dest_dir, meta):
    """Create the project described by `meta` (see pyproject.pyproject_toml) in a new folder
    dest_dir/<distribution name>, and return that folder's Path.

    - validate_name(meta["name"]) decides both names; a bad name raises its ValueError
      before anything is created.
    - If the folder exists and is not empty, raise FileExistsError and touch nothing.
    - Every file under TEMPLATE_DIR is copied to the same relative place, with:
        "{module}" in a path replaced by the import name,
        the ".tmpl" ending removed, and a leading "dot-" in a file name turned into "."
        (template/dot-gitignore.tmpl -> .gitignore),
        the text filled in with string.Template(...).substitute, with the names
        dist_name, module_name, version and description ("" when meta has none).
    - pyproject.toml is written from pyproject_toml(meta).
    """
    raise NotImplementedError
