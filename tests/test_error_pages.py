"""404 and 500 pages are bilingual and carry the language switcher."""

from django.test import RequestFactory
from django.utils import translation

import pytest

from portal.views import server_error

from .helpers import elements, html_lang, language_switcher

pytestmark = pytest.mark.django_db


def test_english_404_is_bilingual_with_switcher(client):
    response = client.get("/en/no-such-page/")

    html = response.content.decode()
    assert response.status_code == 404
    assert html_lang(html) == "en"
    assert "Page not found" in html
    assert "未找到页面" in html
    assert [link["href"] for link in elements(language_switcher(html), "a")] == ["/zh-hans/"]


def test_chinese_404_is_bilingual_with_switcher(client):
    response = client.get("/zh-hans/no-such-page/")

    html = response.content.decode()
    assert response.status_code == 404
    assert html_lang(html) == "zh-Hans"
    assert "未找到页面" in html
    assert "Page not found" in html
    assert [link["href"] for link in elements(language_switcher(html), "a")] == ["/en/"]


def test_500_page_is_bilingual_with_switcher():
    request = RequestFactory().get("/zh-hans/broken/")
    with translation.override("zh-hans"):
        response = server_error(request)

    html = response.content.decode()
    assert response.status_code == 500
    assert html_lang(html) == "zh-Hans"
    assert "服务器错误" in html
    assert "Server error" in html
    assert [link["href"] for link in elements(language_switcher(html), "a")] == ["/en/"]
