"""Milestone `cli`: the tracker from a terminal (finance/cli.py, main)."""
from pymastery import call, expect, expect_equal, learner_module, temp_folder

STATEMENT = """date,description,amount,category
2024-01-01,Salary ACME,"4,812.30",
2024-01-02,Rent January,-1150.00,housing
2024-01-03,TESCO 2231,-262.15,
2024-01-09,Restaurant,-257.44,food
not-a-date,Mystery,-1,
2024-01-10,Train pass,-198.75,transport
2024-01-15,Refund,20.00,shopping
2024-01-20,Jumper,-198.75,shopping
2024-01-21,Broken,twelve,
"""


def _lines(text):
    """The printed lines with runs of spaces made single, blank lines dropped."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _run(cli, folder, *args):
    return call(cli.main, ["--db", folder.path("finance.db")] + list(args))


def check_imports_a_statement():
    """import adds the good rows, reports the bad ones by line, and exits with 1"""
    cli = learner_module()
    with temp_folder({"jan.csv": STATEMENT}) as folder:
        first = _run(cli, folder, "import", folder.path("jan.csv"), "--rule", "tesco=food", "--rule", "acme=income")
        again = _run(cli, folder, "import", folder.path("jan.csv"))
    lines = _lines(first.stdout)
    expect_equal(lines[:1], ["Imported 7, skipped 0 duplicate(s), 2 bad row(s)"],
                 hint="Print the counts from import_csv's result first.")
    expect_equal([line.split(":")[0] for line in lines[1:]], ["line 6", "line 10"],
                 hint="Then one 'line N: message' per bad row, in the order import_csv reported them.")
    expect_equal(first.value, 1, hint="Return 1 when some rows were bad, so scripts can notice.")
    expect_equal(_lines(again.stdout)[0], "Imported 0, skipped 7 duplicate(s), 2 bad row(s)",
                 hint="The second import finds every good row already in the ledger file.")


def check_missing_file():
    """import of a missing file says so on stderr and exits with 1"""
    cli = learner_module()
    with temp_folder() as folder:
        result = _run(cli, folder, "import", folder.path("nowhere.csv"))
    expect_equal(result.value, 1, hint="Catch FileNotFoundError and return 1 instead of a traceback.")
    expect("no such file" in result.stderr, "stderr was %r" % (result.stderr,),
           hint="print('no such file: ...', file=sys.stderr)")


def check_budget_and_report():
    """budget sets a limit and report prints the month"""
    cli = learner_module()
    with temp_folder({"jan.csv": STATEMENT}) as folder:
        _run(cli, folder, "import", folder.path("jan.csv"), "--rule", "tesco=food", "--rule", "acme=income")
        food = _run(cli, folder, "budget", "food", "2024-01", "500")
        _run(cli, folder, "budget", "transport", "2024-01", "250")
        bad = _run(cli, folder, "budget", "fun", "2024-01", "lots")
        report = _run(cli, folder, "report", "2024-01")
    expect_equal((food.value, _lines(food.stdout)), (0, ["Budget for food in 2024-01: $500.00"]),
                 hint="Parse the limit with parse_amount, call ledger.set_budget, and print it with format_money.")
    expect_equal(bad.value, 1, hint="A limit parse_amount refuses: print the error on stderr and return 1.")
    expect_equal(report.value, 0)
    expect_equal(_lines(report.stdout), [
        "Report for 2024-01",
        "Income: $4,832.30",
        "Expenses: $2,067.09",
        "Savings: $2,765.21 (57%)",
        "By category:",
        "housing $1,150.00",
        "food $519.59",
        "shopping $198.75",
        "transport $198.75",
        "Budgets:",
        "food $519.59 of $500.00 (over by $19.59)",
        "transport $198.75 of $250.00 ($51.25 left)",
    ], hint="Build the text from monthly_report(ledger, month) and format_money; the layout is in cli.py's docstring.")
