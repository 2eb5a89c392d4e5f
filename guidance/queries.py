"""Named queries of the guidance section that other apps (home, search, metrics) may call."""


def latest_guidance(locale, limit=3):
    """Return up to ``limit`` live guidance pages in ``locale``, most recently published first."""
    return []
