"""Milestone: keep users and items in SQLite (api/store.py, Store)."""
from pymastery import call, expect, expect_equal, temp_folder
from pymastery.track.web_project import fresh_import


def _store(folder):
    return call(fresh_import("api.store").Store, folder.path("api.db")).value


def check_items_round_trip():
    """Items come back as dicts with id, name and price, oldest first"""
    with temp_folder() as folder:
        store = _store(folder)
        lamp = call(store.add_item, 1, "lamp", 12.5).value
        desk = call(store.add_item, 1, "desk", 80).value
        expect_equal(lamp["name"], "lamp")
        expect_equal(call(store.get_item, 1, lamp["id"]).value,
                     {"id": lamp["id"], "name": "lamp", "price": 12.5},
                     hint="Turn each row into a dict with the keys id, name and price.")
        expect_equal(call(store.list_items, 1).value, [lamp, desk],
                     hint="ORDER BY id gives the oldest item first.")
        expect(lamp["id"] != desk["id"], "two items got the same id %r" % lamp["id"],
               hint="Let SQLite number the rows (INTEGER PRIMARY KEY) and use cursor.lastrowid.")


def check_survives_a_restart():
    """A new Store on the same file sees what the first one saved"""
    with temp_folder() as folder:
        store = _store(folder)
        user = call(store.add_user, "ada@example.com", "some-hash").value
        item = call(store.add_item, user, "lamp", 12.5).value
        again = _store(folder)
        expect_equal(call(again.get_item, user, item["id"]).value, item,
                     hint="Commit every change (a `with connection:` block commits) and don't "
                          "drop the tables when a Store opens: CREATE TABLE IF NOT EXISTS.")
        expect_equal(call(again.user_by_email, "ada@example.com").value,
                     {"id": user, "email": "ada@example.com", "password_hash": "some-hash"})


def check_users():
    """An e-mail can be registered once; unknown e-mails give None"""
    with temp_folder() as folder:
        store = _store(folder)
        first = call(store.add_user, "ada@example.com", "h1").value
        expect(isinstance(first, int), "add_user returned %r, expected the new id" % (first,))
        expect_equal(call(store.add_user, "ada@example.com", "h2").value, None,
                     hint="Make the email column UNIQUE and catch sqlite3.IntegrityError.")
        expect_equal(call(store.user_by_email, "ada@example.com").value["password_hash"], "h1",
                     hint="A refused registration must not change the first user.")
        expect_equal(call(store.user_by_email, "bob@example.com").value, None)


def check_owners_are_kept_apart():
    """One user can't read, change or delete another user's item"""
    with temp_folder() as folder:
        store = _store(folder)
        item = call(store.add_item, 1, "lamp", 12.5).value
        hint = "Put `AND owner = ?` in the WHERE clause of every item query."
        expect_equal(call(store.get_item, 2, item["id"]).value, None, hint=hint)
        expect_equal(call(store.list_items, 2).value, [], hint=hint)
        expect_equal(call(store.update_item, 2, item["id"], "mine", 1).value, None, hint=hint)
        expect_equal(call(store.delete_item, 2, item["id"]).value, False, hint=hint)
        expect_equal(call(store.get_item, 1, item["id"]).value, item,
                     hint="The owner's item must be untouched by the other user's attempts.")


def check_update_and_delete():
    """update_item replaces an item; delete_item removes it and says whether it existed"""
    with temp_folder() as folder:
        store = _store(folder)
        item = call(store.add_item, 1, "lamp", 12.5).value
        expect_equal(call(store.update_item, 1, item["id"], "big lamp", 20).value,
                     {"id": item["id"], "name": "big lamp", "price": 20.0})
        expect_equal(call(store.get_item, 1, item["id"]).value["name"], "big lamp")
        expect_equal(call(store.update_item, 1, 999, "x", 1).value, None,
                     hint="cursor.rowcount says how many rows an UPDATE changed.")
        expect_equal(call(store.delete_item, 1, item["id"]).value, True)
        expect_equal(call(store.delete_item, 1, item["id"]).value, False)
        expect_equal(call(store.list_items, 1).value, [])


def check_text_is_data():
    """Names with quotes and SQL in them are stored as they are"""
    with temp_folder() as folder:
        store = _store(folder)
        tricky = "O'Brien's lamp'); DROP TABLE items; --"
        item = call(store.add_item, 1, tricky, 5).value
        expect_equal(call(store.get_item, 1, item["id"]).value["name"], tricky,
                     hint="Never build SQL with f-strings or %: pass the values as the second "
                          "argument of execute(), with ? in the query.")
        expect_equal(len(call(store.list_items, 1).value), 1)
