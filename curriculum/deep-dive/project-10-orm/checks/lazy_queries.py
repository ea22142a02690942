"""Milestone: lazy, chainable queries with parameters (tinyorm/query.py, Query)."""
import sqlite3
from contextlib import contextmanager

from pymastery import call, capture, expect, expect_equal, expect_isinstance, learner_module, temp_folder

BOOKS = [("Dune", "Herbert", 1965, 412), ("Emma", "Austen", 1815, 474),
         ("Ubik", "Dick", 1969, 202), ("Persuasion", "Austen", 1817, 249),
         ("Solaris", "Lem", 1961, 204), ("It's Kind of a Funny Story", "Vizzini", 2006, 444)]


@contextmanager
def _library():
    """A Book model with six rows, and a list that records every SQL statement run."""
    learner_module()  # the query module itself, loaded once to report syntax errors early
    import tinyorm.model as model

    with temp_folder() as folder:
        connection = sqlite3.connect(folder.path("library.db"))
        try:
            model.Model.use(connection)

            class Book(model.Model):
                title = model.Field(str)
                author = model.Field(str)
                year = model.Field(int)
                pages = model.Field(int)

            Book.create_table()
            for title, author, year, pages in BOOKS:
                Book(title=title, author=author, year=year, pages=pages).save()
            statements = []
            connection.set_trace_callback(statements.append)
            yield Book, statements
        finally:
            connection.close()


def _titles(query):
    return [book.title for book in call(list, query).value]


def check_filters():
    """filter keeps the rows that match every condition"""
    with _library() as (Book, _):
        expect_equal(_titles(Book.filter(author="Austen")), ["Emma", "Persuasion"],
                     hint="A plain name means equality: 'author = ?', with the value as a "
                          "parameter.")
        expect_equal(_titles(Book.filter(year__gt=1960, pages__lt=300)), ["Ubik", "Solaris"],
                     hint="Split each keyword on '__' (str.partition) into field and lookup; join "
                          "the conditions with AND.")
        expect_equal(_titles(Book.filter(year__gte=1965).filter(year__lte=1969)), ["Dune", "Ubik"],
                     hint="A second filter adds to the conditions of the first.")
        expect_equal(_titles(Book.filter(title__contains="sua")), ["Persuasion"],
                     hint="contains is 'title LIKE ?' with the value wrapped in % signs.")
        expect_equal(_titles(Book.filter(author__in=["Lem", "Dick"])), ["Ubik", "Solaris"],
                     hint="in needs one ? per value: 'author IN (?, ?)'.")
        expect_equal(_titles(Book.filter(author__ne="Austen", year__lt=1965)), ["Solaris"])
        ubik = Book.get(3)
        expect_equal(_titles(Book.filter(id=ubik)), ["Ubik"],
                     hint="A model instance given as a value stands for its id (relationships "
                          "will filter by objects).")


def check_order_limit_first_count():
    """order_by, limit, first and count shape the result"""
    with _library() as (Book, _):
        expect_equal(_titles(Book.all().order_by("-pages").limit(3)), ["Emma", "It's Kind of a Funny Story", "Dune"],
                     hint="'-pages' means 'pages DESC'; limit adds 'LIMIT ?'.")
        expect_equal(_titles(Book.filter(author="Austen").order_by("year")), ["Emma", "Persuasion"])
        expect_equal(_titles(Book.all().order_by("author", "-year")),
                     ["Persuasion", "Emma", "Ubik", "Dune", "Solaris", "It's Kind of a Funny Story"],
                     hint="Several names sort by the first, then the next: 'author, year DESC'.")
        first = call(Book.filter(year__lt=1900).order_by("year").first).value
        expect_equal(first.title if first else None, "Emma")
        expect_equal(call(Book.filter(year__gt=3000).first).value, None,
                     hint="first() on an empty result is None.")
        expect_equal(call(Book.filter(author="Austen").count).value, 2,
                     hint="count runs SELECT COUNT(*) with the same WHERE and parameters.")


def check_lazy_and_chainable():
    """Building a query runs nothing; looping runs it; each step makes a new query"""
    with _library() as (Book, statements):
        base = Book.filter(pages__gt=300)
        longest = base.order_by("-pages").limit(1)
        expect_equal(statements, [],
                     hint="filter, order_by and limit only remember what to do; the SELECT runs "
                          "in __iter__.")
        expect_equal(_titles(longest), ["Emma"])
        expect_equal(len(statements), 1, hint="Looping over a query runs exactly one SELECT.")
        expect_equal(_titles(base), ["Dune", "Emma", "It's Kind of a Funny Story"],
                     hint="order_by and limit return new Query objects and leave base as it was.")


def check_values_never_become_sql():
    """Values that look like SQL are compared as text"""
    with _library() as (Book, _):
        expect_equal(_titles(Book.filter(title="' OR '1'='1")), [],
                     hint="Put every value in the parameters list; the SQL text only ever holds ?.")
        expect_equal(_titles(Book.filter(title="It's Kind of a Funny Story")),
                     ["It's Kind of a Funny Story"], hint="A quote in a value must just work.")
        expect_equal(_titles(Book.filter(author="x'; DROP TABLE books; --")), [])
        expect_equal(call(Book.all().count).value, 6, hint="The books table must still be there.")


def check_names_are_checked():
    """Field names can't be parameters, so unknown ones are refused"""
    with _library() as (Book, _):
        for make in (lambda: Book.filter(colour="red"),
                     lambda: Book.all().order_by("pages; DROP TABLE books"),
                     lambda: Book.filter(year__between=3),
                     lambda: Book.all().limit("1; DROP TABLE books")):
            outcome = capture(make)
            expect_isinstance(outcome.exception, ValueError,
                              hint="Only names in model._fields (and 'id') may reach the SQL "
                                   "text, only known lookups, and a limit must be an int; raise "
                                   "ValueError for anything else, when the query is built.")
        expect_equal(call(Book.all().count).value, 6)
