#!/usr/bin/env python
"""Benchmark of the KA4 evaluation dashboard and of counting (a benchmark, not a test).

Run from the project folder::

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_dashbench \\
        .venv/bin/python bench/dashboard_bench.py [--requests 30] [--page-views 1000000]

What it does (see bench/README.md, "Dashboard benchmark"):

1. Creates the database named in DATABASE_URL if it is missing (PostgreSQL only), migrates it
   and runs ``load_initial_data --no-admin`` (idempotent).
2. Fills the 365 days ending today with one year of data, once (a re-run finds it and skips
   this; ``--rebuild`` starts again): ``--page-views`` page-view events (default 1,000,000)
   drawn over pages, locales and days and aggregated exactly as ``metrics.counting.count()``
   would store them — one ``DailyCount`` row per day, language and page with its count — plus
   downloads, feed and calendar fetches, link clicks, subscriptions and site searches;
   ``--applications`` applications (default 10,000) with their rights; ``--events`` event pages
   (default 300) with registrations.
3. Times, through Django's test client logged in as an Evaluation analyst (DEBUG off): the
   dashboard (default 90 days, and a whole year), its CSV export, and the annual report for last
   year and this year — median, p95, SQL statements and SQL time per request. Target: dashboard
   under 300 ms median.
4. Times a page view with counting on and off, side by side (interleaved): counting is a
   separate first-party beacon (``POST /metrics/hit/``, see metrics/views.py), so "on" is the
   page plus its beacon and "off" the page alone. Prints the page's own time in both modes, the
   beacon, the counting upsert alone, and the differences. Target: at most 1 ms median added to
   a page view.

It never fails because of the figures: targets are reported, not asserted.
"""

import argparse
import collections
import datetime
import io
import os
import random
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/portal_dashbench"
TARGET_DASHBOARD_MS = 300.0
TARGET_COUNTING_MS = 1.0
BENCH_REFERENCE_PREFIX = "BEN-"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36"


sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_bench import SQLTimer, ensure_database, percentile, setup_django  # noqa: E402


def log(message: str = "") -> None:
    print(message, flush=True)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=30, help="timed requests per measure")
    parser.add_argument("--page-views", type=int, default=1_000_000)
    parser.add_argument("--pages", type=int, default=400, help="distinct pages viewed per locale")
    parser.add_argument("--applications", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=300)
    parser.add_argument("--counting-requests", type=int, default=300)
    parser.add_argument("--rebuild", action="store_true", help="delete and regenerate the data")
    parser.add_argument("--seed", type=int, default=20260101)
    parser.add_argument(
        "--settings",
        default=os.environ.get("DJANGO_SETTINGS_MODULE", "portal.settings.dev"),
        help="settings module (DEBUG is always forced off)",
    )
    return parser.parse_args(argv)


# ---------------------------------------------------------------------------------------------
# One year of data
# ---------------------------------------------------------------------------------------------


def _days(today: datetime.date) -> list[datetime.date]:
    return [today - datetime.timedelta(days=n) for n in range(364, -1, -1)]


def _zipf_weights(n: int) -> list[float]:
    return [1 / (rank + 1) ** 0.9 for rank in range(n)]


def aggregate_events(rng, days, keys, languages, events, language_weights) -> collections.Counter:
    """Draw ``events`` hits over days × languages × keys (popular keys more often, weekdays more
    than weekends) and aggregate them as ``count()`` does: ``{(day, language, key): count}``."""
    day_weights = [1.0 if day.weekday() < 5 else 0.45 for day in days]
    rows = collections.Counter()
    per_batch = 100_000
    key_weights = _zipf_weights(len(keys))
    remaining = events
    while remaining:
        batch = min(per_batch, remaining)
        picked_days = rng.choices(days, day_weights, k=batch)
        picked_languages = rng.choices(languages, language_weights, k=batch)
        picked_keys = rng.choices(keys, key_weights, k=batch)
        rows.update(zip(picked_days, picked_languages, picked_keys, strict=True))
        remaining -= batch
    return rows


