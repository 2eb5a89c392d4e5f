"""The real guidance content is loaded in both languages, fully translated, well formed."""

import re

from wagtail.models import Page
from wagtail_localize.models import Translation

import pytest

from guidance.content import china_pages, eu_pages, glossary, more_pages
from guidance.models import GlossaryTerm, GuidancePage
from portal.content import ContentStructureError, stream_data, translate_from_shadow

pytestmark = pytest.mark.django_db

SPECS = [*eu_pages.PAGES, *china_pages.PAGES, *more_pages.PAGES]
HAN = r"[\u4e00-\u9fff]"


def test_every_guidance_page_exists_live_in_both_languages(en, zh):
    for spec in SPECS:
        english = GuidancePage.objects.get(slug=spec["slug"], locale=en)
        chinese = english.get_translation(zh)
        assert english.live and chinese.live
        assert english.title == spec["en"]["title"]
        assert chinese.title == spec["zh"]["title"]


def test_every_translation_is_complete(en):
    translations = Translation.objects.filter(source__locale=en).select_related("source")
    assert translations.count() >= len(SPECS) + len(glossary.TERMS)
    for translation in translations:
        total, done = translation.get_progress()
        assert (total, done) == (total, total), translation.source.get_source_instance()


def test_taxonomy_is_copied_to_the_chinese_translation(en, zh):
    english = GuidancePage.objects.get(slug="eu-small-consignments", locale=en)
    chinese = english.get_translation(zh)

    assert set(chinese.ipr_types.values_list("code", flat=True)) == {
        "trade_mark",
        "copyright",
        "design",
    }
    assert chinese.jurisdiction == english.jurisdiction == "eu"
    assert chinese.stage == "detention"


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec["slug"])
def test_chinese_page_text_uses_full_width_punctuation(client, spec):
    html = client.get(f"/zh-hans/guidance/{spec['slug']}/").content.decode()
    main = re.search(r"<main.*</main>", html, re.S).group(0)
    text = re.sub(r"<[^>]+>", "\n", main)

    offenders = re.findall(rf"{HAN}[,;:?!]|{HAN}\((?![A-Za-z])|[,;]{HAN}", text)
    assert offenders == []


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec["slug"])
def test_every_time_limit_has_a_unit_and_legal_basis(spec):
    for language in ("en", "zh"):
        for block_type, value in spec[language]["body"]:
            if block_type != "procedure":
                continue
            for step in value["steps"]:
                if step["time_limit"] is not None:
                    assert step["time_unit"] in {"working_days", "calendar_days", "months", "years"}
                    assert step["legal_basis"].strip()


def test_glossary_has_every_term_in_both_languages(en, zh):
    assert GlossaryTerm.objects.filter(locale=en).count() == len(glossary.TERMS)
    assert GlossaryTerm.objects.filter(locale=zh).count() == len(glossary.TERMS)
    detention = GlossaryTerm.objects.get(locale=zh, key="detention")
    assert detention.term == "扣留"


def test_mismatched_translation_structure_is_refused(home_en, zh):
    page = GuidancePage.objects.filter(locale=home_en.locale).first()
    shadow = GuidancePage(
        slug=page.slug,
        locale=zh,
        title="标题",
        summary="摘要",
        legal_basis="依据",
        jurisdiction=page.jurisdiction,
        stage=page.stage,
        body=stream_data([("rich_text", "<p>只有一段。</p>")], "mismatch"),
    )

    with pytest.raises(ContentStructureError):
        translate_from_shadow(page, shadow, zh)


def test_home_page_calls_to_action_link_to_pages_in_the_same_language(client):
    html = client.get("/zh-hans/").content.decode()

    assert 'href="/zh-hans/guidance/"' in html
    assert 'href="/zh-hans/guidance/eu-application-for-action/"' in html
    assert not Page.objects.filter(slug="home", locale__language_code="zh-hans", live=False)
