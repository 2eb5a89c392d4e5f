#!/usr/bin/env python
"""CPU time per request of the application form, in one process (a measuring tool, not a test).

The throughput of ``applications_bench.py`` depends on everything else the machine is doing;
the CPU time a request costs the application server does not, much. This script walks the
same sessions as the benchmark (GET the form, steps 1–5, final submit) straight through the
WSGI application, with the production settings, and reports the CPU time (``process_time``:
this process's user + system time, PostgreSQL's and Redis' own not included) of each request
kind. With ``--profile`` it also runs every request under cProfile (CPU clock) and prints the
functions that cost most per request kind, and keeps the ``.pstats`` files.

Run from the project folder, after ``applications_bench.py`` has created its database::

    .venv/bin/python bench/applications_profile.py [--walks 200] [--profile]

``--database-url`` and ``--redis-url`` as in the benchmark; the static files are collected
into a temporary folder once (``--static-root`` to keep them between runs).
"""

import argparse
import cProfile
import io
import os
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import time
from http.cookies import SimpleCookie
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from applications_bench import (  # noqa: E402
    CSRF_RE,
    DEFAULT_DATABASE_URL,
    DEFAULT_REDIS_URL,
    ERROR_MARKERS,
    KEY_RE,
    REQUEST_KINDS,
    STEP_RE,
    STEPS,
    walk_data,
)

LOCATION_RE = re.compile(r"/submitted/")


def configure(args) -> None:
    os.environ.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DEBUG="false",
        SECRET_KEY="appbench-" + "0" * 56 + "-not-secret",
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        DATABASE_URL=args.database_url,
        REDIS_URL=args.redis_url,
        APPLICATION_RATE_LIMIT="1000000/h",
        EMAIL_BACKEND=args.email_backend,
        STATIC_ROOT=args.static_root,
        MEDIA_ROOT=str(Path(args.static_root).parent / "media"),
        PRIVATE_MEDIA_ROOT=str(Path(args.static_root).parent / "private-media"),
        LOG_LEVEL="WARNING",
        DATABASE_CONN_MAX_AGE=str(args.conn_max_age),
    )
    if args.session_engine:
        os.environ["SESSION_ENGINE"] = args.session_engine
    if not (Path(args.static_root) / "staticfiles.json").exists():
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=BASE_DIR,
            check=True,
        )


