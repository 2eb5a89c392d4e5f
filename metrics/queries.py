"""Figures for the Key Action 4 evaluation, each a named query over a date range.

Dates are calendar dates; a range ``start``–``end`` includes both days. Counts from the
``metrics`` tables are UTC days, read from the daily totals (one row per day, metric and
language) rather than the per-page rows. ``language`` is ``"en"``, ``"zh-hans"`` or ``""``
for both.
Events are counted once whatever the number of language versions (their English version).
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.db.models import (
    Aggregate,
    Case,
    CharField,
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    Q,
    Sum,
    Value,
    When,
)
from django.db.models.functions import TruncMonth, TruncQuarter, TruncYear

from applications.choices import RIGHT_GROUPS, ApplicationType, Jurisdiction, RequestKind
from applications.models import Application, Right, Status
from events.models import EventKind, EventPage, Registration
from guidance.models import GuidancePage
from news.models import NewsKind, NewsPage

from .models import DailyTotal, Metric


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date
    language: str = ""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def whole_months(self) -> int:
        """How many calendar months the period spans if it runs from the first day of a month to
        the last day of a month, else 0."""
        if self.start.day != 1 or (self.end + datetime.timedelta(days=1)).day != 1:
            return 0
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    def previous(self) -> "Period":
        """The period of the same length just before this one.

        Whole calendar months shift by months (so a year is compared with the previous calendar
        year, leap day or not, and a quarter with the previous quarter); any other range shifts
        by its number of days.
        """
        if months := self.whole_months:
            start = _add_months(self.start, -months)
            end = self.start - datetime.timedelta(days=1)
            return Period(start, end, self.language)
        length = datetime.timedelta(days=self.days)
        return Period(self.start - length, self.end - length, self.language)

    def year_before(self) -> "Period":
        """The same dates one year earlier (29 February becomes 28 February)."""
        return Period(_years_back(self.start, 1), _years_back(self.end, 1), self.language)

    def _aware_bounds(self):
        tz = datetime.UTC
        return (
            datetime.datetime.combine(self.start, datetime.time.min, tzinfo=tz),
            datetime.datetime.combine(self.end, datetime.time.max, tzinfo=tz),
        )


def _add_months(day: datetime.date, months: int) -> datetime.date:
    """The first day of the month ``months`` months after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def _years_back(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _totals(period: Period):
    rows = DailyTotal.objects.filter(day__range=(period.start, period.end))
    return rows.filter(language=period.language) if period.language else rows


def metric_totals(period: Period) -> dict[str, int]:
    """Every :class:`~metrics.models.Metric` and the two search totals summed over the period,
    in one query over the daily totals: ``{metric: count}`` with zeros included."""
    found = dict(
        _totals(period)
        .order_by()
        .values_list("metric")
        .annotate(n=Sum("count"))
        .values_list("metric", "n")
    )
    keys = [*Metric.values, DailyTotal.SEARCH, DailyTotal.SEARCH_WITHOUT_RESULTS]
    return {key: found.get(key, 0) for key in keys}


def metric_total(period: Period, metric: str) -> int:
    """Sum of a :class:`~metrics.models.Metric` over the period."""
    return _totals(period).filter(metric=metric).aggregate(total=Sum("count"))["total"] or 0


def searches(period: Period) -> int:
    return metric_total(period, DailyTotal.SEARCH)


def searches_without_results(period: Period) -> int:
    return metric_total(period, DailyTotal.SEARCH_WITHOUT_RESULTS)


def page_views_by_day(period: Period) -> list[tuple[datetime.date, int]]:
    """Page views per day (every day of the period, zeros included)."""
    rows = _totals(period).filter(metric=Metric.PAGE_VIEW)
    totals = dict(
        rows.order_by().values_list("day").annotate(n=Sum("count")).values_list("day", "n")
    )
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
    totals = metric_totals(period)
    return [
        ("page_views", totals[Metric.PAGE_VIEW]),
        ("downloads", totals[Metric.DOWNLOAD]),
        ("feed_fetches", totals[Metric.FEED]),
        ("calendar_fetches", totals[Metric.CALENDAR]),
        ("searches", totals[DailyTotal.SEARCH]),
        ("searches_without_results", totals[DailyTotal.SEARCH_WITHOUT_RESULTS]),
        ("official_link_clicks", totals[Metric.OFFICIAL_LINK]),
        ("outbound_clicks", totals[Metric.OUTBOUND]),
        ("subscriptions", totals[Metric.SUBSCRIBE]),
        ("unsubscriptions", totals[Metric.UNSUBSCRIBE]),
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


# Criterion 2: right holders' applications ---------------------------------------------------
#
# Applications count on the day they were received (``submitted_at``, UTC), in the applicant's
# language when a language is chosen. Anonymised applications keep every fact counted here
# (dates, type, jurisdiction, right types, SME flag, language, status), so they still count.
# Only aggregates leave these functions: never a name, an e-mail address or a reference.

#: The coarse right groups in report order (values of ``applications.choices.RIGHT_GROUPS``).
RIGHT_GROUP_ORDER = tuple(dict.fromkeys(RIGHT_GROUPS.values()))

#: Up to this many days a period is broken down by month, up to the next by quarter, else year.
MONTHLY_UP_TO_DAYS = 400
QUARTERLY_UP_TO_DAYS = 1100


def _received(period: Period, prefix: str = "") -> dict:
    """Filter arguments: received in ``period`` (and in its language, if one is chosen)."""
    lookup = {f"{prefix}submitted_at__range": period._aware_bounds()}
    if period.language:
        lookup[f"{prefix}language"] = period.language
    return lookup


def _language_key(code: str) -> str:
    return code.replace("-", "_")


def applications_received(period: Period) -> dict[str, int]:
    """Applications received in the period: ``total`` and the number per
    ``jurisdiction_<eu|cn>``, ``type_<application type>``, ``sme`` / ``not_sme``,
    ``language_<en|zh_hans>``, ``kind_<new|extension>`` and ``status_<status now>``.

    One query grouped by all these facts at once (at most a few hundred groups), added up here:
    cheaper for the database than one filtered count per figure."""
    totals = {"total": 0, "sme": 0, "not_sme": 0}
    for value in Jurisdiction.values:
        totals[f"jurisdiction_{value}"] = 0
    for value in ApplicationType.values:
        totals[f"type_{value}"] = 0
    for code, _name in settings.LANGUAGES:
        totals[f"language_{_language_key(code)}"] = 0
    for value in RequestKind.values:
        totals[f"kind_{value}"] = 0
    for value in Status.values:
        totals[f"status_{value}"] = 0
    groups = (
        Application.objects.filter(**_received(period))
        .order_by()
        .values_list(
            "jurisdiction", "application_type", "is_sme", "language", "request_kind", "status"
        )
        .annotate(n=Count("pk"))
    )
    for jurisdiction, application_type, is_sme, language, request_kind, status, n in groups:
        totals["total"] += n
        totals["sme" if is_sme else "not_sme"] += n
        for key in (
            f"jurisdiction_{jurisdiction}",
            f"type_{application_type}",
            f"language_{_language_key(language)}",
            f"kind_{request_kind}",
            f"status_{status}",
        ):
            totals[key] = totals.get(key, 0) + n
    return totals


def applications_by_right_group(period: Period) -> dict[str, int]:
    """Applications received in the period that cover at least one right of each coarse group
    (``RIGHT_GROUPS``). An application covering a trade mark and a design counts in both
    groups, so the groups may add up to more than the applications received."""
    group = Case(
        *(
            When(right_type=right_type, then=Value(name))
            for right_type, name in RIGHT_GROUPS.items()
        ),
        default=Value("other"),
        output_field=CharField(),
    )
    counts = dict(
        Right.objects.filter(**_received(period, "application__"))
        .annotate(group=group)
        .order_by()
        .values("group")
        .annotate(n=Count("application_id", distinct=True))
        .values_list("group", "n")
    )
    return {name: counts.get(name, 0) for name in RIGHT_GROUP_ORDER}


class _Median(Aggregate):
    """PostgreSQL's median of an interval (``percentile_cont``), as a ``timedelta``."""

    template = "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = DurationField()


def forwarding_time(period: Period) -> dict:
    """Applications forwarded to customs in the period (``forwarded_at``, UTC, whatever their
    status now), and the median time from receipt (``submitted_at``) to forwarding in calendar
    days — elapsed time, weekends and holidays included — to one decimal; ``None`` when none was
    forwarded. The language filter applies to the applicant's language."""
    lookup = {"forwarded_at__range": period._aware_bounds()}
    if period.language:
        lookup["language"] = period.language
    forwarded = Application.objects.filter(**lookup).order_by()
    wait = ExpressionWrapper(F("forwarded_at") - F("submitted_at"), DurationField())
    if connection.vendor == "postgresql":  # one query
        result = forwarded.aggregate(forwarded=Count("pk"), median=_Median(wait))
        median = result["median"]
        return {
            "forwarded": result["forwarded"],
            "median_days": None if median is None else round(median.total_seconds() / 86400, 1),
        }
    waits = forwarded.annotate(wait=wait).order_by("wait").values_list("wait", flat=True)
    count = waits.count()
    if not count:
        return {"forwarded": 0, "median_days": None}
    middle = list(waits[(count - 1) // 2 : count // 2 + 1])  # one value, or two to average
    seconds = sum(value.total_seconds() for value in middle) / len(middle)
    return {"forwarded": count, "median_days": round(seconds / 86400, 1)}


def application_sections(period: Period) -> list[tuple[str, list[tuple[str, int | float | None]]]]:
    """Criterion 2, "improvement and increase of right holders' applications":
    ``[(section, [(key, value), …]), …]`` in report order. ``median_days_to_forwarding`` may be
    ``None`` (nothing forwarded)."""
    received = applications_received(period)
    groups = applications_by_right_group(period)
    forwarding = forwarding_time(period)
    return [
        (
            "received",
            [
                ("applications_received", received["total"]),
                *(
                    (f"jurisdiction_{v}", received[f"jurisdiction_{v}"])
                    for v in Jurisdiction.values
                ),
            ],
        ),
        ("type", [(f"type_{v}", received[f"type_{v}"]) for v in ApplicationType.values]),
        ("right", [(f"right_{name}", n) for name, n in groups.items()]),
        ("sme", [("sme", received["sme"]), ("not_sme", received["not_sme"])]),
        (
            "language",
            [
                (f"language_{_language_key(code)}", received[f"language_{_language_key(code)}"])
                for code, _name in settings.LANGUAGES
            ],
        ),
        ("kind", [(f"kind_{v}", received[f"kind_{v}"]) for v in RequestKind.values]),
        ("status", [(f"status_{v}", received[f"status_{v}"]) for v in Status.values]),
        (
            "forwarding",
            [
                ("forwarded", forwarding["forwarded"]),
                ("median_days_to_forwarding", forwarding["median_days"]),
            ],
        ),
    ]


def change_percent(value, previous) -> float | None:
    """``(value - previous) / previous`` in percent to one decimal; ``None`` when either is
    missing or ``previous`` is 0 (no meaningful percentage)."""
    if value is None or not previous:
        return None
    return round((value - previous) * 100 / previous, 1)


def applications_with_previous(period: Period, year_on_year: bool = True) -> list[dict]:
    """Each section of :func:`application_sections` as ``{"key", "rows"}``; each row holds
    ``value``, ``previous`` (the previous period of the same length) and ``change`` (percent),
    and with ``year_on_year`` also ``year_before`` (the same dates a year earlier) and
    ``year_change``."""
    before = {key: dict(rows) for key, rows in application_sections(period.previous())}
    a_year_ago = {}
    if year_on_year:  # for 365 days (a calendar year) both comparisons are the same dates
        same = period.year_before() == period.previous()
        a_year_ago = (
            before
            if same
            else {key: dict(rows) for key, rows in application_sections(period.year_before())}
        )
    sections = []
    for key, rows in application_sections(period):
        out = []
        for figure, value in rows:
            previous = before[key][figure]
            row = {
                "key": figure,
                "value": value,
                "previous": previous,
                "change": change_percent(value, previous),
            }
            if year_on_year:
                year_before = a_year_ago[key][figure]
                row.update(year_before=year_before, year_change=change_percent(value, year_before))
            out.append(row)
        sections.append({"key": key, "rows": out})
    return sections


def _interval_unit(period: Period) -> str:
    if period.days <= MONTHLY_UP_TO_DAYS:
        return "month"
    return "quarter" if period.days <= QUARTERLY_UP_TO_DAYS else "year"


def _interval_start(day: datetime.date, unit: str) -> datetime.date:
    if unit == "year":
        return datetime.date(day.year, 1, 1)
    if unit == "quarter":
        return datetime.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return day.replace(day=1)


_TRUNC = {"month": TruncMonth, "quarter": TruncQuarter, "year": TruncYear}
_STEP_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def _counts_by_interval(period: Period, unit: str) -> dict[tuple[datetime.date, str], int]:
    rows = (
        Application.objects.filter(**_received(period))
        .annotate(interval=_TRUNC[unit]("submitted_at"))
        .order_by()
        .values_list("interval", "jurisdiction")
        .annotate(n=Count("pk"))
    )
    return {(interval.date(), jurisdiction): n for interval, jurisdiction, n in rows}


def applications_over_time(period: Period) -> dict:
    """Applications received per month (periods up to 400 days), quarter (up to 1,100 days) or
    year, split by jurisdiction, each with the same interval a year before and the year-on-year
    change in percent. Intervals cut by the ends of the period count only its days (and the
    year before, only the same days).

    Returns ``{"unit": "month" | "quarter" | "year", "rows": [{"start": date, "eu": int,
    "cn": int, "total": int, "year_before": int, "change": float | None}, …]}``.
    """
    unit = _interval_unit(period)
    now = _counts_by_interval(period, unit)
    before = _counts_by_interval(period.year_before(), unit)
    rows = []
    start = _interval_start(period.start, unit)
    while start <= period.end:
        year_earlier = _years_back(start, 1)
        eu = now.get((start, Jurisdiction.EU), 0)
        cn = now.get((start, Jurisdiction.CN), 0)
        earlier = sum(n for (day, _j), n in before.items() if day == year_earlier)
        rows.append(
            {
                "start": start,
                "eu": eu,
                "cn": cn,
                "total": eu + cn,
                "year_before": earlier,
                "change": change_percent(eu + cn, earlier),
            }
        )
        start = _add_months(start, _STEP_MONTHS[unit])
    return {"unit": unit, "rows": rows}


def interval_label(start: datetime.date, unit: str) -> str:
    """``2026-03`` for a month, ``2026 Q1`` (``2026年第1季度``) for a quarter, ``2026`` for a
    year."""
    from django.utils.translation import gettext

    if unit == "year":
        return str(start.year)
    if unit == "quarter":
        return gettext("%(year)d Q%(quarter)d") % {
            "year": start.year,
            "quarter": (start.month - 1) // 3 + 1,
        }
    return f"{start.year}-{start.month:02d}"


def application_labels() -> dict[str, str]:
    """Human labels (lazy, translated) for the keys of :func:`application_sections` and the
    captions of its sections (``section_<key>``)."""
    from django.utils.translation import gettext_lazy as _
    from django.utils.translation import pgettext_lazy

    labels = {
        "section_received": _("Applications received, by jurisdiction"),
        "section_type": _("By type of application"),
        "section_right": _("By type of right (an application may cover several)"),
        "section_sme": _("By SME status of the applicant"),
        "section_language": _("By the applicant's language"),
        "section_kind": _("New applications and extensions"),
        "section_status": _("Status now of the applications received in the period"),
        "section_forwarding": _("Forwarding to customs"),
        "applications_received": _("Applications received"),
        "jurisdiction_eu": _("EU: applications for action"),
        "jurisdiction_cn": _("China: recordations"),
        "type_eu_national": _("EU national applications"),
        "type_eu_union": _("EU Union applications"),
        "type_eu_ex_officio": _("EU national applications after an ex officio detention"),
        "type_cn_recordation": _("China customs recordations"),
        "right_trade_mark": pgettext_lazy("right group", "Trade marks"),
        "right_design": pgettext_lazy("right group", "Designs"),
        "right_copyright": pgettext_lazy("right group", "Copyright and related rights"),
        "right_geographical_indication": pgettext_lazy("right group", "Geographical indications"),
        "right_patent": pgettext_lazy(
            "right group", "Patents and supplementary protection certificates"
        ),
        "right_utility_model": pgettext_lazy("right group", "Utility models"),
        "right_plant_variety": pgettext_lazy("right group", "Plant variety rights"),
        "right_semiconductor_topography": pgettext_lazy(
            "right group", "Semiconductor topographies"
        ),
        "right_trade_name": pgettext_lazy("right group", "Trade names"),
        "sme": _("Applicant is an SME"),
        "not_sme": _("Applicant is not an SME"),
        "language_en": _("Applicant writing in English"),
        "language_zh_hans": _("Applicant writing in Chinese"),
        "kind_new": _("New applications"),
        "kind_extension": _("Extensions and renewals"),
        "status_received": pgettext_lazy("application outcome", "Received, not yet reviewed"),
        "status_under_review": pgettext_lazy("application outcome", "Under review"),
        "status_information_requested": pgettext_lazy(
            "application outcome", "Information requested"
        ),
        "status_forwarded": pgettext_lazy("application outcome", "Forwarded to customs"),
        "status_accepted": pgettext_lazy("application outcome", "Accepted by customs"),
        "status_rejected": pgettext_lazy("application outcome", "Rejected"),
        "status_withdrawn": pgettext_lazy("application outcome", "Withdrawn"),
        "forwarded": _("Applications forwarded to customs in the period"),
        "median_days_to_forwarding": _("Median time from receipt to forwarding (calendar days)"),
    }
    return labels
