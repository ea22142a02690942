"""Week 8: SQLAlchemy models for a small library."""
from sqlalchemy import Column, ForeignKey, Integer, String, create_engine
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

Base = declarative_base()


class Author(Base):
    """An author: ``id``, a unique ``name``, and ``books`` (their Book rows)."""
    __tablename__ = "authors"
    id = Column(Integer, primary_key=True)
    name = Column(String, unique=True, nullable=False)
    books = relationship("Book", back_populates="author")


class Book(Base):
    """A book: ``id``, ``title``, ``year`` and ``author`` (through ``author_id``)."""
    __tablename__ = "books"
    id = Column(Integer, primary_key=True)
    title = Column(String, nullable=False)
    year = Column(Integer)
    author_id = Column(Integer, ForeignKey("authors.id"), nullable=False)
    author = relationship("Author", back_populates="books")


def open_session(path):
    """Create the tables in the SQLite file at ``path`` if needed; return a new Session."""
    engine = create_engine("sqlite:///" + str(path))
    Base.metadata.create_all(engine)
    return sessionmaker(bind=engine)()


def add_book(session, author_name, title, year=None):
    """Add a book, reusing the author of that name or creating it; commit; return the Book."""
    author = session.query(Author).filter_by(name=author_name).one_or_none()
    if author is None:
        author = Author(name=author_name)
        session.add(author)
    book = Book(title=title, year=year, author=author)
    session.add(book)
    session.commit()
    return book


def titles_by(session, author_name):
    """The titles of the author's books, by year then title; [] for an unknown author."""
    rows = (session.query(Book.title).join(Author).filter(Author.name == author_name)
            .order_by(Book.year, Book.title))
    return [title for (title,) in rows]
