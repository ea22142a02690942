"""datatools: clean, check and export tabular records (a list of dicts).

TODO (milestone "A clean public API"):
- set __version__ to the same version string as in pyproject.toml
- import the three subpackages so that `import datatools` is enough to reach
  datatools.processing, datatools.validation and datatools.export
- re-export the everyday functions: clean_records, split_valid and write
- list the public names in __all__
"""
