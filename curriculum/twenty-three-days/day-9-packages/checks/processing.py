"""Checks for the `processing` milestone: datatools.processing.cleaning."""
from pymastery import call, expect, expect_equal
from pymastery.track.packages import import_from

ROOT = "week2/day9"


def _module():
    """datatools.processing.cleaning, imported the way an installed package would be."""
    return import_from(ROOT, "datatools.processing.cleaning")


def check_normalize_keys():
    """normalize_keys turns messy column names into snake_case"""
    cleaning = _module()
    record = {" First Name ": "Ada", "E-Mail": "ada@example.org", "AGE": 36, "zip  code": "N1"}
    expect_equal(
        call(cleaning.normalize_keys, record).value,
        {"first_name": "Ada", "e_mail": "ada@example.org", "age": 36, "zip_code": "N1"},
        hint="Strip, lower-case, then replace every run of spaces or hyphens with one underscore "
             "(a regular expression such as [\\s-]+ does it in one go).",
    )


def check_normalize_keys_leaves_input_alone():
    """normalize_keys builds a new dict and keeps values as they are"""
    cleaning = _module()
    value = [1, 2]
    record = {"Key": value, "Other Key": " padded "}
    result = call(cleaning.normalize_keys, record).value
    expect_equal(record, {"Key": value, "Other Key": " padded "},
                 hint="Build a new dict (a dict comprehension) instead of changing the one you were given.")
    expect(result.get("key") is value, "The value under 'key' should be the very same object as before.",
           hint="normalize_keys only touches keys; copy each value across unchanged.")
    expect_equal(result.get("other_key"), " padded ", hint="Stripping values is clean_records' job, not normalize_keys'.")


def check_clean_records_strips_and_drops():
    """clean_records strips strings and drops empty records"""
    cleaning = _module()
    records = [
        {"Name ": " Ada ", "Age": 36},
        {"Name": "   ", "Age": None},
        {"Name": "", "Age": 0},
        {"name": None},
        {"Name": "Grace\n", "Team": " core"},
    ]
    expect_equal(
        call(cleaning.clean_records, records).value,
        [{"name": "Ada", "age": 36}, {"name": "", "age": 0}, {"name": "Grace", "team": "core"}],
        hint="Normalize the keys, strip every str value, then keep a record only if some value is "
             "neither \"\" nor None. Careful: 0 is a real value, so do not test truthiness.",
    )


def check_clean_records_keeps_order_and_input():
    """clean_records keeps order and does not change its input"""
    cleaning = _module()
    records = [{"N": " b "}, {"N": " a "}, {"N": " c "}]
    result = call(cleaning.clean_records, iter(records)).value
    expect_equal(result, [{"n": "b"}, {"n": "a"}, {"n": "c"}],
                 hint="Keep the records in the order they came, and accept any iterable, not only lists.")
    expect_equal(records, [{"N": " b "}, {"N": " a "}, {"N": " c "}],
                 hint="Return cleaned copies; the caller's dicts must not change.")


def check_group_by():
    """group_by groups in first-seen order, missing keys under None"""
    cleaning = _module()
    records = [
        {"team": "b", "n": 1},
        {"n": 2},
        {"team": "a", "n": 3},
        {"team": "b", "n": 4},
    ]
    result = call(cleaning.group_by, records, "team").value
    expect_equal(
        result,
        {"b": [{"team": "b", "n": 1}, {"team": "b", "n": 4}], None: [{"n": 2}], "a": [{"team": "a", "n": 3}]},
        hint="Walk the records once; dict.setdefault(record.get(key), []).append(record) keeps both orders.",
    )
    expect_equal(list(result), ["b", None, "a"],
                 hint="Groups come in the order their first record appears: do not sort them.")
    expect_equal(call(cleaning.group_by, [], "team").value, {}, hint="No records, no groups.")
