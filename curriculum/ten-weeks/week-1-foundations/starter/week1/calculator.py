"""Week 1, medium: a calculator for arithmetic typed as text, without eval()."""


def tokenize(expression):
    """Split ``expression`` into a list of tokens: numbers (int or float), names (str)
    and the one-character operators ``+ - * / ( )``. Raise ValueError on anything else.

    A helper for calculate(): the check only calls calculate(), so you may change it freely.

    >>> tokenize("2*(x + 1.5)")
    [2, '*', '(', 'x', '+', 1.5, ')']
    """
    # TODO: walk the text one character at a time; digits and letters start longer tokens.
    raise NotImplementedError("tokenize is not written yet")


def calculate(expression, variables=None):
    """Work out ``expression`` and return its value.

    Supports numbers (``7``, ``2.5``), ``+ - * /`` with the usual precedence (``*`` and ``/``
    before ``+`` and ``-``, left to right), parentheses, unary minus and plus, and names looked up
    in ``variables`` (a dict). Numbers without a decimal point stay ints; ``/`` always divides
    as Python's ``/`` does.

    Raise ValueError for text that is not a valid expression, NameError for a name that
    ``variables`` does not hold, and ZeroDivisionError for a division by zero.
    """
    # TODO: tokenize, then read the tokens with one function per level of precedence.
    raise NotImplementedError("calculate is not written yet")
