"""Small text helpers shared by feeds, calendars and forms."""


def strip_control_characters(text: str, keep: str = "\n") -> str:
    """``text`` without control and format characters (e.g. vertical tabs or zero-width marks
    pasted from a word processor), which would make XML feeds and calendars invalid. Characters
    in ``keep`` stay."""
    return "".join(ch for ch in (text or "") if ch in keep or ch.isprintable())
