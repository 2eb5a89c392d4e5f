"""On PostgreSQL the portal's search backend matches and ranks pages through its own table
(``portal.models.PageSearchDocument``): kept in step with Wagtail's index, same matches and,
within its candidate bound, the same order as Wagtail's stock backend."""

import datetime

from django.db import connection

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

import pytest

from guidance.models import GuidanceIndexPage, GuidancePage
from portal.content import stream_data
from portal.models import PageSearchDocument
from portal.search import segment

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only"),
]


def stock_backend():
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

    return PostgresSearchBackend({})


def make_page(en, slug, title, text):
    index = GuidanceIndexPage.objects.get(locale=en)
    page = GuidancePage(
        title=title,
        slug=slug,
        locale=en,
        summary=text,
        legal_basis="Regulation (EU) No 608/2013",
        jurisdiction="eu",
        stage="apply",
        last_reviewed=datetime.date(2026, 11, 30),
        body=stream_data([], slug),
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def found(query, locale_code="en"):
    pages = Page.objects.live().filter(locale=Locale.objects.get(language_code=locale_code))
    return [p.pk for p in pages.search(segment(query), operator="and")]


def test_every_indexed_page_has_a_search_document(en):
    from wagtail.search.models import IndexEntry

    page_types = Page.objects.values("content_type_id")
    entries = IndexEntry.objects.filter(content_type_id__in=page_types)
    indexed = {int(pk) for pk in entries.values_list("object_id", flat=True)}

    assert indexed and set(PageSearchDocument.objects.values_list("pk", flat=True)) == indexed


def test_a_published_page_is_found_and_a_deleted_one_is_not(en):
    page = make_page(en, "quokka", "Quokka goods", "Detained quokka-shaped counterfeits.")

    assert found("quokka") == [page.pk]

    page.delete()

    assert found("quokka") == []
    assert not PageSearchDocument.objects.filter(pk=page.pk).exists()


def test_an_edited_page_is_found_by_its_new_words_only(en):
    page = make_page(en, "wombat", "Wombat goods", "Text about quolls.")
    assert found("quolls") == [page.pk]
    page.summary = "Text about platypuses."
    page.save_revision().publish()

    assert found("wombat") == [page.pk]  # still in the title
    assert found("platypuses") == [page.pk]
    assert found("quolls") == []


def test_an_unpublished_page_is_not_found(en):
    page = make_page(en, "numbat", "Numbat goods", "Numbat text.")
    page.unpublish()

    assert found("numbat") == []


@pytest.mark.parametrize(
    "query, locale_code",
    [
        ("customs", "en"),
        ("detention", "en"),
        ("application for action", "en"),
        ("small consignments", "en"),
        ("EORI", "zh-hans"),
        ("扣留", "zh-hans"),
        ("海关", "zh-hans"),
        ("知识产权海关保护备案", "zh-hans"),
    ],
)
def test_same_results_in_the_same_order_as_wagtails_backend(query, locale_code):
    pages = Page.objects.live().filter(locale=Locale.objects.get(language_code=locale_code))
    terms = segment(query)

    stock = [p.pk for p in stock_backend().search(terms, pages, operator="and")]

    assert stock
    assert found(query, locale_code) == stock


def test_common_words_are_ranked_within_the_best_title_matches(en, monkeypatch):
    # With room for 3 candidates, "customs" (on every page) gets Wagtail's ranking among the
    # three best title matches; the rest follow in title-rank order, each page once.
    monkeypatch.setattr("portal.search_backend.RERANK_CANDIDATES", 3)
    pages = Page.objects.live().filter(locale=en)
    stock = [p.pk for p in stock_backend().search("customs", pages, operator="and")]
    results = get_search_backend().search("customs", pages, operator="and")

    everything = [p.pk for p in results]
    head, tail = [p.pk for p in results[:3]], [p.pk for p in results[3:]]
    straddling = [p.pk for p in results[1:5]]

    assert sorted(everything) == sorted(stock) and len(stock) > 6
    assert everything == head + tail
    assert straddling == everything[1:5]
    assert results.count() == len(stock)
    assert results[2:5].count() == 3


@pytest.mark.parametrize(
    "query, locale_code",
    [
        ("application for action", "en"),
        ("customs goods", "en"),
        ("知识产权海关保护备案", "zh-hans"),
        ("海关 货物", "zh-hans"),
    ],
)
def test_ranks_that_cannot_reach_a_slice_are_skipped_without_changing_the_order(
    query, locale_code, monkeypatch
):
    # With no extra candidates ranked up front, every slice of a query of several words
    # depends on the bound to leave pages out; the pages and their order stay Wagtail's.
    monkeypatch.setattr("portal.search_backend.RERANK_FIRST_EXTRA", 0)
    pages = Page.objects.live().filter(locale=Locale.objects.get(language_code=locale_code))
    terms = segment(query)
    stock = [p.pk for p in stock_backend().search(terms, pages, operator="and")]
    results = get_search_backend().search(terms, pages, operator="and")

    assert len(stock) > 4
    for start in range(0, len(stock), 2):
        assert [p.pk for p in results[start : start + 2]] == stock[start : start + 2]


def test_update_index_keeps_the_search_table_whole_and_ranked_like_wagtail(en):
    from django.core.management import call_command

    from wagtail.search.models import IndexEntry

    PageSearchDocument.objects.all().delete()  # as if the table had fallen behind
    call_command("update_index", verbosity=0)

    for document in PageSearchDocument.objects.all():
        entry = IndexEntry.objects.get(pk=document.entry_id)
        assert (document.title_norm, document.title) == (entry.title_norm, entry.title)
    test_every_indexed_page_has_a_search_document(en)
    test_same_results_in_the_same_order_as_wagtails_backend("customs", "en")


def test_search_documents_of_a_typical_page_stay_in_the_row():
    """Ranking reads every candidate's document: migration 0006 keeps documents up to about
    8 kB in the row instead of TOAST chunks."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reloptions FROM pg_class WHERE relname = 'portal_pagesearchdocument'"
        )
        (options,) = cursor.fetchone()

    assert "toast_tuple_target=8160" in (options or [])
