"""Engine, sessions and the declarative base shared by the models."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, declarative_base, sessionmaker

Base = declarative_base()


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite connections may be shared between threads."""
    connect_args = {"check_same_thread": False} if url.startswith("sqlite") else {}
    return create_engine(url, connect_args=connect_args)


def make_session_factory(engine: Engine) -> Callable[[], Session]:
    """A factory of sessions bound to ``engine`` whose objects stay readable after commit."""
    return sessionmaker(bind=engine, expire_on_commit=False)


class session_scope:
    """One unit of work, as a class with __enter__ and __exit__."""

    def __init__(self, factory):
        self.factory = factory

    def __enter__(self):
        self.session = self.factory()
        return self.session

    def __exit__(self, kind, error, traceback):
        try:
            if kind is None:
                self.session.commit()
            else:
                self.session.rollback()
        finally:
            self.session.close()
        return False
