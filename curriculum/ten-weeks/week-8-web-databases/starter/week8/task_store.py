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
    # TODO
    raise NotImplementedError("open_store is not written yet")


def add_task(Session, owner, title):
    """Store a new task of ``owner`` (not done, no slug yet) and return it as a dict."""
    # TODO
    raise NotImplementedError("add_task is not written yet")


def list_tasks(Session, owner):
    """The dicts of ``owner``'s own tasks, by id."""
    # TODO
    raise NotImplementedError("list_tasks is not written yet")


def get_task(Session, owner, task_id):
    """``owner``'s task ``task_id`` as a dict, or None if it is missing or someone else's."""
    # TODO
    raise NotImplementedError("get_task is not written yet")


def set_done(Session, owner, task_id, done):
    """Mark ``owner``'s task done or not; return it as a dict, or None if it is not theirs."""
    # TODO
    raise NotImplementedError("set_done is not written yet")


def delete_task(Session, owner, task_id):
    """Delete ``owner``'s task; True if it was deleted, False if it is not theirs."""
    # TODO
    raise NotImplementedError("delete_task is not written yet")
