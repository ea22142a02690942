"""Checks for the `stack` milestone."""
from pymastery import call, expect, expect_equal, expect_raises, learner_module
from pymastery.track import attribute_values


def _new_stack():
    return call(learner_module().Stack).value


def check_starts_empty():
    """a new Stack is empty"""
    stack = _new_stack()
    expect_equal(call(len, stack).value, 0,
                 hint="__len__ should return len of the list that holds the items.")
    expect_equal(
        call(stack.is_empty).value, True,
        hint="is_empty should return True for a new stack: return not self._items "
             "(or len(...) == 0).",
    )
    expect(not stack, "bool(Stack()) should be False.",
           hint="Python uses __len__ for truthiness, so an empty stack is falsy once __len__ "
                "works.")


def check_last_in_first_out():
    """pop returns items in reverse order of push"""
    stack = _new_stack()
    for item in ("a", "b", "c"):
        call(stack.push, item)
    popped = [call(stack.pop).value for _ in range(3)]
    expect_equal(
        popped, ["c", "b", "a"],
        hint="Push with list.append and pop with list.pop(): both work at the end of the list, "
             "which is the top of the stack.",
    )
    expect_equal(call(stack.is_empty).value, True,
                 hint="After popping everything the stack is empty again.")


def check_peek_does_not_remove():
    """peek returns the top item and leaves it there"""
    stack = _new_stack()
    call(stack.push, 1)
    call(stack.push, 2)
    expect_equal(call(stack.peek).value, 2, hint="The top is the last item: self._items[-1].")
    expect_equal(call(len, stack).value, 2,
                 hint="peek must not remove anything; read self._items[-1] instead of popping.")
    expect_equal(call(stack.peek).value, 2, hint="Two peeks in a row should see the same item.")


def check_len_tracks_pushes_and_pops():
    """len follows every push and pop"""
    stack = _new_stack()
    for n in range(5):
        call(stack.push, n)
    expect_equal(call(len, stack).value, 5, hint="Each push adds exactly one item.")
    call(stack.pop)
    call(stack.pop)
    expect_equal(call(len, stack).value, 3, hint="Each pop removes exactly one item.")
    expect_equal(call(stack.is_empty).value, False, hint="A stack with items in it is not empty.")


def check_empty_pop_raises_index_error():
    """pop and peek on an empty stack raise IndexError"""
    stack = _new_stack()
    expect_raises(IndexError, stack.pop,
                  hint="Popping an empty stack is a mistake the caller must hear about. "
                       "Raise IndexError (list.pop() on an empty list already does).")
    expect_raises(IndexError, stack.peek,
                  hint="self._items[-1] on an empty list raises IndexError, or check "
                       "`if not self._items:` and raise IndexError yourself.")


def check_holds_none_and_duplicates():
    """None and repeated items are ordinary items"""
    stack = _new_stack()
    for item in (None, 0, 0):
        call(stack.push, item)
    expect_equal(call(len, stack).value, 3,
                 hint="None and 0 are items like any other; do not skip them.")
    expect_equal([call(stack.pop).value for _ in range(3)], [0, 0, None],
                 hint="Test for emptiness with the length, not with the truthiness of the item.")


def check_separate_instances():
    """two stacks do not share items"""
    module = learner_module()
    first = call(module.Stack).value
    second = call(module.Stack).value
    call(first.push, "only in first")
    expect_equal(
        call(len, second).value, 0,
        hint="Create the list in __init__ (self._items = []), not as a class attribute or a "
             "default argument: either one is made once and shared by every instance.",
        at="Stack.__init__",
    )


def check_built_on_a_list():
    """the items live in a list"""
    stack = _new_stack()
    call(stack.push, "x")
    expect(
        any(isinstance(value, list) for value in attribute_values(stack)),
        "No list found among the Stack's attributes.",
        hint="Keep the items in a list attribute, e.g. self._items: list[T] = [] in __init__.",
    )
