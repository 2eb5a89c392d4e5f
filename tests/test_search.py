"""Site search works in Chinese (jieba segmentation) and stays within the active language."""

import re

import pytest

from portal.search import MAX_QUERY_LENGTH, normalise_query, segment

pytestmark = pytest.mark.django_db


def result_links(html: str) -> list[str]:
    return re.findall(r'<li class="mb-3"><a href="([^"]+)" class="h6">', html)


def test_segment_splits_chinese_words_for_search():
    words = segment("知识产权海关保护备案").split()

    assert "知识产权" in words and "海关" in words and "备案" in words
    assert segment("Application for action") == "Application for action"


def test_normalise_query_drops_control_characters_and_caps_length():
    assert normalise_query("a\x00b\n\tc") == "a b c"
    assert len(normalise_query("扣" * 500)) == MAX_QUERY_LENGTH


def test_chinese_query_finds_chinese_pages_only(client):
    html = client.get("/zh-hans/search/", {"q": "扣留"}).content.decode()

    links = result_links(html)
    assert "/zh-hans/guidance/eu-detention-and-destruction/" in links
    assert links and all(link.startswith("/zh-hans/") for link in links)


def test_chinese_query_of_two_words_without_spaces(client):
    html = client.get("/zh-hans/search/", {"q": "备案续展"}).content.decode()

    assert "/zh-hans/guidance/china-customs-recordation/" in result_links(html)


def test_english_query_finds_english_pages_and_glossary(client):
    html = client.get("/en/search/", {"q": "recordation"}).content.decode()

    links = result_links(html)
    assert "/en/guidance/china-customs-recordation/" in links
    assert all(link.startswith("/en/") for link in links)
    assert "In the glossary" in html


def test_search_page_switcher_keeps_the_query(client):
    html = client.get("/en/search/", {"q": "detention"}).content.decode()

    assert 'href="/zh-hans/search/?q=detention"' in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "\x00\x1f",
        "🙂" * 50,
        "\u202eevil",
        "' OR 1=1 --",
        "扣" * 5000,
        "a&b|c!(d)",
        '"customs',
        'a"b',
        '"',
        "NEAR(a b)",
        "a AND",
        "NOT x",
        "-x +y ^z *",
        "{x} [y] \\ % _",
        "海关：“扣留”",
    ],
)
def test_odd_queries_never_fail(client, query):
    response = client.get("/zh-hans/search/", {"q": query})

    assert response.status_code == 200


def test_overlong_query_is_cut_and_the_page_says_so(client):
    html = client.get("/en/search/", {"q": "detention " * 50}).content.decode()

    assert "only the first 100 characters were used" in html


def test_mixed_latin_and_chinese_query(client):
    html = client.get("/zh-hans/search/", {"q": "EORI 编号"}).content.decode()

    assert "/zh-hans/guidance/eu-application-for-action/" in result_links(html)
    assert "<mark>EORI</mark>" in html


def test_chinese_word_inside_a_longer_phrase_is_found(client):
    # "销毁" appears inside phrases such as "同意销毁货物" with no spaces around it.
    html = client.get("/zh-hans/search/", {"q": "销毁"}).content.decode()

    assert "/zh-hans/guidance/eu-detention-and-destruction/" in result_links(html)


def test_title_matches_rank_above_body_matches(client):
    html = client.get("/en/search/", {"q": "small consignments"}).content.decode()

    assert result_links(html)[0] == "/en/guidance/eu-small-consignments/"


def test_results_carry_type_labels_and_highlighted_snippets(client):
    html = client.get("/en/search/", {"q": "detention"}).content.decode()

    assert "Guidance page" in html
    assert "<mark>detention</mark>" in html.lower() or "<mark>Detention</mark>" in html


def test_no_results_suggests_glossary_and_other_language(client):
    html = client.get("/en/search/", {"q": "zzzqqq"}).content.decode()

    assert "Look the term up in the glossary" in html
    assert 'href="/zh-hans/search/?q=zzzqqq"' in html


def test_glossary_chinese_terms_are_whole_words_for_the_segmenter():
    assert "侵权嫌疑货物" in segment("海关扣留侵权嫌疑货物").split()


def test_postgres_search_uses_the_indexed_query_with_the_same_results():
    from django.db import connection

    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

    portal = get_search_backend()
    stock = PostgresSearchBackend({})
    from wagtail.models import Locale

    pages = Page.objects.live().filter(locale=Locale.objects.get(language_code="zh-hans"))
    terms = segment("扣留 货物")

    assert type(portal).__name__ == "PortalPostgresSearchBackend"
    assert [p.pk for p in portal.search(terms, pages)] == [p.pk for p in stock.search(terms, pages)]


def test_results_past_the_counting_limit_are_announced_as_more(client, monkeypatch):
    # "customs" is on every English guidance page; with a limit of 3 only three are counted.
    monkeypatch.setattr("portal.search.MAX_COUNTED_RESULTS", 3)

    html = client.get("/en/search/", {"q": "customs"}).content.decode()

    assert "More than 3 pages found" in html
    assert "Only the best 3 are listed" in html
    assert len(result_links(html)) == 3
    assert 'href="?page=2' not in html  # three results: one page


def test_chinese_page_announces_more_results_in_chinese(client, monkeypatch):
    monkeypatch.setattr("portal.search.MAX_COUNTED_RESULTS", 3)

    html = client.get("/zh-hans/search/", {"q": "海关"}).content.decode()

    assert "找到超过3个页面" in html


def test_results_within_the_counting_limit_are_counted_exactly(en):
    from wagtail.models import Page

    from portal.search import search_pages

    pages = Page.objects.live().filter(locale=en)
    found = search_pages(pages, "customs")
    every = pages.search("customs", operator="and")

    assert found.count == every.count() > 3
    assert not found.more
    assert [p.pk for p in found.results] == [p.pk for p in every]


def test_counting_limit_cuts_count_and_results(en, monkeypatch):
    from wagtail.models import Page

    from portal.search import search_pages

    monkeypatch.setattr("portal.search.MAX_COUNTED_RESULTS", 3)
    pages = Page.objects.live().filter(locale=en)
    every = [p.pk for p in pages.search("customs", operator="and")]

    found = search_pages(pages, "customs")

    assert (found.count, found.more) == (3, True)
    assert [p.pk for p in found.results] == every[:3]


def test_count_of_exactly_the_limit_is_not_more(en, monkeypatch):
    from wagtail.models import Page

    from portal.search import search_pages

    pages = Page.objects.live().filter(locale=en)
    total = pages.search("customs", operator="and").count()
    monkeypatch.setattr("portal.search.MAX_COUNTED_RESULTS", total)

    found = search_pages(pages, "customs")

    assert (found.count, found.more) == (total, False)


def test_fallback_to_any_word_is_counted_with_the_limit(en, monkeypatch):
    from wagtail.models import Page

    from portal.search import search_pages

    monkeypatch.setattr("portal.search.MAX_COUNTED_RESULTS", 2)
    found = search_pages(Page.objects.live().filter(locale=en), "customs zzzqqq")

    assert found.matched_any_word
    assert (found.count, found.more) == (2, True)
