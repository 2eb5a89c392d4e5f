#!/usr/bin/env python
"""Benchmark of the portal's site search on PostgreSQL (a benchmark, not a test).

Run from the project folder::

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench \\
        .venv/bin/python bench/search_bench.py [--pages 5000] [--queries 50]

What it does (see bench/README.md):

1. Creates the database named in DATABASE_URL if it does not exist, migrates it and runs
   ``load_initial_data --no-admin`` (idempotent), so the real English and Chinese guidance and
   glossary are there.
2. Adds ``--pages`` synthetic guidance pages per locale (English under the English guidance
   index, Chinese under the Chinese one), written by recombining sentences of the real content in
   ``guidance/content/``. Rows are bulk-inserted (tree paths computed, treebeard's ``numchild``
   fixed afterwards) and indexed with the search backend's bulk API. Pages already present are
   kept, so a re-run only adds what is missing.
3. Runs ``--queries`` realistic queries per language through Django's test client
   (``GET /en/search/?q=…`` and ``/zh-hans/search/?q=…``: the whole view, templates included),
   after a warm-up: cold (the cached result pages declared out of date before each request,
   as publishing a page does) and warm (the same requests answered from the result cache);
   and separately times the database search alone.
4. Prints the corpus size and a table of median / p95 / max latency and results per query.

It never fails because of the figures: the 50 ms target is reported, not asserted.
"""

import argparse
import datetime
import html
import io
import math
import os
import random
import re
import statistics
import sys
import time
import warnings
from contextlib import contextmanager
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/portal_bench"
TARGET_P95_MS = 50.0
SLUG_PREFIX = "bench-"

# Realistic queries: what right holders and SMEs type. When --queries is larger than a list,
# the list is cycled (so some queries repeat); when smaller, the first ones are used.
ENGLISH_QUERIES = [
    "detention",
    "application for action",
    "recordation",
    "security",
    "small consignments",
    "EORI",
    "counterfeit",
    "trade mark",
    "destruction",
    "ex officio",
    "right holder",
    "customs authority",
    "suspension of release",
    "IP Enforcement Portal",
    "extension",
    "GACC",
    "guarantee",
    "bond",
    "samples",
    "infringing goods",
    "declarant",
    "608/2013",
    "patent",
    "design",
    "copyright",
    "geographical indication",
    "SME",
    "costs",
    "court proceedings",
    "10 working days",
    "notification",
    "postal parcels",
    "representative",
    "renewal",
    "validity period",
    "China customs protection",
    "undertaking",
    "liability",
    "product identification",
    "fake goods detained at the border",
    "how to apply",
    "power of attorney",
    "export",
    "import",
    "investigation",
    "penalty",
    "storage costs",
    "Working Group",
    "goods in transit",
    "trademark exclusive right",
]

CHINESE_QUERIES = [
    "扣留",
    "备案",
    "担保",
    "知识产权",
    "海关执法申请",
    "小件包裹",
    "依职权",
    "续展",
    "侵权嫌疑货物",
    "海关总署",
    "商标",
    "专利",
    "著作权",
    "权利人",
    "销毁",
    "申请",
    "进出口",
    "调查",
    "样品",
    "中小企业",
    "地理标志",
    "有效期",
    "通知",
    "工作日",
    "费用",
    "代理人",
    "放行",
    "依申请保护",
    "知识产权海关保护备案",
    "欧盟",
    "假冒",
    "海关",
    "商标专用权",
    "诉讼",
    "罚款",
    "仓储费用",
    "出口",
    "过境",
    "产品识别",
    "如何申请",
    "货物被扣留怎么办",
    "欧盟海关扣留",
    "中国海关备案续展",
    "EORI 编号",
    "AFA 申请",
    "GACC 备案",
    "608/2013 号条例",
    "IPEP 门户",
    "海关 EORI",
    "SME 中小企业",
]


# ---------------------------------------------------------------------------------------------
# Set-up: database, Django
# ---------------------------------------------------------------------------------------------


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description="Benchmark the portal's search on PostgreSQL (prints figures, never fails)."
    )
    parser.add_argument(
        "--pages",
        type=int,
        default=5000,
        help="synthetic guidance pages per locale (default 5000)",
    )
    parser.add_argument("--queries", type=int, default=50, help="queries per language (default 50)")
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="timed passes over the queries (default 3; each query is timed this many times)",
    )
    parser.add_argument(
        "--settings",
        default=os.environ.get("DJANGO_SETTINGS_MODULE", "portal.settings.dev"),
        help="Django settings module (default: $DJANGO_SETTINGS_MODULE or portal.settings.dev; "
        "DEBUG is always forced off)",
    )
    parser.add_argument("--seed", type=int, default=20260101, help="seed of the text generator")
    args = parser.parse_args(argv)
    if args.pages < 0 or args.queries < 1 or args.repeat < 1:
        parser.error("--pages must be >= 0, --queries and --repeat >= 1")
    return args


