"""The public statistics page: real figures with sources, uncertain ones marked, both languages."""

import re

import pytest

from metrics.content import TABLES

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_every_figure_row_is_shown_with_its_source(client, language):
    html = client.get(f"/{language}/statistics/").content.decode()

    rows = re.findall(r"<tr(?: class=\"table-warning\")?>\s*<th scope=\"row\">", html)
    assert len(rows) == sum(len(table["rows"]) for table in TABLES)
    assert "People" in html or "人民日报" in html


def test_uncertain_figures_are_marked(client):
    html = client.get("/zh-hans/statistics/").content.decode()

    uncertain = sum(1 for table in TABLES for row in table["rows"] if row.get("uncertain"))
    assert uncertain and html.count('class="table-warning"') == uncertain
    assert html.count("数据存疑：") == uncertain


def test_statistics_page_is_translated_and_in_the_menu(client):
    html = client.get("/en/statistics/").content.decode()

    assert 'href="/zh-hans/statistics/"' in html
    assert 'class="nav-link' in html and 'href="/en/statistics/"' in html
