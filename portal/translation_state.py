"""Translation state of pages and translatable snippets, for the "Translations" report and
the panel on edit views.

For every source object (English) and target locale (Chinese) the state is:

- ``missing``: no translation exists yet;
- ``out_of_date``: the source changed after its content was last extracted for translation
  (an English page published, or a glossary term saved, after the last "Sync"), or the
  synced translation is not published yet, or strings extracted at the last sync are still
  untranslated; ``changed_at`` is the source change;
- ``up_to_date``: otherwise.
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

STATES = {
    "missing": _("Missing"),
    "out_of_date": _("Out of date"),
    "up_to_date": _("Up to date"),
}


@dataclass
class TranslationState:
    """State of one object's translation into one locale (see the module docstring)."""

    source: object
    target_locale: Locale
    state: str
    section: str
    changed_at: datetime | None = None
    translated: object | None = None
    sync_url: str = ""
    translate_url: str = ""

    @property
    def label(self) -> str:
        return str(STATES[self.state])


def _source_changed_at(instance) -> datetime | None:
    if isinstance(instance, Page):
        return instance.last_published_at
    return getattr(instance, "updated_at", None)


def _section(instance) -> str:
    if isinstance(instance, Page):
        return str(instance.specific_class._meta.app_config.verbose_name)
    return str(instance._meta.verbose_name_plural)


def state_of(instance, target_locale: Locale, sources=None, translations=None) -> TranslationState:
    """The :class:`TranslationState` of ``instance`` (a source-language page or snippet) in
    ``target_locale``. ``sources`` / ``translations`` (dicts keyed by translation key) avoid
    per-object queries when many objects are checked."""
    key = instance.translation_key
    if sources is None:
        sources = {
            s.object_id: s
            for s in TranslationSource.objects.filter(object_id=key, locale=instance.locale)
        }
    if translations is None:
        translations = {
            t.source.object_id: t
            for t in Translation.objects.filter(
                source__object_id=key, target_locale=target_locale
            ).select_related("source")
        }
    translated = instance.get_translation_or_none(target_locale)
    source = sources.get(key)
    translation = translations.get(key)
    changed_at = _source_changed_at(instance)
    state = TranslationState(
        instance, target_locale, "up_to_date", _section(instance), changed_at, translated
    )
    if source is not None:
        state.sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    if translated is None:
        state.state = "missing"
        if isinstance(instance, Page):
            state.translate_url = reverse(
                "wagtail_localize:submit_page_translation", args=[instance.pk]
            )
        else:
            meta = instance._meta
            state.translate_url = reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[meta.app_label, meta.model_name, instance.pk],
            )
        return state
    if isinstance(translated, Page):
        state.translate_url = reverse("wagtailadmin_pages:edit", args=[translated.pk])
    else:
        meta = translated._meta
        state.translate_url = reverse(
            f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[translated.pk]
        )
    if source is None or (changed_at and changed_at > source.last_updated_at):
        state.state = "out_of_date"
    elif getattr(translated, "has_unpublished_changes", False):
        state.state = "out_of_date"  # synced, but the update is not live yet
    elif translation is not None:
        total, done = translation.get_progress()
        if done < total:
            state.state = "out_of_date"
    return state


def report_rows(section: str = "", state: str = "") -> list[TranslationState]:
    """States of every source-language page (below the root) and glossary term into every
    other locale, optionally only one ``section`` (app verbose name) and ``state``."""
    from guidance.models import GlossaryTerm

    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    targets = list(Locale.objects.exclude(pk=default.pk))
    objects = [
        *Page.objects.filter(locale=default, depth__gt=1).order_by("path").specific(),
        *GlossaryTerm.objects.filter(locale=default).order_by("term"),
    ]
    keys = [obj.translation_key for obj in objects]
    sources = {
        s.object_id: s for s in TranslationSource.objects.filter(object_id__in=keys, locale=default)
    }
    rows = []
    for target in targets:
        translations = {
            t.source.object_id: t
            for t in Translation.objects.filter(
                source__object_id__in=keys, target_locale=target
            ).select_related("source")
        }
        for obj in objects:
            row = state_of(obj, target, sources, translations)
            if (not section or row.section == section) and (not state or row.state == state):
                rows.append(row)
    return rows
