"""Turning a page into HTML with Jinja2 templates."""
import jinja2


def make_environment(templates_dir):
    """A jinja2.Environment that loads templates from the folder `templates_dir` and escapes
    every value it inserts into a template (autoescape), unless it is marked safe."""
    raise NotImplementedError


def render_page(env, page, site):
    """The finished HTML of `page`.

    `page` is a dict: {"meta": front matter, "html": the body as HTML, "url": its path in the
    output, such as "posts/first.html"}. `site` is a dict with at least "title".

    The template is meta["template"], else "page.html". It is rendered with these names:
        page     the page dict itself
        site     the site dict
        title    meta["title"], else the file name of url without ".html"
        content  the body HTML, as Markup so that it is inserted as HTML, not escaped
        root     the way from the page's folder back to the site's root: "" for
                 "about.html", "../" for "posts/first.html", "../../" one level deeper
    """
    raise NotImplementedError
