"""Helpers to make event pages in tests."""

import datetime
import zoneinfo

from django.utils import timezone

from events.models import EventIndexPage, EventPage

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")


def make_event(locale, slug="test-event", *, starts_at=None, ends_at=None, **fields) -> EventPage:
    """A live event under the events index of ``locale``; open for registration by default
    (10 places, waiting list on), starting in ten days."""
    index = EventIndexPage.objects.get(locale=locale)
    starts_at = starts_at or (timezone.now() + datetime.timedelta(days=10)).replace(microsecond=0)
    ends_at = ends_at or starts_at + datetime.timedelta(hours=2)
    defaults = {
        "title": "Test meeting",
        "summary": "A meeting for tests.",
        "kind": "joint_meeting",
        "audience": "customs_and_industry",
        "timezone": "Europe/Brussels",
        "city": "Brussels",
        "country": "Belgium",
        "capacity": 10,
        "waitlist_enabled": True,
        "registration_opens": timezone.now() - datetime.timedelta(days=1),
        "registration_closes": starts_at - datetime.timedelta(days=1),
    }
    if defaults["registration_closes"] < defaults["registration_opens"]:
        defaults["registration_closes"] = None
    defaults.update(fields)
    event = EventPage(slug=slug, locale=locale, starts_at=starts_at, ends_at=ends_at, **defaults)
    index.add_child(instance=event)
    event.save_revision().publish()
    return event


def registration_data(**overrides) -> dict:
    data = {
        "name": "Li Wei",
        "organisation": "Ningbo Example Trading Co.",
        "email": "li.wei@example.com",
        "role": "right_holder",
        "is_sme": "on",
        "country": "China",
        "needs": "",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data
