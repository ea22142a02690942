"""Building a wheel by hand: a zip file with the package and a .dist-info folder."""
import base64
import hashlib
import zipfile
from pathlib import Path

from pkgcreator.names import validate_name


def record_hash(data):
    """The hash of `data` (bytes) as RECORD writes it: "sha256=" and the digest in URL-safe
    base64 without "=" padding."""
    raise NotImplementedError


def build_wheel(project_dir, meta, out_dir):
    """Build a pure-Python wheel of the project in `project_dir` (src layout) into `out_dir`
    and return the wheel's Path.

    - The file is named {module}-{version}-py3-none-any.whl, with the import name.
    - It holds every file of src/<module>/ (not __pycache__ or .pyc files) under <module>/,
      and a {module}-{version}.dist-info/ folder with:
        METADATA          "Metadata-Version: 2.1", Name, Version, and when meta has them
                          Summary, Requires-Python, one Requires-Dist per dependency, and
                          for each optional extra a Provides-Extra line and its
                          dependencies as Requires-Dist: <spec>; extra == "<extra>"
        WHEEL             Wheel-Version: 1.0, Generator, Root-Is-Purelib: true,
                          Tag: py3-none-any
        entry_points.txt  a [console_scripts] section, only when meta has scripts
        RECORD            written last: one "path,hash,size" line per file in the wheel,
                          and "…/RECORD,," for itself
    - Every path in the zip uses "/".
    """
    raise NotImplementedError
