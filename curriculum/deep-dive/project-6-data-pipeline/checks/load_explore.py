"""Milestone: load every export in a folder and describe it (salespipe/load.py)."""
from pymastery import call, expect, expect_equal, learner_module, temp_folder

HEADER = "order_id,date,region,product,quantity,unit_price\n"
JANUARY = HEADER + (
    "A1,2024-01-03,North,Kettle,2,24.00\n"
    "A2,2024-01-09,,Lamp,1,18.50\n"
    "007,2024-01-12,South,Mug,4,6.25\n"
)
FEBRUARY = HEADER + (
    "B1,2024-02-01,East,Tray,3,12.00\n"
    "B2,2024-02-14,West,Teapot,many,32.00,extra\n"
    "B3,2024-02-20,West,Teapot,,32.00\n"
)


def _load(files):
    load = learner_module()
    with temp_folder(files) as folder:
        return call(load.load_sales, folder.path()).value


def check_reads_every_file():
    """load_sales puts the rows of every CSV in the folder into one DataFrame"""
    frame = _load({"2024-02.csv": FEBRUARY, "2024-01.csv": JANUARY, "notes.txt": "not data\n"})
    expect_equal(type(frame).__name__, "DataFrame", hint="Return a pandas DataFrame.")
    expect_equal(list(frame["order_id"]), ["A1", "A2", "007", "B1", "B3"],
                 hint="Read the files in name order (sorted(Path(folder).glob('*.csv'))), skip the "
                      "line with a field too many (on_bad_lines='skip') and join the frames with "
                      "pd.concat.")
    expect_equal(list(frame.index), [0, 1, 2, 3, 4],
                 hint="pd.concat keeps each file's own index (0, 1, 2, 0, 1) unless you pass "
                      "ignore_index=True.")


def check_keeps_text_as_text():
    """Values stay text, so '007' keeps its zeros and nothing is guessed yet"""
    frame = _load({"2024-01.csv": JANUARY})
    expect_equal(frame["order_id"][2], "007",
                 hint="Without dtype=str, read_csv guesses that 007 is the number 7.")
    expect_equal(frame["quantity"][0], "2", hint="Pass dtype=str to pd.read_csv.")


def check_tags_the_source():
    """A source column names the file each row came from"""
    frame = _load({"2024-02.csv": FEBRUARY, "2024-01.csv": JANUARY})
    expect("source" in frame.columns, "the DataFrame has no 'source' column",
           hint="Set frame['source'] = path.name on each file's frame before joining them.")
    expect_equal(list(frame["source"]),
                 ["2024-01.csv"] * 3 + ["2024-02.csv"] * 2,
                 hint="Use the file's name only (path.name), not its whole path.")


def check_profile():
    """profile counts the rows, lists the columns and counts missing values per column"""
    load = learner_module()
    frame = _load({"2024-02.csv": FEBRUARY, "2024-01.csv": JANUARY})
    facts = call(load.profile, frame).value
    expect_equal(facts.get("rows"), 5, hint="'rows' is len(frame).")
    expect_equal(facts.get("columns"),
                 ["order_id", "date", "region", "product", "quantity", "unit_price", "source"],
                 hint="'columns' is list(frame.columns).")
    missing = facts.get("missing")
    expect_equal(missing,
                 {"order_id": 0, "date": 0, "region": 1, "product": 0, "quantity": 1,
                  "unit_price": 0, "source": 0},
                 hint="frame.isna().sum() counts the missing values of every column; turn it "
                      "into a dict.")
    expect(all(type(count) is int for count in missing.values()),
           "the counts in 'missing' are %s, not plain int"
           % sorted({type(count).__name__ for count in missing.values()}),
           hint="pandas counts are numpy integers; convert each with int() so the result "
                "can be written as JSON.")
