"""Building a wheel by hand: a zip file with the package and a .dist-info folder."""
import base64
import hashlib
import zipfile
from pathlib import Path

from pkgcreator.names import validate_name


def record_hash(data):
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).decode("ascii")


def _metadata(meta):
    lines = ["Metadata-Version: 2.1", "Name: " + meta["name"], "Version: " + meta["version"]]
    if meta.get("description"):
        lines.append("Summary: " + meta["description"])
    if meta.get("requires_python"):
        lines.append("Requires-Python: " + meta["requires_python"])
    for spec in meta.get("dependencies") or []:
        lines.append("Requires-Dist: " + spec)
    for extra, specs in (meta.get("optional_dependencies") or {}).items():
        lines.append("Provides-Extra: " + extra)
        for spec in specs:
            lines.append('Requires-Dist: %s; extra == "%s"' % (spec, extra))
    return "\n".join(lines) + "\n"


def build_wheel(project_dir, meta, out_dir):
    _, module = validate_name(meta["name"])
    version = meta["version"]
    package = Path(project_dir) / "src" / module
    info = "%s-%s.dist-info" % (module, version)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    wheel_path = out / ("%s-%s-py3-none-any.whl" % (module, version))

    files = []
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            files.append((module + "/" + path.relative_to(package).as_posix(), path.read_bytes()))
    files.append((info + "/METADATA", _metadata(meta).encode("utf-8")))
    files.append((info + "/WHEEL", b"Wheel-Version: 1.0\nGenerator: pkgcreator\n"
                                   b"Root-Is-Purelib: true\nTag: py3-none-any\n"))
    scripts = meta.get("scripts") or {}
    if scripts:
        entry = "[console_scripts]\n" + "".join("%s = %s\n" % pair for pair in scripts.items())
        files.append((info + "/entry_points.txt", entry.encode("utf-8")))

    record = "".join("%s,%s,%d\n" % (name, record_hash(data), len(data)) for name, data in files)
    record += info + "/RECORD,,\n"
    with zipfile.ZipFile(wheel_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            archive.writestr(name, data)
        archive.writestr(info + "/RECORD", record)
    return wheel_path
