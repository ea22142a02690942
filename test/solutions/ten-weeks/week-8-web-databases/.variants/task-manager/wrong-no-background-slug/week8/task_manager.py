"""Week 8 mini project: a task manager API on FastAPI and SQLAlchemy."""
import re
import secrets

from fastapi import BackgroundTasks, Depends, FastAPI, Header, HTTPException, Response
from pydantic import BaseModel, constr
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


class Login(BaseModel):
    username: str
    password: str


class TaskIn(BaseModel):
    title: constr(min_length=1)


class TaskChange(BaseModel):
    done: bool


def slugify(title):
    """'Buy  Milk!' -> 'buy-milk': lower-case words of letters and digits joined by '-'."""
    return "-".join(re.findall(r"[a-z0-9]+", title.lower()))


def create_app(db_path, users):
    """Build the task manager. Tasks live in the SQLite file ``db_path``; ``users`` maps
    usernames to passwords.

    - ``POST /login`` answers ``{"token": ...}`` or 401, as in the auth assignment. Every route
      below needs ``Authorization: Bearer <token>`` and answers 401 without a valid one.
    - ``POST /tasks`` with ``{"title": ...}`` answers 201 and the task as JSON:
      ``{"id", "title", "done": false, "slug": null}``. After answering, a background job fills
      in the task's ``slug`` with ``slugify(title)``.
    - ``GET /tasks`` lists the user's own tasks by id; ``GET /tasks/{id}`` shows one.
    - ``PATCH /tasks/{id}`` with ``{"done": true|false}`` changes it and answers the task.
    - ``DELETE /tasks/{id}`` answers 204.
    A task of another user, or one that does not exist, answers 404.
    """
    engine = create_engine("sqlite:///" + str(db_path), connect_args={"check_same_thread": False})
    Base.metadata.create_all(engine)
    Session = sessionmaker(bind=engine)
    tokens = {}
    app = FastAPI()

    def user(authorization: str = Header(None)):
        scheme, _, token = (authorization or "").partition(" ")
        if scheme != "Bearer" or token not in tokens:
            raise HTTPException(401, "log in first")
        return tokens[token]

    def as_json(task):
        return {"id": task.id, "title": task.title, "done": task.done, "slug": task.slug}

    def fill_slug(task_id):
        with Session() as session:
            task = session.get(Task, task_id)
            if task is not None:
                task.slug = slugify(task.title)
                session.commit()

    def mine(session, name, task_id):
        task = session.query(Task).filter_by(id=task_id, owner=name).one_or_none()
        if task is None:
            raise HTTPException(404, "no such task")
        return task

    @app.post("/login")
    def login(body: Login):
        if body.username not in users or not secrets.compare_digest(users[body.username], body.password):
            raise HTTPException(401, "wrong username or password")
        token = secrets.token_urlsafe(24)
        tokens[token] = body.username
        return {"token": token}

    @app.post("/tasks", status_code=201)
    def add(body: TaskIn, jobs: BackgroundTasks, name: str = Depends(user)):
        with Session() as session:
            task = Task(owner=name, title=body.title, done=False)
            session.add(task)
            session.commit()
            return as_json(task)

    @app.get("/tasks")
    def all_tasks(name: str = Depends(user)):
        with Session() as session:
            return [as_json(t) for t in session.query(Task).filter_by(owner=name).order_by(Task.id)]

    @app.get("/tasks/{task_id}")
    def one(task_id: int, name: str = Depends(user)):
        with Session() as session:
            return as_json(mine(session, name, task_id))

    @app.patch("/tasks/{task_id}")
    def change(task_id: int, body: TaskChange, name: str = Depends(user)):
        with Session() as session:
            task = mine(session, name, task_id)
            task.done = body.done
            session.commit()
            return as_json(task)

    @app.delete("/tasks/{task_id}", status_code=204)
    def remove(task_id: int, name: str = Depends(user)):
        with Session() as session:
            session.delete(mine(session, name, task_id))
            session.commit()
        return Response(status_code=204)

    return app
