"""Checks for the `session-scope` milestone: engine, session factory and one unit of work."""
from sqlalchemy import Column, Integer, String, create_engine, text
from sqlalchemy.orm import Session, declarative_base

from pymastery import call, capture, expect, expect_equal
from pymastery.track.database import TempDatabase
from pymastery.track.packages import import_from

ROOT = "week2/day13"

CheckBase = declarative_base()


class Note(CheckBase):
    """A table of the check's own, so this milestone does not depend on your models."""

    __tablename__ = "check_notes"
    id = Column(Integer, primary_key=True)
    body = Column(String(50), nullable=False)


def _count(url):
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT COUNT(*) FROM check_notes")).scalar()
    finally:
        engine.dispose()


def _engine(database):
    engine = call(import_from(ROOT, "api.database").make_engine, database.url).value
    expect(hasattr(engine, "connect") and hasattr(engine, "dispose"),
           "make_engine should return a SQLAlchemy Engine, got %r." % (engine,), hint="return create_engine(url, ...)")
    CheckBase.metadata.create_all(engine)
    return engine


def check_engine_connects():
    """make_engine gives an engine for the URL that can run SQL"""
    with TempDatabase() as database:
        engine = _engine(database)
        try:
            expect_equal(str(engine.url), database.url, hint="Pass the URL you were given to create_engine.")
            with engine.connect() as connection:
                expect_equal(connection.execute(text("SELECT 40 + 2")).scalar(), 42, hint="The engine should connect to SQLite.")
        finally:
            engine.dispose()


def check_factory_makes_bound_sessions():
    """the factory makes sessions bound to the engine"""
    with TempDatabase() as database:
        engine = _engine(database)
        try:
            factory = call(import_from(ROOT, "api.database").make_session_factory, engine).value
            session = call(factory).value
            expect(isinstance(session, Session), "The factory should make Session objects, got %r." % (session,),
                   hint="sessionmaker(bind=engine, ...) returns such a factory.")
            expect(session.get_bind() is engine, "The sessions are not bound to the engine you were given.",
                   hint="Pass bind=engine to sessionmaker.")
            session.close()
        finally:
            engine.dispose()


def check_objects_readable_after_commit():
    """objects stay readable after their session committed and closed"""
    with TempDatabase() as database:
        engine = _engine(database)
        try:
            factory = call(import_from(ROOT, "api.database").make_session_factory, engine).value
            session = factory()
            note = Note(body="kept")
            session.add(note)
            session.commit()
            session.close()
            outcome = capture(lambda: note.body)
            expect(outcome.exception is None and outcome.value == "kept",
                   "After commit and close, reading note.body failed with %r." % (outcome.exception,),
                   hint="By default a commit expires every object, and a closed session cannot reload it. "
                        "sessionmaker(..., expire_on_commit=False) keeps the loaded values.")
        finally:
            engine.dispose()


def check_scope_commits():
    """session_scope commits when the block ends normally"""
    database_module = import_from(ROOT, "api.database")
    with TempDatabase() as database:
        engine = _engine(database)
        try:
            factory = call(database_module.make_session_factory, engine).value

            def work():
                with database_module.session_scope(factory) as session:
                    session.add(Note(body="saved"))

            call(work)
            expect_equal(_count(database.url), 1,
                         hint="After the yield, call session.commit(); another connection sees the row only once it is committed.")
        finally:
            engine.dispose()


class Boom(Exception):
    pass


def check_scope_rolls_back():
    """session_scope rolls back and re-raises when the block raises"""
    database_module = import_from(ROOT, "api.database")
    with TempDatabase() as database:
        engine = _engine(database)
        try:
            factory = call(database_module.make_session_factory, engine).value

            def work():
                with database_module.session_scope(factory) as session:
                    session.add(Note(body="never"))
                    session.flush()
                    raise Boom("the block failed")

            outcome = capture(work)
            expect(isinstance(outcome.exception, Boom),
                   "The exception raised in the with block should come out of it unchanged, got %r." % (outcome.exception,),
                   hint="Catch it around the yield, roll back, then raise it again with a bare raise.")
            expect_equal(_count(database.url), 0,
                         hint="The row was flushed but the block failed: session.rollback() must undo it.")
        finally:
            engine.dispose()


def check_scope_always_closes():
    """session_scope closes the session, whether the block worked or not"""
    database_module = import_from(ROOT, "api.database")
    closed = []

    class Watched(Session):
        def close(self):
            closed.append(self)
            super().close()

    with TempDatabase() as database:
        engine = create_engine(database.url)
        CheckBase.metadata.create_all(engine)
        try:
            factory = lambda: Watched(bind=engine)

            def good():
                with database_module.session_scope(factory) as session:
                    session.add(Note(body="fine"))

            def bad():
                with database_module.session_scope(factory) as session:
                    raise Boom("no")

            call(good)
            capture(bad)
            expect_equal(len(closed), 2, hint="Put session.close() in a finally block so it runs on both paths.")
        finally:
            engine.dispose()
