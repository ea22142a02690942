"""Week 8: one database, many tenants, none of whom sees another's rows."""
from sqlalchemy import Column, ForeignKey, Integer, String, create_engine
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class Tenant(Base):
    __tablename__ = "tenants"
    id = Column(Integer, primary_key=True)
    name = Column(String, unique=True, nullable=False)


class Note(Base):
    __tablename__ = "notes"
    id = Column(Integer, primary_key=True)
    # TODO: the column that says whose note this is
    text = Column(String, nullable=False)


def open_session(path):
    """Create the tables in the SQLite file at ``path`` if needed; return a new Session."""
    # TODO
    raise NotImplementedError("open_session is not written yet")


class TenantNotes:
    """The notes of one tenant. Every method sees only that tenant's rows."""

    def __init__(self, session, tenant_name):
        """Use the tenant of that name, creating it on first use."""
        # TODO
        raise NotImplementedError("__init__ is not written yet")

    def add(self, text):
        """Store a note for this tenant and return its id."""
        # TODO
        raise NotImplementedError("add is not written yet")

    def texts(self):
        """This tenant's note texts, oldest first."""
        # TODO
        raise NotImplementedError("texts is not written yet")

    def get(self, note_id):
        """The text of this tenant's note with that id, or None (also for another tenant's)."""
        # TODO
        raise NotImplementedError("get is not written yet")

    def delete(self, note_id):
        """Delete this tenant's note with that id; True if one was deleted, else False."""
        # TODO
        raise NotImplementedError("delete is not written yet")
