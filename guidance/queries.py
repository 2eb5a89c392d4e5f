"""Named queries of the guidance section that other apps (home, search, metrics) may call."""

from .models import GuidancePage


def latest_guidance(locale, limit: int = 3) -> list[GuidancePage]:
    """Up to ``limit`` live, public guidance pages in ``locale`` (a wagtail Locale), most
    recently published first."""
    return list(
        GuidancePage.objects.live()
        .public()
        .filter(locale=locale)
        .order_by("-last_published_at", "-pk")[:limit]
    )
