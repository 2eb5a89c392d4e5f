"""Named queries of the events section for other apps (home page, metrics)."""

from django.utils import timezone

from .models import EventPage


def upcoming_events(locale, limit: int = 3) -> list[EventPage]:
    """The next ``limit`` live events in ``locale`` that have not ended, soonest first."""
    return list(
        EventPage.objects.live().public().filter(locale=locale).upcoming(timezone.now())[:limit]
    )
