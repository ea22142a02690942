"""Checks for the `typed-stack` milestone (expert/typesys/typedstack.py: Stack)."""
import collections.abc
import importlib.util
import re
import subprocess
import sys
import typing

from pymastery import (call, expect, expect_equal, expect_raises, fail, learner_module, learner_source,
                       skip, temp_folder)

GOOD_USE = '''\
from typing import List
from typedstack import Stack

numbers: Stack[int] = Stack()
numbers.push(3)
top: int = numbers.pop()
seen = numbers.peek()
if seen is not None:
    also: int = seen
listed: List[int] = list(numbers)
size: int = len(numbers)
words: Stack[str] = Stack()
words.push("three")
'''

BAD_USE = '''\
from typedstack import Stack

numbers: Stack[int] = Stack()
numbers.push("three")
word: str = numbers.pop()
maybe: int = numbers.peek()
'''
BAD_LINES = {4: 'numbers.push("three") on a Stack[int]',
             5: "a str variable set from a Stack[int]'s pop()",
             6: "an int variable set from peek(), which may give None"}


def _stack(module):
    return call(module.Stack).value


def check_last_in_first_out():
    """push and pop work last in, first out; an empty pop raises IndexError"""
    module = learner_module()
    stack = _stack(module)
    for item in ("a", "b", "c"):
        call(stack.push, item)
    expect_equal([call(stack.pop).value for _ in range(3)], ["c", "b", "a"],
                 hint="pop takes from the same end push adds to: list.append and list.pop().")
    expect_raises(IndexError, stack.pop, hint="Popping an empty stack raises IndexError.")


def check_peek_len_and_iteration():
    """peek shows the top without removing it; len and iteration see every item, top first"""
    module = learner_module()
    stack = _stack(module)
    expect_equal(call(stack.peek).value, None, hint="peek on an empty stack returns None.")
    expect_equal(len(stack), 0)
    for item in (10, 20, 30):
        call(stack.push, item)
    expect_equal(call(stack.peek).value, 30)
    expect_equal(len(stack), 3, hint="peek leaves the item in place.")
    expect_equal(list(stack), [30, 20, 10], hint="Iterate from the top, for example with reversed() over your list.")
    expect_equal(len(stack), 3, hint="Iterating does not remove anything.")
    other = _stack(module)
    expect_equal(len(other), 0, hint="Create the list in __init__, so stacks don't share one.")


def _type_var(module):
    params = getattr(module.Stack, "__parameters__", ())
    if not issubclass(module.Stack, typing.Generic) or len(params) != 1:
        fail("Stack is not generic over one type variable (its __parameters__ are %r)" % (params,),
             hint='Write T = TypeVar("T") at the top of the file and class Stack(Generic[T]):.')
    return params[0]


def _hints(function, name):
    try:
        return typing.get_type_hints(function)
    except Exception as error:
        fail("typing.get_type_hints could not read the annotations of %s: %s: %s"
             % (name, type(error).__name__, error),
             hint="Use the typing names (List, Optional, Iterator): list[T] and T | None fail "
                  "on older Pythons when the hints are read.")


def check_is_generic():
    """Stack is generic over one type variable, and Stack[int] can be used"""
    module = learner_module()
    _type_var(module)
    alias = module.Stack[int]
    expect(isinstance(alias(), module.Stack), "Stack[int]() did not make a Stack")


def check_annotations():
    """every method is annotated with the type variable"""
    module = learner_module()
    T = _type_var(module)
    Stack = module.Stack
    push = _hints(Stack.push, "push")
    expect(push.get("item") is T, "push's item is annotated %r, expected %r" % (push.get("item"), T),
           hint="push(self, item: T) -> None")
    expect(push.get("return") is type(None), "push should be annotated -> None",
           hint="push(self, item: T) -> None")
    pop = _hints(Stack.pop, "pop").get("return")
    expect(pop is T, "pop returns %r, expected %r" % (pop, T), hint="pop(self) -> T")
    peek = _hints(Stack.peek, "peek").get("return")
    expect(peek == typing.Optional[T], "peek returns %r, expected Optional[%r]" % (peek, T),
           hint="An empty stack's peek gives None: -> Optional[T].")
    length = _hints(Stack.__len__, "__len__").get("return")
    expect(length is int, "__len__ returns %r, expected int" % (length,), hint="__len__(self) -> int")
    it = _hints(Stack.__iter__, "__iter__").get("return")
    origin = typing.get_origin(it)
    args = typing.get_args(it)
    expect(origin in (collections.abc.Iterator, collections.abc.Iterable, collections.abc.Generator)
           and args[:1] == (T,),
           "__iter__ returns %r, expected Iterator[%r]" % (it, T), hint="__iter__(self) -> Iterator[T]")
    init = _hints(Stack.__init__, "__init__")
    expect(init.get("return") is type(None), "__init__ should be annotated -> None",
           hint="Without it, mypy treats __init__ as unannotated and skips checking its body.")


def _mypy(folder, *files):
    """Runs mypy in its own process; returns {file: [(line, message)]} for the errors it reports."""
    command = [sys.executable, "-m", "mypy", "--disallow-untyped-defs", "--no-error-summary",
               "--show-error-codes", "--cache-dir", folder.path(".mypy_cache"), *files]
    try:
        done = subprocess.run(command, cwd=folder.path(), capture_output=True, text=True, timeout=75)
    except subprocess.TimeoutExpired:
        skip("mypy took longer than 75 seconds; run it yourself: python -m mypy "
             "--disallow-untyped-defs expert/typesys/typedstack.py")
    if done.returncode not in (0, 1):
        fail("mypy could not run: %s" % (done.stderr or done.stdout).strip()[-600:])
    errors = {}
    for line in done.stdout.splitlines():
        found = re.match(r"^(.+?):(\d+): error: (.*)$", line)
        if found:
            errors.setdefault(found.group(1), []).append((int(found.group(2)), found.group(3)))
    return errors


def check_mypy_agrees():
    """mypy accepts the stack and right uses of it, and catches wrong ones (when mypy is installed)"""
    module = learner_module()
    _type_var(module)
    if importlib.util.find_spec("mypy") is None:
        skip("mypy is not installed for this interpreter; `python -m pip install mypy` adds this check")
    source = learner_source()
    with temp_folder({"typedstack.py": source, "good_use.py": GOOD_USE, "bad_use.py": BAD_USE}) as folder:
        errors = _mypy(folder, "typedstack.py", "good_use.py", "bad_use.py")
    own = errors.get("typedstack.py", [])
    if own:
        fail("mypy reports problems in your file:\n" + "\n".join("line %d: %s" % e for e in own[:6]),
             hint="Every method needs annotations for its parameters and its return value "
                  "(run `python -m mypy --disallow-untyped-defs` on the file to see them).")
    good = errors.get("good_use.py", [])
    if good:
        fail("mypy rejects a correct use of Stack[int]:\n" + "\n".join("line %d: %s" % e for e in good[:6]),
             hint="Check that each method's types mention T where the stack's element goes.")
    caught = {line for line, _ in errors.get("bad_use.py", [])}
    for line, what in BAD_LINES.items():
        expect(line in caught, "mypy did not report %s" % what,
               hint="An annotation of Any, object or a missing one lets that through; use T.")
