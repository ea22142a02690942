"""Day 6: a small plugin system."""
from .base import Plugin, PluginConfig, PluginError, is_plugin
from .builtin import DataValidatorPlugin, NotificationPlugin, TextProcessorPlugin
from .manager import PluginManager

__all__ = [
    "DataValidatorPlugin",
    "NotificationPlugin",
    "Plugin",
    "PluginConfig",
    "PluginError",
    "PluginManager",
    "TextProcessorPlugin",
    "is_plugin",
]
