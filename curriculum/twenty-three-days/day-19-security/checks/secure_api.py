"""Checks for the `secure-api` milestone: settings from the environment, accounts, tokens and
roles (secure_api/settings.py and secure_api/app.py)."""
import os
import sqlite3

from pymastery import call, expect, expect_equal, expect_raises
from pymastery.track.security_tools import KEY, OLD_KEY, SecureApp, secure

GOOD_ENV = {"APP_SECRET_KEYS": KEY + "," + OLD_KEY, "APP_ALLOWED_ORIGINS": "https://app.example.com, https://admin.example.com",
            "APP_RATE_LIMIT": "30"}


def check_settings_from_the_environment():
    """load_settings reads the keys, origins and rate limit from the environment"""
    settings = secure("settings")
    loaded = call(settings.load_settings, GOOD_ENV).value
    expect_equal(tuple(loaded.secret_keys), (KEY, OLD_KEY), hint="Split APP_SECRET_KEYS on commas, newest first.")
    expect_equal(tuple(loaded.allowed_origins), ("https://app.example.com", "https://admin.example.com"),
                 hint="Split APP_ALLOWED_ORIGINS on commas and strip the spaces.")
    expect_equal(loaded.rate_limit, 30, hint="APP_RATE_LIMIT is text in the environment: int() it.")
    defaults = call(settings.load_settings, {"APP_SECRET_KEYS": KEY}).value
    expect_equal((tuple(defaults.allowed_origins), defaults.rate_limit), ((), 60),
                 hint="No origins and 60 requests a minute when those variables are not set.")
    expect(KEY not in repr(loaded), "repr(settings) shows the secret key, so it would end up in logs and tracebacks.",
           hint="Keep field(repr=False) on secret_keys.")
    saved = os.environ.get("APP_SECRET_KEYS")
    os.environ["APP_SECRET_KEYS"] = OLD_KEY
    try:
        from_os = call(settings.load_settings).value
    finally:
        if saved is None:
            del os.environ["APP_SECRET_KEYS"]
        else:
            os.environ["APP_SECRET_KEYS"] = saved
    expect_equal(tuple(from_os.secret_keys), (OLD_KEY,), hint="With no argument, read os.environ.")


def check_refuses_to_start_without_a_good_secret():
    """a missing or short secret, or a bad rate limit, raises RuntimeError"""
    settings = secure("settings")
    for env, what in (({}, "no APP_SECRET_KEYS"), ({"APP_SECRET_KEYS": ""}, "an empty APP_SECRET_KEYS"),
                      ({"APP_SECRET_KEYS": "changeme"}, "a key of 8 characters"),
                      ({"APP_SECRET_KEYS": KEY + ",short"}, "a short second key"),
                      ({"APP_SECRET_KEYS": KEY, "APP_RATE_LIMIT": "lots"}, "APP_RATE_LIMIT=lots"),
                      ({"APP_SECRET_KEYS": KEY, "APP_RATE_LIMIT": "0"}, "APP_RATE_LIMIT=0")):
        expect_raises(RuntimeError, settings.load_settings, env,
                      hint="Raise RuntimeError for %s: an app with a guessable key must not start at all." % what)


def check_register_and_login():
    """/register creates a user, /login gives a token, /me says who it belongs to"""
    api = SecureApp()
    response = api.register("Alice", "a long passphrase")
    expect_equal(response.status_code, 201, hint="status_code=201 on the @app.post(\"/register\") decorator.")
    expect_equal(response.json(), {"username": "alice", "role": "user"},
                 hint="Answer with what create_user returns; never send the password or its hash back.")
    stored = sqlite3.connect(api.db_path).execute("SELECT password_hash FROM users").fetchone()
    expect(stored is not None and "a long passphrase" not in stored[0],
           "The users table holds the password in plain text.", hint="Store hash_password(password), never the password.")
    token = api.token_for("alice", "a long passphrase")
    me = api.send("GET", "/me", token=token)
    expect_equal((me.status_code, me.json()), (200, {"username": "alice", "role": "user"}),
                 hint="GET /me reads the Authorization: Bearer header, decodes the token and answers sub and role.")


