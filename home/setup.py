"""Idempotent set-up of locales, the home page (EN + its zh-hans translation) and the Site."""

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale, Page, Site

from portal.content import stream_data, translate_from_shadow

from .content import CALLS_TO_ACTION, HOME
from .models import HomePage


def ensure_locales() -> tuple[Locale, Locale]:
    """Create the ``en`` and ``zh-hans`` locales if missing; return (en, zh)."""
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }
    return locales["en"], locales["zh-hans"]


def _home_fields(language: str) -> dict:
    text = HOME[language]
    return {
        "title": text["title"],
        "hero_title": text["hero_title"],
        "hero_text": text["hero_text"],
        "cooperation_heading": text["cooperation_heading"],
        "cooperation_text": text["cooperation_text"],
    }


@transaction.atomic
def load_home(log=print) -> HomePage:
    """Create the English home page, its Chinese translation and the default Site.

    Safe to run again: an existing home page is left as editors have made it. Wagtail's
    placeholder "Welcome" page, if still present, is removed.
    """
    en, zh = ensure_locales()
    home = HomePage.objects.filter(locale=en).first()
    if home is None:
        root = Page.get_first_root_node()
        for placeholder in root.get_children().filter(content_type__model="page", depth=2):
            if (
                not Site.objects.exclude(root_page=placeholder)
                .filter(root_page=placeholder)
                .exists()
            ):
                log(f"Removing Wagtail's placeholder page {placeholder.title!r}")
                Site.objects.filter(root_page=placeholder).delete()
                placeholder.delete()
        home = HomePage(slug="home", locale=en, **_home_fields("en"))
        root.add_child(instance=home)
        home.save_revision().publish()
        log("Created the English home page")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=settings.WAGTAIL_SITE_NAME,
        )
        log("Created the default Site")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
        log("Pointed the default Site at the home page")
    if home.get_translation_or_none(zh) is None:
        translate_home(home, zh)
        log("Created the Chinese home page as a wagtail-localize translation")
    return home


def translate_home(home: HomePage, zh: Locale) -> HomePage:
    """Translate ``home`` into Chinese with the texts in :data:`home.content.HOME`."""
    shadow = HomePage(slug=home.slug, locale=zh, **_home_fields("zh"))
    return translate_from_shadow(home, shadow, zh)


@transaction.atomic
def load_calls_to_action(log=print) -> None:
    """Give the home page its calls to action once their target pages exist (idempotent).

    Targets are found by slug among live English pages; the Chinese home page's translation is
    then brought up to date through wagtail-localize.
    """
    en, zh = ensure_locales()
    home = HomePage.objects.get(locale=en, depth=2)
    if home.calls_to_action:
        return
    targets = {
        spec["target"]: Page.objects.live().filter(locale=en, slug=spec["target"]).first()
        for spec in CALLS_TO_ACTION
    }
    specs = [spec for spec in CALLS_TO_ACTION if targets[spec["target"]] is not None]
    if not specs:
        return

    def blocks(language):
        return [
            (
                "call_to_action",
                dict(
                    zip(("heading", "text", "link_text"), spec[language], strict=True),
                    page=targets[spec["target"]].pk,
                ),
            )
            for spec in specs
        ]

    home.calls_to_action = stream_data(blocks("en"), "home-cta")
    home.save_revision().publish()
    shadow = HomePage(slug=home.slug, locale=zh, **_home_fields("zh"))
    shadow.calls_to_action = stream_data(blocks("zh"), "home-cta")
    translate_from_shadow(home, shadow, zh)
    log(f"Added {len(specs)} calls to action to the home page in both languages")
