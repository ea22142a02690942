"""Is the running container healthy? python smoke_test.py [base URL]; exit 0 when it is."""
import json
import os
import sys
import time
import urllib.error
import urllib.request
from typing import List, Optional


def is_healthy(base_url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(base_url.rstrip("/") + "/health", timeout=timeout) as response:
            return response.status == 200
    except (OSError, ValueError):
        return False


def wait_until_healthy(base_url: str, attempts: int = 10, delay: float = 1.0) -> bool:
    for attempt in range(attempts):
        if is_healthy(base_url):
            return True
        if attempt < attempts - 1:
            time.sleep(delay)
    return False


def main(argv: Optional[List[str]] = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    base_url = args[0] if args else os.environ.get("APP_URL", "http://127.0.0.1:8000")
    if wait_until_healthy(base_url):
        print("healthy:", base_url)
        return 0
    print("not healthy:", base_url, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
