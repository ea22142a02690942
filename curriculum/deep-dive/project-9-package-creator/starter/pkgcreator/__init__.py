"""Creates the skeleton of a new Python package: `python -m pkgcreator new NAME`."""
