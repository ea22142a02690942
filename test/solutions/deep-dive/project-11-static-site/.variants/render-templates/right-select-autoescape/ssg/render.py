"""Turning a page into HTML with Jinja2 templates (select_autoescape, relpath for root)."""
import posixpath

import jinja2
import markupsafe


def make_environment(templates_dir):
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates_dir)),
                              autoescape=jinja2.select_autoescape(["html", "xml"]))


def render_page(env, page, site):
    folder = posixpath.dirname(page["url"])
    root = "" if not folder else posixpath.relpath(".", folder) + "/"
    name = posixpath.basename(page["url"])
    title = page["meta"].get("title", name[:-5] if name.endswith(".html") else name)
    template = env.get_template(page["meta"].get("template") or "page.html")
    return template.render(page=page, site=site, title=title, root=root,
                           content=markupsafe.Markup(page["html"]))
