"""Checks for the `safe-queries` milestone: validated input and parameterised SQL (secure_api/users.py)."""
import sqlite3

from pymastery import call, expect, expect_equal, expect_raises
from pymastery.track.security_tools import secure


def _db():
    users = secure("users")
    conn = sqlite3.connect(":memory:")
    users.create_table(conn)
    return users, conn


def _names(conn):
    return [row[0] for row in conn.execute("SELECT username FROM users ORDER BY username")]


def check_usernames_are_validated():
    """validate_username cleans good names and refuses the rest with ValueError"""
    users = secure("users")
    expect_equal(call(users.validate_username, "  Alice_1 ").value, "alice_1",
                 hint="Strip the spaces and lower-case it before checking it.")
    expect_equal(call(users.validate_username, "bob").value, "bob")
    for bad in ("ab", "1alice", "a" * 33, "al ice", "<script>", "bob'--", "", None, 42):
        expect_raises(ValueError, users.validate_username, bad,
                      hint="Allow only what USERNAME matches in full (USERNAME.fullmatch), and raise ValueError "
                           "for anything else, including values that are not str. Bad name: %r" % (bad,))


def check_create_and_find():
    """create_user stores a user and find_user reads it back"""
    users, conn = _db()
    expect_equal(call(users.create_user, conn, " Carol ", "hash-1").value, {"username": "carol", "role": "user"},
                 hint="Validate the name first, then INSERT it, and return the cleaned name with its role.")
    call(users.create_user, conn, "dave", "hash-2", "admin")
    expect_equal(call(users.find_user, conn, "dave").value,
                 {"username": "dave", "password_hash": "hash-2", "role": "admin"},
                 hint="SELECT username, password_hash, role ... WHERE username = ?, then build the dict.")
    expect_equal(call(users.find_user, conn, "nobody").value, None, hint="fetchone() gives None when no row matches.")
    expect_raises(ValueError, users.create_user, conn, "dave", "hash-3",
                  hint="A taken name raises sqlite3.IntegrityError (the primary key): turn it into ValueError.")
    expect_raises(ValueError, users.create_user, conn, "erin", "hash-4", "superuser",
                  hint="Check the role against ROLES.")
    expect_raises(ValueError, users.create_user, conn, "x y", "hash-5", hint="Call validate_username in create_user.")


def check_lookups_resist_injection():
    """find_user treats the username as data: injection attempts find nobody"""
    users, conn = _db()
    call(users.create_user, conn, "alice", "hash-a")
    for attack in ("' OR '1'='1", "nobody' OR 1=1 --", "alice' --", "x' UNION SELECT 'root', 'h', 'admin' --"):
        expect_equal(call(users.find_user, conn, attack).value, None,
                     hint="Never put the username into the SQL text (no f-string, % or +): write ? in the query "
                          "and pass (username,) as the second argument of execute. Attack: " + repr(attack))
    expect_equal(call(users.find_user, conn, "o'brien").value, None,
                 hint="A quote in a name is just a character when it is passed as a parameter.")
    expect_equal(_names(conn), ["alice"])


def check_inserts_resist_injection():
    """create_user stores the hash exactly as given, even when it holds SQL"""
    users, conn = _db()
    sneaky = "h'), ('mallory', 'x', 'admin') --"
    call(users.create_user, conn, "bob", sneaky)
    expect_equal(_names(conn), ["bob"],
                 hint="Use placeholders in the INSERT too: VALUES (?, ?, ?) with a tuple of the three values.")
    expect_equal(conn.execute("SELECT password_hash FROM users").fetchone()[0], sneaky)
