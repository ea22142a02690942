"""Milestone: rebuild only what changed (ssg/build.py, build)."""
import os

from pymastery import expect, temp_folder
from pymastery.track.static_site import (
    PAGES, STATIC, age_output, expect_rewrote, run_build, site_files)


def _first_build(folder):
    site_files(folder)
    run_build(folder)
    age_output(folder)


def check_nothing_changed():
    """A second build with nothing changed writes nothing"""
    with temp_folder() as folder:
        _first_build(folder)
        written = run_build(folder)
        expect_rewrote(folder, written, [], "a build with no change",
                       hint="Before writing a file, compare what it should hold with what is "
                            "already there (or with a fingerprint you saved), and skip it when "
                            "they are the same.")


def check_one_page_body():
    """Changing one page's text rewrites only that page"""
    with temp_folder() as folder:
        _first_build(folder)
        folder.write("site/content/about.md", "---\ntitle: About us\n---\nWe changed.\n")
        written = run_build(folder)
        expect_rewrote(folder, written, ["about.html"], "editing the text of about.md",
                       hint="Only the page whose output would differ should be written.")


def check_template_change():
    """Changing a template rewrites every page that uses it, and no static file"""
    with temp_folder() as folder:
        _first_build(folder)
        folder.write("site/templates/base.html",
                     folder.read_text("site/templates/base.html").replace("<main>", "<main id=m>"))
        written = run_build(folder)
        expect_rewrote(folder, written, PAGES, "editing base.html",
                       hint="A page's output depends on its templates too, base.html included: "
                            "comparing source file times alone misses that.")


def check_title_change():
    """Changing a title rewrites every page, since each page's navigation shows it"""
    with temp_folder() as folder:
        _first_build(folder)
        folder.write("site/content/posts/older.md",
                     "---\ntitle: Oldest post\ndate: 2023-11-02\n---\nOld news.\n")
        written = run_build(folder)
        expect_rewrote(folder, written, PAGES, "renaming one post",
                       hint="Every page's navigation lists every title, so the other pages "
                            "changed too even though their sources did not.")


def check_static_and_removed_pages():
    """A changed static file is copied again; a removed page's output is deleted"""
    with temp_folder() as folder:
        _first_build(folder)
        folder.write("site/static/css/main.css", "body { color: black; }\n")
        written = run_build(folder)
        expect_rewrote(folder, written, ["static/css/main.css"], "editing main.css",
                       hint="Compare static files byte for byte before copying them.")
        age_output(folder)
        os.remove(folder.path("site/content/posts/newer.md"))
        run_build(folder)
        expect(not folder.exists("out/posts/newer.html"),
               "out/posts/newer.html is still there after content/posts/newer.md was removed",
               hint="After writing, delete every output file that this build did not produce.")
        expect(folder.exists("out/" + STATIC[1]), "a static file was deleted by mistake")
