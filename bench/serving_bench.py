#!/usr/bin/env python
"""Benchmark of page serving: a guidance page from the page cache and rendered, side by side
with a static file through the same gunicorn and whitenoise and with a bare Wagtail project's
welcome page; then the database queries of four pages as content grows from 5 to 500 pages
(a benchmark, not a test: it prints figures and never fails because of them).

Run from the project folder, with PostgreSQL and Redis on 127.0.0.1 and ``wrk`` installed
(Debian package ``wrk``)::

    .venv/bin/python bench/serving_bench.py [--duration 10] [--rounds 3] [--connections 8]

What it does (see bench/README.md, "Serving"):

1. Creates the database ``portal_servebench`` if missing, runs ``migrate`` and
   ``load_initial_data --no-admin``, ``collectstatic`` into a temporary folder.
2. Creates a bare Wagtail project with ``wagtail start`` in a temporary folder (the project
   template of the installed Wagtail, its "welcome" home page), on its own PostgreSQL database
   ``portal_servebench_bare``, with ``DEBUG`` off.
3. Starts four gunicorn servers, 2 sync workers each, production settings, Redis cache: the
   portal with the page cache, the portal with the page cache off (``PAGE_CACHE_SECONDS=0``),
   and the bare project; and, for reference, the portal with fragments and remembered routes
   off too (``PAGE_FRAGMENT_SECONDS=0``). Only the one being measured is busy.
4. For ``--rounds`` rounds, runs ``wrk`` for ``--duration`` seconds on each target in turn:
   a static file (``css/portal.css``) and the guidance page (cached) on the first server, the
   same guidance page on the second, the welcome page on the third. Prints requests per
   second (median of the rounds), p50/p95 latency, errors, and the ratios
   cached ÷ static (target ≥ 0.85) and uncached ÷ bare Wagtail (target ≥ 1.0).
5. Query counts: on a fresh database ``portal_querybench``, counts the SQL statements of the
   home page, a guidance page, the events list and a search with 5 and with 500 synthetic
   guidance pages per language (page cache off, second request of each).
"""

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_bench import ensure_database  # noqa: E402

GUIDANCE = "/en/guidance/eu-detention-and-destruction/"
STATIC = "/static/css/portal.css"
WRK_SCRIPT = """
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("BENCH %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), errors))
end
"""
BARE_SETTINGS = """
from bare.settings.base import *  # noqa

DEBUG = False
SECRET_KEY = "bare-bench-not-secret"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
import dj_database_url
# The same database connection policy as the portal's production settings (kept 60 s, checked
# before reuse), so the comparison is of the two applications, not of connection set-up.
DATABASES = {"default": dj_database_url.config(conn_max_age=60, conn_health_checks=True)}
STATIC_ROOT = "%(static)s"
"""


def log(message: str = "") -> None:
    print(message, flush=True)


def run(command, env, cwd=BASE_DIR) -> None:
    subprocess.run(command, cwd=cwd, env=env, check=True)


def reset_database(url: str) -> None:
    import dj_database_url
    import psycopg2
    from psycopg2 import sql

    config = dj_database_url.parse(url)
    connection = psycopg2.connect(
        dbname="postgres",
        user=config.get("USER") or None,
        host=config.get("HOST") or None,
        port=config.get("PORT") or None,
    )
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(config["NAME"])
            )
        )
    connection.close()
    ensure_database(url)


def portal_env(args, scratch: Path, **extra) -> dict:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DEBUG="false",
        SECRET_KEY="servebench-" + "0" * 56 + "-not-secret",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=args.database_url,
        REDIS_URL=args.redis_url,
        STATIC_ROOT=str(scratch / "static"),
        MEDIA_ROOT=str(scratch / "media"),
        LOG_LEVEL="WARNING",
    )
    env.update(extra)
    return env


def prepare_bare(args, scratch: Path) -> dict:
    """A new Wagtail project from the installed Wagtail's template, migrated on PostgreSQL."""
    project = scratch / "bare"
    project.mkdir()
    run([str(BIN / "wagtail"), "start", "bare", str(project)], dict(os.environ))
    (project / "bench_settings.py").write_text(BARE_SETTINGS % {"static": scratch / "bare-static"})
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="bench_settings",
        DATABASE_URL=args.bare_database_url,
        PYTHONPATH=str(project),
    )
    ensure_database(args.bare_database_url)
    run([str(BIN / "python"), "manage.py", "migrate", "--noinput", "-v0"], env, cwd=project)
    run([str(BIN / "python"), "manage.py", "collectstatic", "--noinput", "-v0"], env, cwd=project)
    return env, project


