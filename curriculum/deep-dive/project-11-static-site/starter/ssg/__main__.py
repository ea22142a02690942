"""python -m ssg build SOURCE OUTPUT   build once and report broken links
   python -m ssg watch SOURCE OUTPUT   rebuild whenever a source file changes (Ctrl-C stops)"""
import sys
import time
from pathlib import Path

from ssg.build import build
from ssg.links import broken_links


def build_and_report(source, output):
    started = time.perf_counter()
    written = build(source, output)
    seconds = time.perf_counter() - started
    print("Built %s into %s: %d file(s) written in %.2fs" % (source, output, len(written), seconds))
    for path in written:
        print("  wrote", path)
    for page, href in broken_links(output):
        print("  broken link in %s: %s" % (page, href))


def snapshot(source):
    return {path: path.stat().st_mtime_ns for path in Path(source).rglob("*") if path.is_file()}


def main(argv):
    if len(argv) != 3 or argv[0] not in ("build", "watch"):
        print(__doc__, file=sys.stderr)
        return 2
    command, source, output = argv
    build_and_report(source, output)
    if command == "watch":
        seen = snapshot(source)
        print("Watching %s for changes..." % source)
        try:
            while True:
                time.sleep(0.5)
                now = snapshot(source)
                if now != seen:
                    seen = now
                    print(time.strftime("[%H:%M:%S]"), "change detected, rebuilding")
                    build_and_report(source, output)
        except KeyboardInterrupt:
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
