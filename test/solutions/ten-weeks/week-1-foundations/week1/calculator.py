"""Week 1, medium: a calculator for arithmetic typed as text, without eval()."""


def tokenize(expression):
    """Split ``expression`` into a list of tokens: numbers (int or float), names (str)
    and the one-character operators ``+ - * / ( )``. Raise ValueError on anything else.

    >>> tokenize("2*(x + 1.5)")
    [2, '*', '(', 'x', '+', 1.5, ')']
    """
    tokens = []
    i = 0
    while i < len(expression):
        ch = expression[i]
        if ch.isspace():
            i += 1
        elif ch in "+-*/()":
            tokens.append(ch)
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(expression) and (expression[i].isdigit() or expression[i] == "."):
                i += 1
            text = expression[start:i]
            try:
                tokens.append(float(text) if "." in text else int(text))
            except ValueError:
                raise ValueError(f"{text!r} is not a number") from None
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(expression) and (expression[i].isalnum() or expression[i] == "_"):
                i += 1
            tokens.append(expression[start:i])
        else:
            raise ValueError(f"unexpected character {ch!r}")
    return tokens


class _Parser:
    """Recursive descent: expression -> term (('+'|'-') term)*, term -> factor (('*'|'/') factor)*."""

    def __init__(self, tokens, variables):
        self.tokens = tokens
        self.pos = 0
        self.variables = variables

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        token = self.peek()
        self.pos += 1
        return token

    def expression(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            if self.take() == "+":
                value = value + self.term()
            else:
                value = value - self.term()
        return value

    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/"):
            if self.take() == "*":
                value = value * self.factor()
            else:
                value = value / self.factor()
        return value

    def factor(self):
        token = self.take()
        if token == "-":
            return -self.factor()
        if token == "+":
            return self.factor()
        if token == "(":
            value = self.expression()
            if self.take() != ")":
                raise ValueError("a '(' is never closed")
            return value
        if isinstance(token, (int, float)):
            return token
        if isinstance(token, str) and (token[0].isalpha() or token[0] == "_"):
            if token not in self.variables:
                raise NameError(f"name {token!r} is not defined")
            return self.variables[token]
        raise ValueError("expected a number, a name or '('" if token is None
                         else f"unexpected {token!r}")


def calculate(expression, variables=None):
    """Work out ``expression`` and return its value.

    Supports numbers (``7``, ``2.5``), ``+ - * /`` with the usual precedence (``*`` and ``/``
    before ``+`` and ``-``, left to right), parentheses, unary minus and plus, and names looked up
    in ``variables`` (a dict). Numbers without a decimal point stay ints; ``/`` always divides
    as Python's ``/`` does.

    Raise ValueError for text that is not a valid expression, NameError for a name that
    ``variables`` does not hold, and ZeroDivisionError for a division by zero.
    """
    parser = _Parser(tokenize(expression), variables or {})
    if parser.peek() is None:
        raise ValueError("there is nothing to calculate")
    value = parser.expression()
    if parser.peek() is not None:
        raise ValueError(f"unexpected {parser.peek()!r}")
    return value