def load_counts(rng, today: datetime.date, args) -> dict:
    """DailyCount and DailySearch rows for the year, as counting would have left them."""
    from django.db import connection

    from metrics.models import DailyCount, DailySearch, DailyTotal, Metric

    days = _days(today)
    totals = collections.Counter()  # the day's totals count() keeps beside each row
    languages = ["en", "zh-hans"]
    summary = {}
    page_keys = [str(100_000 + n) for n in range(args.pages)]
    plan = [
        (Metric.PAGE_VIEW, args.page_views, page_keys),
        (Metric.DOWNLOAD, 40_000, [str(n) for n in range(1, 61)]),
        (Metric.FEED, 25_000, ["events-rss", "events-atom", "news-rss", "news-atom"]),
        (Metric.CALENDAR, 6_000, ["events", *(str(200_000 + n) for n in range(300))]),
        (Metric.OFFICIAL_LINK, 12_000, ["euipo.europa.eu", "www.customs.gov.cn"]),
        (Metric.OUTBOUND, 8_000, [f"site{n}.example.org" for n in range(40)]),
        (Metric.SUBSCRIBE, 1_200, ["guidance", "news", "events", "guidance,news"]),
        (Metric.UNSUBSCRIBE, 300, [""]),
    ]
    for metric, events, keys in plan:
        start = time.perf_counter()
        rows = aggregate_events(rng, days, keys, languages, events, [0.45, 0.55])
        DailyCount.objects.bulk_create(
            (
                DailyCount(day=day, metric=metric, language=language, key=key, count=n)
                for (day, language, key), n in rows.items()
            ),
            batch_size=5000,
        )
        for (day, language, _key), n in rows.items():
            totals[day, metric, language] += n
        summary[metric] = (events, len(rows))
        log(
            f"    {metric}: {events:,} events -> {len(rows):,} daily rows "
            f"({time.perf_counter() - start:.1f} s)"
        )
    queries = [(f"query {n}", n % 7 == 0) for n in range(600)]
    rows = aggregate_events(rng, days, queries, languages, 60_000, [0.4, 0.6])
    DailySearch.objects.bulk_create(
        (
            DailySearch(day=day, language=language, query=q, results=0 if empty else 12, count=n)
            for (day, language, (q, empty)), n in rows.items()
        ),
        batch_size=5000,
    )
    for (day, language, (_query, empty)), n in rows.items():
        totals[day, DailyTotal.SEARCH, language] += n
        if empty:
            totals[day, DailyTotal.SEARCH_WITHOUT_RESULTS, language] += n
    DailyTotal.objects.bulk_create(
        (
            DailyTotal(day=day, metric=metric, language=language, count=n)
            for (day, metric, language), n in totals.items()
        ),
        batch_size=5000,
    )
    log(f"    daily totals (what the dashboard reads): {len(totals):,} rows")
    summary["search"] = (60_000, len(rows))
    log(f"    search: 60,000 searches -> {len(rows):,} daily rows")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return summary


