"""Tests for the plugin system in week1/day6/plugins/.

Run them with:  python -m pytest -v week1/day6
"""
from plugins import PluginManager, TextProcessorPlugin, is_plugin


def test_builtin_plugins_follow_the_interface() -> None:
    # TODO: assert that each built-in plugin is_plugin() and has a name and a version.
    pass


def test_load_order_puts_requirements_first() -> None:
    # TODO
    pass
