"""Small text helpers shared by feeds, calendars, forms and structured data."""

import json
import re
from html import unescape


def strip_control_characters(text: str, keep: str = "\n") -> str:
    """``text`` without control and format characters (e.g. vertical tabs or zero-width marks
    pasted from a word processor), which would make XML feeds and calendars invalid. Characters
    in ``keep`` stay."""
    return "".join(ch for ch in (text or "") if ch in keep or ch.isprintable())


def json_for_script(data) -> str:
    """``data`` as JSON safe to place inside a ``<script>`` element (e.g. JSON-LD): the
    characters that could close the element or start markup are escaped, as Django's
    ``json_script`` does."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_TAGS = re.compile(r"<[^>]*>")


def quick_strip_tags(html: str) -> str:
    """``html`` without its tags, entities decoded, for text that is escaped again before it
    is shown (search excerpts). About a hundred times faster than Django's ``strip_tags``
    (an HTML parser), which the search page would otherwise run on every string of ten
    pages per request; not a sanitiser."""
    return unescape(_TAGS.sub("", html))
