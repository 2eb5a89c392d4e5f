"""Helpers for linking pages across languages."""

from wagtail.models import Page


def live_translations(pages, locale) -> list[Page]:
    """The live, public versions in ``locale`` of ``pages`` (any language), in the same order,
    leaving out those without one. One query whatever the number of pages."""
    keys = [page.translation_key for page in pages]
    in_locale = {
        page.translation_key: page
        for page in Page.objects.live().public().filter(locale=locale, translation_key__in=keys)
    }
    return [in_locale[key] for key in keys if key in in_locale]
