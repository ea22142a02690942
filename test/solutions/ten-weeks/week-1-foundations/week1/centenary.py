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
    if age < 0:
        raise ValueError(f"an age cannot be negative, got {age}")
    return this_year + (100 - age)


def ask_age(prompt="How old are you? "):
    """Ask for an age until the answer is a whole number of 0 or more, and return it as an int."""
    while True:
        answer = input(prompt).strip()
        if answer.isdigit():
            return int(answer)
        print(f"{answer!r} is not an age. Type a whole number such as 42.")


def main():
    """Ask for a name and an age, then print the year that person turns 100."""
    name = input("What is your name? ").strip()
    age = ask_age()
    year = centenary_year(age, datetime.date.today().year)
    print(f"{name}, you turn 100 in {year}.")


if __name__ == "__main__":
    main()
