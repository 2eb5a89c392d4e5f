"""Counting without tracking.

:func:`count` adds one to a daily aggregate row (an upsert: ``UPDATE … SET count = count + 1``,
and an ``INSERT`` only for the first hit of the day, retried as an update if another request
inserted it first), and in the same transaction to the day's total for the metric and language
(:class:`~metrics.models.DailyTotal`, what the dashboard reads). :func:`should_count` decides
whether a request is counted at all: bots (crawlerdetect, on the User-Agent header, which is
read and never stored), logged-in editors and previews are not.
"""

import datetime
from urllib.parse import urlsplit

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from crawlerdetect import CrawlerDetect

from .models import DailyCount, DailySearch, DailyTotal, Metric

#: Hosts of the official filing systems; clicks to them are counted apart from other links.
OFFICIAL_HOSTS = {
    "euipo.europa.eu",
    "taxation-customs.ec.europa.eu",
    "english.customs.gov.cn",
    "www.customs.gov.cn",
    "customs.gov.cn",
}

_crawler_detect = CrawlerDetect()


def should_count(request) -> bool:
    """False for bots and crawlers, signed-in users (editors checking pages) and previews."""
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    agent = request.META.get("HTTP_USER_AGENT", "")
    return bool(agent) and not _crawler_detect.isCrawler(agent)


def _today() -> datetime.date:
    return timezone.now().date()  # UTC day


def _upsert(model, lookup: dict) -> None:
    if model.objects.filter(**lookup).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            model.objects.create(count=1, **lookup)
    except IntegrityError:  # another request created today's row meanwhile
        model.objects.filter(**lookup).update(count=F("count") + 1)


def count(metric: str, key: str = "", language: str = "", day: datetime.date | None = None) -> None:
    """Add one to today's (UTC) count of ``metric`` for ``key`` in ``language``, and to the
    day's total of ``metric`` in ``language``."""
    day = day or _today()
    language = language[:10]
    with transaction.atomic():
        _upsert(
            DailyCount, {"day": day, "metric": metric, "language": language, "key": str(key)[:200]}
        )
        _upsert(DailyTotal, {"day": day, "metric": metric, "language": language})


def count_request(request, metric: str, key="", language: str = "") -> None:
    """:func:`count` if :func:`should_count` says this request counts."""
    if should_count(request):
        count(metric, key, language)


def count_search(query: str, results: int, language: str, day: datetime.date | None = None) -> None:
    """Add one to today's count of a search query (normalised text) with its result count, and
    to the day's search totals."""
    day = day or _today()
    language = language[:10]
    with transaction.atomic():
        _upsert(
            DailySearch,
            {"day": day, "language": language, "query": query[:100], "results": results},
        )
        _upsert(DailyTotal, {"day": day, "metric": DailyTotal.SEARCH, "language": language})
        if not results:
            total = {"day": day, "metric": DailyTotal.SEARCH_WITHOUT_RESULTS, "language": language}
            _upsert(DailyTotal, total)


def count_link(url: str, language: str) -> None:
    """Count a click to another site by its host only (``official_link`` for the official
    filing systems, else ``outbound``). Malformed or relative URLs are ignored."""
    host = (urlsplit(url).hostname or "").lower()
    if not host or urlsplit(url).scheme not in {"http", "https"}:
        return
    metric = Metric.OFFICIAL_LINK if host in OFFICIAL_HOSTS else Metric.OUTBOUND
    count(metric, host, language)
