"""Event pages and index: time zones, upcoming/past split, filters, real content, JSON-LD."""

import datetime
import json
import re

from django.utils import timezone

import pytest

from events.content import PAST_EVENTS, UPCOMING_EVENTS
from events.models import EventPage

from .events_helpers import BRUSSELS, make_event

pytestmark = pytest.mark.django_db


def test_real_past_and_upcoming_events_are_loaded_in_both_languages(en, zh):
    for spec in [*PAST_EVENTS, *UPCOMING_EVENTS]:
        english = EventPage.objects.get(locale=en, slug=spec["slug"])
        assert english.get_translation(zh).live
    assert EventPage.objects.filter(locale=en).past().count() == len(PAST_EVENTS)
    upcoming = EventPage.objects.filter(locale=en).upcoming()
    assert upcoming.count() == len(UPCOMING_EVENTS) >= 2
    assert all(event.registration_state() == "open" for event in upcoming)


def test_rome_meeting_has_its_real_dates(en):
    rome = EventPage.objects.get(locale=en, slug="working-group-rome-2014")
    times = rome.local_times()

    assert (times["start"].date(), times["end"].date()) == (
        datetime.date(2014, 11, 25),
        datetime.date(2014, 11, 27),
    )


def test_brussels_venue_shows_local_time_and_beijing_time(client, en):
    starts = datetime.datetime(2027, 1, 20, 10, 0, tzinfo=BRUSSELS)
    make_event(
        en,
        "tz-brussels",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=1, minutes=30),
    )

    html = client.get("/en/events/tz-brussels/").content.decode()

    assert "10:00 to 11:30 (Brussels time)" in html
    assert "17:00 to 18:30 (Beijing time)" in html  # CET + 7 h in winter


def test_shanghai_venue_shows_brussels_time_in_summer(client, en):
    import zoneinfo

    starts = datetime.datetime(2027, 7, 6, 14, 0, tzinfo=zoneinfo.ZoneInfo("Asia/Shanghai"))
    make_event(en, "tz-shanghai", timezone="Asia/Shanghai", starts_at=starts)

    html = client.get("/en/events/tz-shanghai/").content.decode()

    assert "14:00 to 16:00 (Beijing time)" in html
    assert "08:00 to 10:00 (Brussels time)" in html  # CEST = UTC+2, CST = UTC+8


def test_upcoming_and_past_split_at_the_exact_end_time(en):
    ends = timezone.now().replace(microsecond=0) + datetime.timedelta(days=3)
    event = make_event(en, "split", starts_at=ends - datetime.timedelta(hours=2), ends_at=ends)
    events = EventPage.objects.filter(pk=event.pk)

    assert events.upcoming(now=ends - datetime.timedelta(seconds=1)).exists()
    assert events.upcoming(now=ends).exists()  # still running at its last instant
    assert events.past(now=ends + datetime.timedelta(seconds=1)).exists()
    assert not events.upcoming(now=ends + datetime.timedelta(seconds=1)).exists()


def test_event_running_now_is_listed_as_upcoming(client, en):
    now = timezone.now()
    make_event(
        en,
        "running-now",
        title="Running right now",
        starts_at=now - datetime.timedelta(hours=1),
        ends_at=now + datetime.timedelta(hours=1),
    )

    html = client.get("/en/events/").content.decode()
    upcoming = html.split('id="past-heading"')[0]

    assert "Running right now" in upcoming


def test_past_events_are_grouped_by_year_most_recent_first(client):
    html = client.get("/en/events/").content.decode()
    past = html.split('id="past-heading"')[1]

    years = re.findall(r'<h3 class="h5 border-bottom pb-1 mt-4">(\d{4})</h3>', past)
    assert years == sorted(years, reverse=True) and "2017" in years


@pytest.mark.parametrize(
    ("query", "expected", "unexpected"),
    [
        ("kind=working_group", "Rome, November 2014", "Joint customs–industry workshop"),
        ("mode=online", "Protecting your IPR at EU and Chinese borders", "Rome, November 2014"),
        ("city=Ningbo", "Ningbo, May 2016", "Rome"),
    ],
)
def test_filters_work_without_javascript(client, query, expected, unexpected):
    html = client.get(f"/en/events/?{query}").content.decode()

    assert expected in html
    assert unexpected not in html.split('id="upcoming-heading"', 1)[1]


def test_bad_filters_are_ignored_with_a_message_in_chinese(client):
    response = client.get("/zh-hans/events/?kind=%00bogus&page=-4&city=" + "x" * 300)

    assert response.status_code == 200
    assert "网址中的部分筛选条件无法识别，已被忽略。" in response.content.decode()


def test_event_page_has_schema_org_event_json_ld(client):
    html = client.get("/zh-hans/events/working-group-rome-2014/").content.decode()

    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert data["@type"] == "Event"
    assert data["startDate"] == "2014-11-25"
    assert re.search(r"[\u4e00-\u9fff]", data["name"])


def test_home_page_shows_the_next_events(client):
    html = client.get("/zh-hans/").content.decode()

    section = html.split('id="upcoming-events-heading"')[1].split("</section>")[0]
    assert section.count('href="/zh-hans/events/') == len(UPCOMING_EVENTS)


def test_event_switcher_links_to_the_translation(client):
    html = client.get("/en/events/working-group-rome-2014/").content.decode()

    assert 'href="/zh-hans/events/working-group-rome-2014/" hreflang="zh-Hans"' in html
