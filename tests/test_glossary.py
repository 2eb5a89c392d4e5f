"""Glossary: A–Z in English, by pinyin in Chinese, side-by-side view, anchors."""

import re

import pytest

from guidance.glossary import initial, sort_key

pytestmark = pytest.mark.django_db


def test_pinyin_sort_key_and_initial():
    assert sort_key("扣留") == "kou liu"
    assert initial("扣留") == "K"
    assert initial("Detention") == "D"
    assert initial("“备案”") == "#" or initial("备案") == "B"


def test_english_glossary_is_grouped_a_to_z(client):
    html = client.get("/en/guidance/glossary/").content.decode()

    letters = re.findall(r'<h2 id="letter-([A-Z#])"', html)
    assert letters == sorted(letters)
    assert 'id="detention"' in html


def test_chinese_glossary_is_ordered_by_pinyin(client):
    html = client.get("/zh-hans/guidance/glossary/").content.decode()

    letters = re.findall(r'<h2 id="letter-([A-Z#])"', html)
    assert letters == sorted(letters) and len(letters) > 5
    terms = re.findall(r'<dt class="h5 mb-1">([^<]+?)\s*(?:<span|</dt>)', html)
    assert "扣留" in terms and len(terms) > 40
    keys = [sort_key(term) for term in terms]
    assert keys == sorted(keys)
    assert 'id="detention"' in html


def test_each_term_shows_its_counterpart_in_the_other_language(client):
    html = client.get("/en/guidance/glossary/").content.decode()

    entry = re.search(r'<div id="detention".*?</dt>', html, re.S).group(0)
    assert '<span class="fs-6 fw-normal text-body-secondary" lang="zh-Hans">扣留</span>' in entry


def test_related_terms_link_to_anchors_on_the_same_page(client):
    html = client.get("/zh-hans/guidance/glossary/").content.decode()

    for anchor in set(re.findall(r'<a href="#([a-z0-9-]+)">', html)):
        if anchor.startswith("letter-"):
            continue
        assert f'id="{anchor}"' in html


def test_side_by_side_view_pairs_english_and_chinese(client):
    html = client.get("/en/guidance/glossary/compare/").content.decode()

    row = re.search(r'<tr id="detention">.*?</tr>', html, re.S).group(0)
    assert "Detention" in row and "扣留" in row
