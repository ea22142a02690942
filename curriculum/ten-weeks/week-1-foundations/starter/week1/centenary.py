"""Week 1, easy: in which year does someone turn 100?

Run it in a terminal with ``python week1/centenary.py``.
"""
import datetime


def centenary_year(age, this_year):
    """Return the year in which a person who is ``age`` years old in ``this_year`` turns 100.

    Raise ValueError when ``age`` is negative.

    >>> centenary_year(30, 2024)
    2094
    """
    # TODO: one subtraction and one addition, after refusing a negative age.
    raise NotImplementedError("centenary_year is not written yet")


def ask_age(prompt="How old are you? "):
    """Ask for an age until the answer is a whole number of 0 or more, and return it as an int.

    After an answer that is not such a number, print a line that says so and ask again.
    """
    # TODO: a loop around input(prompt) that only ends with a valid age.
    raise NotImplementedError("ask_age is not written yet")


def main():
    """Ask for a name and an age, then print ``<name>, you turn 100 in <year>.``"""
    # TODO: input() for the name, ask_age() for the age, and this year from datetime.date.today().
    raise NotImplementedError("main is not written yet")


if __name__ == "__main__":
    main()
