#!/usr/bin/env python
"""Benchmark of the application form: many complete submissions against gunicorn and PostgreSQL
(a benchmark, not a test: it prints figures and never fails because of them).

Run from the project folder, with PostgreSQL and Redis listening on 127.0.0.1::

    .venv/bin/python bench/applications_bench.py [--submissions 2000] [--clients 32]

What it does (see bench/README.md):

1. Creates the database ``portal_appbench`` if it is missing, runs ``migrate`` and
   ``load_initial_data --no-admin``, ``collectstatic`` into a temporary folder, and empties the
   applications, drafts and sessions of earlier runs (the database is the benchmark's own).
2. Starts gunicorn (2 sync workers) with the production settings (DEBUG off, SECRET_KEY and
   ALLOWED_HOSTS set, Redis cache, a submission rate limit raised for the run, e-mail to the
   dummy backend).
3. Phase "walk": 32 client threads walk 2,000 browser sessions (cookie jar, CSRF token read
   from each page) through the form like a browser: GET the form, POST steps 1–5; each ends on
   the review step, whose submission key is read from the HTML.
4. Phase "submit": the same 32 threads send the 2,000 final POSTs (the request that creates the
   application), timed on their own.
5. Prints throughput and latency for the final submit alone and for complete walks (7 requests),
   per-request latencies, and checks in the database that exactly one application exists per
   submission key (none lost, none duplicated, distinct references).

The target (at least 50 submissions a second) is judged on the final submit.
"""

import argparse
import datetime
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/portal_appbench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/1"
TARGET_PER_SECOND = 50.0
STEPS = ("type", "applicant", "rights", "goods", "contacts")
REQUEST_KINDS = ("GET form", *STEPS, "final submit")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_bench import ensure_database, percentile  # noqa: E402

# ---------------------------------------------------------------------------------------------
# What the clients type (the same valid data as tests/applications_helpers.py)
# ---------------------------------------------------------------------------------------------


def walk_data(number: int) -> dict[str, dict]:
    """POST data of steps 1–5 for walk ``number``: even numbers an EU national application,
    odd numbers a China recordation, so both reference counters (AFA, REC) are used."""
    today = datetime.date.today()
    past = (today - datetime.timedelta(days=400)).isoformat()
    future = (today + datetime.timedelta(days=400)).isoformat()
    if number % 2 == 0:
        kind = {"application_type": "eu_national", "request_kind": "new", "member_states": ["DE"]}
        applicant = {
            "applicant_name": f"Lumen Lighting GmbH {number}",
            "applicant_status": "right_holder",
            "address": "Musterstraße 1, 10115 Berlin",
            "country": "Germany",
            "eori": "DE123456789012345",
            "contact_person": "Anna Schmidt",
            "phone": "+49 30 1234567",
            "email": f"anna{number}@example.org",
            "is_sme": "yes",
        }
        right = {
            "right_type": "eu_trade_mark",
            "registration_number": f"0180{number:05d}",
            "office": "EUIPO",
            "owner": "Lumen Lighting GmbH",
        }
    else:
        kind = {"application_type": "cn_recordation", "request_kind": "new"}
        applicant = {
            "applicant_name": f"杭州明灯照明有限公司 {number}",
            "applicant_status": "right_holder",
            "address": "浙江省杭州市西湖区文三路1号",
            "country": "中国",
            "uscc": "91350100M000100Y43",
            "contact_person": "王芳",
            "phone": "+86 571 8888 6666",
            "email": f"wangfang{number}@example.cn",
            "is_sme": "yes",
        }
        right = {
            "right_type": "national_trade_mark",
            "registration_number": f"{number:08d}",
            "office": "CNIPA",
            "owner": "杭州明灯照明有限公司",
        }
    right.update(registration_date=past, expiry_date=future, goods_covered="Class 11: lamps")
    goods = {
        "description": "LED desk lamps",
        "tariff_code": "94052040",
        "distinguishing_features": "Hologram label under the base; serial number laser-etched.",
    }
    contacts = {
        "legal_contact": "Dr. Jan Weber, Weber IP, jan@weber-ip.example, +49 30 7654321",
        "technical_contact": "Anna Schmidt, anna@example.org",
        "contact_languages": ["en", "de"],
        "accept_undertakings": "on",
        "accept_privacy": "on",
    }

    def prefixed(prefix, values):
        return {f"{prefix}-{key}": value for key, value in values.items()}

    def formset(prefix, row):
        return {
            f"{prefix}-TOTAL_FORMS": "1",
            f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-MIN_NUM_FORMS": "1",
            f"{prefix}-MAX_NUM_FORMS": "20",
            **{f"{prefix}-0-{key}": value for key, value in row.items()},
        }

    return {
        "type": prefixed("type", kind),
        "applicant": prefixed("applicant", applicant),
        "rights": formset("rights", right),
        "goods": formset("goods", goods),
        "contacts": prefixed("contacts", contacts),
    }