class Browser:
    """One browser session calling the WSGI application directly (cookies, CSRF token)."""

    def __init__(self, app, factory, path: str, number: int):
        self.app, self.factory, self.path = app, factory, path
        self.cookies: dict[str, str] = {}
        self.data = walk_data(number)
        self.csrf = self.management = self.submission_key = ""

    def request(self, method: str, data=None):
        extra = {
            "HTTP_X_FORWARDED_PROTO": "https",
            "HTTP_ACCEPT_LANGUAGE": "en",
            "HTTP_ORIGIN": "https://127.0.0.1",
            "HTTP_REFERER": "https://127.0.0.1" + self.path,
            "HTTP_HOST": "127.0.0.1",
            "HTTP_COOKIE": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
        }
        if method == "GET":
            environ = self.factory.get(self.path, **extra).environ
        else:
            environ = self.factory.post(self.path, data, **extra).environ
        captured = {}

        def start_response(status, headers, exc_info=None):
            captured["status"] = int(status.split()[0])
            captured["headers"] = headers

        start = time.process_time()
        result = self.app(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        cpu = time.process_time() - start
        for name, value in captured["headers"]:
            if name.lower() == "set-cookie":
                cookie = SimpleCookie()
                cookie.load(value)
                for key, morsel in cookie.items():
                    self.cookies[key] = morsel.value
        return captured["status"], dict(captured["headers"]), body.decode(), cpu

    def read(self, status, text, expected):
        if status != 200 or any(marker in text for marker in ERROR_MARKERS):
            raise SystemExit(f"unexpected answer ({status}) where {expected!r} was expected")
        csrf, step = CSRF_RE.search(text), STEP_RE.search(text)
        if step.group(2) != expected:
            raise SystemExit(f"expected step {expected!r}, got {step.group(2)!r}")
        self.csrf, self.management = csrf.group(1), step.group(1)


def walk(browser, timings, profiles):
    def timed(kind, method, data=None):
        profile = profiles.get(kind)
        if profile is not None:
            profile.enable()
        status, headers, text, cpu = browser.request(method, data)
        if profile is not None:
            profile.disable()
        timings[kind].append(cpu)
        return status, headers, text

    status, _headers, text = timed("GET form", "GET")
    browser.read(status, text, STEPS[0])
    for index, step in enumerate(STEPS):
        payload = {"csrfmiddlewaretoken": browser.csrf, browser.management: step}
        payload.update(browser.data[step])
        status, _headers, text = timed(step, "POST", payload)
        browser.read(status, text, STEPS[index + 1] if index + 1 < len(STEPS) else "review")
    browser.submission_key = KEY_RE.search(text).group(1)
    payload = {
        "csrfmiddlewaretoken": browser.csrf,
        browser.management: "review",
        "review-submission_key": browser.submission_key,
    }
    status, headers, _text = timed("final submit", "POST", payload)
    if status != 302 or not LOCATION_RE.search(headers.get("Location", "")):
        raise SystemExit(f"final submit answered {status}")


def print_queries(browser) -> None:
    """Walk once more with Django's query log on and print each request's SQL statements."""
    from django.db import connection

    per_kind = {kind: [] for kind in REQUEST_KINDS}
    connection.queries_log.clear()
    connection.force_debug_cursor = True
    try:
        timings = {kind: _Logged(kind, per_kind, connection) for kind in REQUEST_KINDS}
        walk(browser, timings, {})
    finally:
        connection.force_debug_cursor = False
    for kind, statements in per_kind.items():
        print(f"\n----- {kind}: {len(statements)} SQL statements")
        for sql in statements:
            print("  " + (sql if len(sql) < 300 else sql[:297] + "..."))


class _Logged:
    """Stands in for a timing list: on ``append`` (after each request), moves the statements
    Django logged since the previous request into ``per_kind[kind]``."""

    def __init__(self, kind, per_kind, connection):
        self.kind, self.per_kind, self.connection = kind, per_kind, connection

    def append(self, _cpu):
        self.per_kind[self.kind].extend(q["sql"] for q in self.connection.queries_log)
        self.connection.queries_log.clear()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--walks", type=int, default=200, help="sessions walked and submitted")
    parser.add_argument("--warm-up", type=int, default=10, help="walks not measured")
    parser.add_argument(
        "--database-url", default=os.environ.get("APPBENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
    )
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", DEFAULT_REDIS_URL))
    parser.add_argument("--email-backend", default="django.core.mail.backends.dummy.EmailBackend")
    parser.add_argument("--conn-max-age", type=int, default=60)
    parser.add_argument("--session-engine", default="")
    parser.add_argument("--static-root", default="")
    parser.add_argument("--path", default="/en/apply/")
    parser.add_argument("--profile", action="store_true", help="cProfile every request kind")
    parser.add_argument("--top", type=int, default=40, help="functions printed per kind")
    parser.add_argument(
        "--queries", action="store_true", help="print the SQL of each request of one more walk"
    )
    parser.add_argument("--pstats-dir", default="", help="where to keep the .pstats files")
    args = parser.parse_args(argv)
    os.chdir(BASE_DIR)
    args.static_root = args.static_root or str(Path(tempfile.mkdtemp(prefix="appprof-")) / "s")
    configure(args)

    from django.test import RequestFactory

    from portal.wsgi import application as app  # what gunicorn serves

    factory = RequestFactory()
    kinds = REQUEST_KINDS
    warm = {kind: [] for kind in kinds}
    for number in range(args.warm_up):
        walk(Browser(app, factory, args.path, 10_000_000 + number), warm, {})
    timings = {kind: [] for kind in kinds}
    profiles = {kind: cProfile.Profile(time.process_time) for kind in kinds} if args.profile else {}
    for number in range(args.walks):
        walk(Browser(app, factory, args.path, 20_000_000 + number), timings, profiles)

    if args.queries:
        print_queries(Browser(app, factory, args.path, 30_000_000))

    print(f"CPU ms per request in this process ({args.walks} walks, after {args.warm_up})")
    print(f"  {'request':<14} {'mean':>7} {'median':>7} {'p10':>7}")
    for kind in kinds:
        ms = sorted(t * 1000 for t in timings[kind])
        print(
            f"  {kind:<14} {statistics.fmean(ms):>7.1f} {statistics.median(ms):>7.1f}"
            f" {ms[len(ms) // 10]:>7.1f}"
        )
    steps = [t for kind in kinds[:-1] for t in timings[kind]]
    print(f"  {'walk (6 req.)':<14} {statistics.fmean(steps) * 1000:>7.1f} (mean per request)")
    print("Load average: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    if args.profile:
        folder = Path(args.pstats_dir or tempfile.mkdtemp(prefix="appprof-stats-"))
        folder.mkdir(parents=True, exist_ok=True)
        for kind, profile in profiles.items():
            path = folder / (kind.replace(" ", "_") + ".pstats")
            profile.dump_stats(path)
            out = io.StringIO()
            stats = pstats.Stats(profile, stream=out)
            stats.sort_stats("cumulative").print_stats(args.top)
            print(f"\n===== {kind} (cumulative CPU over {args.walks} requests) =====")
            print(out.getvalue())
        print(f"pstats files in {folder}")


if __name__ == "__main__":
    main()
