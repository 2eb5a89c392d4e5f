"""`/` and unprefixed URLs redirect by Accept-Language (foundation issue)."""

import pytest

from portal.i18n import language_from_accept_header

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("zh", "/zh-hans/"),
        ("zh-CN", "/zh-hans/"),
        ("zh-CN,zh;q=0.9,en;q=0.8", "/zh-hans/"),
        ("zh-Hans", "/zh-hans/"),
        ("zh-Hans-CN", "/zh-hans/"),
        ("zh-SG", "/zh-hans/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("en-US,zh-CN;q=0.8", "/en/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("zh-TW", "/en/"),
        ("fr;q=0.9,zh-CN;q=0.8", "/zh-hans/"),
        ("", "/en/"),
        ("*", "/en/"),
        ("!!garbage;;q=x", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == expected


def test_root_without_accept_language_goes_to_english(client):
    response = client.get("/")

    assert response["Location"] == "/en/"


def test_unprefixed_page_url_redirects_to_the_prefixed_one(client):
    response = client.get("/some/page/", headers={"accept-language": "zh-CN"})

    assert response.status_code == 302
    assert response["Location"] == "/zh-hans/some/page/"


def test_prefixed_url_is_not_redirected_whatever_the_browser_says(client):
    response = client.get("/en/", headers={"accept-language": "zh-CN"})

    assert response.status_code == 200


def test_redirect_varies_on_accept_language(client):
    response = client.get("/", headers={"accept-language": "zh-CN"})

    assert "Accept-Language" in response["Vary"]


def test_chinese_quality_order_is_respected():
    assert language_from_accept_header("en;q=0.5,zh-CN;q=0.9") == "zh-hans"
    assert language_from_accept_header("zh-CN;q=0.5,en;q=0.9") == "en"
