"""A binary search tree of distinct keys."""


class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class BST:
    """Keys smaller than a node go to its left, larger ones to its right."""

    def __init__(self):
        self.root = None
        self.size = 0

    def __len__(self):
        return self.size     # insert and delete keep size up to date

    def insert(self, key):
        """Add ``key``; a key already in the tree is left as it is."""
        # TODO
        raise NotImplementedError("BST.insert is not written yet")

    def search(self, key):
        """Return True when ``key`` is in the tree."""
        # TODO
        raise NotImplementedError("BST.search is not written yet")

    def delete(self, key):
        """Remove ``key``; raise KeyError when it is not in the tree."""
        # TODO
        raise NotImplementedError("BST.delete is not written yet")

    def inorder(self):
        """Return the keys as a list, smallest first."""
        # TODO
        raise NotImplementedError("BST.inorder is not written yet")
