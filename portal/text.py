"""Small text helpers shared by feeds, calendars, forms and structured data."""

import json


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
