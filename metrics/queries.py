"""Figures for the Key Action 4 evaluation, each a named query over a date range.

Dates are calendar dates; a range ``start``–``end`` includes both days. Counts from the
``metrics`` tables are UTC days. ``language`` is ``"en"``, ``"zh-hans"`` or ``""`` for both.
Events are counted once whatever the number of language versions (their English version).
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q, Sum

from events.models import EventKind, EventPage, Registration
from guidance.models import GuidancePage
from news.models import NewsKind, NewsPage

from .models import DailyCount, DailySearch, Metric


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date
    language: str = ""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> "Period":
        """The period of the same length just before this one."""
        length = datetime.timedelta(days=self.days)
        return Period(self.start - length, self.end - length, self.language)

    def _aware_bounds(self):
        tz = datetime.UTC
        return (
            datetime.datetime.combine(self.start, datetime.time.min, tzinfo=tz),
            datetime.datetime.combine(self.end, datetime.time.max, tzinfo=tz),
        )


def metric_total(period: Period, metric: str) -> int:
    """Sum of a :class:`~metrics.models.Metric` over the period."""
    rows = DailyCount.objects.filter(metric=metric, day__range=(period.start, period.end))
    if period.language:
        rows = rows.filter(language=period.language)
    return rows.aggregate(total=Sum("count"))["total"] or 0


def searches(period: Period) -> int:
    rows = DailySearch.objects.filter(day__range=(period.start, period.end))
    if period.language:
        rows = rows.filter(language=period.language)
    return rows.aggregate(total=Sum("count"))["total"] or 0


def searches_without_results(period: Period) -> int:
    rows = DailySearch.objects.filter(day__range=(period.start, period.end), results=0)
    if period.language:
        rows = rows.filter(language=period.language)
    return rows.aggregate(total=Sum("count"))["total"] or 0


def page_views_by_day(period: Period) -> list[tuple[datetime.date, int]]:
    """Page views per day (every day of the period, zeros included)."""
    rows = DailyCount.objects.filter(metric=Metric.PAGE_VIEW, day__range=(period.start, period.end))
    if period.language:
        rows = rows.filter(language=period.language)
    totals = dict(rows.values_list("day").annotate(total=Sum("count")).values_list("day", "total"))
    return [
        (
            period.start + datetime.timedelta(days=n),
            totals.get(period.start + datetime.timedelta(days=n), 0),
        )
        for n in range(period.days)
    ]


def _pages_in_language(queryset, period: Period):
    return queryset.filter(locale__language_code=period.language) if period.language else queryset


def guidance_published(period: Period) -> int:
    """Guidance pages first published in the period."""
    start, end = period._aware_bounds()
    pages = GuidancePage.objects.live().filter(first_published_at__range=(start, end))
    return _pages_in_language(pages, period).count()


def guidance_updated(period: Period) -> int:
    """Guidance pages published before the period and published again in it."""
    start, end = period._aware_bounds()
    pages = GuidancePage.objects.live().filter(
        first_published_at__lt=start, last_published_at__range=(start, end)
    )
    return _pages_in_language(pages, period).count()


def news_by_kind(period: Period) -> dict[str, int]:
    """News items dated in the period, per kind (every kind listed)."""
    pages = _pages_in_language(
        NewsPage.objects.live().filter(date__range=(period.start, period.end)), period
    )
    counts = dict(pages.order_by().values_list("kind").annotate(n=Count("pk")))
    return {kind: counts.get(kind, 0) for kind, _label in NewsKind.choices}


def _events_held(period: Period):
    start, end = period._aware_bounds()
    return EventPage.objects.live().filter(
        locale__language_code=settings.LANGUAGE_CODE, ends_at__range=(start, end)
    )


def events_held_by_kind(period: Period) -> dict[str, int]:
    """Events that ended in the period, per kind (each event once, whatever its languages)."""
    counts = dict(_events_held(period).order_by().values_list("kind").annotate(n=Count("pk")))
    return {kind: counts.get(kind, 0) for kind, _label in EventKind.choices}


def participants_by_type(period: Period) -> dict[str, int]:
    """Participants of events held in the period, by type, as recorded by editors."""
    totals = _events_held(period).aggregate(
        customs=Sum("participants_customs"),
        right_holders=Sum("participants_right_holders"),
        smes=Sum("participants_smes"),
        other=Sum("participants_other"),
    )
    return {key: value or 0 for key, value in totals.items()}


def registrations(period: Period) -> dict[str, int]:
    """Registrations made in the period: all, by SMEs, and attendance marked."""
    start, end = period._aware_bounds()
    rows = Registration.objects.filter(created_at__range=(start, end))
    if period.language:
        rows = rows.filter(language=period.language)
    return rows.aggregate(
        total=Count("pk"),
        smes=Count("pk", filter=Q(is_sme=True)),
        attended=Count("pk", filter=Q(attended=True)),
    )


def translations_completed(period: Period) -> int:
    """Pages first published in a language other than English during the period."""
    start, end = period._aware_bounds()
    from wagtail.models import Page

    return (
        Page.objects.live()
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .filter(depth__gt=2, first_published_at__range=(start, end))
        .count()
    )


def communication_figures(period: Period) -> list[tuple[str, int]]:
    """Criterion 1, "communication activities carried out": ``[(key, value)]`` in report order."""
    news = news_by_kind(period)
    events = events_held_by_kind(period)
    people = participants_by_type(period)
    regs = registrations(period)
    return [
        ("page_views", metric_total(period, Metric.PAGE_VIEW)),
        ("downloads", metric_total(period, Metric.DOWNLOAD)),
        ("feed_fetches", metric_total(period, Metric.FEED)),
        ("calendar_fetches", metric_total(period, Metric.CALENDAR)),
        ("searches", searches(period)),
        ("searches_without_results", searches_without_results(period)),
        ("official_link_clicks", metric_total(period, Metric.OFFICIAL_LINK)),
        ("outbound_clicks", metric_total(period, Metric.OUTBOUND)),
        ("subscriptions", metric_total(period, Metric.SUBSCRIBE)),
        ("unsubscriptions", metric_total(period, Metric.UNSUBSCRIBE)),
        ("guidance_published", guidance_published(period)),
        ("guidance_updated", guidance_updated(period)),
        ("translations_completed", translations_completed(period)),
        ("news_published", sum(news.values())),
        *((f"news_{kind}", n) for kind, n in news.items()),
        ("events_held", sum(events.values())),
        *((f"events_{kind}", n) for kind, n in events.items()),
        *((f"participants_{key}", n) for key, n in people.items()),
        ("registrations", regs["total"]),
        ("registrations_smes", regs["smes"]),
        ("attendance", regs["attended"]),
    ]


def with_previous(period: Period) -> list[dict]:
    """Each communication figure with the previous period of the same length and the change
    in percent (None when the previous value is 0)."""
    now = communication_figures(period)
    before = dict(communication_figures(period.previous()))
    rows = []
    for key, value in now:
        previous = before.get(key, 0)
        change = None if not previous else round((value - previous) * 100 / previous, 1)
        rows.append({"key": key, "value": value, "previous": previous, "change": change})
    return rows


def counter_labels() -> dict[str, str]:
    """Human labels (lazy, translated) for the figure keys."""
    from django.utils.translation import gettext_lazy as _

    labels = {
        "page_views": _("Page views"),
        "downloads": _("Document downloads"),
        "feed_fetches": _("Feed fetches (RSS/Atom)"),
        "calendar_fetches": _("Calendar fetches (.ics)"),
        "searches": _("Site searches"),
        "searches_without_results": _("Searches without results"),
        "official_link_clicks": _("Clicks to official filing systems"),
        "outbound_clicks": _("Clicks to other sites"),
        "subscriptions": _("Subscriptions confirmed"),
        "unsubscriptions": _("Unsubscriptions"),
        "guidance_published": _("Guidance pages published"),
        "guidance_updated": _("Guidance pages updated"),
        "translations_completed": _("Translations published"),
        "news_published": _("News items published"),
        "events_held": _("Events held"),
        "participants_customs": _("Participants: customs"),
        "participants_right_holders": _("Participants: right holders"),
        "participants_smes": _("Participants: SMEs"),
        "participants_other": _("Participants: other"),
        "registrations": _("Event registrations"),
        "registrations_smes": _("Event registrations by SMEs"),
        "attendance": _("Attendance marked"),
    }
    for kind, label in NewsKind.choices:
        labels[f"news_{kind}"] = label
    for kind, label in EventKind.choices:
        labels[f"events_{kind}"] = label
    return labels
