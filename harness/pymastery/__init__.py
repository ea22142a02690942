"""The check API of Python Mastery: what milestone check files use to examine learner code.

See docs/check-api.md. Check files run inside the harness (`harness/run_checks.py`).

The helpers for scripts, folders, servers, clocks and probes live in modules of their own that
are imported the first time a check asks for one of their names, so a check that needs none of
them does not pay for importing them. `pymastery.track` is the track's `checks_common` package.
"""
from ._expect import expect, expect_equal, expect_in, expect_isinstance, expect_raises, fail, skip
from ._failures import CheckFailed
from ._learner import Call, call, capture, learner_module, learner_path, learner_source

#: Names imported on first use, by the module that defines them.
_LAZY = {
    "ScriptRun": "_programs",
    "run_script": "_programs",
    "TempFolder": "_folders",
    "temp_folder": "_folders",
    "HttpServer": "_servers",
    "Request": "_servers",
    "Response": "_servers",
    "serve_http": "_servers",
    "FakeClock": "_clock",
    "fake_clock": "_clock",
    "Growth": "_probes",
    "expect_complexity": "_probes",
    "expect_flat_memory": "_probes",
    "measure_growth": "_probes",
    "peak_memory": "_probes",
    "parse_toml": "_toml",
    "read_toml": "_toml",
}

__all__ = [
    "Call",
    "CheckFailed",
    "call",
    "capture",
    "expect",
    "expect_equal",
    "expect_in",
    "expect_isinstance",
    "expect_raises",
    "fail",
    "learner_module",
    "learner_path",
    "learner_source",
    "skip",
] + sorted(_LAZY)


def __getattr__(name: str) -> object:
    module_name = _LAZY.get(name)
    if module_name is not None:
        __import__(__name__ + "." + module_name)
        import sys

        return getattr(sys.modules[__name__ + "." + module_name], name)
    if name == "track":
        __import__(__name__ + ".track")
        import sys

        return sys.modules[__name__ + ".track"]
    raise AttributeError("module %r has no attribute %r" % (__name__, name))


def __dir__() -> list:
    return sorted(set(globals()) | set(_LAZY))
