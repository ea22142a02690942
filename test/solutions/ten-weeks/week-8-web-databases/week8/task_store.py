"""Week 8 mini project, part 1: the tasks table and the functions that read and change it."""
from sqlalchemy import Boolean, Column, Integer, String, create_engine
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()


class Task(Base):
    __tablename__ = "tasks"
    id = Column(Integer, primary_key=True)
    owner = Column(String, nullable=False, index=True)
    title = Column(String, nullable=False)
    done = Column(Boolean, nullable=False, default=False)
    slug = Column(String)


def as_dict(task):
    """The task as a plain dict: ``{"id", "title", "done", "slug"}``."""
    return {"id": task.id, "title": task.title, "done": task.done, "slug": task.slug}


def open_store(db_path):
    """Create the tables in the SQLite file ``db_path`` and return a session factory.
    The engine must allow use from several threads (FastAPI runs routes on other threads)."""
    engine = create_engine("sqlite:///" + str(db_path), connect_args={"check_same_thread": False})
    Base.metadata.create_all(engine)
    return sessionmaker(bind=engine)


def _mine(session, owner, task_id):
    return session.query(Task).filter_by(id=task_id, owner=owner).one_or_none()


def add_task(Session, owner, title):
    """Store a new task of ``owner`` (not done, no slug yet) and return it as a dict."""
    with Session() as session:
        task = Task(owner=owner, title=title, done=False)
        session.add(task)
        session.commit()
        return as_dict(task)


def list_tasks(Session, owner):
    """The dicts of ``owner``'s own tasks, by id."""
    with Session() as session:
        return [as_dict(t) for t in session.query(Task).filter_by(owner=owner).order_by(Task.id)]


def get_task(Session, owner, task_id):
    """``owner``'s task ``task_id`` as a dict, or None if it is missing or someone else's."""
    with Session() as session:
        task = _mine(session, owner, task_id)
        return None if task is None else as_dict(task)


def set_done(Session, owner, task_id, done):
    """Mark ``owner``'s task done or not; return it as a dict, or None if it is not theirs."""
    with Session() as session:
        task = _mine(session, owner, task_id)
        if task is None:
            return None
        task.done = done
        session.commit()
        return as_dict(task)


def delete_task(Session, owner, task_id):
    """Delete ``owner``'s task; True if it was deleted, False if it is not theirs."""
    with Session() as session:
        task = _mine(session, owner, task_id)
        if task is None:
            return False
        session.delete(task)
        session.commit()
        return True
