"""A guidance page: metadata, table of contents, FAQ JSON-LD, related pages, switcher."""

import json
import re

import pytest

from .helpers import elements, html_lang, language_switcher

pytestmark = pytest.mark.django_db

PAGE = "/en/guidance/eu-detention-and-destruction/"
PAGE_ZH = "/zh-hans/guidance/eu-detention-and-destruction/"


def test_page_shows_legal_basis_and_review_date(client):
    html = client.get(PAGE).content.decode()

    assert "Regulation (EU) No 608/2013" in html
    assert "Last reviewed on" in html
    assert '<time datetime="2026-11-30">' in html


def test_table_of_contents_links_to_section_ids(client):
    html = client.get(PAGE).content.decode()

    toc = re.search(r'<nav class="toc.*?</nav>', html, re.S).group(0)
    anchors = re.findall(r'href="#([^"]+)"', toc)
    assert len(anchors) >= 3
    for anchor in anchors:
        assert f'id="{anchor}"' in html


def test_faq_is_emitted_as_schema_org_json_ld(client):
    html = client.get(PAGE_ZH).content.decode()

    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(block)
    assert data["@type"] == "FAQPage"
    assert len(data["mainEntity"]) >= 2
    assert all(re.search(r"[\u4e00-\u9fff]", q["name"]) for q in data["mainEntity"])


def test_procedure_steps_show_unit_and_basis_in_chinese(client):
    html = client.get(PAGE_ZH).content.decode()

    assert "期限：10个工作日" in html
    assert "法律依据：欧盟第608/2013号条例第23条第1款" in html


def test_switcher_links_to_the_chinese_translation(client):
    html = client.get(PAGE).content.decode()

    assert [a["href"] for a in elements(language_switcher(html), "a")] == [PAGE_ZH]
    alternates = {a["hreflang"] for a in elements(html, "link", rel="alternate")}
    assert alternates == {"en", "zh-Hans", "x-default"}


def test_related_guidance_is_in_the_page_language(client):
    html = client.get(PAGE_ZH).content.decode()

    related = re.search(
        r'<nav class="mb-4" aria-labelledby="related-heading">.*?</nav>', html, re.S
    )
    links = re.findall(r'href="([^"]+)"', related.group(0))
    assert links and all(link.startswith("/zh-hans/guidance/") for link in links)
    assert html_lang(html) == "zh-Hans"


def test_breadcrumbs_and_print_stylesheet(client):
    html = client.get(PAGE).content.decode()

    assert 'aria-label="Breadcrumb"' in html
    assert any(
        link["media"] == "print"
        for link in elements(html, "link", rel="stylesheet")
        if "media" in link
    )


def test_official_link_keeps_its_address_in_chinese(client):
    html = client.get("/zh-hans/guidance/eu-application-for-action/").content.decode()

    assert 'href="https://euipo.europa.eu/ipep/"' in html
