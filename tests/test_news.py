"""News: listing by date, per-year archive, pages in both languages, feeds, home page."""

import re
import xml.etree.ElementTree as ET

import pytest

from news.content import NEWS
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def test_real_news_is_loaded_in_both_languages(en, zh):
    for spec in NEWS:
        english = NewsPage.objects.get(locale=en, slug=spec["slug"])
        assert english.get_translation(zh).live
        assert english.kind == spec["kind"]


def test_listing_is_newest_first(client):
    html = client.get("/en/news/").content.decode()

    dates = re.findall(r'<time datetime="(\d{4}-\d{2}-\d{2})">', html.split("<main", 1)[1])
    assert dates and dates == sorted(dates, reverse=True)


def test_year_archive_lists_only_that_year(client):
    year = NEWS[0]["date"][:4]

    html = client.get(f"/zh-hans/news/{year}/").content.decode()

    dates = re.findall(r'<time datetime="(\d{4})-\d{2}-\d{2}">', html.split("<main", 1)[1])
    assert dates and set(dates) == {year}


@pytest.mark.parametrize("path", ["/en/news/1899/", "/en/news/2001/", "/en/news/99999/"])
def test_empty_or_absurd_year_is_a_404(client, path):
    assert client.get(path).status_code == 404


def test_news_page_links_related_guidance_in_its_language(client):
    spec = next(item for item in NEWS if item.get("related_guidance"))

    html = client.get(f"/zh-hans/news/{spec['slug']}/").content.decode()

    assert f'href="/zh-hans/guidance/{spec["related_guidance"][0]}/"' in html


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_feeds_are_valid_with_control_characters_and_hold_only_their_locale(client, kind, language):
    index = NewsIndexPage.objects.get(locale__language_code=language)
    page = NewsPage.objects.filter(locale=index.locale).first()
    page.title = "Title with \x0b vertical tab and \x1f unit separator"
    page.save_revision().publish()

    response = client.get(f"/{language}/news/feed/{kind}/")

    root = ET.fromstring(response.content)  # raises if the XML is invalid
    text = response.content.decode()
    assert "vertical tab and  unit separator" in text
    links = re.findall(r"https?://testserver(/[^<\"]*)", text)
    item_links = [link for link in links if link.count("/") > 3]
    assert item_links and all(link.startswith(f"/{language}/news/") for link in item_links)
    assert root is not None


def test_home_page_shows_latest_three_news(client):
    html = client.get("/en/").content.decode()

    section = html.split('id="latest-news-heading"')[1].split("</section>")[0]
    assert section.count('href="/en/news/') == min(3, len(NEWS))
