"""Checks for the `hardening` milestone: security headers, CORS and a rate limit per user
(secure_api/app.py)."""
import re

from pymastery import expect, expect_equal
from pymastery.track.security_tools import SecureApp

ORIGIN = "https://app.example.com"
EVIL = "https://evil.example.net"


def _expect_headers(response, what):
    headers = response.headers
    expect_equal(headers.get("x-content-type-options", "").lower(), "nosniff",
                 hint="X-Content-Type-Options: nosniff stops browsers guessing a content type (%s)." % what)
    frame = headers.get("x-frame-options", "").upper()
    csp = headers.get("content-security-policy", "")
    expect(frame in ("DENY", "SAMEORIGIN") or "frame-ancestors" in csp,
           "The answer to %s does not forbid framing (no X-Frame-Options)." % what,
           hint="X-Frame-Options: DENY stops other sites showing your pages in a frame (clickjacking).")
    expect(csp.strip(), "The answer to %s has no Content-Security-Policy." % what,
           hint="An API can send Content-Security-Policy: default-src 'none'.")
    expect(headers.get("referrer-policy", "").strip(), "The answer to %s has no Referrer-Policy." % what,
           hint="Referrer-Policy: no-referrer keeps URLs from leaking to other sites.")
    hsts = headers.get("strict-transport-security", "")
    match = re.search(r"max-age=(\d+)", hsts)
    expect(match and int(match.group(1)) > 0,
           "The answer to %s has no Strict-Transport-Security with a max-age." % what,
           hint="Strict-Transport-Security: max-age=31536000; includeSubDomains tells browsers to use HTTPS only.")


def check_security_headers():
    """every answer carries the security headers, errors included"""
    api = SecureApp()
    token = api.token_for()
    _expect_headers(api.send("GET", "/me", token=token), "GET /me")
    _expect_headers(api.send("GET", "/me"), "GET /me without a token (401)")
    _expect_headers(api.send("GET", "/no-such-page"), "GET /no-such-page (404)")
    _expect_headers(api.send("POST", "/register", json={}), "a bad POST /register (422)")


def check_cors_allows_only_listed_origins():
    """CORS lets the listed origin in and nobody else"""
    api = SecureApp(origins=(ORIGIN,))
    ask = {"Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization"}
    allowed = api.send("OPTIONS", "/me", headers=dict(ask, Origin=ORIGIN))
    expect_equal(allowed.headers.get("access-control-allow-origin"), ORIGIN,
                 hint="app.add_middleware(CORSMiddleware, allow_origins=list(settings.allowed_origins), ...), "
                      "with GET and POST and the Authorization header allowed.")
    expect_equal(allowed.status_code, 200, hint="The preflight of an allowed origin succeeds.")
    for origin in (EVIL, "null", ORIGIN + ".evil.net"):
        refused = api.send("OPTIONS", "/me", headers=dict(ask, Origin=origin))
        value = refused.headers.get("access-control-allow-origin")
        expect(value is None, "A preflight from %s got Access-Control-Allow-Origin: %s" % (origin, value),
               hint="Never use \"*\": list the exact origins from settings, nothing else.")
        simple = api.send("GET", "/register", headers={"Origin": origin})
        expect(simple.headers.get("access-control-allow-origin") is None,
               "A request from %s got Access-Control-Allow-Origin back." % origin, hint="List exact origins only.")


def check_rate_limit_per_user():
    """each user gets rate_limit requests a minute, then 429 with Retry-After"""
    api = SecureApp(rate_limit=3)
    alice, bob = api.token_for("alice"), api.token_for("bob")
    for number in range(1, 4):
        api.clock.advance(1)
        expect_equal(api.send("GET", "/me", token=alice).status_code, 200,
                     hint="Request %d of 3 within the minute is allowed." % number)
    api.clock.advance(1)
    blocked = api.send("GET", "/me", token=alice)
    expect_equal(blocked.status_code, 429,
                 hint="Keep the times of each user's recent requests (clock()); with rate_limit of them in the "
                      "last 60 seconds, raise HTTPException(429).")
    retry = blocked.headers.get("retry-after", "")
    expect(retry.isdigit() and 0 < int(retry) <= 60,
           "The 429 answer's Retry-After header is %r." % (retry,),
           hint="Say how many whole seconds until the oldest request leaves the window: headers={\"Retry-After\": ...}.")
    expect_equal(api.send("GET", "/me", token=bob).status_code, 200,
                 hint="Count per user (the token's sub), not for the whole app.")
    api.clock.advance(60)
    expect_equal(api.send("GET", "/me", token=alice).status_code, 200,
                 hint="Forget requests older than 60 seconds by the clock create_app was given, not time.time().")
