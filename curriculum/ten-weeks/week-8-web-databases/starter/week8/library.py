"""Week 8: SQLAlchemy models for a small library."""
from sqlalchemy import Column, ForeignKey, Integer, String, create_engine
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

Base = declarative_base()


class Author(Base):
    """An author: ``id``, a unique ``name``, and ``books`` (their Book rows)."""
    __tablename__ = "authors"
    id = Column(Integer, primary_key=True)
    # TODO: name and books


class Book(Base):
    """A book: ``id``, ``title``, ``year`` and ``author`` (through ``author_id``)."""
    __tablename__ = "books"
    id = Column(Integer, primary_key=True)
    # TODO: title, year, author_id and author


def open_session(path):
    """Create the tables in the SQLite file at ``path`` if needed; return a new Session."""
    # TODO
    raise NotImplementedError("open_session is not written yet")


def add_book(session, author_name, title, year=None):
    """Add a book, reusing the author of that name or creating it; commit; return the Book."""
    # TODO
    raise NotImplementedError("add_book is not written yet")


def titles_by(session, author_name):
    """The titles of the author's books, by year then title; [] for an unknown author."""
    # TODO
    raise NotImplementedError("titles_by is not written yet")
