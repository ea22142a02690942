"""Example settings for plugload: upper-case names are settings, the rest is ignored."""
from pathlib import Path

PLUGIN_DIRS = ["plugins"]
PLUGINS = ["shouting", "exporters"]
GREETING = "hello"
OUTPUT = str(Path(__file__).with_name("out.csv"))

helper_value = "not a setting: lower case"
