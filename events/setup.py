"""Idempotent loader of the events section: index page, the real past meetings of the
2014–2017 Action Plan and the planned events, in English and Chinese (wagtail-localize)."""

import datetime
import zoneinfo

from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale

from home.models import HomePage
from portal.content import ensure_translated_page, translate_from_shadow

from . import content
from .content import INDEX
from .models import EventIndexPage, EventPage


def _aware(day: datetime.date, clock: str, zone: str) -> datetime.datetime:
    hour, minute = (int(part) for part in clock.split(":"))
    return datetime.datetime.combine(
        day, datetime.time(hour, minute), tzinfo=zoneinfo.ZoneInfo(zone)
    )


def _event_fields(spec: dict, language: str, today: datetime.date) -> dict:
    text = spec[language]
    fields = {
        "slug": spec["slug"],
        "title": text["title"],
        "summary": text["summary"],
        "kind": spec["kind"],
        "audience": spec["audience"],
        "timezone": spec["timezone"],
        "languages": spec["languages"],
        "interpretation": spec["interpretation"],
        "is_online": spec.get("is_online", False),
        "venue_name": text.get("venue_name", ""),
        "city": text.get("city", ""),
        "country": text.get("country", ""),
        "eu_organiser": text.get("eu_organiser", ""),
        "cn_organiser": text.get("cn_organiser", ""),
        "partners": text.get("partners", ""),
        "outcome": text.get("outcome", ""),
        "date_precision": spec.get("date_precision", "day"),
    }
    if "start_date" in spec:  # a past event with dates only
        fields["all_day"] = True
        fields["starts_at"] = _aware(
            datetime.date.fromisoformat(spec["start_date"]), "00:00", spec["timezone"]
        )
        fields["ends_at"] = _aware(
            datetime.date.fromisoformat(spec["end_date"]), "23:59", spec["timezone"]
        )
    else:  # a planned event, dated relative to the day the content is loaded
        monday = today - datetime.timedelta(days=today.weekday())
        day = monday + datetime.timedelta(weeks=spec["weeks_ahead"], days=spec["weekday"])
        fields["starts_at"] = _aware(day, spec["start_time"], spec["timezone"])
        fields["ends_at"] = _aware(day, spec["end_time"], spec["timezone"])
        fields["capacity"] = spec["capacity"]
        fields["waitlist_enabled"] = spec["waitlist"]
        fields["registration_opens"] = timezone.now() - datetime.timedelta(days=1)
        fields["registration_closes"] = fields["starts_at"] - datetime.timedelta(days=2)
        fields["agenda"] = [
            {
                "type": "item",
                "value": {
                    "time": item["time"],
                    "title": item["title"],
                    "speakers": item["speakers"],
                },
            }
            for item in text.get("agenda", [])
        ]
    participants = spec.get("participants") or {}
    for group in ("customs", "right_holders", "smes", "other"):
        if group in participants:
            fields[f"participants_{group}"] = participants[group]
    return fields


@transaction.atomic
def load_events(log=print) -> EventIndexPage:
    """Create the events section in English and Chinese (idempotent: existing pages are kept)."""
    from portal.content import stream_data

    en = Locale.objects.get(language_code="en")
    zh = Locale.objects.get(language_code="zh-hans")
    home = HomePage.objects.get(locale=en, depth=2)
    index = ensure_translated_page(EventIndexPage, home, INDEX, en, zh, log, show_in_menus=True)
    today = timezone.localdate()
    for spec in [*content.PAST_EVENTS, *content.UPCOMING_EVENTS]:
        if EventPage.objects.child_of(index).filter(slug=spec["slug"]).exists():
            continue
        fields = _event_fields(spec, "en", today)
        zh_fields = _event_fields(spec, "zh", today)
        if "agenda" in fields:
            fields["agenda"] = stream_data(
                [("item", i["value"]) for i in fields["agenda"]], spec["slug"], "agenda"
            )
            zh_fields["agenda"] = stream_data(
                [("item", i["value"]) for i in zh_fields["agenda"]], spec["slug"], "agenda"
            )
        event = EventPage(locale=en, **fields)
        index.add_child(instance=event)
        event.save_revision().publish()
        translate_from_shadow(event, EventPage(locale=zh, **zh_fields), zh)
        log(f"Created event {event.title!r} and its Chinese translation")
    return index
