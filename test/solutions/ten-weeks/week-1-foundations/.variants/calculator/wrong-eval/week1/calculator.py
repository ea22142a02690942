def calculate(expression, variables=None):
    if not expression.strip():
        raise ValueError("nothing to calculate")
    try:
        return eval(expression, {}, dict(variables or {}))
    except SyntaxError as error:
        raise ValueError(str(error)) from None
