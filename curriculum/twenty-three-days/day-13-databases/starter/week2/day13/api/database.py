"""Engine, sessions and the declarative base shared by the models."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, declarative_base, sessionmaker

Base = declarative_base()


def make_engine(url: str) -> Engine:
    """Return an engine for the database at ``url``, such as "sqlite:///items.db".

    For SQLite, pass connect_args={"check_same_thread": False}: FastAPI runs
    plain def routes in worker threads, and they share the engine's connections.
    """
    raise NotImplementedError


def make_session_factory(engine: Engine) -> Callable[[], Session]:
    """Return a factory that makes sessions bound to ``engine``.

    Objects should stay readable after a commit (expire_on_commit=False), so a
    route can still turn them into JSON once its transaction has ended.
    """
    raise NotImplementedError


@contextmanager
def session_scope(factory: Callable[[], Session]) -> Iterator[Session]:
    """One unit of work.

    Make a session with ``factory()`` and yield it. If the with block ends
    normally, commit. If it raises, roll back and let the exception continue.
    Close the session in every case.
    """
    raise NotImplementedError
