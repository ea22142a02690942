"""Checks for the `bst` milestone (week6/bst.py)."""
import random

from pymastery import call, expect, expect_equal, expect_raises, learner_module


def _tree(module, keys):
    tree = call(module.BST).value
    for key in keys:
        call(tree.insert, key)
    return tree


def check_insert_and_inorder():
    """inorder lists the inserted keys smallest first, without duplicates"""
    module = learner_module()
    tree = _tree(module, [50, 30, 70, 20, 40, 60, 80, 30])
    expect_equal(call(tree.inorder).value, [20, 30, 40, 50, 60, 70, 80],
                 hint="In-order means: the left subtree, then the node, then the right subtree.")
    expect_equal(len(tree), 7, hint="A key inserted twice is stored once, so len counts it once.")
    expect_equal(call(call(module.BST).value.inorder).value, [], hint="An empty tree lists [].")


def check_search():
    """search answers True for stored keys and False for others"""
    module = learner_module()
    tree = _tree(module, [50, 30, 70, 20, 40])
    for key in [50, 30, 70, 20, 40]:
        expect_equal(call(tree.search, key).value, True)
    for key in [10, 35, 45, 90]:
        expect_equal(call(tree.search, key).value, False,
                     hint="Walk down from the root: left when the key is smaller, right when "
                          "larger; reaching None means it is not there.")


def check_delete_cases():
    """delete removes a leaf, a node with one child and a node with two children"""
    module = learner_module()
    tree = _tree(module, [50, 30, 70, 20, 40, 60, 80, 65])
    call(tree.delete, 20)   # a leaf
    expect_equal(call(tree.inorder).value, [30, 40, 50, 60, 65, 70, 80])
    call(tree.delete, 60)   # one child (65)
    expect_equal(call(tree.inorder).value, [30, 40, 50, 65, 70, 80],
                 hint="A node with one child is replaced by that child.")
    call(tree.delete, 50)   # the root, with two children
    expect_equal(call(tree.inorder).value, [30, 40, 65, 70, 80],
                 hint="A node with two children takes the smallest key of its right subtree, "
                      "which is then deleted from there.")
    expect_equal(len(tree), 5)
    expect_equal(call(tree.search, 50).value, False)
    expect_raises(KeyError, tree.delete, 99, hint="Deleting a key that is not there raises KeyError.")


def check_random_workout():
    """a thousand random inserts and deletes keep the tree in order"""
    module = learner_module()
    rng = random.Random(6)
    keys = rng.sample(range(100_000), 1000)
    tree = _tree(module, keys)
    doomed = rng.sample(keys, 400)
    for key in doomed:
        call(tree.delete, key)
    left = sorted(set(keys) - set(doomed))
    expect_equal(call(tree.inorder).value, left)
    expect(len(tree) == len(left), f"len(tree) is {len(tree)} after the deletes; expected {len(left)}.")
    expect(all(call(tree.search, key).value is False for key in doomed[:50]),
           "search still finds keys that were deleted.")
