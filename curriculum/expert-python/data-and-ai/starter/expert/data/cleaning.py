"""Cleaning a table of orders with pandas."""
import pandas as pd


def clean_orders(orders):
    """Return a cleaned copy of `orders`, a DataFrame with the columns
    order_id, customer, email, amount, country. The input frame is left unchanged.

    - customer and email lose surrounding spaces; email is lower-cased; country is upper-cased
    - amount arrives as text ("12.50", " 7 ", "n/a", "") and becomes a float
    - rows whose customer is missing or blank, or whose amount is not a number, are dropped
    - when an order_id appears more than once, only its first row is kept
    - the result is indexed 0, 1, 2, ... in the original order of the rows kept
    """
    # TODO
    return orders


def revenue_by_country(orders):
    """The total amount per country of a cleaned frame, as a dict {country: total}, totals
    rounded to 2 decimals, largest total first."""
    # TODO
    return {}