def load_applications(rng, today: datetime.date, count: int) -> int:
    """``count`` applications received over the year (anonymous facts varied, personal fields
    filled with placeholders), 1–3 rights each; forwarded ones 0.5–30 days after receipt."""
    from django.utils import timezone

    from applications.choices import (
        RIGHT_GROUPS,
        ApplicationType,
        RequestKind,
        jurisdiction_of,
    )
    from applications.models import Application, Right, Status

    now = timezone.now()
    types = list(ApplicationType)  # national, Union, ex officio, recordation
    statuses = list(Status.values)
    status_weights = [10, 10, 5, 25, 35, 10, 5]
    right_types = list(RIGHT_GROUPS)
    right_weights = _zipf_weights(len(right_types))
    start_of_year = datetime.datetime.combine(
        today - datetime.timedelta(days=364), datetime.time.min, tzinfo=datetime.UTC
    )
    applications = []
    for n in range(count):
        submitted = start_of_year + datetime.timedelta(seconds=rng.uniform(0, 365 * 86400))
        submitted = min(submitted, now)
        application_type = rng.choices(types, [40, 25, 5, 30])[0]
        status = rng.choices(statuses, status_weights)[0]
        forwarded = None
        if status in {"forwarded", "accepted"} or (status == "rejected" and rng.random() < 0.5):
            forwarded = min(submitted + datetime.timedelta(days=rng.uniform(0.5, 30)), now)
        applications.append(
            Application(
                reference=f"{BENCH_REFERENCE_PREFIX}{n:08d}",
                submission_key=f"bench-{n}",
                status=status,
                language=rng.choices(["en", "zh-hans"], [55, 45])[0],
                application_type=application_type,
                jurisdiction=jurisdiction_of(application_type),
                request_kind=rng.choices(RequestKind.values, [75, 25])[0],
                applicant_name=f"Bench right holder {n}",
                applicant_status="right_holder",
                address="Bench street 1",
                country="Germany",
                contact_person="Bench contact",
                phone="+49 30 1234567",
                email=f"bench{n}@example.org",
                is_sme=rng.random() < 0.4,
                legal_contact="Bench contact",
                technical_contact="Bench contact",
                contact_languages=["en"],
                undertakings_accepted_at=submitted,
                submitted_at=submitted,
                forwarded_at=forwarded,
                closed_at=forwarded if status in {"accepted", "rejected"} else None,
            )
        )
    created = Application.objects.bulk_create(applications, batch_size=1000)
    rights = [
        Right(
            application=application,
            right_type=right_type,
            office="EUIPO",
            goods_covered="Bench goods",
            owner="Bench owner",
        )
        for application in created
        for right_type in set(rng.choices(right_types, right_weights, k=rng.randint(1, 3)))
    ]
    Right.objects.bulk_create(rights, batch_size=2000)
    return len(rights)


def load_events(rng, today: datetime.date, count: int) -> int:
    """``count`` English event pages held over the year (real pages, added under the English
    events index), with 0–30 registrations each. Returns the registrations made."""
    from wagtail.models import Locale

    from events.models import EventIndexPage, EventKind, EventPage, Registration

    index = EventIndexPage.objects.get(locale=Locale.objects.get(language_code="en"))
    kinds = EventKind.values
    registrations = []
    for n in range(count):
        day = today - datetime.timedelta(days=rng.randint(0, 364))
        starts = datetime.datetime.combine(day, datetime.time(9), tzinfo=datetime.UTC)
        event = index.add_child(
            instance=EventPage(
                title=f"Bench event {n}",
                slug=f"bench-event-{n}",
                kind=rng.choice(kinds),
                audience="customs_and_industry",
                summary="A benchmark event.",
                starts_at=starts,
                ends_at=starts + datetime.timedelta(hours=7),
                participants_customs=rng.randint(0, 40),
                participants_right_holders=rng.randint(0, 40),
                participants_smes=rng.randint(0, 20),
                participants_other=rng.randint(0, 10),
            )
        )
        for m in range(rng.randint(0, 30)):
            registrations.append(
                Registration(
                    event=event,
                    status="registered",
                    name=f"Bench participant {n}-{m}",
                    organisation="Bench organisation",
                    email=f"bench{n}-{m}@example.org",
                    role="right_holder",
                    is_sme=rng.random() < 0.3,
                    country="Germany",
                    language=rng.choice(["en", "zh-hans"]),
                    attended=rng.choice([True, False, None]),
                )
            )
    Registration.objects.bulk_create(registrations, batch_size=2000)
    return len(registrations)


def ensure_data(args) -> dict:
    from django.db import transaction
    from django.utils import timezone

    from applications.models import Application
    from events.models import EventPage
    from metrics.models import DailyCount, DailySearch, DailyTotal

    today = timezone.now().date()
    present = Application.objects.filter(reference__startswith=BENCH_REFERENCE_PREFIX).exists()
    if present and not args.rebuild:
        log("  one year of data already there (use --rebuild to regenerate)")
        return {}
    rng = random.Random(args.seed)
    with transaction.atomic():
        if present:
            Application.objects.filter(reference__startswith=BENCH_REFERENCE_PREFIX).delete()
            for page in EventPage.objects.filter(slug__startswith="bench-event-"):
                page.delete()
        DailyCount.objects.all().delete()
        DailySearch.objects.all().delete()
        DailyTotal.objects.all().delete()
        start = time.perf_counter()
        summary = load_counts(rng, today, args)
        log(f"  counts loaded in {time.perf_counter() - start:.1f} s")
        start = time.perf_counter()
        rights = load_applications(rng, today, args.applications)
        log(
            f"  {args.applications:,} applications with {rights:,} rights "
            f"({time.perf_counter() - start:.1f} s)"
        )
        start = time.perf_counter()
        registrations = load_events(rng, today, args.events)
        log(
            f"  {args.events} events with {registrations:,} registrations "
            f"({time.perf_counter() - start:.1f} s)"
        )
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return summary


