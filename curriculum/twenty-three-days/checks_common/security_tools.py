"""Helpers for the day-19 checks of the secured API (the learner's week3/day19/secure_api)."""
from pymastery import call, expect, fail, temp_folder

from .packages import import_from

ROOT = "week3/day19"
KEY = "day19-check-key-0123456789abcdefghij"
OLD_KEY = "day19-check-old-key-abcdefghij0123456789"


def secure(name):
    """The learner's module secure_api.<name>, imported fresh."""
    return import_from(ROOT, "secure_api." + name)


class Clock:
    """A clock the check moves by hand, for the rate limit."""

    def __init__(self, start=5000.0):
        self.now = start

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


class SecureApp:
    """The learner's app on a fresh SQLite file, with settings the check chooses."""

    def __init__(self, keys=(KEY,), origins=(), rate_limit=1000):
        from fastapi.testclient import TestClient

        self.folder = temp_folder()  # removed when the check ends
        self.db_path = self.folder.path("users.db")
        self.clock = Clock()
        settings_cls = secure("settings").Settings
        settings = call(settings_cls, secret_keys=tuple(keys), allowed_origins=tuple(origins),
                        rate_limit=rate_limit).value
        app = call(secure("app").create_app, settings, self.db_path, self.clock).value
        self.client = TestClient(app, raise_server_exceptions=True)

    def send(self, method, url, token=None, **options):
        headers = dict(options.pop("headers", {}) or {})
        if token is not None:
            headers["Authorization"] = "Bearer " + token
        return call(self.client.request, method, url, headers=headers, **options).value

    def register(self, username="alice", password="a long passphrase"):
        response = self.send("POST", "/register", json={"username": username, "password": password})
        expect(response.status_code not in (404, 405),
               "POST /register answered %d: there is no such route yet." % response.status_code,
               hint="Inside create_app, add a function decorated with @app.post(\"/register\", status_code=201).")
        return response

    def login(self, username="alice", password="a long passphrase"):
        response = self.send("POST", "/login", json={"username": username, "password": password})
        expect(response.status_code not in (404, 405),
               "POST /login answered %d: there is no such route yet." % response.status_code,
               hint="Add @app.post(\"/login\") that checks the password and returns a token.")
        return response

    def token_for(self, username="alice", password="a long passphrase"):
        """Registers (when needed) and logs in; the access token."""
        self.register(username, password)
        response = self.login(username, password)
        if response.status_code != 200:
            fail("POST /login with the right password answered %d: %s" % (response.status_code, response.text[:200]),
                 hint="Find the user, check the password with verify_password, and answer 200 with the token.")
        body = response.json()
        token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str):
            fail("POST /login answered %r, with no access_token in it." % (body,),
                 hint="Answer {\"access_token\": token, \"token_type\": \"bearer\"}.")
        return token

    def add_admin(self, username="root", password="admin passphrase"):
        """Puts an admin straight into the database with the learner's own functions."""
        import sqlite3

        conn = sqlite3.connect(self.db_path)
        try:
            call(secure("users").create_user, conn, username, call(secure("passwords").hash_password, password).value,
                 "admin")
            conn.commit()
        finally:
            conn.close()
        response = self.login(username, password)
        expect(response.status_code == 200, "POST /login for an admin answered %d." % response.status_code,
               hint="Log in works the same for every role.")
        return response.json()["access_token"]
