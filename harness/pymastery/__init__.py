"""The check API of Python Mastery: what milestone check files use to examine learner code.

See docs/check-api.md. Check files run inside the harness (`harness/run_checks.py`).
"""
from ._expect import expect, expect_equal, expect_in, expect_isinstance, expect_raises, fail, skip
from ._failures import CheckFailed
from ._learner import Call, call, capture, learner_module, learner_path, learner_source

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
]
