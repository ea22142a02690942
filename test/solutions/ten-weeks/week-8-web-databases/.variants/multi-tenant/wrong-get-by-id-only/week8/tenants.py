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
    tenant_id = Column(Integer, ForeignKey("tenants.id"), nullable=False, index=True)
    text = Column(String, nullable=False)


def open_session(path):
    """Create the tables in the SQLite file at ``path`` if needed; return a new Session."""
    engine = create_engine("sqlite:///" + str(path))
    Base.metadata.create_all(engine)
    return sessionmaker(bind=engine)()


class TenantNotes:
    """The notes of one tenant. Every method sees only that tenant's rows."""

    def __init__(self, session, tenant_name):
        """Use the tenant of that name, creating it on first use."""
        self.session = session
        tenant = session.query(Tenant).filter_by(name=tenant_name).one_or_none()
        if tenant is None:
            tenant = Tenant(name=tenant_name)
            session.add(tenant)
            session.commit()
        self.tenant_id = tenant.id

    def _mine(self):
        return self.session.query(Note).filter(Note.tenant_id == self.tenant_id)

    def add(self, text):
        """Store a note for this tenant and return its id."""
        note = Note(tenant_id=self.tenant_id, text=text)
        self.session.add(note)
        self.session.commit()
        return note.id

    def texts(self):
        """This tenant's note texts, oldest first."""
        return [note.text for note in self._mine().order_by(Note.id)]

    def get(self, note_id):
        """The text of this tenant's note with that id, or None (also for another tenant's)."""
        note = self.session.get(Note, note_id)
        return None if note is None else note.text

    def delete(self, note_id):
        """Delete this tenant's note with that id; True if one was deleted, else False."""
        count = self._mine().filter(Note.id == note_id).delete()
        self.session.commit()
        return count == 1
