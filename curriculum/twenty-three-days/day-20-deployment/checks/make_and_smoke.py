"""Checks for the `make-and-smoke` milestone: a Makefile for the usual commands and a smoke test
for the running container (week3/day20/Makefile, week3/day20/smoke_test.py)."""
from pymastery import Response, call, expect, expect_equal, fake_clock, learner_module, run_script, serve_http
from pymastery.track.containers import parse_makefile, read_text

SMOKE = "week3/day20/smoke_test.py"
HEALTHY = {"status": "ok", "database": "ok"}


def check_makefile_targets():
    """the Makefile has build, up, down, logs and test targets, declared .PHONY"""
    rules = parse_makefile(read_text("week3/day20/Makefile"))
    wanted = {"build": ("docker", "build"), "up": ("docker", "up"), "down": ("docker", "down"),
              "logs": ("docker", "logs"), "test": ("pytest",)}
    for target, words in wanted.items():
        recipe = rules.get(target)
        expect(recipe, "The Makefile has no %s target." % target,
               hint="A target is a line `%s:` followed by its commands, each indented with a tab." % target)
        text = " ".join(recipe)
        expect(all(word in text for word in words),
               "make %s runs %r." % (target, text),
               hint="build, up, down and logs run docker compose ...; test runs python -m pytest.")
    phony = set(rules.get("__deps__.PHONY", []))
    missing = sorted(set(wanted) - phony)
    expect(not missing, ".PHONY does not list %s." % ", ".join(missing),
           hint="These targets make no file, so .PHONY: build up down logs test tells make to run them every time.")


def check_smoke_test_waits_for_health():
    """wait_until_healthy retries until /health says ok"""
    smoke = learner_module(SMOKE)
    routes = {"/health": [Response(status=503), Response(status=503), Response(b'{"status": "ok"}',
                                                                               headers={"Content-Type": "application/json"})]}
    with serve_http(routes) as server, fake_clock(smoke) as clock:
        result = call(smoke.wait_until_healthy, server.url, attempts=5, delay=2).value
    expect_equal(result, True, hint="GET base_url + \"/health\"; a 200 whose JSON status is ok means healthy.")
    expect_equal(clock.sleeps, [2, 2], hint="Sleep `delay` seconds after each failed try, with time.sleep.")
    expect_equal([r.path for r in server.requests], ["/health"] * 3)


def check_smoke_test_gives_up():
    """wait_until_healthy returns False after its attempts, and never raises"""
    smoke = learner_module(SMOKE)
    with serve_http({"/health": {"status": "starting"}}) as server, fake_clock(smoke) as clock:
        expect_equal(call(smoke.wait_until_healthy, server.url, attempts=3, delay=1).value, False,
                     hint="A 200 whose status is not ok is not healthy either.")
    expect_equal(len(server.requests), 3, hint="Try exactly `attempts` times.")
    expect_equal(clock.sleeps, [1, 1], hint="No sleep after the last try: nothing follows it.")
    with serve_http({}) as server:
        closed = server.url
    with fake_clock(smoke):
        expect_equal(call(smoke.wait_until_healthy, closed, attempts=2, delay=1).value, False,
                     hint="A refused connection raises URLError (an OSError): catch it and count it as not healthy.")


def check_smoke_test_exit_code():
    """python smoke_test.py URL exits 0 when healthy and 1 when not"""
    with serve_http({"/health": HEALTHY}) as server:
        good = run_script(SMOKE, [server.url])
    expect_equal(good.exit_code, 0, hint="sys.exit(main()) where main returns 0 when healthy.")
    with serve_http({"/health": Response(status=500)}) as server:
        smoke = learner_module(SMOKE)
        with fake_clock(smoke):
            code = call(smoke.main, [server.url]).value
    expect_equal(code, 1, hint="main returns 1 when wait_until_healthy gives up, so make and CI see the failure.")
