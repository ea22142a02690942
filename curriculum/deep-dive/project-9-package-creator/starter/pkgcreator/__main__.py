"""python -m pkgcreator new NAME [--dest DIR] [--description TEXT] [--author NAME]
                                [--email ADDRESS] [--dependency SPEC]... [--wheel]"""
import argparse
import sys
from pathlib import Path

from pkgcreator.names import validate_name
from pkgcreator.skeleton import create_project
from pkgcreator.wheel import build_wheel


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m pkgcreator")
    commands = parser.add_subparsers(dest="command", required=True)
    new = commands.add_parser("new", help="create a new project")
    new.add_argument("name")
    new.add_argument("--dest", default=".")
    new.add_argument("--description", default="")
    new.add_argument("--author", default="")
    new.add_argument("--email", default="")
    new.add_argument("--dependency", action="append", default=[])
    new.add_argument("--wheel", action="store_true", help="also build a wheel into dist/")
    args = parser.parse_args(argv)

    try:
        dist, module = validate_name(args.name)
    except ValueError as error:
        print("error:", error, file=sys.stderr)
        return 2
    meta = {
        "name": dist, "version": "0.1.0", "description": args.description,
        "requires_python": ">=3.8", "dependencies": args.dependency,
        "optional_dependencies": {"test": ["pytest>=7"]},
        "scripts": {dist: module + ".cli:main"},
    }
    if args.author:
        meta["authors"] = [{"name": args.author, "email": args.email}]
    try:
        root = create_project(args.dest, meta)
    except FileExistsError as error:
        print("error:", error, file=sys.stderr)
        return 1
    print("Created %s" % root)
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        print("  " + path.relative_to(root).as_posix())
    if args.wheel:
        wheel = build_wheel(root, meta, root / "dist")
        print("Built %s" % wheel.relative_to(root).as_posix())
    print("Next: cd %s, then python -m pip install -e . and python -m unittest" % root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
