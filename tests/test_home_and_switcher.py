"""Home pages in both languages: <html lang>, hreflang, canonical and the language switcher."""

import pytest

from home.models import HomePage

from .helpers import elements, html_lang, language_switcher

pytestmark = pytest.mark.django_db


def test_english_home_page_renders_in_english(client, home_en):
    response = client.get("/en/")

    html = response.content.decode()
    assert response.status_code == 200
    assert html_lang(html) == "en"
    assert home_en.hero_title in html


def test_chinese_home_page_renders_in_chinese(client, home_zh):
    response = client.get("/zh-hans/")

    html = response.content.decode()
    assert response.status_code == 200
    assert html_lang(html) == "zh-Hans"
    assert "在欧盟和中国边境保护您的知识产权" in html
    assert "跳到主要内容" in html  # UI string from the Chinese catalogue


def test_chinese_home_is_a_wagtail_localize_translation(home_en, home_zh):
    from wagtail_localize.models import Translation

    assert home_zh.translation_key == home_en.translation_key
    assert Translation.objects.filter(
        source__object_id=home_en.translation_key, target_locale=home_zh.locale
    ).exists()


@pytest.mark.parametrize("path", ["/en/", "/zh-hans/"])
def test_home_pages_list_hreflang_alternates_and_canonical(client, path):
    html = client.get(path).content.decode()

    alternates = {
        link["hreflang"]: link["href"] for link in elements(html, "link", rel="alternate")
    }
    assert alternates == {
        "en": "http://testserver/en/",
        "zh-Hans": "http://testserver/zh-hans/",
        "x-default": "http://testserver/en/",
    }
    assert elements(html, "link", rel="canonical")[0]["href"] == f"http://testserver{path}"


def test_switcher_links_english_home_to_chinese_home(client):
    switcher = language_switcher(client.get("/en/").content.decode())

    links = elements(switcher, "a")
    assert [(link["href"], link["lang"]) for link in links] == [("/zh-hans/", "zh-Hans")]
    assert "untranslated" not in switcher


def test_switcher_links_chinese_home_to_english_home(client):
    switcher = language_switcher(client.get("/zh-hans/").content.decode())

    assert [link["href"] for link in elements(switcher, "a")] == ["/en/"]


def test_switcher_on_untranslated_page_falls_back_to_other_home_with_notice(client, home_en):
    page = HomePage(
        title="English only",
        slug="english-only",
        hero_title="Only in English",
        hero_text="x",
        cooperation_heading="x",
        cooperation_text="<p>x</p>",
    )
    home_en.add_child(instance=page)
    page.save_revision().publish()

    response = client.get("/en/english-only/")

    switcher = language_switcher(response.content.decode())
    (link,) = elements(switcher, "a")
    assert link["href"] == "/zh-hans/"  # the Chinese home page, not a 404
    assert "本页尚未翻译" in switcher  # the notice, written in the target language
    assert client.get(link["href"]).status_code == 200
    alternates = [
        alt["hreflang"] for alt in elements(response.content.decode(), "link", rel="alternate")
    ]
    assert alternates == ["en", "x-default"]  # no Chinese alternate for an untranslated page


def test_switcher_ignores_a_draft_translation(client, home_en, zh):
    page = HomePage(
        title="Draft translated",
        slug="draft-translated",
        hero_title="T",
        hero_text="x",
        cooperation_heading="x",
        cooperation_text="<p>x</p>",
    )
    home_en.add_child(instance=page)
    page.save_revision().publish()
    translated = page.copy_for_translation(zh)  # created as a draft
    assert not translated.live

    switcher = language_switcher(client.get("/en/draft-translated/").content.decode())

    assert [link["href"] for link in elements(switcher, "a")] == ["/zh-hans/"]
    assert "本页尚未翻译" in switcher
