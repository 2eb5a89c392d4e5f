"""Named queries of the news section for other apps (home page, metrics)."""

from .models import NewsPage


def latest_news(locale, limit: int = 3) -> list[NewsPage]:
    """The ``limit`` newest live news items in ``locale`` (by publication date)."""
    return list(NewsPage.objects.live().public().filter(locale=locale).newest_first()[:limit])
