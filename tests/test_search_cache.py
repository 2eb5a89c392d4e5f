"""A search result page is cached until something it shows may have changed: publishing,
unpublishing or deleting a page, or changing a glossary term, shows at once."""

import re

from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext

import pytest

from guidance.models import GlossaryTerm
from portal.models import SearchGeneration

from .test_search_postgres import make_page

pytestmark = pytest.mark.django_db


def result_links(html: str) -> list[str]:
    return re.findall(r'<li class="mb-3"><a href="([^"]+)" class="h6">', html)


def search(client, query, language="en"):
    with CaptureQueriesContext(connection) as queries:
        html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    return html, len(queries)


def test_the_same_search_again_is_answered_from_the_cache(client):
    first, cold = search(client, "detention")
    again, warm = search(client, "detention")

    assert again == first
    assert warm < cold


def test_each_page_of_results_and_each_language_is_cached_apart(client):
    english, _ = search(client, "customs")
    chinese, _ = search(client, "customs", "zh-hans")
    second = client.get("/en/search/", {"q": "customs", "page": "2"}).content.decode()

    assert result_links(english) != result_links(chinese)
    assert all(link.startswith("/zh-hans/") for link in result_links(chinese))
    assert 'aria-current="page">2<' in second or len(result_links(english)) < 10


def test_a_published_page_is_found_at_once(client, en):
    before, _ = search(client, "quokka")
    page = make_page(en, "quokka", "Quokka goods", "Detained quokka-shaped counterfeits.")
    after, _ = search(client, "quokka")

    assert result_links(before) == []
    assert result_links(after) == [page.url]


def test_an_unpublished_or_deleted_page_goes_at_once(client, en):
    page = make_page(en, "numbat", "Numbat goods", "Numbat text.")
    assert result_links(search(client, "numbat")[0]) == [page.url]

    page.unpublish()
    assert result_links(search(client, "numbat")[0]) == []

    page.save_revision().publish()
    assert result_links(search(client, "numbat")[0]) == [page.url]

    page.delete()
    assert result_links(search(client, "numbat")[0]) == []


def test_a_changed_glossary_term_shows_at_once(client, en):
    term = GlossaryTerm.objects.filter(locale=en).first()
    search(client, "wombatology")

    term.definition += " Also called wombatology."
    term.save()
    html, _ = search(client, "wombatology")

    assert "<mark>wombatology</mark>" in html


def test_the_generation_is_read_from_the_database_so_every_server_sees_a_change(client):
    search(client, "detention")
    _, warm = search(client, "detention")
    # Another app server published something: only the database row tells this one.
    SearchGeneration.objects.filter(pk=1).update(number=F("number") + 1)
    _, after_change = search(client, "detention")

    assert after_change > warm