# ---------------------------------------------------------------------------------------------
# One browser
# ---------------------------------------------------------------------------------------------

CSRF_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
STEP_RE = re.compile(r'name="(application_\d+-current_step)" value="([a-z]+)"')
KEY_RE = re.compile(r'name="review-submission_key" value="([0-9a-f]+)"')
ERROR_MARKERS = ('id="form-errors"', "Still missing or to be corrected")


class Browser:
    """One browser session walking the form: its own cookies (Django session, CSRF)."""

    def __init__(self, base_url: str, path: str, number: int):
        import requests

        self.session = requests.Session()
        origin = "https://" + base_url.split("://", 1)[1]
        self.session.headers.update(
            {
                "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) applications_bench",
                "Accept-Language": "en",
                "X-Forwarded-Proto": "https",
                "Origin": origin,
                "Referer": origin + path,
            }
        )
        self.url = base_url + path
        self.number = number
        self.data = walk_data(number)
        self.csrf = ""
        self.management = ""
        self.submission_key = ""
        self.latencies: dict[str, float] = {}
        self.error = ""

    def _read(self, response, kind: str, expected_step: str) -> bool:
        text = response.text
        if response.status_code != 200:
            self.error = f"{kind}: HTTP {response.status_code}"
            return False
        if any(marker in text for marker in ERROR_MARKERS):
            self.error = f"{kind}: the page shows form errors"
            return False
        csrf, step = CSRF_RE.search(text), STEP_RE.search(text)
        if not csrf or not step:
            self.error = f"{kind}: no CSRF token or step field in the page"
            return False
        if step.group(2) != expected_step:
            self.error = f"{kind}: expected step {expected_step!r}, got {step.group(2)!r}"
            return False
        self.csrf, self.management = csrf.group(1), step.group(1)
        return True

    def _timed(self, kind: str, method: str, **kwargs):
        start = time.perf_counter()
        response = self.session.request(method, self.url, timeout=120, **kwargs)
        self.latencies[kind] = time.perf_counter() - start
        # Production cookies are ``Secure``. The client plays the TLS-terminating proxy (it sends
        # ``X-Forwarded-Proto: https``), so it sends them back over the plain http hop.
        for cookie in self.session.cookies:
            cookie.secure = False
        return response

    def walk(self) -> bool:
        """GET the form, POST steps 1–5; ends on the review step with its submission key."""
        try:
            response = self._timed("GET form", "GET")
            if not self._read(response, "GET form", STEPS[0]):
                return False
            for index, step in enumerate(STEPS):
                payload = {
                    "csrfmiddlewaretoken": self.csrf,
                    self.management: step,
                    **self.data[step],
                }
                response = self._timed(step, "POST", data=payload)
                following = STEPS[index + 1] if index + 1 < len(STEPS) else "review"
                if not self._read(response, step, following):
                    return False
            key = KEY_RE.search(response.text)
            if not key:
                self.error = "review: no submission key in the page"
                return False
            self.submission_key = key.group(1)
            return True
        except Exception as error:  # a benchmark reports, it does not stop
            self.error = f"walk: {type(error).__name__}: {error}"
            return False

    def submit(self) -> bool:
        """The final POST of the review step: a redirect to the confirmation page."""
        try:
            payload = {
                "csrfmiddlewaretoken": self.csrf,
                self.management: "review",
                "review-submission_key": self.submission_key,
            }
            response = self._timed("final submit", "POST", data=payload, allow_redirects=False)
            if response.status_code != 302 or "/submitted/" not in response.headers.get(
                "Location", ""
            ):
                self.error = f"final submit: HTTP {response.status_code}"
                return False
            return True
        except Exception as error:
            self.error = f"final submit: {type(error).__name__}: {error}"
            return False
        finally:
            self.session.close()


