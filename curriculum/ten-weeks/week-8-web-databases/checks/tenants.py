"""Checks for the `multi-tenant` milestone (week8/tenants.py)."""
import sqlite3

from pymastery import call, expect, expect_equal, learner_module, temp_folder


def _two_tenants(module, folder):
    session = call(module.open_session, folder.path("notes.db")).value
    acme = call(module.TenantNotes, session, "acme").value
    globex = call(module.TenantNotes, session, "globex").value
    return session, acme, globex


def check_each_sees_only_its_own():
    """two tenants in one database list only their own notes"""
    module = learner_module()
    with temp_folder() as folder:
        session, acme, globex = _two_tenants(module, folder)
        call(acme.add, "acme plan")
        call(globex.add, "globex plan")
        call(acme.add, "acme budget")
        expect_equal(call(acme.texts).value, ["acme plan", "acme budget"],
                     hint="Filter every query by this tenant's id.")
        expect_equal(call(globex.texts).value, ["globex plan"])
        again = call(module.TenantNotes, session, "acme").value
        expect_equal(call(again.texts).value, ["acme plan", "acme budget"],
                     hint="The same tenant name must find the same Tenant row, not a new one.")
        session.close()
        with sqlite3.connect(folder.path("notes.db")) as db:
            expect_equal(db.execute("select count(*) from notes").fetchone()[0], 3)


def check_ids_of_others_are_invisible():
    """get and delete with another tenant's id act as if it did not exist"""
    module = learner_module()
    with temp_folder() as folder:
        session, acme, globex = _two_tenants(module, folder)
        secret = call(acme.add, "acme secret").value
        expect_equal(call(acme.get, secret).value, "acme secret")
        expect(call(globex.get, secret).value is None,
               "globex.get(<acme's note id>) showed acme's note",
               hint="Look the id up among this tenant's notes only.")
        expect_equal(call(globex.delete, secret).value, False,
                     hint="Delete only a note of this tenant; say False otherwise.")
        expect_equal(call(acme.texts).value, ["acme secret"])
        expect_equal(call(acme.delete, secret).value, True)
        expect_equal(call(acme.texts).value, [])
        session.close()
