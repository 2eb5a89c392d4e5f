"""Sitemap with hreflang alternates for both locales, robots.txt, description and Open Graph."""

import re

from wagtail.models import Page

import pytest

from .helpers import elements

pytestmark = pytest.mark.django_db


def test_sitemap_lists_every_live_page_in_both_locales_with_alternates(client):
    xml = client.get("/sitemap.xml").content.decode()

    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    live = Page.objects.live().filter(depth__gte=2).count()
    assert len(locations) == live
    assert "http://testserver/zh-hans/guidance/eu-small-consignments/" in locations
    entry = re.search(
        r"<url><loc>http://testserver/en/guidance/eu-small-consignments/</loc>.*?</url>", xml
    ).group(0)
    assert (
        'hreflang="zh-Hans" href="http://testserver/zh-hans/guidance/eu-small-consignments/"'
        in entry
    )
    assert (
        'hreflang="x-default" href="http://testserver/en/guidance/eu-small-consignments/"' in entry
    )


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_guidance_page_has_description_and_open_graph_in_its_language(client):
    html = client.get("/zh-hans/guidance/eu-small-consignments/").content.decode()

    meta = {
        m.get("property") or m.get("name"): m["content"]
        for m in elements(html, "meta")
        if "content" in m
    }
    assert meta["og:locale"] == "zh_CN"
    assert meta["og:url"] == "http://testserver/zh-hans/guidance/eu-small-consignments/"
    assert meta["og:title"] == "邮政和快递包裹适用的小件包裹程序"
    assert meta["description"] == meta["og:description"]
    assert re.search(r"[\u4e00-\u9fff]", meta["description"])