# ---------------------------------------------------------------------------------------------
# Set-up: database, static files, gunicorn
# ---------------------------------------------------------------------------------------------


def log(message: str = "") -> None:
    print(message, flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(args, scratch: Path) -> dict:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DEBUG="false",
        SECRET_KEY="appbench-" + "0" * 56 + "-not-secret",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=args.database_url,
        REDIS_URL=args.redis_url,
        # 20/h per address in production; every client here is 127.0.0.1.
        APPLICATION_RATE_LIMIT=args.rate_limit,
        # No SMTP server on the benchmark machine: messages are rendered, then dropped.
        EMAIL_BACKEND=args.email_backend,
        STATIC_ROOT=str(scratch / "static"),
        MEDIA_ROOT=str(scratch / "media"),
        PRIVATE_MEDIA_ROOT=str(scratch / "private-media"),
        LOG_LEVEL="WARNING",
    )
    if args.conn_max_age is not None:
        env["DATABASE_CONN_MAX_AGE"] = str(args.conn_max_age)
    if args.session_engine:
        env["SESSION_ENGINE"] = args.session_engine
    return env


def manage(env: dict, *command: str) -> None:
    subprocess.run([str(BIN / "python"), "manage.py", *command], cwd=BASE_DIR, env=env, check=True)


RESET = """
from django.contrib.sessions.models import Session
from applications.models import Application, Draft
Application.objects.all().delete()
Draft.objects.all().delete()
Session.objects.all().delete()
"""


def prepare(args, env: dict) -> dict:
    timings = {}
    start = time.perf_counter()
    created = ensure_database(args.database_url)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_initial_data", "--no-admin")
    timings["database" + (" (created)" if created else "")] = time.perf_counter() - start
    start = time.perf_counter()
    manage(env, "collectstatic", "--noinput", "-v0")
    timings["collectstatic"] = time.perf_counter() - start
    start = time.perf_counter()
    manage(env, "shell", "-c", RESET)
    timings["reset applications and sessions"] = time.perf_counter() - start
    return timings


def start_gunicorn(args, env: dict, port: int, log_path: Path) -> subprocess.Popen:
    command = [
        str(BIN / "gunicorn"),
        "portal.wsgi",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(args.workers),
        "--worker-class",
        args.worker_class,
        "--threads",
        str(args.threads),
        "--timeout",
        "120",
        "--backlog",
        "2048",
    ]
    handle = open(log_path, "w")  # noqa: SIM115  (gunicorn writes to it until stopped)
    server = subprocess.Popen(
        command, cwd=BASE_DIR, env=env, stdout=handle, stderr=subprocess.STDOUT
    )
    import requests

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn exited with {server.returncode}; see {log_path}")
        try:
            requests.get(
                f"http://127.0.0.1:{port}{args.path}",
                headers={"X-Forwarded-Proto": "https"},
                timeout=60,
            )
            return server
        except requests.RequestException:
            time.sleep(0.3)
    stop_gunicorn(server)
    sys.exit(f"gunicorn did not answer within 120 s; see {log_path}")


def stop_gunicorn(server: subprocess.Popen) -> None:
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def warm_up(base_url: str, path: str, workers: int) -> None:
    """One GET per worker and a little more, so imports and first-request caches are done."""
    import requests

    for _ in range(workers * 4):
        requests.get(base_url + path, headers={"X-Forwarded-Proto": "https"}, timeout=30)