def data_summary() -> list[str]:
    from django.db.models import Count, Sum

    from applications.models import Application, Right
    from events.models import EventPage, Registration
    from metrics.models import DailyCount, DailySearch, DailyTotal

    lines = []
    for metric, rows, total in (
        DailyCount.objects.values_list("metric")
        .annotate(rows=Count("pk"), total=Sum("count"))
        .order_by("metric")
    ):
        lines.append(f"  DailyCount {metric:<14} {rows:>9,} rows {total:>11,} events")
    searches = DailySearch.objects.aggregate(rows=Count("pk"), total=Sum("count"))
    daily_totals = DailyTotal.objects.count()
    lines.append(
        f"  DailySearch{'':<15} {searches['rows']:>9,} rows {searches['total'] or 0:>11,} searches"
    )
    lines.append(f"  DailyTotal (read by the dashboard) {daily_totals:>9,} rows")
    lines.append(
        f"  applications {Application.objects.count():,}, rights {Right.objects.count():,}; "
        f"event pages {EventPage.objects.count():,}, registrations {Registration.objects.count():,}"
    )
    return lines


# ---------------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------------


def measure(client, url: str, repeat: int, warm_up: int = 2) -> dict:
    from django.db import connection

    for _ in range(warm_up):
        response = client.get(url)
        if response.status_code != 200:
            sys.exit(f"{url} answered {response.status_code}")
    samples, sql_ms, statements = [], [], []
    for _ in range(repeat):
        counter = SQLTimer()
        with connection.execute_wrapper(counter):
            start = time.perf_counter()
            client.get(url)
            samples.append((time.perf_counter() - start) * 1000)
        sql_ms.append(counter.seconds * 1000)
        statements.append(counter.statements)
    return {
        "median": statistics.median(samples),
        "p95": percentile(samples, 0.95),
        "max": max(samples),
        "sql_median": statistics.median(sql_ms),
        "statements": max(statements),
    }


def analyst_client():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client

    user, _created = get_user_model().objects.get_or_create(username="bench-analyst")
    user.groups.add(Group.objects.get(name="Evaluation analysts"))
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    return client


def measure_dashboard(args) -> list[tuple[str, dict]]:
    from django.utils import timezone

    client = analyst_client()
    today = timezone.now().date()
    year_ago = today - datetime.timedelta(days=364)
    measures = [
        ("dashboard, default 90 days", "/admin/ka4/"),
        ("dashboard, 365 days", f"/admin/ka4/?start={year_ago}&end={today}"),
        (
            "dashboard, 365 days, zh-hans",
            f"/admin/ka4/?start={year_ago}&end={today}&language=zh-hans",
        ),
        ("CSV export, 365 days", f"/admin/ka4/?start={year_ago}&end={today}&export=csv"),
        (f"annual report {today.year - 1}", f"/admin/ka4/report/{today.year - 1}/"),
        (f"annual report {today.year}", f"/admin/ka4/report/{today.year}/"),
    ]
    results = []
    for label, url in measures:
        results.append((label, measure(client, url, args.requests)))
        log(f"  {label}: {results[-1][1]['median']:.1f} ms median")
    return results


