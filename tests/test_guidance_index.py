"""The guidance index: facet filters without JavaScript, counts, pagination, empty state."""

import re

import pytest

from .helpers import elements

pytestmark = pytest.mark.django_db


def result_titles(html: str) -> list[str]:
    return re.findall(r'<h3 class="h5 mb-1"><a href="[^"]+">([^<]+)</a>', html)


def facet_count(html: str, name: str, value: str) -> int:
    pattern = rf'{name}={value}(?:&amp;[^"]*)?"[^>]*>[^<]*</a> <span class="facet-count">\((\d+)\)'
    match = re.search(pattern, html)
    assert match, f"no facet option {name}={value}"
    return int(match.group(1))


def test_index_lists_guidance_with_first_page_full(client):
    html = client.get("/en/guidance/").content.decode()

    assert "15 guidance pages" in html
    assert len(result_titles(html)) == 10
    assert 'rel="next"' in html


def test_second_page_holds_the_rest(client):
    html = client.get("/en/guidance/?page=2").content.decode()

    assert len(result_titles(html)) == 5


def test_filter_by_china_includes_pages_about_both(client):
    html = client.get("/en/guidance/?jurisdiction=cn").content.decode()

    assert "9 guidance pages" in html
    assert "EU and China customs protection of IPR compared" in result_titles(html)


def test_facet_counts_reflect_the_other_active_filters(client):
    html = client.get("/en/guidance/").content.decode()
    assert facet_count(html, "ipr_type", "trade_mark") == 15
    assert facet_count(html, "ipr_type", "semiconductor_topography") == 7
    assert facet_count(html, "jurisdiction", "eu") == 11

    filtered = client.get("/en/guidance/?jurisdiction=cn").content.decode()
    assert facet_count(filtered, "ipr_type", "patent") == 9
    assert facet_count(filtered, "ipr_type", "semiconductor_topography") == 2


def test_filters_combine_and_links_are_shareable(client):
    response = client.get("/en/guidance/?jurisdiction=eu&stage=detention")

    assert result_titles(response.content.decode()) == [
        "Detention and destruction of suspected goods in the EU",
        "The small consignments procedure for postal and courier parcels",
    ]


def test_no_results_state_offers_to_clear_filters(client):
    html = client.get("/en/guidance/?jurisdiction=cn&stage=renewal").content.decode()

    assert "No guidance matches these filters." in html
    assert "Clear all filters" in html


@pytest.mark.parametrize(
    "query",
    [
        "?jurisdiction=mars",
        "?stage=%00%01",
        "?page=abc",
        "?page=99999999999999999999",
        "?ipr_type=trade_mark&ipr_type=patent",
        "?audience=" + "x" * 5000,
    ],
)
def test_bad_parameters_never_fail(client, query):
    response = client.get("/zh-hans/guidance/" + query)

    assert response.status_code == 200


def test_unknown_filter_value_is_reported_in_the_page_language(client):
    html = client.get("/zh-hans/guidance/?jurisdiction=mars").content.decode()

    assert "网址中的部分筛选条件无法识别，已被忽略。" in html
    assert "共15篇指南" in html


def test_chinese_index_shows_chinese_titles_and_facets(client):
    html = client.get("/zh-hans/guidance/").content.decode()

    assert "法域" in html and "程序阶段" in html
    assert "欧盟海关扣留与销毁嫌疑侵权货物" in html or "扣留" in "".join(result_titles(html))
    assert all(link["href"].startswith("/zh-hans/") for link in elements(html, "a", class_="h5"))
