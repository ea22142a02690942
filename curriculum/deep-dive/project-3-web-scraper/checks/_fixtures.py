"""Pages of a made-up link board, served to the scraper by the checks."""


def _story(number, title, href, points=None, author=None, comments=None):
    meta = []
    if points is not None:
        meta.append('<span class="points">%s</span>' % points)
    if author is not None:
        meta.append('by <a class="author" href="/user/%s">%s</a>' % (author, author))
    if comments is not None:
        meta.append('<a class="comments" href="/item/%d">%s</a>' % (number, comments))
    return ('<li class="story" id="s-%d">\n  <span class="rank">%d.</span>\n'
            '  <a class="title" href="%s">\n    %s\n  </a>\n'
            '  <div class="meta">%s</div>\n</li>\n' % (number, number, href, title,
                                                       " | ".join(meta)))


def page(stories, next_href=None, extra=""):
    more = '<a class="morelink" rel="next" href="%s">More</a>' % next_href if next_href else ""
    return ("<!doctype html>\n<html><head><meta charset='utf-8'><title>Reading Room</title></head>"
            "<body>\n<div id='top'><a href='/'>Reading Room</a> <a href='/newest'>new</a></div>\n"
            "<ol class='stories'>\n%s</ol>\n%s\n%s</body></html>\n"
            % ("".join(stories), more, extra))


PAGE_1 = page([
    _story(101, "Show RR: a REPL in 200 lines", "https://example.org/repl", "142 points", "ada",
           "45 comments"),
    _story(102, "Why hashes beat timestamps", "/item/102", "1 point", "grace", "discuss"),
    _story(103, "Caf\u00e9 &amp; code: notes from a meetup", "blog/cafe.html", None, None, None),
], next_href="/news?page=2")

PAGE_2 = page([
    _story(104, "Backoff, explained with a bakery", "https://example.net/bakery", "88 points",
           "linus", "3 comments"),
], next_href="news?page=3")

PAGE_3 = page([
    _story(105, "The last story", "https://example.com/last", "7 points", "barbara",
           "1 comment"),
])

PAGE_1_STORIES = [
    {"title": "Show RR: a REPL in 200 lines", "url": "https://example.org/repl", "points": 142,
     "comments": 45, "author": "ada"},
    {"title": "Why hashes beat timestamps", "url": "{base}/item/102", "points": 1,
     "comments": 0, "author": "grace"},
    {"title": "Caf\u00e9 & code: notes from a meetup", "url": "{base}/blog/cafe.html",
     "points": 0, "comments": 0, "author": None},
]
