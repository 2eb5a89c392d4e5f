"""Idempotent loader of the guidance section: index, guidance pages, glossary, deadline helper.

Creates each English page or term only if it does not exist yet (matched by slug or key), then
its Chinese translation through wagtail-localize. Existing content is never overwritten.
"""

import datetime

from django.db import transaction

from wagtail.models import Locale

from home.models import HomePage
from portal.content import ensure_translated_page, stream_data, translate_from_shadow
from portal.search import load_provided_words

from .content import china_pages, eu_pages, glossary, more_pages, sections
from .models import (
    Audience,
    DeadlineHelperPage,
    GlossaryPage,
    GlossaryTerm,
    GuidanceIndexPage,
    GuidancePage,
    GuidanceRelatedPage,
    IPRType,
)

PAGE_SPECS = [*eu_pages.PAGES, *china_pages.PAGES, *more_pages.PAGES]


def _guidance_fields(spec: dict, language: str) -> dict:
    text = spec[language]
    return {
        "slug": spec["slug"],
        "title": text["title"],
        "summary": text["summary"],
        "legal_basis": text["legal_basis"],
        "jurisdiction": spec["jurisdiction"],
        "stage": spec["stage"],
        "last_reviewed": datetime.date.fromisoformat(spec["last_reviewed"]),
        "body": stream_data(text["body"], spec["slug"]),
    }


@transaction.atomic
def load_guidance(log=print) -> GuidanceIndexPage:
    """Create the guidance section in English and Chinese (idempotent)."""
    en = Locale.objects.get(language_code="en")
    zh = Locale.objects.get(language_code="zh-hans")
    home = HomePage.objects.get(locale=en, depth=2)
    index = ensure_translated_page(
        GuidanceIndexPage, home, sections.INDEX, en, zh, log, show_in_menus=True
    )
    # Glossary first: its Chinese terms extend the search segmenter's dictionary, and pages
    # must be indexed with the same dictionary that queries will use.
    load_glossary(en, zh, log)
    load_provided_words(force=True)

    ipr_types = {item.code: item for item in IPRType.objects.all()}
    audiences = {item.code: item for item in Audience.objects.all()}
    created = []
    for spec in PAGE_SPECS:
        if GuidancePage.objects.child_of(index).filter(slug=spec["slug"]).exists():
            continue
        page = GuidancePage(locale=en, **_guidance_fields(spec, "en"))
        page.ipr_types = [ipr_types[code] for code in spec["ipr_types"]]
        page.audiences = [audiences[code] for code in spec["audiences"]]
        index.add_child(instance=page)
        created.append((spec, page))
    by_slug = {page.slug: page for page in GuidancePage.objects.child_of(index).filter(locale=en)}
    for spec, page in created:
        page.related_links = [
            GuidanceRelatedPage(related_page=by_slug[slug])
            for slug in spec.get("related", [])
            if slug in by_slug and slug != spec["slug"]
        ]
        page.save_revision().publish()
        shadow = GuidancePage(locale=zh, **_guidance_fields(spec, "zh"))
        translate_from_shadow(page, shadow, zh)
        log(f"Created guidance page {page.title!r} and its Chinese translation")

    ensure_translated_page(GlossaryPage, index, sections.GLOSSARY, en, zh, log)
    ensure_translated_page(DeadlineHelperPage, index, sections.DEADLINES, en, zh, log)
    return index


def load_glossary(en: Locale, zh: Locale, log=print) -> None:
    """Create missing glossary terms (English, then their Chinese translations)."""
    existing = set(GlossaryTerm.objects.filter(locale=en).values_list("key", flat=True))
    created = []
    for spec in glossary.TERMS:
        if spec["key"] in existing:
            continue
        term = GlossaryTerm.objects.create(locale=en, key=spec["key"], **spec["en"])
        created.append((spec, term))
    if not created:
        return
    terms = {term.key: term for term in GlossaryTerm.objects.filter(locale=en)}
    for spec, term in created:
        term.related_terms.set([terms[key] for key in spec.get("related", []) if key in terms])
        term.save()
    for spec, term in created:
        shadow = GlossaryTerm(locale=zh, key=spec["key"], **spec["zh"])
        translate_from_shadow(term, shadow, zh)
    log(f"Created {len(created)} glossary terms and their Chinese translations")
