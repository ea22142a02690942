"""Creating a project folder from the template in pkgcreator/template/."""
import string
from pathlib import Path

from pkgcreator.names import validate_name
from pkgcreator.pyproject import pyproject_toml

#: The template: a folder tree whose files end in ".tmpl".
TEMPLATE_DIR = Path(__file__).parent / "template"


def _target_name(relative, module):
    parts = [part.replace("{module}", module) for part in relative.parts]
    name = parts[-1]
    if name.endswith(".tmpl"):
        name = name[:-len(".tmpl")]
    if name.startswith("dot-"):
        name = "." + name[len("dot-"):]
    return Path(*parts[:-1], name)


def create_project(dest_dir, meta):
    dist, module = validate_name(meta["name"])
    root = Path(dest_dir) / dist
    if root.exists() and any(root.iterdir()):
        raise FileExistsError("%s already exists and is not empty" % root)
    values = {"dist_name": dist, "module_name": module, "version": meta["version"],
              "description": meta.get("description", "")}
    for template in sorted(TEMPLATE_DIR.rglob("*.tmpl")):
        target = root / _target_name(template.relative_to(TEMPLATE_DIR), module)
        target.parent.mkdir(parents=True, exist_ok=True)
        text = string.Template(template.read_text(encoding="utf-8")).substitute(values)
        target.write_text(text, encoding="utf-8")
    (root / "pyproject.toml").write_text(pyproject_toml(meta), encoding="utf-8")
    return root
