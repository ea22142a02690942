"""Checks for the `dashboard` milestone: the HTTP API over the queue
(week3/day22/taskqueue/api.py)."""
from pymastery import call, expect_equal
from pymastery.track.packages import import_from
from pymastery.track.redis_tools import queue_on, redis_server

ROOT = "week3/day22"


def _client(queue, known=None):
    from fastapi.testclient import TestClient

    return TestClient(call(import_from(ROOT, "taskqueue.api").create_app, queue, known).value)


def check_submit():
    """POST /tasks queues the task and answers 202 with its id"""
    broker = import_from(ROOT, "taskqueue.broker")
    with redis_server() as make_client:
        queue = queue_on(make_client, broker)
        client = _client(queue, ["add"])
        response = call(client.post, "/tasks", json={"task": "add", "args": [2, 3]}).value
        expect_equal(response.status_code, 202,
                     hint="202 Accepted says the work will happen later: status_code=202 on @app.post(\"/tasks\").")
        body = response.json()
        expect_equal(body.get("status"), "queued")
        job = queue_on(make_client, broker).fetch(1)
        expect_equal((job or {}).get("id"), body.get("id"), hint="Call queue.submit(task, *args, **kwargs) and answer its id.")
        expect_equal((job["task"], job["args"], job["kwargs"]), ("add", [2, 3], {}))
        unknown = call(client.post, "/tasks", json={"task": "format_disk"}).value
        expect_equal(unknown.status_code, 422, hint="With known_tasks given, refuse other names with HTTPException(422).")
        expect_equal(call(client.post, "/tasks", json={"args": [1]}).value.status_code, 422,
                     hint="The NewTask model makes task required.")


def check_follow_and_stats():
    """GET /tasks/{id} follows a task; GET /stats shows the queue"""
    broker = import_from(ROOT, "taskqueue.broker")
    with redis_server() as make_client:
        queue = queue_on(make_client, broker)
        client = _client(queue)
        task_id = call(client.post, "/tasks", json={"task": "anything", "kwargs": {"x": 1}}).value.json().get("id")
        response = call(client.get, "/tasks/%s" % task_id).value
        expect_equal((response.status_code, response.json().get("status")), (200, "queued"),
                     hint="GET /tasks/{task_id} answers queue.info(task_id).")
        expect_equal(call(client.get, "/stats").value.json(), {"queued": 1, "processing": 0, "done": 0, "failed": 0},
                     hint="GET /stats answers queue.stats().")
        worker_side = queue_on(make_client, broker)
        worker_side.complete(worker_side.fetch(1)["id"], {"ok": True})
        followed = call(client.get, "/tasks/%s" % task_id).value.json()
        expect_equal((followed.get("status"), followed.get("result")), ("done", {"ok": True}))
        expect_equal(call(client.get, "/tasks/not-a-task").value.status_code, 404,
                     hint="queue.info gives None for an unknown id: raise HTTPException(404).")
