"""Week 8 mini project, parts 2 and 3: the task manager API over the task store."""
import re
import secrets

from fastapi import BackgroundTasks, Depends, FastAPI, Header, HTTPException, Response
from pydantic import BaseModel, constr

from task_store import Task, add_task, delete_task, get_task, list_tasks, open_store, set_done


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


def fill_slug(Session, task_id):
    """The background job: set the slug of task ``task_id`` from its title, in a session of
    its own (the request's session is closed by the time this runs)."""
    with Session() as session:
        task = session.get(Task, task_id)
        if task is not None:
            task.slug = slugify(task.title)
            session.commit()


def create_app(db_path, users):
    """Build the task manager. Tasks live in the SQLite file ``db_path`` (use task_store);
    ``users`` maps usernames to passwords.

    - ``POST /login`` answers ``{"token": ...}`` or 401, as in the auth assignment. Every route
      below needs ``Authorization: Bearer <token>`` and answers 401 without a valid one.
    - ``POST /tasks`` with ``{"title": ...}`` answers 201 and the task as JSON:
      ``{"id", "title", "done": false, "slug": null}``.
    - ``GET /tasks`` lists the user's own tasks by id; ``GET /tasks/{id}`` shows one.
    - ``PATCH /tasks/{id}`` with ``{"done": true|false}`` changes it and answers the task.
    - ``DELETE /tasks/{id}`` answers 204.
    A task of another user, or one that does not exist, answers 404.

    Part 3 (task-background): after answering POST /tasks, a background job runs
    ``fill_slug``; ``GET /summary`` answers ``{"total": n, "done": d, "open": n - d}`` for
    the user's own tasks.
    """
    Session = open_store(db_path)
    tokens = {}
    app = FastAPI()

    def user(authorization: str = Header(None)):
        scheme, _, token = (authorization or "").partition(" ")
        if scheme != "Bearer" or token not in tokens:
            raise HTTPException(401, "log in first")
        return tokens[token]

    def found(task):
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
        task = add_task(Session, name, body.title)
        jobs.add_task(fill_slug, Session, task["id"])
        return task

    @app.get("/tasks")
    def all_tasks(name: str = Depends(user)):
        return list_tasks(Session, name)

    @app.get("/tasks/{task_id}")
    def one(task_id: int, name: str = Depends(user)):
        return found(get_task(Session, name, task_id))

    @app.patch("/tasks/{task_id}")
    def change(task_id: int, body: TaskChange, name: str = Depends(user)):
        return found(set_done(Session, name, task_id, body.done))

    @app.delete("/tasks/{task_id}", status_code=204)
    def remove(task_id: int, name: str = Depends(user)):
        if not delete_task(Session, name, task_id):
            raise HTTPException(404, "no such task")
        return Response(status_code=204)

    @app.get("/summary")
    def summary(name: str = Depends(user)):
        tasks = list_tasks(Session, name)
        done = sum(1 for t in tasks if t["done"])
        return {"total": len(tasks), "done": done, "open": len(tasks) - done}

    return app
