"""Finding links in the built site that lead nowhere."""
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit


def broken_links(output_dir):
    """Every link in the .html files under `output_dir` whose target file doesn't exist.

    Links are the href of <a> and <link> and the src of <img> and <script>. Links to other
    sites (with a scheme such as https: or mailto:, or starting with //) and links that are
    only a #fragment are not checked. A ?query or #fragment is ignored. A link starting with
    "/" is relative to `output_dir`, any other to the page's own folder; a link to a folder
    means the index.html inside it.

    Returns sorted (page, href) pairs: the page's path relative to `output_dir` with "/",
    and the href exactly as written.
    """
    raise NotImplementedError
