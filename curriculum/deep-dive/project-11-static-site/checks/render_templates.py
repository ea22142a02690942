"""Milestone: Jinja2 templates (ssg/render.py, and site/templates/post.html)."""

from pymastery import call, expect, expect_equal, learner_path, temp_folder
from pymastery.track.static_site import TEMPLATES
from pymastery.track.web_project import fresh_import

SITE = {"title": "Check Site", "pages": [{"url": "about.html", "title": "About us", "date": ""},
                                          {"url": "posts/a.html", "title": "A post", "date": "2024-01-01"}],
        "posts": []}


def _render(folder, page, templates=TEMPLATES):
    for name, text in templates.items():
        folder.write(name, text)
    render = fresh_import("ssg.render")
    env = call(render.make_environment, folder.path("templates")).value
    return call(render.render_page, env, page, SITE).value


def check_fills_the_template():
    """The page's title, content and site go into page.html, which extends base.html"""
    with temp_folder() as folder:
        html = _render(folder, {"meta": {"title": "About us"}, "html": "<p>Hi <b>all</b></p>",
                                "url": "about.html"})
    expect(isinstance(html, str), "render_page returned %r, expected the HTML text" % (html,))
    expect("<title>About us | Check Site</title>" in html,
           "the <title> is not 'About us | Check Site': %r" % html[:300],
           hint="Render with title=..., site=site, so {{ title }} and {{ site.title }} are filled.")
    expect("<main><p>Hi <b>all</b></p></main>" in html,
           "the page's HTML is not inside <main> as it is: %r" % html[-300:],
           hint="Pass the body as content=Markup(page['html']) so it is not escaped.")


def check_escapes_values():
    """Values are escaped, the content is not"""
    with temp_folder() as folder:
        html = _render(folder, {"meta": {"title": "Fish & <Chips>"}, "html": "<p>ok</p>",
                                "url": "fish.html"})
    expect("Fish &amp; &lt;Chips&gt;" in html,
           "the title was not escaped: %r" % html[:300],
           hint="Turn on autoescape=True in jinja2.Environment, so text can't break the HTML.")
    expect("<p>ok</p>" in html, "the content was escaped: %r" % html[-200:],
           hint="Wrap the body in markupsafe.Markup (jinja2 depends on markupsafe) to mark it safe.")


def check_template_and_title_defaults():
    """meta['template'] picks the template; without a title, the file name is used"""
    templates = dict(TEMPLATES, **{"templates/bare.html": "[{{ title }}]{{ content }}"})
    with temp_folder() as folder:
        html = _render(folder, {"meta": {"template": "bare.html"}, "html": "x",
                                "url": "notes/first-day.html"}, templates)
    expect_equal(html, "[first-day]x",
                 hint="env.get_template(meta.get('template', 'page.html')); the title falls "
                      "back to the url's file name without .html.")


def check_root_for_nested_pages():
    """root leads from the page's folder back to the site's root"""
    with temp_folder() as folder:
        templates = {"templates/page.html": "{{ root }}|{{ page.url }}"}
        for url, root in (("index.html", ""), ("posts/a.html", "../"), ("a/b/c.html", "../../")):
            html = _render(folder, {"meta": {}, "html": "", "url": url}, templates)
            expect_equal(html, root + "|" + url,
                         hint="Count the '/' in the page's url: one '../' per folder.")


def check_post_template():
    """site/templates/post.html extends base.html and shows the date and the tags"""
    templates_dir = learner_path("site/templates")
    render = fresh_import("ssg.render")
    env = call(render.make_environment, templates_dir).value
    page = {"meta": {"title": "Tagged", "date": "2024-06-30", "tags": ["alpha", "beta"],
                     "template": "post.html"},
            "html": "<p>Body text</p>", "url": "posts/tagged.html"}
    html = call(render.render_page, env, page, dict(SITE, title="My Site")).value
    expect("<nav>" in html and "My Site" in html,
           "post.html does not show the layout of base.html: %r" % html[:300],
           hint='Start post.html with {% extends "base.html" %} and put your HTML in '
                "{% block body %} ... {% endblock %}.")
    for part in ("<h1>Tagged</h1>", "2024-06-30", "<p>Body text</p>", 'class="tags"',
                 "<li>alpha</li>", "<li>beta</li>"):
        expect(part in html, "post.html's output has no %s" % part,
               hint="Use {{ title }}, {{ page.meta.date }} and {{ content }}, and loop over "
                    "page.meta.tags with {% for tag in page.meta.tags %}.")
    expect(html.index("<h1>Tagged</h1>") < html.index("2024-06-30") < html.index("Body text")
           < html.index("<li>alpha</li>"),
           "post.html shows the parts in another order",
           hint="Title, then date, then content, then tags.")
