"""Idempotent loader of the news section (index and real news items, EN + zh-hans)."""

import datetime

from django.db import transaction

from wagtail.models import Locale, Page

from home.models import HomePage
from portal.content import ensure_translated_page, stream_data, translate_from_shadow

from . import content
from .content import INDEX
from .models import NewsIndexPage, NewsPage, NewsRelatedPage


def _fields(spec: dict, language: str) -> dict:
    text = spec[language]
    return {
        "slug": spec["slug"],
        "title": text["title"],
        "summary": text["summary"],
        "kind": spec["kind"],
        "date": datetime.date.fromisoformat(spec["date"]),
        "body": stream_data(text["body"], "news", spec["slug"]),
    }


@transaction.atomic
def load_news(log=print) -> NewsIndexPage:
    """Create the news section in English and Chinese (idempotent)."""
    en = Locale.objects.get(language_code="en")
    zh = Locale.objects.get(language_code="zh-hans")
    home = HomePage.objects.get(locale=en, depth=2)
    index = ensure_translated_page(NewsIndexPage, home, INDEX, en, zh, log, show_in_menus=True)
    for spec in content.NEWS:
        if NewsPage.objects.child_of(index).filter(slug=spec["slug"]).exists():
            continue
        page = NewsPage(locale=en, **_fields(spec, "en"))
        slugs = [*spec.get("related_guidance", []), *spec.get("related_events", [])]
        targets = {p.slug: p for p in Page.objects.filter(locale=en, slug__in=slugs)}
        page.related_links = [
            NewsRelatedPage(related_page=targets[s]) for s in slugs if s in targets
        ]
        index.add_child(instance=page)
        page.tags.add(*spec.get("tags", []))
        page.save_revision().publish()
        translate_from_shadow(page, NewsPage(locale=zh, **_fields(spec, "zh")), zh)
        log(f"Created news item {page.title!r} and its Chinese translation")
    return index
