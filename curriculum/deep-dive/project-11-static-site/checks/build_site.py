"""Milestone: build a whole site (ssg/build.py, build)."""
import re

from pymastery import expect, expect_equal, temp_folder
from pymastery.track.static_site import PAGES, SITE, STATIC, run_build, site_files, visible_files


def _built(folder):
    site_files(folder)
    return run_build(folder)


def check_writes_every_file():
    """Every page becomes .html in the same folders, and static files are copied"""
    with temp_folder() as folder:
        written = _built(folder)
        expect_equal(sorted(visible_files(folder)), sorted(
            ["site/" + name for name in SITE] + ["out/" + name for name in PAGES + STATIC]),
            hint="content/posts/newer.md becomes out/posts/newer.html; static/... is copied "
                 "to out/static/... with its folders.")
        expect_equal(written, PAGES + STATIC,
                     hint="Return every path you wrote, relative to the output folder, sorted.")
        expect_equal(folder.read_bytes("out/static/img/dot.png"), SITE["static/img/dot.png"],
                     hint="Copy static files as bytes (shutil.copyfile, or read_bytes/write_bytes).")


def check_pages_use_their_templates():
    """Each page is rendered with its template and the site's title"""
    with temp_folder() as folder:
        _built(folder)
        about = folder.read_text("out/about.html")
        expect("<title>About us | Check Site</title>" in about,
               "out/about.html has no <title>About us | Check Site</title>",
               hint="Read site.json for the site's title and give render_page the site dict.")
        expect('We make <a href="posts/older.html">posts</a>' in about,
               "out/about.html does not hold the page's body as HTML",
               hint="parse_page gives (meta, html); the page dict is "
                    "{'meta': meta, 'html': html, 'url': ...}.")
        expect("<strong>there</strong>" in folder.read_text("out/index.html"),
               "out/index.html does not hold its body")


def check_navigation():
    """Every page lists every page, with links that work from its own folder"""
    with temp_folder() as folder:
        _built(folder)
        nav = re.compile(r'<a href="([^"]*)">([^<]*)</a>')
        top = nav.findall(folder.read_text("out/about.html").split("<main>")[0])
        expect_equal(top, [("about.html", "About us"), ("index.html", "Welcome"),
                           ("posts/newer.html", "Newer post"), ("posts/older.html", "Older post")],
                     hint="site['pages'] holds {'url', 'title', 'date'} for every page, sorted "
                          "by url.")
        nested = nav.findall(folder.read_text("out/posts/older.html").split("<main>")[0])
        expect_equal([href for href, _ in nested],
                     ["../about.html", "../index.html", "../posts/newer.html",
                      "../posts/older.html"],
                     hint="render_page sets root to '../' for a page in posts/.")


def check_posts_newest_first():
    """site['posts'] lists the posts, newest date first"""
    with temp_folder() as folder:
        _built(folder)
        home = folder.read_text("out/index.html")
        listed = re.findall(r'<li data-date="([^"]*)"><a href="([^"]*)">', home)
        expect_equal(listed, [("2024-02-10", "posts/newer.html"), ("2023-11-02", "posts/older.html")],
                     hint="Only pages under content/posts/ are posts; sort them by their "
                          "'date' with reverse=True.")


def check_site_without_config_or_static():
    """Without site.json or static/ the site still builds, titled "My site" """
    minimal = {"templates/page.html": "{{ site.title }}: {{ title }}",
               "content/notes.md": "Just notes.\n"}
    with temp_folder() as folder:
        site_files(folder, minimal)
        expect_equal(run_build(folder), ["notes.html"])
        expect_equal(folder.read_text("out/notes.html"), "My site: notes",
                     hint="Start the site dict from {'title': 'My site'} and read site.json "
                          "only when it exists.")
