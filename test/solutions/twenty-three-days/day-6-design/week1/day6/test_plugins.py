"""Tests for the plugin system in week1/day6/plugins/.

Run them with:  python -m pytest -v week1/day6
"""
from typing import Any

import pytest

from plugins import (
    DataValidatorPlugin,
    NotificationPlugin,
    Plugin,
    PluginConfig,
    PluginError,
    PluginManager,
    TextProcessorPlugin,
    is_plugin,
)


class Duck:
    name = "duck"
    version = "1"

    def execute(self, data: Any) -> str:
        return "quack"


@pytest.mark.parametrize("cls", [TextProcessorPlugin, DataValidatorPlugin, NotificationPlugin])
def test_builtin_plugins_follow_the_interface(cls: type) -> None:
    plugin = cls()
    assert is_plugin(plugin)
    assert plugin.name and plugin.version


def test_plugin_without_execute_cannot_be_created() -> None:
    class Lazy(Plugin):
        name = "lazy"

    with pytest.raises(TypeError):
        Lazy()  # type: ignore[abstract]


def test_any_object_shaped_like_a_plugin_counts() -> None:
    manager = PluginManager()
    manager.register(Duck())
    assert manager.names() == ["duck"]
    with pytest.raises(TypeError):
        manager.register(object())


def test_a_name_is_registered_once() -> None:
    manager = PluginManager()
    manager.register(TextProcessorPlugin())
    with pytest.raises(PluginError):
        manager.register(TextProcessorPlugin())


def test_load_order_puts_requirements_first() -> None:
    manager = PluginManager()
    manager.register(NotificationPlugin())
    manager.register(TextProcessorPlugin())
    assert manager.load_order() == ["text", "notify"]


def test_text_is_tidied() -> None:
    assert TextProcessorPlugin().execute("  a \t b\n") == "a b"


def test_validator_reports_missing_fields() -> None:
    plugin = DataValidatorPlugin(PluginConfig(options={"required": ["id"]}))
    assert len(plugin.execute({})) == 1
    assert plugin.execute({"id": 1}) == []
