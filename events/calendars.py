"""iCalendar (.ics) files for events, made with the icalendar library.

Times carry their venue's TZID with a matching VTIMEZONE (``add_missing_timezones``), so
calendar programs show the right local time on both sides of a daylight-saving change. All-day
events use DATE values (DTEND is the day after the last day, as RFC 5545 requires). Long lines
are folded by icalendar at 75 octets without splitting a UTF-8 character.
"""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import pgettext

import icalendar

from portal.text import strip_control_characters

_clean = strip_control_characters


def build_calendar(events, base_url: str = "") -> icalendar.Calendar:
    """An ``icalendar.Calendar`` (METHOD PUBLISH) with one VEVENT per event page.

    ``base_url`` (e.g. ``https://portal.example.org``) makes event URLs absolute.
    """
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//EU-China IPR Customs Portal//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    for event in events:
        vevent = icalendar.Event()
        # One UID per event whatever the language, so importing both calendars adds it once.
        vevent.add("uid", f"{event.translation_key}@ipr-customs-portal")
        vevent.add("dtstamp", timezone.now())
        vevent.add("summary", _clean(event.title))
        vevent.add("description", _clean(event.summary))
        if event.all_day:
            times = event.local_times()
            vevent.add("dtstart", times["start"].date())
            vevent.add("dtend", times["end"].date() + datetime.timedelta(days=1))
        else:
            vevent.add("dtstart", event.starts_at.astimezone(event.zone))
            vevent.add("dtend", event.ends_at.astimezone(event.zone))
        location = pgettext("separator in a postal address", ", ").join(
            part
            for part in (event.venue_name, event.venue_address, event.city, event.country)
            if part
        )
        if location:
            vevent.add("location", _clean(location))
        if base_url:
            vevent.add("url", base_url + event.url)
        calendar.add_component(vevent)
    calendar.add_missing_timezones()
    return calendar


def calendar_response(events, filename: str, request=None) -> HttpResponse:
    """An ``text/calendar`` download of ``events``."""
    base_url = request.build_absolute_uri("/").rstrip("/") if request is not None else ""
    response = HttpResponse(
        build_calendar(events, base_url).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
