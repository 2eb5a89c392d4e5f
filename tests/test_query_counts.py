"""Pages cost the same number of queries however much content there is: a guidance page
whatever its related pages or the glossary's size, and the home page, a guidance page, the
events list and search as the portal grows from 5 to 500 pages.

The page cache and the fragment cache are off here: these tests count what rendering costs.
"""

import datetime
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from events.models import EventIndexPage, EventPage
from guidance.models import GlossaryTerm, GuidanceIndexPage, GuidancePage, GuidanceRelatedPage
from portal.search_cache import results_changed

from .test_guidance_blocks import make_guidance_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _render_every_time(settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.PAGE_FRAGMENT_SECONDS = 0


def queries_for(client, url):
    client.get(url)  # warm Wagtail's own caches (site root paths, templates)
    results_changed()  # search result pages: count what searching costs, not a cache hit
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def set_related(page, count):
    targets = list(GuidancePage.objects.filter(locale=page.locale).exclude(pk=page.pk))
    while len(targets) < count:
        targets.append(
            make_guidance_page(
                page.locale, [("rich_text", "<p>x</p>")], slug=f"extra-{len(targets)}"
            )
        )
    page.related_links = [GuidanceRelatedPage(related_page=t) for t in targets[:count]]
    page.save_revision().publish()


def test_related_pages_do_not_add_queries(client, en):
    page = make_guidance_page(en, [("rich_text", "<p>Detention and customs.</p>")], slug="counted")
    url = "/en/guidance/counted/"

    set_related(page, 5)
    with_five = queries_for(client, url)
    set_related(GuidancePage.objects.get(pk=page.pk), 50)
    with_fifty = queries_for(client, url)

    assert with_fifty == with_five


def test_glossary_size_does_not_add_queries(client, en):
    make_guidance_page(en, [("rich_text", "<p>Detention and customs.</p>")], slug="counted-terms")
    url = "/en/guidance/counted-terms/"
    before = queries_for(client, url)

    GlossaryTerm.objects.bulk_create(
        GlossaryTerm(locale=en, key=f"term-{n}", term=f"Extra term {n}", definition="d")
        for n in range(200)
    )

    assert queries_for(client, url) == before


def test_glossary_page_queries_do_not_grow_with_related_terms(client, en):
    url = "/en/guidance/glossary/"
    before = queries_for(client, url)
    terms = list(GlossaryTerm.objects.filter(locale=en)[:20])
    for term in terms:
        term.related_terms.set(terms)
        term.save()

    assert queries_for(client, url) == before


def grow(locale, total: int) -> None:
    """Bring the portal to ``total`` extra guidance pages and ``total`` extra events in
    ``locale`` (live pages added the way an editor's publish leaves them, indexed for search)."""
    guidance = GuidanceIndexPage.objects.get(locale=locale)
    events = EventIndexPage.objects.get(locale=locale)
    have = GuidancePage.objects.filter(slug__startswith="growth-").count()
    start = datetime.datetime(2027, 1, 1, 9, tzinfo=datetime.UTC)
    for n in range(have, total):
        guidance.add_child(
            instance=GuidancePage(
                title=f"Customs growth page {n}",
                slug=f"growth-{n}",
                locale=locale,
                summary="Detention of goods by customs, page added to grow the portal.",
                legal_basis="Regulation (EU) No 608/2013",
                jurisdiction="eu",
                stage="apply",
                last_reviewed=datetime.date(2026, 11, 30),
                body=[("rich_text", "<p>Customs detention growth text.</p>")],
            )
        )
        guidance.refresh_from_db()
        events.add_child(
            instance=EventPage(
                title=f"Growth meeting {n}",
                slug=f"growth-meeting-{n}",
                locale=locale,
                kind="joint_meeting",
                audience="customs_and_industry",
                summary="A meeting added to grow the portal.",
                starts_at=start + datetime.timedelta(days=n),
                ends_at=start + datetime.timedelta(days=n, hours=2),
                timezone="Europe/Brussels",
            )
        )
        events.refresh_from_db()


def test_home_guidance_events_and_search_queries_do_not_grow_from_5_to_500_pages(client, en):
    pages = ["/en/", "/en/guidance/eu-detention-and-destruction/", "/en/events/"]
    # Search fetches the ten results of a page with one query per page type among them, so
    # its count depends on which types come first, never on how many pages match; and on
    # PostgreSQL a search of several words ranks its first candidates, then (only once there
    # are more matches than a result page and a margin) the others that could still reach the
    # page: one statement more past that point.
    searches = ["/en/search/?q=customs", "/en/search/?q=customs+detention"]
    grow(en, 5)
    with_five = {url: queries_for(client, url) for url in pages + searches}
    grow(en, 500)
    with_five_hundred = {url: queries_for(client, url) for url in pages + searches}

    found = re.search(r"([\d,]+) pages found", client.get("/en/search/?q=growth").content.decode())
    assert int(found.group(1).replace(",", "")) >= 500  # the grown pages are really searched
    for url in pages:
        assert with_five_hundred[url] == with_five[url], url
    for url in searches:
        assert with_five_hundred[url] <= with_five[url] + 1, url