def start_gunicorn(wsgi: str, env: dict, cwd: Path, port: int, log_path: Path, probe: str):
    import requests

    handle = open(log_path, "w")  # noqa: SIM115  (gunicorn writes to it until stopped)
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            wsgi,
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--timeout",
            "120",
            "--backlog",
            "2048",
        ],
        cwd=cwd,
        env=env,
        stdout=handle,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn ({wsgi}) exited with {server.returncode}; see {log_path}")
        try:
            if requests.get(f"http://127.0.0.1:{port}{probe}", timeout=60).status_code == 200:
                return server
        except requests.RequestException:
            pass
        time.sleep(0.3)
    server.kill()
    sys.exit(f"gunicorn ({wsgi}) did not answer 200 for {probe} within 120 s; see {log_path}")


def stop(server) -> None:
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()


def wrk(url: str, args, script: Path) -> dict:
    out = subprocess.run(
        ["wrk", "-t1", f"-c{args.connections}", f"-d{args.duration}s", "-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    match = re.search(r"BENCH (\d+) (\d+) (\d+) (\d+) (\d+)", out)
    requests_, duration_us, p50, p95, errors = map(int, match.groups())
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": requests_ / (duration_us / 1e6),
        "p50": p50 / 1000,
        "p95": p95 / 1000,
        "errors": errors + (int(non_2xx.group(1)) if non_2xx else 0),
    }


def check_target(url: str, expect_hit: bool | None) -> int:
    import requests

    response = requests.get(url, timeout=30)
    response = requests.get(url, timeout=30)
    if expect_hit is not None:
        hit = response.headers.get("X-Page-Cache") == "hit"
        if hit != expect_hit:
            sys.exit(
                f"{url}: expected the page cache {'hit' if expect_hit else 'off'}, got "
                f"X-Page-Cache={response.headers.get('X-Page-Cache')!r}"
            )
    return len(response.content)


def throughput(args, scratch: Path) -> None:
    env = portal_env(args, scratch)
    log("Preparing the portal database (migrate, load_initial_data, collectstatic)…")
    ensure_database(args.database_url)
    run([str(BIN / "python"), "manage.py", "migrate", "--noinput", "-v0"], env)
    run([str(BIN / "python"), "manage.py", "load_initial_data", "--no-admin"], env)
    run([str(BIN / "python"), "manage.py", "collectstatic", "--noinput", "-v0"], env)
    log("Preparing a bare Wagtail project (wagtail start, migrate)…")
    bare_env, bare_dir = prepare_bare(args, scratch)

    servers = []
    try:
        servers.append(
            start_gunicorn("portal.wsgi", env, BASE_DIR, 8101, scratch / "cached.log", GUIDANCE)
        )
        servers.append(
            start_gunicorn(
                "portal.wsgi",
                portal_env(args, scratch, PAGE_CACHE_SECONDS="0"),
                BASE_DIR,
                8102,
                scratch / "uncached.log",
                GUIDANCE,
            )
        )
        servers.append(
            start_gunicorn("bare.wsgi", bare_env, bare_dir, 8103, scratch / "bare.log", "/")
        )
        # For reference: nothing of the page cached at all (no fragments, no remembered route).
        servers.append(
            start_gunicorn(
                "portal.wsgi",
                portal_env(args, scratch, PAGE_CACHE_SECONDS="0", PAGE_FRAGMENT_SECONDS="0"),
                BASE_DIR,
                8104,
                scratch / "nothing-cached.log",
                GUIDANCE,
            )
        )
        targets = {
            "static file (whitenoise)": ("http://127.0.0.1:8101" + STATIC, None),
            "guidance page, page cache": ("http://127.0.0.1:8101" + GUIDANCE, True),
            "guidance page, rendered": ("http://127.0.0.1:8102" + GUIDANCE, False),
            "bare Wagtail welcome page": ("http://127.0.0.1:8103/", None),
            "guidance page, no caches": ("http://127.0.0.1:8104" + GUIDANCE, False),
        }
        sizes = {name: check_target(url, hit) for name, (url, hit) in targets.items()}
        script = scratch / "report.lua"
        script.write_text(WRK_SCRIPT)
        for url, _ in targets.values():  # warm every worker
            subprocess.run(["wrk", "-t1", "-c4", "-d2s", url], capture_output=True, check=True)
        rounds = {name: [] for name in targets}
        load_before = os.getloadavg()[0]
        for number in range(args.rounds):
            for name, (url, _) in targets.items():
                rounds[name].append(wrk(url, args, script))
            log(
                f"  round {number + 1}/{args.rounds}: "
                + ", ".join(
                    f"{name.split(',')[0].split(' (')[0]} {rounds[name][-1]['rps']:.0f}/s"
                    for name in targets
                )
            )
        load_after = os.getloadavg()[0]
    finally:
        for server in servers:
            stop(server)

    summary = {}
    log()
    log(
        f"Throughput: gunicorn 2 sync workers each, wrk 1 thread × {args.connections} "
        f"connections, {args.rounds} rounds × {args.duration} s per target "
        f"(load average {load_before:.1f} before, {load_after:.1f} after)"
    )
    log(f"{'target':<28} {'bytes':>7} {'req/s':>8} {'p50 ms':>7} {'p95 ms':>7} {'errors':>7}")
    for name in targets:
        rps = statistics.median(r["rps"] for r in rounds[name])
        p50 = statistics.median(r["p50"] for r in rounds[name])
        p95 = statistics.median(r["p95"] for r in rounds[name])
        errors = sum(r["errors"] for r in rounds[name])
        summary[name] = rps
        log(f"{name:<28} {sizes[name]:>7} {rps:>8.0f} {p50:>7.1f} {p95:>7.1f} {errors:>7}")
    names = list(targets)
    cached_ratio = summary[names[1]] / summary[names[0]]
    uncached_ratio = summary[names[2]] / summary[names[3]]
    log()
    log(
        f"cached page ÷ static file:         {cached_ratio:.2f}  (target ≥ 0.85: "
        f"{'met' if cached_ratio >= 0.85 else 'NOT met'})"
    )
    log(
        f"rendered page ÷ bare Wagtail page: {uncached_ratio:.2f}  (target ≥ 1.0: "
        f"{'met' if uncached_ratio >= 1.0 else 'NOT met'})"
    )
    log(
        f"(for reference) page with no caches at all ÷ bare Wagtail page: "
        f"{summary[names[4]] / summary[names[3]]:.2f}"
    )
    log(
        "Per round (req/s): "
        + "; ".join(
            f"{name}: " + " ".join(f"{r['rps']:.0f}" for r in rounds[name]) for name in targets
        )
    )


QUERY_COUNTS = r"""
import sys
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
sys.path.insert(0, "bench")
from search_bench import build_text_pools, ensure_synthetic_pages, index_unindexed_pages
from portal.search_cache import results_changed

URLS = {
    "home page": "/en/",
    "guidance page": "%(guidance)s",
    "events list": "/en/events/",
    "search (customs)": "/en/search/?q=customs",
    "search (扣留)": "/zh-hans/search/?q=%%E6%%89%%A3%%E7%%95%%99",
}
pools = build_text_pools()
client = Client()
for pages in (5, 500):
    ensure_synthetic_pages(pages, 20260101, pools)
    index_unindexed_pages()
    with override_settings(PAGE_CACHE_SECONDS=0, PAGE_FRAGMENT_SECONDS=0):
        for name, url in URLS.items():
            client.get(url)
            results_changed()  # search: count a search, not a cached result page
            with CaptureQueriesContext(connection) as captured:
                status = client.get(url).status_code
            print(f"QUERIES {pages} {status} {len(captured)} {name}")
"""


def query_counts(args, scratch: Path) -> None:
    log()
    log(
        "Query counts: fresh database, real content + 5, then + 500 synthetic guidance pages "
        "per language…"
    )
    reset_database(args.query_database_url)
    env = portal_env(
        args,
        scratch,
        DATABASE_URL=args.query_database_url,
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        ALLOWED_HOSTS="testserver,127.0.0.1",
    )
    env.pop("REDIS_URL")
    run([str(BIN / "python"), "manage.py", "migrate", "--noinput", "-v0"], env)
    run([str(BIN / "python"), "manage.py", "load_initial_data", "--no-admin"], env)
    run([str(BIN / "python"), "manage.py", "collectstatic", "--noinput", "-v0"], env)
    result = subprocess.run(
        [str(BIN / "python"), "manage.py", "shell", "-c", QUERY_COUNTS % {"guidance": GUIDANCE}],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        sys.exit(f"Counting queries failed:\n{result.stderr[-3000:]}")
    out = result.stdout
    counts: dict[str, dict[int, tuple]] = {}
    for pages, status, number, name in re.findall(r"QUERIES (\d+) (\d+) (\d+) (.+)", out):
        counts.setdefault(name, {})[int(pages)] = (int(number), int(status))
    log(f"{'page':<20} {'5 pages':>8} {'500 pages':>10}  constant")
    for name, by_size in counts.items():
        five, five_status = by_size[5]
        many, many_status = by_size[500]
        flag = "yes" if five == many else "NO"
        statuses = (
            "" if five_status == many_status == 200 else f" (HTTP {five_status}/{many_status})"
        )
        log(f"{name:<20} {five:>8} {many:>10}  {flag}{statuses}")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per target")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/portal_servebench"
    )
    parser.add_argument(
        "--bare-database-url", default="postgres://postgres@127.0.0.1:5432/portal_servebench_bare"
    )
    parser.add_argument(
        "--query-database-url", default="postgres://postgres@127.0.0.1:5432/portal_querybench"
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/2")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-queries", action="store_true")
    return parser.parse_args(argv)


def main(argv=None) -> None:
    args = parse_args(argv)
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    scratch = Path(tempfile.mkdtemp(prefix="servebench-"))
    try:
        if not args.skip_throughput:
            throughput(args, scratch)
        if not args.skip_queries:
            query_counts(args, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
