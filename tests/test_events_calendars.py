"""iCalendar files and RSS/Atom feeds of events."""

import datetime
import xml.etree.ElementTree as ET
import zoneinfo

import icalendar
import pytest

from events.calendars import build_calendar

from .events_helpers import make_event

pytestmark = pytest.mark.django_db
BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")


def test_ics_round_trip_keeps_zone_and_crosses_dst(en):
    # Spans the night of the European change to summer time (28 March 2027).
    starts = datetime.datetime(2027, 3, 27, 18, 0, tzinfo=BRUSSELS)
    event = make_event(
        en, "ics-dst", starts_at=starts, ends_at=starts + datetime.timedelta(hours=20)
    )

    parsed = icalendar.Calendar.from_ical(build_calendar([event]).to_ical())

    vevent = parsed.walk("VEVENT")[0]
    assert str(vevent["DTSTART"].dt.tzinfo) == "Europe/Brussels"
    assert vevent["DTSTART"].dt.utcoffset() == datetime.timedelta(hours=1)
    assert vevent["DTEND"].dt.utcoffset() == datetime.timedelta(hours=2)
    assert parsed.walk("VTIMEZONE")[0]["TZID"] == "Europe/Brussels"


def test_long_chinese_summary_survives_folding(zh):
    title = "中欧海关知识产权合作：海关与企业联席会议，" * 4
    event = make_event(
        zh, "ics-fold", title=title[:250], summary="扣留、担保、备案；“引号”，逗号\\反斜杠"
    )

    raw = build_calendar([event]).to_ical()

    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    vevent = icalendar.Calendar.from_ical(raw).walk("VEVENT")[0]
    assert vevent["SUMMARY"] == title[:250]
    assert vevent["DESCRIPTION"] == "扣留、担保、备案；“引号”，逗号\\反斜杠"


def test_all_day_event_uses_dates(en):
    from events.models import EventPage

    rome = EventPage.objects.get(locale=en, slug="working-group-rome-2014")

    vevent = icalendar.Calendar.from_ical(build_calendar([rome]).to_ical()).walk("VEVENT")[0]

    assert vevent["DTSTART"].dt == datetime.date(2014, 11, 25)
    assert vevent["DTEND"].dt == datetime.date(2014, 11, 28)  # exclusive end


def test_calendar_download_of_upcoming_events_per_locale(client):
    response = client.get("/zh-hans/events/calendar/")

    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    calendar = icalendar.Calendar.from_ical(response.content)
    urls = [str(event["URL"]) for event in calendar.walk("VEVENT")]
    assert urls and all("/zh-hans/events/" in url for url in urls)


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_parse_and_hold_only_their_locale(client, zh, kind):
    make_event(zh, "feed-control", title="控制字符\x0b标题")

    response = client.get(f"/zh-hans/events/feed/{kind}/")

    root = ET.fromstring(response.content)
    links = [el.text or el.get("href") for el in root.iter() if el.tag.endswith("link")]
    item_links = [
        link for link in links if link and "/events/" in link and link.rstrip("/").count("/") > 4
    ]
    assert item_links and all("/zh-hans/" in link for link in item_links)
    assert "控制字符标题" in response.content.decode()
