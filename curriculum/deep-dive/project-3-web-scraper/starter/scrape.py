"""Run the crawler: python scrape.py START_URL [--pages N] [--delay SECONDS] [--output FILE]"""

import argparse

from scraper.crawl import crawl, save_json
from scraper.fetch import fetch


def main() -> None:
    parser = argparse.ArgumentParser(description="Collect the stories of a board, politely.")
    parser.add_argument("url")
    parser.add_argument("--pages", type=int, default=5)
    parser.add_argument("--delay", type=float, default=1.0)
    parser.add_argument("--output", default="stories.json")
    args = parser.parse_args()

    def loud_fetch(url):
        print(f"GET {url}", end=" ... ", flush=True)
        text = fetch(url)
        print("ok")
        return text

    stories = crawl(args.url, max_pages=args.pages, delay=args.delay, fetch=loud_fetch)
    save_json(stories, args.output)
    print(f"Saved {len(stories)} stories to {args.output}")


if __name__ == "__main__":
    main()
