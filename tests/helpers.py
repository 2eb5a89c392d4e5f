"""Small helpers for reading rendered HTML in tests."""

import re
from html.parser import HTMLParser


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def elements(html: str, tag: str, **attrs) -> list[dict]:
    """Attributes of every ``tag`` element in ``html`` whose attributes include ``attrs``."""
    collector = _Collector()
    collector.feed(html)
    return [
        found
        for name, found in collector.elements
        if name == tag and all(found.get(key.rstrip("_")) == value for key, value in attrs.items())
    ]


def html_lang(html: str) -> str:
    return elements(html, "html")[0]["lang"]


def language_switcher(html: str) -> str:
    """The HTML of the language switcher navigation."""
    match = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    assert match, "no language switcher on the page"
    return match.group(0)