def measure_counting(args) -> dict:
    """Interleaved: page alone (counting off) and page + beacon (counting on)."""
    from django.test import Client

    from guidance.models import GuidancePage
    from metrics.counting import count

    page = GuidancePage.objects.live().filter(locale__language_code="zh-hans").first()
    if page is None:
        sys.exit("No guidance page: load_initial_data did not run?")
    url = page.url
    client = Client(HTTP_HOST="127.0.0.1", headers={"user-agent": BROWSER})
    for _ in range(20):
        client.get(url)
        client.post("/metrics/hit/", {"page": page.pk})
    off, on_page, on_beacon, on_total = [], [], [], []
    for n in range(args.counting_requests):
        for mode in ("off", "on") if n % 2 == 0 else ("on", "off"):
            start = time.perf_counter()
            client.get(url)
            page_ms = (time.perf_counter() - start) * 1000
            if mode == "off":
                off.append(page_ms)
                continue
            start = time.perf_counter()
            client.post("/metrics/hit/", {"page": page.pk})
            beacon_ms = (time.perf_counter() - start) * 1000
            on_page.append(page_ms)
            on_beacon.append(beacon_ms)
            on_total.append(page_ms + beacon_ms)
    upsert = []
    for _ in range(args.counting_requests):
        start = time.perf_counter()
        count("page_view", page.pk, "zh-hans")
        upsert.append((time.perf_counter() - start) * 1000)
    return {
        "url": url,
        "off": off,
        "on_page": on_page,
        "on_beacon": on_beacon,
        "on_total": on_total,
        "upsert": upsert,
    }


def report_dashboard(results) -> None:
    log()
    log(f"{'request':<34}{'median ms':>10}{'p95 ms':>9}{'max ms':>9}{'SQL ms':>8}{'queries':>9}")
    for label, r in results:
        log(
            f"{label:<34}{r['median']:>10.1f}{r['p95']:>9.1f}{r['max']:>9.1f}"
            f"{r['sql_median']:>8.1f}{r['statements']:>9}"
        )
    dashboards = [r["median"] for label, r in results if label.startswith("dashboard")]
    verdict = "met" if max(dashboards) < TARGET_DASHBOARD_MS else "MISSED"
    log(f"dashboard target: under {TARGET_DASHBOARD_MS:.0f} ms median -> {verdict}")


def report_counting(r: dict, requests: int) -> None:
    median = statistics.median
    log()
    log(f"page {r['url']}, {requests} interleaved pairs (anonymous browser, DEBUG off)")
    log(f"{'measure':<44}{'median ms':>10}{'p95 ms':>9}")
    for label, samples in (
        ("page view, counting off", r["off"]),
        ("page view, counting on (page response)", r["on_page"]),
        ("beacon POST /metrics/hit/ (counts the view)", r["on_beacon"]),
        ("page view + beacon, counting on", r["on_total"]),
        ("counting upsert alone", r["upsert"]),
    ):
        log(f"{label:<44}{median(samples):>10.2f}{percentile(samples, 0.95):>9.2f}")
    page_difference = median(r["on_page"]) - median(r["off"])
    server_difference = median(r["on_total"]) - median(r["off"])
    log(
        f"difference in the page view itself (on - off): {page_difference:+.2f} ms median "
        f"-> target {TARGET_COUNTING_MS:.0f} ms {'met' if page_difference <= 1 else 'MISSED'}"
    )
    log(
        f"server time per view incl. the beacon, a separate request after the page "
        f"(on - off): {server_difference:+.2f} ms median"
    )


def main(argv=None) -> int:
    args = parse_args(argv)
    url = os.environ.setdefault("DATABASE_URL", DEFAULT_DATABASE_URL)
    log("== Set-up ==")
    created = ensure_database(url)
    log(f"  database: {'created' if created else 'already there'} ({url})")
    setup_django(args.settings)

    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_initial_data", no_admin=True, stdout=io.StringIO())
    start = time.perf_counter()
    ensure_data(args)
    log(f"  data ready in {time.perf_counter() - start:.1f} s")
    for line in data_summary():
        log(line)
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        version = cursor.fetchone()[0]
    log(
        f"  PostgreSQL {version}, settings {settings.SETTINGS_MODULE}, DEBUG {settings.DEBUG}, "
        f"load average {os.getloadavg()[0]:.2f}"
    )

    log("== Dashboard (Evaluation analyst) ==")
    results = measure_dashboard(args)
    log("== Counting on vs off ==")
    counting = measure_counting(args)
    report_dashboard(results)
    report_counting(counting, args.counting_requests)
    log(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
