"""python -m crawler URL [--depth N] [--concurrency N] [--timeout S] [--output FILE]"""
import argparse
import asyncio
import json
import time

from crawler.crawl import crawl


def main():
    parser = argparse.ArgumentParser(prog="python -m crawler", description="Crawl one site.")
    parser.add_argument("url")
    parser.add_argument("--depth", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--output", default="crawl_results.json")
    args = parser.parse_args()

    print("Crawling %s (depth %d, %d workers)" % (args.url, args.depth, args.concurrency))
    started = time.perf_counter()
    last = [0.0]

    def progress(result):
        now = time.perf_counter() - started
        if now - last[0] >= 0.5:
            last[0] = now
            print("[%5.1fs] pages: %d  errors: %d" % (now, len(result.pages), len(result.errors)))

    try:
        result = asyncio.run(crawl(args.url, args.depth, args.concurrency, args.timeout, progress))
    except KeyboardInterrupt:
        print("\nInterrupted.")
        return 130
    seconds = time.perf_counter() - started
    done = len(result.pages) + len(result.errors)
    print("Done in %.2fs: %d pages, %d errors, %.1f pages/s"
          % (seconds, len(result.pages), len(result.errors), done / seconds if seconds else 0))
    for url, status in sorted(result.pages.items()):
        print("  %d  depth %d  %s" % (status, result.depths.get(url, -1), url))
    for url, error in sorted(result.errors.items()):
        print("  ERR %s  %s" % (url, error))
    with open(args.output, "w", encoding="utf-8") as file:
        json.dump({"pages": result.pages, "depths": result.depths, "errors": result.errors},
                  file, indent=2)
    print("Results saved to", args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
