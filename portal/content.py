"""Build real content in Python through the same APIs an editor uses.

Content specs (see ``guidance/content/*.py``) hold every text in English and Simplified
Chinese with the same structure. English pages and snippets are created with Wagtail's models;
the Chinese versions are created as wagtail-localize translations, with every string entered
as a manual translation — so translators can keep editing them in the translation editor and
wagtail-localize tracks them like any other translation.
"""

import uuid

from wagtail.models import DraftStateMixin
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

import polib

#: Namespace for deterministic StreamField block ids, so the English stream and the Chinese
#: shadow stream built from one spec share ids (and so wagtail-localize segment paths).
BLOCK_ID_NAMESPACE = uuid.UUID("6f1d3c1e-8b7a-4d43-9f6b-3a8f7c2e5d10")


class ContentStructureError(ValueError):
    """The English and Chinese versions of a content spec do not have the same structure."""


def block_id(*parts) -> str:
    """Deterministic StreamField block id from the given parts (e.g. page slug and index)."""
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, "/".join(str(part) for part in parts)))


def stream_data(blocks: list[tuple[str, object]], *id_parts) -> list[dict]:
    """Turn ``[(block_type, value), …]`` into raw StreamField data with deterministic ids.

    Every Python list inside a value stands for a ListBlock and is stored in Wagtail's block
    format (``{"type": "item", "value": …, "id": …}``): wagtail-localize only extracts
    translatable strings from list items stored that way, and the ids must match between the
    English stream and its Chinese shadow.
    """
    return [
        {
            "type": block_type,
            "value": _list_items_as_blocks(value, (*id_parts, index)),
            "id": block_id(*id_parts, index),
        }
        for index, (block_type, value) in enumerate(blocks)
    ]


def _list_items_as_blocks(value, id_parts: tuple):
    if isinstance(value, dict):
        return {key: _list_items_as_blocks(item, (*id_parts, key)) for key, item in value.items()}
    if isinstance(value, list):
        return [
            {
                "type": "item",
                "value": _list_items_as_blocks(item, (*id_parts, position)),
                "id": block_id(*id_parts, position),
            }
            for position, item in enumerate(value)
        ]
    return value


def _string_segments(instance) -> list[StringSegmentValue]:
    return [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]


def _first_difference(left: list, right: list) -> tuple:
    padded = zip([*left, None], [*right, None], strict=False)
    return next(((a, b) for a, b in padded if a != b), (None, None))


def translate_from_shadow(source, shadow, target_locale, *, publish=True, user=None):
    """Create or update the wagtail-localize translation of ``source`` into ``target_locale``.

    ``source`` is a saved translatable instance (page or snippet) in the source locale;
    ``shadow`` is an unsaved instance of the same model holding the target-language text with
    exactly the same structure (StreamField block ids included). Each source string is paired
    with the shadow string at the same position and imported as a manual translation; then the
    translated object is saved (and published, for pages).

    Returns the translated instance. Raises :class:`ContentStructureError` if the two
    instances do not yield the same segment paths in the same order.
    """
    translation_source, created = TranslationSource.get_or_create_from_instance(source)
    if not created:
        translation_source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=translation_source,
        target_locale=target_locale,
        defaults={"enabled": True},
    )

    source_segments = _string_segments(source)
    shadow_segments = _string_segments(shadow)
    source_paths = [segment.path for segment in source_segments]
    shadow_paths = [segment.path for segment in shadow_segments]
    if source_paths != shadow_paths:
        raise ContentStructureError(
            f"{source!r}: the {target_locale.language_code} text does not have the same "
            f"structure as the source ({len(source_paths)} vs {len(shadow_paths)} strings; first "
            f"difference: {_first_difference(source_paths, shadow_paths)})"
        )

    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=utf-8",
        "X-WagtailLocalize-TranslationID": str(translation.uuid),
    }
    seen = set()
    for source_segment, shadow_segment in zip(source_segments, shadow_segments, strict=True):
        key = (source_segment.path, source_segment.string.data)
        if key in seen:
            continue
        seen.add(key)
        po.append(
            polib.POEntry(
                msgid=source_segment.string.data,
                msgctxt=source_segment.path,
                msgstr=shadow_segment.string.data,
            )
        )
    warnings = translation.import_po(po, tool_name="load_initial_data")
    if warnings:
        raise ContentStructureError(f"{source!r}: translation import warnings: {warnings}")
    # Publish here rather than through save_target(publish=True), which defers publishing to
    # transaction commit: inside a longer transaction that would write back a stale copy of the
    # page (e.g. its tree's child count) after more pages were added below it.
    draftable = isinstance(source, DraftStateMixin)
    translation.save_target(user=user, publish=not draftable)
    target = source.get_translation(target_locale)
    if publish and draftable:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target


def ensure_translated_page(
    model, parent, spec: dict, source_locale, target_locale, log=print, **extra
):
    """Return the child of ``parent`` of type ``model`` with slug ``spec["slug"]``; if there is
    none, create it from ``spec["en"]`` (fields), publish it, and translate it into
    ``target_locale`` from ``spec["zh"]`` through wagtail-localize. ``extra`` fields apply to
    both. Existing pages are returned untouched, whatever editors have made of them."""
    existing = model.objects.child_of(parent).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    page = model(slug=spec["slug"], locale=source_locale, **spec["en"], **extra)
    parent.add_child(instance=page)
    page.save_revision().publish()
    shadow = model(slug=spec["slug"], locale=target_locale, **spec["zh"], **extra)
    translate_from_shadow(page, shadow, target_locale)
    log(f"Created {model._meta.verbose_name} {page.title!r} and its Chinese translation")
    return page
