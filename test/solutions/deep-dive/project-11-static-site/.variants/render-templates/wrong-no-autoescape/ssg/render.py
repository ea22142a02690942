"""Turning a page into HTML with Jinja2 templates."""
import posixpath

import jinja2
from markupsafe import Markup


def make_environment(templates_dir):
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_page(env, page, site):
    meta = page["meta"]
    url = page["url"]
    depth = url.count("/")
    title = meta.get("title") or posixpath.splitext(posixpath.basename(url))[0]
    template = env.get_template(meta.get("template", "page.html"))
    return template.render(
        page=page,
        site=site,
        title=title,
        content=Markup(page["html"]),
        root="../" * depth,
    )