# ---------------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------------


def process_cpu(pids: list[int]) -> float:
    """CPU seconds (user + system) used so far by processes ``pids`` (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def worker_pids(server: subprocess.Popen) -> list[int]:
    try:
        children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text()
    except OSError:
        return []
    return [int(pid) for pid in children.split()]


def run_phase(browsers: list, method: str, clients: int, workers: list[int]) -> dict:
    """Run ``method`` of every browser with ``clients`` threads. Returns the wall time, the
    browsers that succeeded, and the CPU time the gunicorn workers and this client used (on a
    shared machine, CPU time per request is steadier than wall time)."""
    done = []
    lock = threading.Lock()

    def one(browser):
        if getattr(browser, method)():
            with lock:
                done.append(browser)

    start, server_cpu, client_cpu = time.perf_counter(), process_cpu(workers), time.process_time()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(one, browsers))
    return {
        "wall": time.perf_counter() - start,
        "done": done,
        "server_cpu": process_cpu(workers) - server_cpu,
        "client_cpu": time.process_time() - client_cpu,
    }


def stored(database_url: str) -> dict:
    import dj_database_url
    import psycopg2

    config = dj_database_url.parse(database_url)
    connection = psycopg2.connect(
        dbname=config["NAME"],
        user=config.get("USER") or None,
        password=config.get("PASSWORD") or None,
        host=config.get("HOST") or None,
        port=config.get("PORT") or None,
    )
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*), count(DISTINCT reference), count(DISTINCT submission_key), "
                "count(DISTINCT token) FROM applications_application"
            )
            rows, references, keys, tokens = cursor.fetchone()
            cursor.execute("SELECT submission_key FROM applications_application")
            all_keys = Counter(key for (key,) in cursor.fetchall())
            cursor.execute("SELECT count(*) FROM applications_right")
            rights = cursor.fetchone()[0]
            cursor.execute("SELECT count(*) FROM applications_goodscategory")
            goods = cursor.fetchone()[0]
            cursor.execute(
                "SELECT left(reference, 3), count(*) FROM applications_application GROUP BY 1"
            )
            prefixes = dict(cursor.fetchall())
            cursor.execute("SELECT count(*) FROM django_session")
            sessions = cursor.fetchone()[0]
            cursor.execute("SELECT current_setting('server_version')")
            version = cursor.fetchone()[0]
    finally:
        connection.close()
    return {
        "rows": rows,
        "references": references,
        "keys": keys,
        "tokens": tokens,
        "all_keys": all_keys,
        "rights": rights,
        "goods": goods,
        "prefixes": prefixes,
        "sessions": sessions,
        "version": version,
    }


def latency_row(label: str, samples: list[float]) -> str:
    ms = [s * 1000 for s in samples]
    if not ms:
        return f"  {label:<22} {0:>6}"
    return (
        f"  {label:<22} {len(ms):>6} {percentile(ms, 0.5):>9.1f} {percentile(ms, 0.95):>9.1f}"
        f" {max(ms):>9.1f}"
    )


def report(args, walk, submit, browsers, db, server_log) -> None:
    n = args.submissions
    walk_time, walked, submit_time, submitted = (
        walk["wall"],
        walk["done"],
        submit["wall"],
        submit["done"],
    )
    submit_rate = len(submitted) / submit_time if submit_time else 0.0
    walk_rate = len(submitted) / (walk_time + submit_time) if walk_time + submit_time else 0.0
    finals = [b.latencies["final submit"] for b in submitted]
    walks = [sum(b.latencies.values()) for b in submitted]

    log("\nThroughput (submissions completed / wall time of the phase)")
    log(f"  {'':<36} {'per second':>10} {'p50 ms':>9} {'p95 ms':>9}")
    log(
        f"  {'(a) final submit alone (target)':<36} {submit_rate:>10.1f}"
        f" {percentile(finals, 0.5) * 1000:>9.1f} {percentile(finals, 0.95) * 1000:>9.1f}"
    )
    log(
        f"  {'(b) complete walks, 7 requests':<36} {walk_rate:>10.1f}"
        f" {percentile(walks, 0.5) * 1000:>9.1f} {percentile(walks, 0.95) * 1000:>9.1f}"
    )
    verdict = "met" if submit_rate >= TARGET_PER_SECOND else "NOT met"
    log(
        f"  Target: at least {TARGET_PER_SECOND:.0f} submissions a second, "
        f"judged on (a): {verdict}."
    )
    log(
        f"  Walk phase (GET + steps 1–5 of {len(walked)} sessions): {walk_time:.1f} s; "
        f"submit phase: {submit_time:.1f} s. (b) = submissions / both phases; its latency is the "
        "sum of a walk's 7 request latencies."
    )

    log("\nCPU time per request (ms; PostgreSQL's own CPU not included)")
    log(f"  {'phase':<36} {'gunicorn':>10} {'client':>9}")
    for label, phase, requests_per_walk in (
        ("walk (GET + steps 1–5)", walk, 6),
        ("final submit", submit, 1),
    ):
        count = max(1, len(phase["done"]) * requests_per_walk)
        log(
            f"  {label:<36} {phase['server_cpu'] / count * 1000:>10.1f}"
            f" {phase['client_cpu'] / count * 1000:>9.1f}"
        )
    if submit["server_cpu"] and submitted:
        per_submit = submit["server_cpu"] / len(submitted)
        log(
            f"  At this CPU cost, {args.workers} workers with a core each could answer at most "
            f"{args.workers / per_submit:.0f} final submits a second (PostgreSQL not counted)."
        )
    log(
        f"\nLatency per request (ms; {args.clients} clients queue for {args.workers} workers, "
        "so this includes waiting)"
    )
    log(f"  {'request':<22} {'n':>6} {'p50':>9} {'p95':>9} {'max':>9}")
    for kind in REQUEST_KINDS:
        samples = [b.latencies[kind] for b in browsers if kind in b.latencies]
        log(latency_row(kind, samples))

    failures = Counter(
        b.error.split(":")[0] + ": " + b.error.split(":", 1)[1].strip()[:80]
        for b in browsers
        if b.error
    )
    log("\nStored (PostgreSQL)")
    expected_keys = {b.submission_key for b in browsers if b.submission_key}
    ok_keys = {b.submission_key for b in submitted}
    lost = [k for k in ok_keys if db["all_keys"].get(k, 0) == 0]
    duplicated = [k for k, count in db["all_keys"].items() if count > 1]
    unknown = [k for k in db["all_keys"] if k not in expected_keys]
    log(f"  applications stored:           {db['rows']}  (asked for {n})")
    log(f"  distinct references:           {db['references']}  {db['prefixes']}")
    log(f"  distinct submission keys:      {db['keys']}")
    log(f"  distinct tokens:               {db['tokens']}")
    log(f"  rights / goods rows:           {db['rights']} / {db['goods']}")
    log(f"  accepted submits (302) lost:   {len(lost)}")
    log(f"  submission keys stored twice:  {len(duplicated)}")
    log(f"  applications not from this run:{len(unknown):>2}")
    log(f"  sessions in the database:      {db['sessions']}")
    ok = (
        db["rows"] == n
        and db["references"] == n
        and db["keys"] == n
        and len(ok_keys) == n
        and not lost
        and not duplicated
        and not unknown
    )
    log(
        "  Check: "
        + (
            f"exactly {n} applications, {n} distinct references, each submission key once."
            if ok
            else "FAILED - see the figures above."
        )
    )
    if failures:
        log("\nFailed walks or submits")
        for message, count in failures.most_common(10):
            log(f"  {count:>5} × {message}")
    errors = server_log.read_text(errors="replace").count("Traceback")
    log(f"\nServer log: {errors} tracebacks")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description="Benchmark complete submissions of the application form "
        "(gunicorn + PostgreSQL; prints figures, never fails)."
    )
    parser.add_argument("--submissions", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=32, help="concurrent client threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--worker-class", default="sync", help="gunicorn worker class")
    parser.add_argument("--threads", type=int, default=1, help="threads per gunicorn worker")
    parser.add_argument(
        "--database-url", default=os.environ.get("APPBENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
    )
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", DEFAULT_REDIS_URL))
    parser.add_argument(
        "--rate-limit",
        default="1000000/h",
        help="APPLICATION_RATE_LIMIT for the run (production default 20/h per address)",
    )
    parser.add_argument(
        "--email-backend",
        default="django.core.mail.backends.dummy.EmailBackend",
        help="EMAIL_BACKEND for the run (default: render the e-mail, send nothing)",
    )
    parser.add_argument(
        "--conn-max-age",
        type=int,
        default=None,
        help="DATABASE_CONN_MAX_AGE for the run (default: the production settings' default, 60)",
    )
    parser.add_argument(
        "--session-engine", default="", help="SESSION_ENGINE for the run (default: settings')"
    )
    parser.add_argument("--path", default="/en/apply/", help="URL of the application page")
    parser.add_argument(
        "--keep-server",
        action="store_true",
        help="leave gunicorn running after the measurements (prints its address)",
    )
    args = parser.parse_args(argv)
    if args.submissions < 1 or args.clients < 1 or args.workers < 1:
        parser.error("--submissions, --clients and --workers must be at least 1")
    return args


def main(argv=None) -> None:
    args = parse_args(argv)
    os.chdir(BASE_DIR)
    scratch = Path(tempfile.mkdtemp(prefix="appbench-"))
    env = server_env(args, scratch)
    log(f"Set-up ({args.database_url}, cache {args.redis_url})")
    for label, seconds in prepare(args, env).items():
        log(f"  {label}: {seconds:.1f} s")

    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    server_log = scratch / "gunicorn.log"
    server = start_gunicorn(args, env, port, server_log)
    try:
        warm_up(base_url, args.path, args.workers)
        browsers = [Browser(base_url, args.path, number) for number in range(args.submissions)]
        load_before = os.getloadavg()
        log(
            f"\nRunning: {args.submissions} submissions, {args.clients} clients, gunicorn "
            f"{args.workers} × {args.worker_class}"
            + (f" ({args.threads} threads)" if args.threads > 1 else "")
            + f" on {base_url}{args.path}"
        )
        workers = worker_pids(server)
        walk = run_phase(browsers, "walk", args.clients, workers)
        log(
            f"  walk phase: {len(walk['done'])} sessions at the review step in {walk['wall']:.1f} s"
        )
        submit = run_phase(walk["done"], "submit", args.clients, workers)
        log(f"  submit phase: {len(submit['done'])} submitted in {submit['wall']:.1f} s")
        load_after = os.getloadavg()
    finally:
        if args.keep_server:
            log(f"gunicorn still running on {base_url} (pid {server.pid})")
        else:
            stop_gunicorn(server)

    db = stored(args.database_url)
    report(args, walk, submit, browsers, db, server_log)
    settings_line = (
        f"portal.settings.production, DATABASE_CONN_MAX_AGE="
        f"{env.get('DATABASE_CONN_MAX_AGE', '60 (default)')}, SESSION_ENGINE="
        f"{env.get('SESSION_ENGINE', 'django.contrib.sessions.backends.db (default)')}, "
        f"APPLICATION_RATE_LIMIT={args.rate_limit}, EMAIL_BACKEND={args.email_backend}"
    )
    log(f"\nSettings: {settings_line}")
    log(f"PostgreSQL {db['version']}; CPUs {os.cpu_count()}")
    log(
        "Load average before / after: "
        + " ".join(f"{x:.2f}" for x in load_before)
        + " / "
        + " ".join(f"{x:.2f}" for x in load_after)
    )
    if args.keep_server or "Traceback" in server_log.read_text(errors="replace"):
        log(f"Kept {scratch} (server log, static files).")
    else:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