def check_bad_input_is_refused():
    """bad usernames and short passwords get 422, a taken name 409"""
    api = SecureApp()
    for body, what in (({"username": "<b>x</b>", "password": "a long passphrase"}, "a name with markup"),
                       ({"username": "bob'--", "password": "a long passphrase"}, "a name with a quote"),
                       ({"username": "bob", "password": "short"}, "a 5-character password"),
                       ({"username": "bob"}, "no password")):
        response = api.send("POST", "/register", json=body)
        expect_equal(response.status_code, 422,
                     hint="Type the body with the Credentials model and turn validate_username's ValueError into "
                          "HTTPException(422). Sent %s." % what)
    api.register("bob", "a long passphrase")
    expect_equal(api.register("BOB", "another passphrase").status_code, 409,
                 hint="A taken name (create_user's ValueError) is a conflict: 409.")


def check_wrong_credentials():
    """a wrong password and an unknown user both get 401, with the same answer"""
    api = SecureApp()
    api.register("alice", "a long passphrase")
    wrong = api.login("alice", "not the passphrase")
    unknown = api.login("nobody", "not the passphrase")
    expect_equal((wrong.status_code, unknown.status_code), (401, 401),
                 hint="Raise HTTPException(401) when the user is missing or verify_password says no.")
    expect_equal(wrong.json(), unknown.json(),
                 hint="Give the same message for both, so nobody can find out which usernames exist.")


def check_tokens_are_required():
    """/me without a token, with a forged one or with an unknown key's token gets 401"""
    api = SecureApp()
    tokens = secure("tokens")
    api.register("alice", "a long passphrase")
    forged = call(tokens.create_token, "alice", "admin", "guessed-key-0123456789abcdefghijkl").value
    for headers, what in (({}, "no Authorization header"), ({"Authorization": "Bearer"}, "an empty token"),
                          ({"Authorization": "Basic YWxpY2U6cHc="}, "Basic credentials"),
                          ({"Authorization": "Bearer " + forged}, "a token signed with another key"),
                          ({"Authorization": "Bearer garbage"}, "a token that is not a JWT")):
        response = api.send("GET", "/me", headers=headers)
        expect_equal(response.status_code, 401,
                     hint="A dependency reads the header, needs the Bearer scheme and calls decode_token with "
                          "settings.secret_keys; InvalidToken becomes HTTPException(401). Sent %s." % what)


def check_roles():
    """/admin/users is for admins: 401 without a token, 403 for a user, the list for an admin"""
    api = SecureApp()
    user_token = api.token_for("alice", "a long passphrase")
    expect_equal(api.send("GET", "/admin/users").status_code, 401, hint="Not signed in is 401.")
    expect_equal(api.send("GET", "/admin/users", token=user_token).status_code, 403,
                 hint="Signed in but not allowed is 403: a second dependency that needs role == \"admin\".")
    admin_token = api.add_admin("root", "admin passphrase")
    response = api.send("GET", "/admin/users", token=admin_token)
    expect_equal(response.status_code, 200)
    expect_equal(sorted((u.get("username"), u.get("role")) for u in response.json()),
                 [("alice", "user"), ("root", "admin")],
                 hint="Answer every user's username and role, and nothing else (no hashes).")


def check_rotated_keys():
    """tokens signed with an older key in APP_SECRET_KEYS still work"""
    api = SecureApp(keys=(KEY, OLD_KEY))
    tokens = secure("tokens")
    api.register("alice", "a long passphrase")
    old = call(tokens.create_token, "alice", "user", OLD_KEY).value
    expect_equal(api.send("GET", "/me", token=old).status_code, 200,
                 hint="Pass every key of settings.secret_keys to decode_token, and sign new tokens with the first.")
    token = api.token_for("alice", "a long passphrase")
    claims = call(tokens.decode_token, token, [KEY]).value
    expect_equal(claims.get("sub"), "alice", hint="/login signs with settings.secret_keys[0], the newest key.")
