"""Milestone: find broken links in the built site (ssg/links.py, broken_links)."""
from pymastery import call, expect_equal, temp_folder
from pymastery.track.web_project import fresh_import

OUTPUT = {
    "index.html": ('<a href="about.html">ok</a> <a href="missing.html">bad</a>'
                   '<a href="posts/">folder</a> <a href="https://example.com/x">away</a>'
                   '<a href="mailto:a@b.c">mail</a> <a href="#top">top</a>'
                   '<a href="about.html#team">fragment</a> <a href="about.html?v=2">query</a>'
                   '<a>no href</a>'),
    "about.html": ('<link rel="stylesheet" href="static/site.css"><img src="static/logo.png">'
                   '<script src="/static/app.js"></script><a href="//cdn.example.com/x.js">cdn</a>'),
    "posts/index.html": '<a href="../about.html">up</a> <a href="one.html">one</a>',
    "posts/two.html": ('<a href="/posts/index.html">root</a> <a href="../drafts/">drafts</a>'
                       '<a href="../index.html">home</a> <a href="index.html">here</a>'),
    "static/site.css": "body {}",
    "static/app.js": "",
    "notes.txt": '<a href="nowhere.html">not a page</a>',
}


def _broken(files):
    links = fresh_import("ssg.links")
    with temp_folder(files) as folder:
        return call(links.broken_links, folder.path()).value


def check_finds_the_broken_ones():
    """Links to missing files are reported, with their page, in order"""
    expect_equal(_broken(OUTPUT), [("about.html", "static/logo.png"),
                                   ("index.html", "missing.html"),
                                   ("posts/index.html", "one.html"),
                                   ("posts/two.html", "../drafts/")],
                 hint="Resolve each href against the page's own folder (or the output folder "
                      "when it starts with /), drop #fragments and ?queries, and look for a "
                      "file there; a folder means its index.html.")


def check_a_clean_site():
    """A site whose links all work has no broken links"""
    clean = {"index.html": '<a href="a/b.html">b</a>', "a/b.html": '<a href="../index.html">home</a>'}
    expect_equal(_broken(clean), [])


def check_only_html_pages():
    """Only .html files are read, and other sites are never checked"""
    files = {"page.html": '<a href="http://localhost/x.html">x</a><img src="data:image/png;base64,AA">',
             "readme.md": '<a href="gone.html">gone</a>'}
    expect_equal(_broken(files), [],
                 hint="Skip any href with a scheme (urllib.parse.urlsplit(href).scheme) or a "
                      "host, and read only files ending in .html.")
