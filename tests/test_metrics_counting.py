"""Counting without tracking: daily aggregates, no identifiers, bots and editors left out."""

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

from wagtail.documents.models import Document

import pytest

from guidance.models import GuidancePage
from metrics.counting import count
from metrics.models import DailyCount, DailySearch

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36"
BOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


def views_of(page):
    row = DailyCount.objects.filter(metric="page_view", key=str(page.pk)).first()
    return row.count if row else 0


def test_page_views_are_one_row_a_day_incremented(client, zh):
    page = GuidancePage.objects.get(locale=zh, slug="eu-small-consignments")

    for _ in range(3):
        response = client.post("/metrics/hit/", {"page": page.pk}, headers={"user-agent": BROWSER})

    assert response.status_code == 204
    row = DailyCount.objects.get(metric="page_view", key=str(page.pk))
    assert (row.count, row.language) == (3, "zh-hans")


def test_bots_and_signed_in_editors_are_not_counted(client, en):
    page = GuidancePage.objects.get(locale=en, slug="eu-small-consignments")
    client.post("/metrics/hit/", {"page": page.pk}, headers={"user-agent": BOT})
    client.post("/metrics/hit/", {"page": page.pk})  # no user agent at all
    client.force_login(get_user_model().objects.create_user("editor", password="x-123456789!"))
    client.post("/metrics/hit/", {"page": page.pk}, headers={"user-agent": BROWSER})

    assert views_of(page) == 0


def test_nothing_identifying_is_stored():
    fields = {f.name for model in (DailyCount, DailySearch) for f in model._meta.get_fields()}

    assert not fields & {"ip", "ip_address", "user_agent", "session", "cookie", "user", "visitor"}


@pytest.mark.parametrize("body", [{"page": "abc"}, {"page": "-1"}, {"page": "9" * 40}, {}])
def test_bad_beacons_are_ignored(client, body):
    assert client.post("/metrics/hit/", body, headers={"user-agent": BROWSER}).status_code == 204
    assert not DailyCount.objects.exists()


def test_beacon_refuses_get(client):
    assert client.get("/metrics/hit/").status_code == 405


def test_outbound_clicks_keep_only_the_host(client):
    url = "https://euipo.europa.eu/ipep/some/path?who=me"
    client.post("/metrics/out/", {"url": url, "language": "en"}, headers={"user-agent": BROWSER})
    client.post(
        "/metrics/out/",
        {"url": "https://example.org/x", "language": "zh-hans"},
        headers={"user-agent": BROWSER},
    )
    client.post("/metrics/out/", {"url": "javascript:alert(1)"}, headers={"user-agent": BROWSER})

    rows = {(r.metric, r.key, r.language) for r in DailyCount.objects.all()}
    assert rows == {
        ("official_link", "euipo.europa.eu", "en"),
        ("outbound", "example.org", "zh-hans"),
    }


def test_search_counts_terms_and_result_numbers_only(client):
    client.get("/zh-hans/search/", {"q": "扣留"}, headers={"user-agent": BROWSER})
    client.get("/zh-hans/search/", {"q": "扣留"}, headers={"user-agent": BROWSER})

    row = DailySearch.objects.get()
    assert (row.query, row.language, row.count) == ("扣留", "zh-hans", 2)
    assert row.results > 0


def test_feed_and_calendar_fetches_are_counted(client):
    client.get("/en/news/feed/rss/", headers={"user-agent": BROWSER})
    client.get("/zh-hans/events/calendar/", headers={"user-agent": BROWSER})

    assert set(DailyCount.objects.values_list("metric", "key", "language")) == {
        ("feed", "news-rss", "en"),
        ("calendar", "events", "zh-hans"),
    }


def test_document_downloads_are_counted(client):
    document = Document(title="Checklist")
    document.file.save("checklist.pdf", ContentFile(b"%PDF-1.4 test"), save=False)
    document.save()

    client.get(document.url, headers={"user-agent": BROWSER})

    assert DailyCount.objects.get(metric="download").key == str(document.pk)


def test_pages_carry_the_beacon_script_but_not_for_editors(client, en):
    html = client.get("/en/guidance/eu-small-consignments/").content.decode()
    page = GuidancePage.objects.get(locale=en, slug="eu-small-consignments")
    assert f'data-page="{page.pk}"' in html and "/static/js/metrics.js" in html

    client.force_login(get_user_model().objects.create_user("ed", password="x-123456789!"))
    assert "metrics.js" not in client.get("/en/guidance/eu-small-consignments/").content.decode()


def test_count_upserts_the_same_row():
    count("feed", "x", "en")
    count("feed", "x", "en")

    assert DailyCount.objects.get().count == 2
