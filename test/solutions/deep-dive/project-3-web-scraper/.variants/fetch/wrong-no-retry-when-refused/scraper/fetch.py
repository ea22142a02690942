"""Fetch one page politely and patiently (milestone 1)."""

from __future__ import annotations

import time
import urllib.error
import urllib.request

USER_AGENT = "pymastery-scraper/1.0 (learning project)"
#: Answers worth asking again for: the server is busy or had a passing problem.
RETRY_STATUSES = {429, 500, 502, 503, 504}


def fetch(url: str, *, retries: int = 3, backoff: float = 0.5, timeout: float = 10.0) -> str:
    """GET ``url`` and return the body as text, decoded with the charset the server names
    (UTF-8 when it names none).

    Every request sends ``USER_AGENT`` as its User-Agent. An answer in ``RETRY_STATUSES``
    or a connection that fails is tried again up to ``retries`` more times, sleeping
    ``backoff``, then twice that, then four times that... seconds before each new try.
    Any other error status (404, 403...) raises ``urllib.error.HTTPError`` at once; when
    the tries run out, the last error is raised.
    """
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    for attempt in range(retries + 1):
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                charset = response.headers.get_content_charset() or "utf-8"
                return response.read().decode(charset, errors="replace")
        except urllib.error.HTTPError as err:
            if err.code not in RETRY_STATUSES or attempt == retries:
                raise
        time.sleep(backoff * 2 ** attempt)
    raise AssertionError("unreachable")
