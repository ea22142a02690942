"""Checks for the `orm-models` milestone (week8/library.py)."""
import sqlite3

from pymastery import call, expect_equal, expect_in, learner_module, temp_folder


def check_tables_and_columns():
    """the SQLite file gets authors and books tables with the columns asked for"""
    module = learner_module()
    with temp_folder() as folder:
        path = folder.path("library.db")
        call(module.open_session, path).value.close()
        with sqlite3.connect(path) as db:
            tables = {row[0] for row in db.execute("select name from sqlite_master where type='table'")}
            expect_equal(sorted(tables & {"authors", "books"}), ["authors", "books"])
            columns = {row[1] for row in db.execute("pragma table_info(books)")}
            for name in ("id", "title", "year", "author_id"):
                expect_in(name, columns, hint="Book needs Column()s for id, title, year and author_id.")


def check_books_share_an_author():
    """two books by one author make one Author row, reachable both ways"""
    module = learner_module()
    with temp_folder() as folder:
        session = call(module.open_session, folder.path("library.db")).value
        first = call(module.add_book, session, "Le Guin", "The Dispossessed", 1974).value
        call(module.add_book, session, "Le Guin", "A Wizard of Earthsea", 1968)
        call(module.add_book, session, "Calvino", "Invisible Cities", 1972)
        expect_equal(session.query(module.Author).count(), 2,
                     hint="Look the author up by name first and create one only if none exists.")
        expect_equal(first.author.name, "Le Guin")
        expect_equal(sorted(b.title for b in first.author.books),
                     ["A Wizard of Earthsea", "The Dispossessed"],
                     hint="relationship(..., back_populates=...) on both classes links them.")
        session.close()


def check_titles_by_year():
    """titles_by sorts by year then title, and knows nobody it has not seen"""
    module = learner_module()
    with temp_folder() as folder:
        session = call(module.open_session, folder.path("library.db")).value
        for title, year in (("Zeta", 1990), ("Beta", 1980), ("Alpha", 1990)):
            call(module.add_book, session, "Kim", title, year)
        call(module.add_book, session, "Lee", "Other", 1900)
        expect_equal(call(module.titles_by, session, "Kim").value, ["Beta", "Alpha", "Zeta"])
        expect_equal(call(module.titles_by, session, "Nobody").value, [])
        session.close()