def log(message: str) -> None:
    print(message, flush=True)


@contextmanager
def timed(label: str, timings: dict):
    start = time.perf_counter()
    yield
    timings[label] = time.perf_counter() - start
    log(f"  {label}: {timings[label]:.1f} s")


def ensure_database(url: str) -> bool:
    """Create the PostgreSQL database named in ``url`` if it is missing. True if created."""
    import dj_database_url
    import psycopg2
    from psycopg2 import sql

    config = dj_database_url.parse(url)
    if "postgresql" not in config["ENGINE"]:
        sys.exit(f"DATABASE_URL must point to PostgreSQL (got engine {config['ENGINE']!r}).")
    name = config["NAME"]
    connection = psycopg2.connect(
        dbname="postgres",
        user=config.get("USER") or None,
        password=config.get("PASSWORD") or None,
        host=config.get("HOST") or None,
        port=config.get("PORT") or None,
    )
    try:
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if cursor.fetchone():
                return False
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            return True
    finally:
        connection.close()


def setup_django(settings_module: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = settings_module
    # Measure what production runs: no DEBUG (which would also keep every SQL query in memory).
    os.environ["DEBUG"] = "false"
    sys.path.insert(0, str(BASE_DIR))
    os.chdir(BASE_DIR)
    # whitenoise warns once that STATIC_ROOT was never collected; irrelevant to search.
    warnings.filterwarnings("ignore", message="No directory at", category=UserWarning)

    import django

    django.setup()
    from django.conf import settings

    if settings.DEBUG:
        log(f"WARNING: {settings_module} turned DEBUG on; figures will be pessimistic.")


# ---------------------------------------------------------------------------------------------
# Text pools from the real content
# ---------------------------------------------------------------------------------------------

HEADING_KEYS = {"heading", "title", "caption", "aspect"}
QUESTION_KEYS = {"question"}
SKIPPED_KEYS = {
    "anchor",
    "kind",
    "time_unit",
    "time_limit",
    "url",
    "document",
    "eu_basis",
    "china_basis",
    "legal_basis",
    "actor",
    "header",
}
_TAGS = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"\s+")
_EN_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"(])")
_ZH_SENTENCE = re.compile(r"[^。！？；]+[。！？；]?")


def _plain(text: str) -> str:
    return _SPACES.sub(" ", html.unescape(_TAGS.sub(" ", text))).strip()


def _sentences(text: str, language: str) -> list[str]:
    text = _plain(text)
    if language == "en":
        parts = _EN_SENTENCE_END.split(text)
        return [part.strip() for part in parts if len(part.strip()) >= 25]
    from portal.search import contains_han

    parts = [part.strip() for part in _ZH_SENTENCE.findall(text)]
    return [
        part for part in parts if contains_han(part) and len(part) >= 8 and part[-1] in "。！？；"
    ]


class TextPool:
    """Sentences, headings, questions and the like of one language of the real content, in
    total and per real page ("topic"), so a synthetic page can stay mostly on one subject."""

    def __init__(self, language: str):
        self.language = language
        self.headings: set[str] = set()
        self.questions: set[str] = set()
        self.sentences: set[str] = set()
        self.legal_bases: set[str] = set()
        self.terms: set[str] = set()
        self.topics: list[dict] = []

    def add_value(self, value, key: str, topic: dict) -> None:
        if isinstance(value, str):
            if key in SKIPPED_KEYS:
                return
            if key in HEADING_KEYS:
                if 3 <= len(value) <= 110:
                    topic["headings"].add(_plain(value))
            elif key in QUESTION_KEYS:
                if len(value) <= 190:
                    self.questions.add(_plain(value))
            else:
                topic["sentences"].update(_sentences(value, self.language))
        elif isinstance(value, dict):
            for item_key, item in value.items():
                self.add_value(item, item_key, topic)
        elif isinstance(value, list | tuple):
            for item in value:
                self.add_value(item, key, topic)

    def add_page(self, spec: dict) -> None:
        text = spec[self.language]
        topic = {
            "headings": {_plain(text["title"])},
            "sentences": set(_sentences(text["summary"], self.language)),
            "legal_basis": _plain(text["legal_basis"]),
            "length": len(_plain(" ".join(_strings_of(text["body"])))),
            "jurisdiction": spec["jurisdiction"],
            "stage": spec["stage"],
            "ipr_types": list(spec["ipr_types"]),
            "audiences": list(spec["audiences"]),
        }
        for block_type, value in text["body"]:
            self.add_value(value, "body" if block_type == "rich_text" else block_type, topic)
        self.topics.append(topic)

    def freeze(self) -> None:
        """Sorted lists, so that a given seed always yields the same pages."""
        for topic in self.topics:
            self.headings.update(topic["headings"])
            self.sentences.update(topic["sentences"])
            self.legal_bases.add(topic["legal_basis"])
            topic["headings"] = sorted(topic["headings"])
            topic["sentences"] = sorted(topic["sentences"])
        for name in ("headings", "questions", "sentences", "legal_bases", "terms"):
            setattr(self, name, sorted(getattr(self, name)))


