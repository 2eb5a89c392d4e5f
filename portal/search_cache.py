"""Cached search result pages.

A search result page (the count, the ten results with their highlighted excerpts, the
glossary hits) is stored in Django's cache under the site, language, normalised query and
page number, plus the current :class:`portal.models.SearchGeneration` number. Saving,
moving or deleting a page, a page view restriction, a site, a locale or a model registered
with :func:`results_depend_on` (the glossary) moves the generation on, in the same
transaction, so no server shows results from before the change once it is committed: the
number is read from the database on every search (one small query), not from the cache,
which is per process unless ``REDIS_URL`` is set. Entries also expire after
:data:`RESULTS_CACHE_SECONDS`, a bound for changes made without saving a model (raw SQL,
``update_index`` after new jieba words).
"""

from collections.abc import Callable
from hashlib import sha256

from django.core.cache import cache
from django.db.models import F

#: How long a cached result page is used at most, in seconds.
RESULTS_CACHE_SECONDS = 3600

_watched: list[type] = []


def results_depend_on(*models: type) -> None:
    """Move the generation on whenever an instance of one of ``models`` is saved or deleted
    (called by feature apps in ``AppConfig.ready``, e.g. for glossary terms)."""
    _watched.extend(models)


def watched_models() -> tuple[type, ...]:
    from wagtail.models import Locale, Page, PageViewRestriction, Site

    return (Page, PageViewRestriction, Site, Locale, *_watched)


def current_generation() -> int:
    """The generation number (0 before the first change)."""
    from .models import SearchGeneration

    return SearchGeneration.objects.filter(pk=1).values_list("number", flat=True).first() or 0


def results_changed() -> None:
    """Move the generation on: every cached result page is out of date."""
    from .models import SearchGeneration

    if not SearchGeneration.objects.filter(pk=1).update(number=F("number") + 1):
        SearchGeneration.objects.get_or_create(pk=1, defaults={"number": 1})


def on_model_change(sender, instance, **kwargs) -> None:
    """Signal receiver (``post_save``, ``post_delete``, ``post_page_move``)."""
    if isinstance(instance, watched_models()):
        results_changed()


def cached_results(parts: tuple, compute: Callable[[], dict]) -> tuple[dict, bool]:
    """The result page cached under ``parts`` and the current generation, computed with
    ``compute()`` and stored when missing. Returns ``(value, True if it came from the
    cache)``."""
    digest = sha256(repr(parts).encode()).hexdigest()
    key = f"search-results:{current_generation()}:{digest}"
    value = cache.get(key)
    if value is not None:
        return value, True
    value = compute()
    cache.set(key, value, RESULTS_CACHE_SECONDS)
    return value, False
