"""A static site generator: Markdown pages with front matter, Jinja2 templates, one folder of
HTML out. Run it with `python -m ssg build site dist`."""