def build_text_pools() -> dict[str, TextPool]:
    from guidance.content import glossary
    from guidance.setup import PAGE_SPECS

    pools = {"en": TextPool("en"), "zh": TextPool("zh")}
    for spec in PAGE_SPECS:
        for pool in pools.values():
            pool.add_page(spec)
    for spec in glossary.TERMS:
        for language, pool in pools.items():
            pool.terms.add(_plain(spec[language]["term"]))
            pool.sentences.update(_sentences(spec[language]["definition"], language))
    for pool in pools.values():
        pool.freeze()
    return pools


def _strings_of(value):
    if isinstance(value, str):
        if not value.startswith(("http://", "https://")):
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings_of(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings_of(item)


# ---------------------------------------------------------------------------------------------
# Synthetic pages
# ---------------------------------------------------------------------------------------------


#: Share of a synthetic page's sentences and headings taken from its topic (one real page);
#: the rest come from anywhere in the real content of the same language.
ON_TOPIC = 0.8


def _pick(rng: random.Random, on_topic: list[str], anywhere: list[str]) -> str:
    return rng.choice(on_topic if on_topic and rng.random() < ON_TOPIC else anywhere)


def _paragraph(rng: random.Random, pool: TextPool, topic: dict, count: int) -> str:
    sentences: list[str] = []
    while len(sentences) < count:
        sentence = _pick(rng, topic["sentences"], pool.sentences)
        if sentence not in sentences:
            sentences.append(sentence)
    return (" " if pool.language == "en" else "").join(sentences)


def synthetic_page_fields(pool: TextPool, number: int, seed: int) -> dict:
    """Texts and taxonomy of synthetic page ``number`` in the pool's language (deterministic).

    Each page takes a real page as its topic: most sentences and headings, the taxonomy and
    the legal basis come from it, and it is about as long as a real page of that language.
    The body is a StreamField of sections and, for half of the pages, an FAQ."""
    from django.utils.html import escape

    from portal.content import stream_data

    rng = random.Random(f"{seed}-{pool.language}-{number}")
    topic = rng.choice(pool.topics)
    separator = ": " if pool.language == "en" else "："
    heading = _pick(rng, topic["headings"], pool.headings)
    title = f"{heading}{separator}{rng.choice(pool.terms)}"[:250]
    summary = _paragraph(rng, pool, topic, 2)[:400]
    target = int(topic["length"] * rng.uniform(0.7, 1.1))
    blocks, length = [], 0
    while length < target:
        paragraphs = [
            _paragraph(rng, pool, topic, rng.randint(2, 4)) for _ in range(rng.randint(1, 3))
        ]
        heading = _pick(rng, topic["headings"], pool.headings)[:120]
        body = "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
        blocks.append(("section", {"heading": heading, "anchor": "", "body": body}))
        length += len(heading) + sum(len(text) for text in paragraphs)
    if rng.random() < 0.5 and pool.questions:
        items = [
            {
                "question": question,
                "answer": f"<p>{escape(_paragraph(rng, pool, topic, rng.randint(1, 3)))}</p>",
            }
            for question in rng.sample(pool.questions, min(2, len(pool.questions)))
        ]
        heading = "Questions and answers" if pool.language == "en" else "常见问题"
        blocks.append(("faq", {"heading": heading, "items": items}))
    return {
        "slug": f"{SLUG_PREFIX}{number:05d}",
        "title": title,
        "summary": summary,
        "legal_basis": topic["legal_basis"][:300],
        "jurisdiction": topic["jurisdiction"],
        "stage": topic["stage"],
        "last_reviewed": datetime.date(2026, 11, 30) - datetime.timedelta(days=rng.randint(0, 700)),
        "body": stream_data(blocks, "bench", pool.language, number),
        "ipr_types": list(topic["ipr_types"]),
        "audiences": list(topic["audiences"]),
    }


def _insert_guidance_pages(index, locale, numbers: list[int], pool: TextPool, seed: int) -> int:
    """Bulk-insert synthetic GuidancePages ``numbers`` as live children of ``index``.

    Equivalent to ``index.add_child()`` + publish for each, without per-page revisions:
    treebeard paths are computed after the index's last child, ``url_path`` and
    ``draft_title`` are set the way ``Page.save`` would, the ``wagtailcore_page`` rows are
    bulk-created, then the ``guidance_guidancepage`` rows (Django's ``bulk_create`` refuses
    multi-table children, so its internal ``_insert`` is used for the child table only), then
    the many-to-many rows, and finally the index's ``numchild`` is recounted.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import router, transaction
    from django.utils import timezone

    from wagtail.models import Page

    from guidance.models import Audience, GuidancePage, IPRType

    db = router.db_for_write(GuidancePage)
    content_type = ContentType.objects.get_for_model(GuidancePage)
    ipr_types = {item.code: item.pk for item in IPRType.objects.all()}
    audiences = {item.code: item.pk for item in Audience.objects.all()}
    page_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    child_fields = GuidancePage._meta.local_concrete_fields
    ipr_field = GuidancePage._meta.get_field("ipr_types")
    audience_field = GuidancePage._meta.get_field("audiences")
    now = timezone.now()
    batch_size = 500

    with transaction.atomic(using=db):
        index = Page.objects.select_for_update().get(pk=index.pk)
        last_child = index.get_last_child()
        next_step = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
        for start in range(0, len(numbers), batch_size):
            pages, taxonomies = [], []
            for number in numbers[start : start + batch_size]:
                fields = synthetic_page_fields(pool, number, seed)
                taxonomies.append((fields.pop("ipr_types"), fields.pop("audiences")))
                pages.append(
                    GuidancePage(
                        **fields,
                        draft_title=fields["title"],
                        content_type=content_type,
                        locale=locale,
                        path=Page._get_path(index.path, index.depth + 1, next_step),
                        depth=index.depth + 1,
                        numchild=0,
                        url_path=f"{index.url_path}{fields['slug']}/",
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=now,
                        last_published_at=now,
                    )
                )
                next_step += 1
            rows = Page.objects.bulk_create(
                [Page(**{f.attname: getattr(p, f.attname) for f in page_fields}) for p in pages]
            )
            for page, row in zip(pages, rows, strict=True):
                page.page_ptr_id = page.id = row.pk
                page._state.adding, page._state.db = False, db
            GuidancePage._base_manager._insert(pages, fields=child_fields, using=db)
            ipr_rows, audience_rows = [], []
            for page, (ipr_codes, audience_codes) in zip(pages, taxonomies, strict=True):
                ipr_rows += [
                    ipr_field.remote_field.through(
                        **{
                            f"{ipr_field.m2m_field_name()}_id": page.pk,
                            f"{ipr_field.m2m_reverse_field_name()}_id": ipr_types[code],
                        }
                    )
                    for code in ipr_codes
                ]
                audience_rows += [
                    audience_field.remote_field.through(
                        **{
                            f"{audience_field.m2m_field_name()}_id": page.pk,
                            f"{audience_field.m2m_reverse_field_name()}_id": audiences[code],
                        }
                    )
                    for code in audience_codes
                ]
            ipr_field.remote_field.through.objects.bulk_create(ipr_rows)
            audience_field.remote_field.through.objects.bulk_create(audience_rows)
        children = Page.objects.filter(path__startswith=index.path, depth=index.depth + 1)
        Page.objects.filter(pk=index.pk).update(numchild=children.count())
    return len(numbers)


def ensure_synthetic_pages(count: int, seed: int, pools: dict[str, TextPool]) -> dict:
    """Create the missing synthetic pages (numbers 0…count-1) in each locale. Returns the
    number created per language code."""
    from wagtail.models import Locale

    from guidance.models import GuidanceIndexPage, GuidancePage

    created = {}
    for language_code, pool_key in (("en", "en"), ("zh-hans", "zh")):
        locale = Locale.objects.get(language_code=language_code)
        index = GuidanceIndexPage.objects.filter(locale=locale).order_by("path").first()
        if index is None:
            sys.exit(f"No guidance index page in {language_code}; did load_initial_data run?")
        existing = set(
            GuidancePage.objects.child_of(index)
            .filter(slug__startswith=SLUG_PREFIX)
            .values_list("slug", flat=True)
        )
        missing = [n for n in range(count) if f"{SLUG_PREFIX}{n:05d}" not in existing]
        start = time.perf_counter()
        if missing:
            _insert_guidance_pages(index, locale, missing, pools[pool_key], seed)
        created[language_code] = len(missing)
        log(
            f"  {language_code}: {len(existing)} synthetic pages were there, "
            f"{len(missing)} created ({time.perf_counter() - start:.1f} s)"
        )
    return created


def index_unindexed_pages() -> int:
    """Add every guidance page that has no search index entry to the index, in batches, with
    the search backend's bulk API (the same text ``update_index`` would store). Returns the
    number indexed."""
    from django.contrib.contenttypes.models import ContentType

    from wagtail.search import index
    from wagtail.search.backends import get_search_backend
    from wagtail.search.models import IndexEntry

    from guidance.models import GuidancePage
    from portal.search import load_provided_words

    # Pages must be segmented with the glossary words, as load_initial_data does.
    load_provided_words(force=True)
    content_type = ContentType.objects.get_for_model(GuidancePage)
    indexed = set(
        IndexEntry.objects.filter(content_type=content_type).values_list("object_id", flat=True)
    )
    missing = [
        pk
        for pk in GuidancePage.objects.order_by("pk").values_list("pk", flat=True)
        if str(pk) not in indexed
    ]
    # The indexer reads every search field five times per object (title, body, autocomplete
    # and the plain-text copies of title and body); computed fields such as search_text()
    # segment the whole page with jieba each time. Compute each once per page: same entries.
    computed = [
        field.field_name
        for field in GuidancePage.get_search_fields()
        if isinstance(field, index.SearchField)
        and callable(getattr(GuidancePage, field.field_name, None))
    ]
    backend = get_search_backend()
    batch_size = 250
    for start in range(0, len(missing), batch_size):
        batch = list(GuidancePage.objects.filter(pk__in=missing[start : start + batch_size]))
        for page in batch:
            for name in computed:
                value = getattr(page, name)()
                setattr(page, name, lambda value=value: value)
        backend.add_bulk(GuidancePage, batch)
        done = start + len(batch)
        if done % 2000 < batch_size or done == len(missing):
            log(f"    indexed {done}/{len(missing)}")
    if missing:
        # New entries were normalised against the old average title length; recompute every
        # entry's title weight as a full ``update_index`` would at its end.
        search_index = backend.get_index_for_model(GuidancePage)
        if hasattr(search_index, "_refresh_title_norms"):
            search_index._refresh_title_norms(full=True)
    return len(missing)


# ---------------------------------------------------------------------------------------------
# Measurements
# ---------------------------------------------------------------------------------------------


class SQLTimer:
    """Database execute wrapper that adds up the time spent in SQL and counts statements."""

    def __init__(self):
        self.seconds = 0.0
        self.statements = 0

    def __call__(self, execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - start
            self.statements += 1


_COUNT_IN_HEADING = re.compile(r"<h2 id=\"page-results\"[^>]*>[^<0-9]*([0-9]+)")


class CPUClock:
    """CPU time used by this process plus that used by its PostgreSQL backend process (read
    from ``/proc/<pid>/schedstat`` when the server runs on this machine, else not counted).

    On a machine shared with other work, wall time mostly measures waiting for a core; CPU
    time is much steadier, and the sum is about what a request takes on idle cores."""

    def __init__(self):
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            self.backend_pid = cursor.fetchone()[0]
        path = Path(f"/proc/{self.backend_pid}/schedstat")
        self.path = path if path.exists() else None

    def backend_seconds(self) -> float:
        if self.path is None:
            return 0.0
        try:
            return int(self.path.read_text().split()[0]) / 1e9
        except (OSError, ValueError, IndexError):
            return 0.0

    def still_same_backend(self) -> bool:
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            return cursor.fetchone()[0] == self.backend_pid


def view_request(client, prefix: str, query: str, clock: CPUClock | None = None):
    """GET the search page; returns (seconds, SQL seconds, SQL statements, result count,
    CPU seconds of this process, CPU seconds of its PostgreSQL backend)."""
    from django.db import connection

    timer = SQLTimer()
    with connection.execute_wrapper(timer):
        backend_start = clock.backend_seconds() if clock else 0.0
        cpu_start = time.process_time()
        start = time.perf_counter()
        response = client.get(f"/{prefix}/search/", {"q": query})
        body = response.content
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu_start
        backend = (clock.backend_seconds() - backend_start) if clock else 0.0
    count = None
    if response.status_code != 200:
        log(f"  ! {prefix} {query!r}: HTTP {response.status_code}")
    elif match := _COUNT_IN_HEADING.search(body.decode()):
        count = int(match.group(1))
    return elapsed, timer.seconds, timer.statements, count, cpu, backend


def database_search(locale, query: str):
    """The search the view runs, alone (``portal.search.search_pages``): pages in the locale
    matching all words (any word if none match all), counted up to the view's limit
    (``MAX_COUNTED_RESULTS``), and the first ten fetched as specific pages. Returns (seconds,
    seconds spent counting, seconds fetching the first ten, result count as the view shows
    it)."""
    from wagtail.models import Page

    from portal.search import normalise_query, search_pages

    start = time.perf_counter()
    pages = Page.objects.live().public().filter(locale=locale).specific()
    found = search_pages(pages, normalise_query(query))
    counted = time.perf_counter()
    list(found.results[:10])
    end = time.perf_counter()
    return end - start, counted - start, end - counted, found.count


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (the smallest value with at least ``fraction`` of the values
    at or below it); NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def measure_language(client, language_code: str, queries: list[str], repeat: int) -> dict:
    from wagtail.models import Locale

    try:
        from portal.search_cache import results_changed
    except ImportError:  # code from before the result cache (comparisons): nothing to empty

        def results_changed():
            pass

    locale = Locale.objects.get(language_code=language_code)
    clock = CPUClock()
    # Warm-up: every query once through the view (jieba dictionary, templates, PostgreSQL
    # buffers, Wagtail's site cache), untimed.
    for query in queries:
        view_request(client, language_code, query)

    # Cold: before each timed request, the cached result pages are declared out of date (as
    # publishing a page does), so every timed request searches, ranks, highlights and renders.
    view_ms, sql_ms, statements, view_counts = [], [], [], {}
    cpu_ms, backend_ms = [], []
    for _ in range(repeat):
        for query in queries:
            results_changed()
            elapsed, sql_seconds, sql_statements, count, cpu, backend = view_request(
                client, language_code, query, clock
            )
            view_ms.append(elapsed * 1000)
            sql_ms.append(sql_seconds * 1000)
            statements.append(sql_statements)
            view_counts[query] = count
            cpu_ms.append(cpu * 1000)
            backend_ms.append(backend * 1000)

    # Warm: the same queries again with their result pages in the cache (filled by one
    # untimed pass): what a repeated query costs until the next change to pages or glossary.
    results_changed()
    for query in queries:
        view_request(client, language_code, query)
    warm_ms, warm_statements, warm_cpu_ms, warm_backend_ms = [], [], [], []
    for _ in range(repeat):
        for query in queries:
            elapsed, _sql_seconds, sql_statements, count, cpu, backend = view_request(
                client, language_code, query, clock
            )
            warm_ms.append(elapsed * 1000)
            warm_statements.append(sql_statements)
            warm_cpu_ms.append(cpu * 1000)
            warm_backend_ms.append(backend * 1000)
            if count != view_counts[query]:
                expected = view_counts[query]
                log(f"  ! {language_code} {query!r}: the cached page shows {count}, not {expected}")
    db_ms, count_ms, fetch_ms, db_counts = [], [], [], {}
    for _ in range(repeat):
        for query in queries:
            elapsed, counting, fetching, count = database_search(locale, query)
            db_ms.append(elapsed * 1000)
            count_ms.append(counting * 1000)
            fetch_ms.append(fetching * 1000)
            db_counts[query] = count
    per_query = [
        db_counts[query] if view_counts[query] is None else view_counts[query] for query in queries
    ]
    return {
        "language": language_code,
        "queries": len(queries),
        "distinct": len(set(queries)),
        "samples": len(view_ms),
        "view": view_ms,
        "warm": warm_ms,
        "warm_statements": warm_statements,
        "cpu": {
            "cold": (cpu_ms, backend_ms),
            "warm": (warm_cpu_ms, warm_backend_ms),
        },
        "backend_cpu_known": clock.path is not None and clock.still_same_backend(),
        "sql": sql_ms,
        "statements": statements,
        "db": db_ms,
        "db_count": count_ms,
        "db_fetch": fetch_ms,
        "counts": per_query,
        "zero": [query for query in dict.fromkeys(queries) if not db_counts[query]],
        "mismatches": [
            q for q in set(queries) if view_counts[q] is not None and view_counts[q] != db_counts[q]
        ],
        "slowest": sorted(
            zip(view_ms, queries * repeat, strict=True), key=lambda item: item[0], reverse=True
        )[:3],
    }


def corpus_summary() -> dict:
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Locale, Page
    from wagtail.search.models import IndexEntry

    from guidance.models import GlossaryTerm, GuidancePage

    summary = {}
    for locale in Locale.objects.order_by("language_code"):
        guidance = GuidancePage.objects.filter(locale=locale)
        summary[locale.language_code] = {
            "live_pages": Page.objects.live().filter(locale=locale).count(),
            "guidance": guidance.count(),
            "synthetic": guidance.filter(slug__startswith=SLUG_PREFIX).count(),
            "glossary": GlossaryTerm.objects.filter(locale=locale).count(),
        }
    summary["index_entries"] = IndexEntry.objects.count()
    summary["guidance_entries"] = IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(GuidancePage)
    ).count()
    return summary


def queries_for(language_code: str, count: int) -> list[str]:
    source = ENGLISH_QUERIES if language_code == "en" else CHINESE_QUERIES
    return [source[i % len(source)] for i in range(count)]


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    log(
        "  "
        + "  ".join(
            h.rjust(w) if i else h.ljust(w)
            for i, (h, w) in enumerate(zip(headers, widths, strict=True))
        )
    )
    log("  " + "  ".join("-" * w for w in widths))
    for row in rows:
        log(
            "  "
            + "  ".join(
                c.rjust(w) if i else c.ljust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )


def report(results: list[dict], corpus: dict, timings: dict, args) -> None:
    from django.conf import settings
    from django.db import connection

    log("")
    log("== Corpus ==")
    for code in ("en", "zh-hans"):
        info = corpus[code]
        log(
            f"  {code:8} {info['live_pages']:6} live pages ({info['guidance']} guidance pages, "
            f"{info['synthetic']} of them synthetic), {info['glossary']} glossary terms"
        )
    log(
        f"  search index: {corpus['index_entries']} entries "
        f"({corpus['guidance_entries']} guidance pages)"
    )
    for code in ("en", "zh-hans"):
        if corpus[code]["synthetic"] > args.pages:
            log(
                f"  note: {code} has {corpus[code]['synthetic']} synthetic pages, more than "
                f"--pages {args.pages} (left by an earlier, larger run)"
            )
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        server_version = cursor.fetchone()[0]
    log(
        f"  PostgreSQL {server_version}, database {settings.DATABASES['default']['NAME']!r}, "
        f"settings {os.environ['DJANGO_SETTINGS_MODULE']} (DEBUG={settings.DEBUG})"
    )

    log("")
    log(
        f"== Search latency: {args.queries} queries per language, each timed {args.repeat}x "
        f"after a warm-up; target p95 < {TARGET_P95_MS:.0f} ms =="
    )
    log("Whole view (Django test client GET /<lang>/search/?q=…, templates included):")
    log("  cold: cached result pages declared out of date before each request, as publishing")
    log("  a page does, so the request searches, ranks, highlights and renders;")
    log("  warm: the same request again, its result page in the cache.")
    rows = []
    for r in results:
        for cache_state, times in (("cold", r["view"]), ("warm", r["warm"])):
            p95 = percentile(times, 0.95)
            rows.append(
                [
                    r["language"],
                    cache_state,
                    f"{r['queries']} ({r['distinct']} distinct)",
                    str(len(times)),
                    f"{statistics.median(times):.1f}",
                    f"{p95:.1f}",
                    f"{max(times):.1f}",
                    f"{statistics.mean(r['counts']):.1f}",
                    str(sum(1 for c in r["counts"] if c == 0)),
                    "yes" if p95 < TARGET_P95_MS else "NO",
                ]
            )
    print_table(
        [
            "language",
            "cache",
            "queries",
            "samples",
            "median ms",
            "p95 ms",
            "max ms",
            "mean results",
            "0-result queries",
            "p95 < 50 ms",
        ],
        rows,
    )
    log("")
    log(
        "  SQL statements per request, cold / warm: "
        + ", ".join(
            f"{r['language']} {statistics.median(r['statements']):.0f} / "
            f"{statistics.median(r['warm_statements']):.0f}"
            for r in results
        )
    )
    log("")
    log("CPU per request (ms): this process + its PostgreSQL backend, steadier than wall time")
    log("when other work shares the machine; about what a request takes on idle cores:")
    rows = []
    for r in results:
        for cache_state in ("cold", "warm"):
            python_ms, backend_ms = r["cpu"][cache_state]
            if r["backend_cpu_known"]:
                total = [a + b for a, b in zip(python_ms, backend_ms, strict=True)]
                backend = f"{statistics.median(backend_ms):.1f}"
                total_median = f"{statistics.median(total):.1f}"
                total_p95 = f"{percentile(total, 0.95):.1f}"
            else:
                backend = total_median = total_p95 = "n/a"
            rows.append(
                [
                    r["language"],
                    cache_state,
                    total_median,
                    total_p95,
                    f"{statistics.median(python_ms):.1f}",
                    backend,
                ]
            )
    print_table(
        ["language", "cache", "CPU median", "CPU p95", "Python median", "PostgreSQL median"],
        rows,
    )
    log("  (n/a: the PostgreSQL server is not on this machine, or the connection changed)")
    log("")
    log("Where the time goes, cold requests (ms; medians unless marked):")
    rows = []
    for r in results:
        rows.append(
            [
                r["language"],
                f"{statistics.median(r['sql']):.1f}",
                f"{percentile(r['sql'], 0.95):.1f}",
                f"{statistics.median(r['statements']):.0f}",
                f"{statistics.median(r['view']) - statistics.median(r['sql']):.1f}",
                f"{statistics.median(r['db']):.1f}",
                f"{percentile(r['db'], 0.95):.1f}",
                f"{max(r['db']):.1f}",
                f"{statistics.median(r['db_count']):.1f}",
                f"{statistics.median(r['db_fetch']):.1f}",
            ]
        )
    print_table(
        [
            "language",
            "view SQL",
            "view SQL p95",
            "statements",
            "view non-SQL",
            "DB search",
            "DB p95",
            "DB max",
            "count",
            "first 10",
        ],
        rows,
    )
    log("  view SQL: time in SQL during the view request; statements: SQL statements per request;")
    log("  view non-SQL: median view time minus median view SQL time (Python, templates);")
    log("  DB search: portal.search.search_pages() alone, as the view calls it: the count (up to")
    log("  MAX_COUNTED_RESULTS, with the any-word fallback) + the first 10, split into its parts.")
    for r in results:
        slowest = ", ".join(f"{q!r} {ms:.1f} ms" for ms, q in r["slowest"])
        log(f"  slowest {r['language']} requests: {slowest}")
        if r["zero"]:
            log(f"  {r['language']} queries with no result: {', '.join(map(repr, r['zero']))}")
        if r["mismatches"]:
            log(f"  note: view and DB counts differ for {r['language']}: {r['mismatches']}")

    log(
        "  load average (1 min) before / after measuring: "
        + " / ".join(f"{value:.2f}" for value in timings.pop("_load", ()))
        + f" on {os.cpu_count()} CPUs (other work on the machine skews the figures)"
    )

    log("")
    log("== Set-up time ==")
    for label, seconds in timings.items():
        log(f"  {label:40} {seconds:8.1f} s")


# ---------------------------------------------------------------------------------------------


def main(argv=None) -> int:
    args = parse_args(argv)
    url = os.environ.setdefault("DATABASE_URL", DEFAULT_DATABASE_URL)
    timings: dict[str, float] = {}
    total_start = time.perf_counter()

    log("== Set-up ==")
    created = ensure_database(url)
    log(f"  database: {'created' if created else 'already there'} ({url})")
    setup_django(args.settings)

    from django.core.management import call_command
    from django.test import Client

    with timed("migrate", timings):
        call_command("migrate", interactive=False, verbosity=0)
    with timed("load_initial_data --no-admin", timings):
        output = io.StringIO()
        call_command("load_initial_data", no_admin=True, stdout=output)
    created_lines = [line for line in output.getvalue().splitlines() if "Created" in line]
    log(f"    {len(created_lines)} pages or term sets created (0 when the content was there)")
    with timed("text pools from guidance/content", timings):
        pools = build_text_pools()
    log(
        "    "
        + "; ".join(
            f"{k}: {len(p.sentences)} sentences, {len(p.headings)} headings, "
            f"{len(p.terms)} terms, {len(p.topics)} topics"
            for k, p in pools.items()
        )
    )
    with timed(f"synthetic pages ({args.pages} per locale)", timings):
        ensure_synthetic_pages(args.pages, args.seed, pools)
    with timed("search indexing of new pages", timings):
        indexed = index_unindexed_pages()
    log(f"    {indexed} pages indexed")
    with timed("ANALYZE (planner statistics)", timings):
        # Bulk loading leaves the planner's row estimates stale until autovacuum catches up;
        # a production database that grew page by page would have current statistics.
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    timings["set-up total"] = time.perf_counter() - total_start

    corpus = corpus_summary()
    client = Client(HTTP_HOST="127.0.0.1")
    results = []
    bench_start = time.perf_counter()
    load_before = os.getloadavg()[0]
    for language_code in ("en", "zh-hans"):
        log(f"== Measuring {language_code} ==")
        results.append(
            measure_language(
                client, language_code, queries_for(language_code, args.queries), args.repeat
            )
        )
    timings["measurements"] = time.perf_counter() - bench_start
    timings["_load"] = (load_before, os.getloadavg()[0])
    timings["whole run"] = time.perf_counter() - total_start
    report(results, corpus, timings, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
