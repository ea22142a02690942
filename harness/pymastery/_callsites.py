"""Noting which learner function a check called last, and what it returned.

A failure that surfaces in the check's own code (a check looping over what the learner's function
returned, say) is blamed on the learner function the check called last. `call` and `capture` note
their calls here. In a check file the harness compiles itself (one with `assert` statements,
`unittest` tests or an `import pytest`), every call expression is also rewritten::

    two_fer("Alice")   becomes   finished(started(two_fer, 7)("Alice"), 7)

`started` notes the callee when it is a learner function and returns it unchanged, so the call
itself is still made from the check's own frame (zero-argument `super()`, `locals()` and frame
inspection keep working); `finished` notes the value and returns it unchanged. Learner code is
never rewritten and runs at full speed: only the check file's own calls pay for the noting.
"""
from __future__ import annotations

from ._session import ACTIVE
from ._stdlib import import_stdlib

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Tuple

    from ._session import CheckState
    from ._workspace import Workspace

#: Global names the rewritten code calls; not valid identifiers, so they can't clash.
CALL_STARTED = "@pymastery_call_started"
CALL_FINISHED = "@pymastery_call_finished"

#: (first line, last line) of each rewritten call site of the check file, by site number.
SITE_LINES: Dict[int, Tuple[int, int]] = {}


def _a_function() -> None:
    pass


class _AClass:
    def method(self) -> None:
        pass


_function_type = type(_a_function)
_method_type = BOUND_METHOD_TYPE = type(_AClass().method)
_type_type = type
BUILTIN_LEN = len  # taken before any learner code can replace it


def is_learner_callable(workspace: Workspace, check: CheckState, fn: object) -> bool:
    """Whether `fn` is a function, bound method or class defined in the learner's files.

    Looks at code objects, a class's module and its members: noting a call calls none of the
    learner's functions.
    """
    kind = type(fn)
    if kind is _method_type:
        fn = fn.__func__  # type: ignore[attr-defined]
        kind = type(fn)
    if kind is _function_type:
        return workspace.owns(fn.__code__.co_filename)  # type: ignore[attr-defined]
    if issubclass(kind, _type_type):
        return is_learner_class(workspace, check, fn)  # type: ignore[arg-type]
    return False


def is_learner_class(workspace: Workspace, check: CheckState, cls: type) -> bool:
    """Whether a class is defined in the learner's files (remembered for the check)."""
    verdicts = check.class_verdicts
    known = verdicts.get(id(cls))
    if known is not None and known[0] is cls:
        return known[1]
    try:
        verdict = _type_type.__getattribute__(cls, "__module__") != "builtins" and bool(
            workspace.defines(cls))
    except BaseException:
        verdict = False
    verdicts[id(cls)] = (cls, verdict)
    return verdict


def note_learner_call(check: CheckState, fn: object) -> int:
    """Records that the check is calling the learner function `fn`; returns the call's number."""
    check.learner_calls += 1
    check.last_target = fn
    return check.learner_calls


def note_learner_result(check: CheckState, number: int, fn: object, value: object) -> None:
    """Records what the learner call numbered `number` returned."""
    check.last_result = (number, fn, value)


def call_started(fn: Any, site: int) -> Any:
    """Called (by rewritten check code) just before the check calls `fn`; returns `fn`."""
    try:
        session = ACTIVE.session
        check = session.check if session is not None else None
        if check is not None:
            pending = check.pending_calls
            pending.pop(site, None)  # so the newest call comes last
            if is_learner_callable(session.workspace, check, fn):  # type: ignore[union-attr]
                pending[site] = (note_learner_call(check, fn), fn)
            else:
                pending[site] = (None, fn)
    except BaseException:
        pass
    return fn


def call_finished(value: Any, site: int) -> Any:
    """Called (by rewritten check code) with what a call returned; returns `value`."""
    try:
        session = ACTIVE.session
        check = session.check if session is not None else None
        if check is not None:
            started = check.pending_calls.pop(site, None)
            if started is not None and started[0] is not None:
                note_learner_result(check, started[0], started[1], value)
    except BaseException:
        pass
    return value


def unfinished_call_on_line(check: CheckState, line: int) -> Optional[Tuple[object, bool]]:
    """(callee, is it the learner's) of the newest call on check-file line `line` that was
    started and has not returned: the call that raised, when the check stopped on that line."""
    for site, (number, fn) in reversed(list(check.pending_calls.items())):
        lines = SITE_LINES.get(site)
        if lines is not None and lines[0] <= line <= lines[1]:
            return fn, number is not None
    return None


def call_noting_globals() -> dict:
    """The globals a check module whose calls were rewritten needs."""
    return {CALL_STARTED: call_started, CALL_FINISHED: call_finished}


def rewrite_calls(tree: Any) -> Any:
    """Rewrites every call in a parsed check file (an `ast.Module`) in place, to note it.

    Annotations are left alone: with `from __future__ import annotations` they are kept as
    source text.
    """
    ast = import_stdlib("ast")
    SITE_LINES.clear()

    class Rewriter(ast.NodeTransformer):
        site = 0

        def visit_Call(self, node: Any) -> Any:
            self.generic_visit(node)
            Rewriter.site += 1
            SITE_LINES[Rewriter.site] = (node.lineno, getattr(node, "end_lineno", None)
                                         or node.lineno)
            site = ast.Constant(value=Rewriter.site)
            node.func = ast.Call(func=ast.Name(id=CALL_STARTED, ctx=ast.Load()),
                                 args=[node.func, site], keywords=[])
            noted = ast.Call(func=ast.Name(id=CALL_FINISHED, ctx=ast.Load()),
                             args=[node, ast.Constant(value=Rewriter.site)], keywords=[])
            for new in (node.func, noted):
                ast.copy_location(new, node)
            return noted

        def _skip_annotations(self, node: Any, fields: tuple) -> Any:
            kept = {name: getattr(node, name, None) for name in fields}
            for name in fields:
                setattr(node, name, None)
            self.generic_visit(node)
            for name, value in kept.items():
                setattr(node, name, value)
            return node

        def visit_arg(self, node: Any) -> Any:
            return self._skip_annotations(node, ("annotation",))

        def visit_FunctionDef(self, node: Any) -> Any:
            return self._skip_annotations(node, ("returns",))

        def visit_AsyncFunctionDef(self, node: Any) -> Any:
            return self._skip_annotations(node, ("returns",))

        def visit_AnnAssign(self, node: Any) -> Any:
            node.target = self.visit(node.target)
            if node.value is not None:
                node.value = self.visit(node.value)
            return node

    Rewriter().visit(tree)
    return tree
