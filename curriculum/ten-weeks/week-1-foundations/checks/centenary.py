"""Checks for the `centenary` milestone (week1/centenary.py)."""
import datetime

from pymastery import call, expect, expect_equal, expect_in, expect_raises, learner_module, run_script


def check_computes_the_year():
    """centenary_year gives the year someone turns 100"""
    module = learner_module()
    for age, year, expected in [(30, 2024, 2094), (0, 2000, 2100), (99, 2025, 2026), (100, 1990, 1990)]:
        expect_equal(call(module.centenary_year, age, year).value, expected,
                     message=f"centenary_year({age}, {year}) should be {expected}",
                     hint="Someone aged `age` needs `100 - age` more years; add those to this year.")


def check_past_centenary():
    """an age over 100 gives a year in the past"""
    module = learner_module()
    expect_equal(call(module.centenary_year, 102, 2024).value, 2022,
                 hint="The same sum works past 100: the missing years are negative.")


def check_rejects_negative_age():
    """a negative age raises ValueError"""
    module = learner_module()
    expect_raises(ValueError, module.centenary_year, -1, 2024,
                  hint="Start with `if age < 0: raise ValueError(...)`.")


def check_asks_again_after_bad_answers():
    """ask_age keeps asking until it gets a whole number"""
    module = learner_module()
    result = call(module.ask_age, stdin="forty\n-3\n4.5\n\n41\n")
    expect_equal(result.value, 41,
                 hint="Loop: read with input(), return int(answer) when it is a whole number, "
                      "otherwise print a message and go round again.")
    expect_equal(type(result.value), int, hint="Return an int, not the text typed in.")
    expect(result.stdout.count("\n") >= 4,
           f"ask_age printed {result.stdout.count(chr(10))} lines for four bad answers",
           hint="Print one line after each bad answer so the user knows why you ask again.")


def check_program_prints_the_year():
    """python week1/centenary.py prints the year"""
    expected_year = datetime.date.today().year + 100 - 37
    run = run_script(stdin="Grace\n37\n")
    expect_equal(run.exit_code, 0)
    expect_in(f"Grace, you turn 100 in {expected_year}.", run.stdout,
              hint="Take this year from datetime.date.today().year and print "
                   "f\"{name}, you turn 100 in {year}.\"")


def check_program_survives_bad_age():
    """the program asks again when the age is not a number"""
    expected_year = datetime.date.today().year + 100 - 8
    run = run_script(stdin="Linus\neight\n8\n")
    expect_equal(run.exit_code, 0, hint="Use ask_age() in main so a bad answer cannot crash it.")
    expect_in(f"Linus, you turn 100 in {expected_year}.", run.stdout)
