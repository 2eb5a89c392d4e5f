#!/usr/bin/env python
"""Mixed load, a database fault under load, and two app servers side by side (a benchmark,
not a test: it prints figures and never fails because of them).

Run from the project folder, with PostgreSQL and Redis on 127.0.0.1 and ``wrk`` installed::

    .venv/bin/python bench/load_bench.py [--scenario mixed|fault|scaleout|all] [--duration 60]

The ``fault`` scenario stops PostgreSQL for ``--outage`` seconds with ``pg_ctlcluster`` (it
needs the right to do so, and every other user of that server sees the outage too).

Scenarios (see bench/README.md, "Load, faults, scale-out"):

* **mixed** — one gunicorn (2 sync workers, production settings, Redis cache) for
  ``--duration`` seconds at ``--connections`` connections: ``wrk`` on all but ``--submitters``
  of them, rotating over the home page, guidance pages, search and the events list in English
  and Chinese; the other connections are Python clients walking the application form from
  the first step to the confirmation, each walk from its own client address
  (``X-Forwarded-For`` behind one trusted proxy). Prints throughput, p50/p95, responses by
  status class, completed submissions, server tracebacks.
* **fault** — the same load; a third of the way in PostgreSQL is stopped, and started again
  ``--outage`` seconds later. A probe requests an uncached, database-backed address (a search)
  every 50 ms. Prints responses by status during the outage (500s must be 0), whether every
  503 page was the bilingual one without a stack trace, how long after the database accepted
  connections again the portal answered 200, and whether every submission confirmed to its
  sender is in the database.
* **scaleout** — two gunicorn instances on different ports sharing PostgreSQL and Redis; the
  GET load is split over both, and every form client alternates between them request by
  request (so a session started on one continues on the other). Then, across both instances:
  one client address sends more complete submissions than the rate limit allows; six copies
  of one final submission go to both instances at once; 20 people register at once for an
  event with 5 places and no waiting list. Prints what was accepted.
"""

import argparse
import os
import re
import shutil
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
sys.path.insert(0, str(Path(__file__).resolve().parent))
from applications_bench import Browser  # noqa: E402
from search_bench import ensure_database  # noqa: E402
from serving_bench import portal_env, start_gunicorn, stop  # noqa: E402

APPLY = "/en/apply/"
GET_PATHS = [
    "/en/",
    "/zh-hans/",
    "/en/guidance/eu-detention-and-destruction/",
    "/zh-hans/guidance/eu-detention-and-destruction/",
    "/en/guidance/china-customs-recordation/",
    "/zh-hans/guidance/china-customs-recordation/",
    "/en/events/",
    "/zh-hans/events/",
    "/en/search/?q=detention",
    "/zh-hans/search/?q=%E6%89%A3%E7%95%99",  # 扣留
    "/en/search/?q=application+for+action",
    "/zh-hans/search/?q=%E5%A4%87%E6%A1%88",  # 备案
]
PROBE = "/en/search/?q=customs"
PUBLIC_HOST = "127.0.0.1"  # the Host every client sends, whichever app server it reaches
WRK_SCRIPT = """
local paths = {%(paths)s}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  counter = math.random(#paths)
  s2, s3, s4, s5, s503 = 0, 0, 0, 0, 0
  wrk.headers["X-Forwarded-Proto"] = "https"
end
function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
function response(status, headers, body)
  if status == 503 then s503 = s503 + 1
  elseif status >= 500 then s5 = s5 + 1
  elseif status >= 400 then s4 = s4 + 1
  elseif status >= 300 then s3 = s3 + 1
  else s2 = s2 + 1 end
end
function done(summary, latency, requests)
  local t = {0, 0, 0, 0, 0}
  for _, thread in ipairs(threads) do
    t[1] = t[1] + thread:get("s2"); t[2] = t[2] + thread:get("s3")
    t[3] = t[3] + thread:get("s4"); t[4] = t[4] + thread:get("s5")
    t[5] = t[5] + thread:get("s503")
  end
  local e = summary.errors
  io.write(string.format("BENCH %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d\\n", summary.requests,
    summary.duration, latency:percentile(50), latency:percentile(95), t[1], t[2], t[3], t[4],
    t[5], e.connect + e.read + e.write + e.timeout))
end
"""


def log(message: str = "") -> None:
    print(message, flush=True)


def manage(env: dict, *command: str, capture: bool = False) -> str:
    result = subprocess.run(
        [str(BIN / "python"), "manage.py", *command],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=capture,
        text=True,
    )
    return result.stdout if capture else ""


def server_env(args, scratch: Path) -> dict:
    """The serving bench's production environment, behind one trusted proxy (each form
    client sends its own ``X-Forwarded-For``), with this run's rate limit and no e-mail."""
    return portal_env(
        args,
        scratch,
        TRUSTED_PROXY_COUNT="1",
        APPLICATION_RATE_LIMIT=args.rate_limit,
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        PRIVATE_MEDIA_ROOT=str(scratch / "private-media"),
    )


RESET = """
from django.contrib.sessions.models import Session
from django.core.cache import caches
from applications.models import Application, Draft
from events.models import EventPage
Application.objects.all().delete()
Draft.objects.all().delete()
Session.objects.all().delete()
for event in EventPage.objects.filter(slug__startswith="loadbench-"):
    event.delete()
caches["default"].clear()
"""

MAKE_EVENT = """
import datetime
from django.utils import timezone
from wagtail.models import Locale
from events.models import EventIndexPage, EventPage
index = EventIndexPage.objects.get(locale=Locale.objects.get(language_code="en"))
starts = timezone.now() + datetime.timedelta(days=20)
event = EventPage(title="Load test meeting", slug="loadbench-meeting", locale=index.locale,
    kind="joint_meeting", audience="customs_and_industry", summary="For the load benchmark.",
    starts_at=starts, ends_at=starts + datetime.timedelta(hours=2), timezone="Europe/Brussels",
    city="Brussels", country="Belgium", capacity=5, waitlist_enabled=False,
    registration_opens=timezone.now() - datetime.timedelta(days=1),
    registration_closes=starts - datetime.timedelta(days=1))
index.add_child(instance=event)
event.save_revision().publish()
print("EVENT", event.url)
"""

STORED = """
import json, sys
from applications.models import Application
from events.models import Registration
keys = json.loads(sys.stdin.read())
rows = list(
    Application.objects.filter(submission_key__in=keys).values_list("submission_key", "reference")
)
registered = Registration.objects.filter(event__slug="loadbench-meeting")
print("STORED", json.dumps({
    "rows": rows,
    "total": Application.objects.count(),
    "registered": registered.filter(status="registered").count(),
    "registrations": registered.count(),
}))
"""


def stored(env: dict, keys: list[str]) -> dict:
    import json

    result = subprocess.run(
        [str(BIN / "python"), "manage.py", "shell", "-c", STORED],
        cwd=BASE_DIR,
        env=env,
        input=json.dumps(keys),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.split("STORED ", 1)[1])


class Client(Browser):
    """A person filling in the application form from their own address; with several base
    URLs, each request goes to the next app server."""

    def __init__(self, bases: list[str], number: int, address: str):
        super().__init__(bases[0], APPLY, number)
        self.urls = [base + APPLY for base in bases]
        self.turn = number
        # Both app servers stand behind one public host name, as behind a load balancer.
        self.session.headers.update(
            {
                "X-Forwarded-For": address,
                "Host": PUBLIC_HOST,
                "Origin": f"https://{PUBLIC_HOST}",
                "Referer": f"https://{PUBLIC_HOST}{APPLY}",
            }
        )

    def _timed(self, kind, method, **kwargs):
        self.url = self.urls[self.turn % len(self.urls)]
        self.turn += 1
        return super()._timed(kind, method, **kwargs)


def address(number: int) -> str:
    return f"10.{(number >> 16) & 255}.{(number >> 8) & 255}.{number & 255}"


class Submitters:
    """``count`` threads, each walking and submitting applications until ``stop`` is set."""

    def __init__(self, bases: list[str], count: int, first_number: int = 0):
        self.bases, self.count = bases, count
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.next_number = first_number
        self.confirmed: list[str] = []  # submission keys confirmed to their sender
        self.errors: Counter = Counter()
        self.threads = [threading.Thread(target=self._run, daemon=True) for _ in range(count)]

    def _run(self):
        while not self.stop.is_set():
            with self.lock:
                number = self.next_number
                self.next_number += 1
            client = Client(self.bases, number, address(number + 1))
            if client.walk() and client.submit():
                with self.lock:
                    self.confirmed.append(client.submission_key)
            else:
                with self.lock:
                    self.errors[re.sub(r"\d{3,}", "N", client.error)[:80]] += 1

    def start(self):
        for thread in self.threads:
            thread.start()

    def finish(self):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=180)


def run_wrk(url: str, connections: int, duration: int, script: Path) -> dict:
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{duration}s",
            "--timeout",
            "30s",
            "-s",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    numbers = list(map(int, re.search(r"BENCH" + r" (\d+)" * 10, out).groups()))
    keys = ("requests", "duration", "p50", "p95", "2xx", "3xx", "4xx", "5xx", "503", "socket")
    result = dict(zip(keys, numbers, strict=True))
    result["rps"] = result["requests"] / (result["duration"] / 1e6)
    return result


def tracebacks(*logs: Path) -> int:
    return sum(path.read_text(errors="replace").count("Traceback") for path in logs)


def print_load(label: str, results: list[dict], submitters: Submitters, seconds: float) -> None:
    requests_ = sum(r["requests"] for r in results)
    rps = sum(r["rps"] for r in results)
    p95 = max(r["p95"] for r in results) / 1000
    p50 = max(r["p50"] for r in results) / 1000
    by_status = {k: sum(r[k] for r in results) for k in ("2xx", "3xx", "4xx", "5xx", "503")}
    log(
        f"{label}: GET load {requests_} requests, {rps:.0f}/s, p50 {p50:.1f} ms, p95 "
        f"{p95:.1f} ms; by status {by_status}; socket errors "
        f"{sum(r['socket'] for r in results)}"
    )
    log(
        f"{label}: application form clients completed {len(submitters.confirmed)} submissions "
        f"({len(submitters.confirmed) / seconds:.2f}/s, 7 requests each); failed walks: "
        f"{dict(submitters.errors) or 'none'}"
    )


def scenario_load(args, env, scratch, script, *, fault: bool) -> None:
    label = "fault" if fault else "mixed"
    log()
    log(
        f"--- {label}: 1 gunicorn (2 sync workers), {args.duration} s, "
        f"{args.connections - args.submitters} wrk connections + {args.submitters} form clients"
    )
    server_log = scratch / f"{label}.log"
    server = start_gunicorn("portal.wsgi", env, BASE_DIR, args.port, server_log, "/en/")
    base = f"http://127.0.0.1:{args.port}"
    submitters = Submitters([base], args.submitters, first_number=100_000 if fault else 0)
    probe_log: list[tuple[float, int, str]] = []
    stop_probe = threading.Event()
    outage: dict[str, float] = {}

    def probe():
        import requests

        while not stop_probe.is_set():
            moment = time.monotonic()
            try:
                response = requests.get(
                    base + PROBE, headers={"X-Forwarded-Proto": "https"}, timeout=10
                )
                probe_log.append((moment, response.status_code, response.text))
            except requests.RequestException as error:
                probe_log.append((moment, 0, str(error)))
            time.sleep(0.05)

    def database_fault():
        import psycopg2

        time.sleep(args.duration / 3)
        version = sorted(os.listdir("/etc/postgresql"))[-1]
        outage["stopped"] = time.monotonic()
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "stop", "-m", "fast"],
            check=True,
        )
        time.sleep(args.outage)
        outage["starting"] = time.monotonic()
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"], check=True
        )
        while True:
            try:
                psycopg2.connect(dbname="postgres", user="postgres", host="127.0.0.1").close()
                break
            except psycopg2.OperationalError:
                time.sleep(0.02)
        outage["back"] = time.monotonic()

    started = time.monotonic()
    try:
        submitters.start()
        helpers = [threading.Thread(target=probe, daemon=True)]
        if fault:
            helpers.append(threading.Thread(target=database_fault, daemon=True))
        for helper in helpers:
            helper.start()
        result = run_wrk(base + "/", args.connections - args.submitters, args.duration, script)
        submitters.finish()
        stop_probe.set()
        for helper in helpers:
            helper.join(timeout=120)
        seconds = time.monotonic() - started
    finally:
        stop(server)
    print_load(label, [result], submitters, seconds)
    probe_statuses = Counter(status for _, status, _ in probe_log)
    log(f"{label}: probe {PROBE} every 50 ms: {dict(probe_statuses)}")
    if fault and "back" in outage:
        during = [
            (t, s, body) for t, s, body in probe_log if outage["stopped"] <= t < outage["back"]
        ]
        after = [(t, s) for t, s, _ in probe_log if t >= outage["back"] and s == 200]
        unavailable = [body for _, s, body in during if s == 503]
        clean = all(
            "Temporarily unavailable" in body and "暂时无法访问" in body and "Traceback" not in body
            for body in unavailable
        )
        log(
            f"{label}: PostgreSQL down {outage['back'] - outage['stopped']:.1f} s "
            f"(stopped, {args.outage} s, started, accepting connections)"
        )
        log(
            f"{label}: probe answers while it was down: {dict(Counter(s for _, s, _ in during))}; "
            f"every 503 the bilingual page without a stack trace: {'yes' if clean else 'NO'}"
        )
        if after:
            log(
                f"{label}: first 200 {after[0][0] - outage['back']:.2f} s after the database "
                f"accepted connections again (target ≤ 5 s)"
            )
        else:
            log(f"{label}: NO 200 after the database came back")
    found = stored(env, submitters.confirmed)
    rows = found["rows"]
    missing = len(set(submitters.confirmed) - {key for key, _ in rows})
    log(
        f"{label}: confirmed to their senders {len(submitters.confirmed)}, in the database "
        f"{len(rows)} (missing {missing}; applications in the database in all {found['total']}; "
        f"distinct references {len({ref for _, ref in rows})})"
    )
    log(
        f"{label}: server tracebacks in the log: {tracebacks(server_log)} "
        f"(the database errors of the outage are logged with theirs)"
        if fault
        else f"{label}: server tracebacks in the log: {tracebacks(server_log)}"
    )


def register(base: str, event_url: str, number: int) -> int:
    import requests

    session = requests.Session()
    session.headers.update(
        {
            "X-Forwarded-Proto": "https",
            "Host": PUBLIC_HOST,
            "Origin": f"https://{PUBLIC_HOST}",
            "Referer": f"https://{PUBLIC_HOST}{event_url}",
            "X-Forwarded-For": address(200_000 + number),
        }
    )
    page = session.get(base + event_url, timeout=60)
    for cookie in session.cookies:
        cookie.secure = False
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    response = session.post(
        base + event_url,
        timeout=60,
        allow_redirects=False,
        data={
            "csrfmiddlewaretoken": token,
            "name": f"Registrant {number}",
            "organisation": "Load test Ltd",
            "email": f"registrant{number}@example.org",
            "role": "right_holder",
            "country": "China",
            "needs": "",
            "consent": "on",
            "website": "",
        },
    )
    return response.status_code


def scenario_scaleout(args, env, scratch, script) -> None:
    log()
    log(
        f"--- scaleout: 2 gunicorn instances (2 sync workers each) sharing PostgreSQL and "
        f"Redis, {args.duration} s"
    )
    manage(env, "shell", "-c", RESET)
    event_url = re.search(
        r"EVENT (\S+)", manage(env, "shell", "-c", MAKE_EVENT, capture=True)
    ).group(1)
    event_path = "/" + event_url.split("/", 3)[3] if "://" in event_url else event_url
    logs = [scratch / "scale-a.log", scratch / "scale-b.log"]
    servers = [
        start_gunicorn("portal.wsgi", env, BASE_DIR, args.port, logs[0], "/en/"),
        start_gunicorn("portal.wsgi", env, BASE_DIR, args.port + 1, logs[1], "/en/"),
    ]
    bases = [f"http://127.0.0.1:{args.port}", f"http://127.0.0.1:{args.port + 1}"]
    try:
        submitters = Submitters(bases, args.submitters, first_number=300_000)
        started = time.monotonic()
        submitters.start()
        connections = (args.connections - args.submitters) // 2
        with ThreadPoolExecutor(2) as pool:
            results = list(
                pool.map(
                    lambda base: run_wrk(base + "/", connections, args.duration, script), bases
                )
            )
        submitters.finish()
        print_load("scaleout", results, submitters, time.monotonic() - started)
        for base, result in zip(bases, results, strict=True):
            log(f"scaleout: {base}: {result['rps']:.0f}/s, p95 {result['p95'] / 1000:.1f} ms")

        # Rate limit across both instances: one address, more complete submissions than allowed.
        limit = int(args.rate_limit.split("/")[0])
        outcomes = Counter()
        for attempt in range(limit + 3):
            client = Client(bases, 400_000 + attempt, "10.250.0.1")
            if client.walk():
                outcomes["confirmed" if client.submit() else client.error] += 1
            else:
                outcomes["walk failed: " + client.error] += 1
        log(
            f"scaleout: rate limit {args.rate_limit} per address, {limit + 3} complete "
            f"submissions from one address alternating between the instances: {dict(outcomes)}"
        )

        # One submission sent six times to both instances at once.
        client = Client(bases, 500_000, "10.250.0.2")
        client.walk()
        key = client.submission_key
        payload = {
            "csrfmiddlewaretoken": client.csrf,
            client.management: "review",
            "review-submission_key": key,
        }

        def send(index):
            url = bases[index % 2] + APPLY
            response = client.session.post(url, data=payload, allow_redirects=False, timeout=60)
            return response.status_code, response.headers.get("Location", "")

        with ThreadPoolExecutor(6) as pool:
            answers = list(pool.map(send, range(6)))
        found = stored(env, [key])
        log(
            f"scaleout: the same final submission 6 times at once on both instances: answers "
            f"{dict(Counter(status for status, _ in answers))}; applications stored with that "
            f"key: {len(found['rows'])}"
        )

        # Event capacity: 20 people register at once for 5 places (no waiting list).
        with ThreadPoolExecutor(20) as pool:
            statuses = list(pool.map(lambda n: register(bases[n % 2], event_path, n), range(20)))
        found = stored(env, [])
        log(
            f"scaleout: 20 registrations at once for an event with 5 places, alternating "
            f"instances: answers {dict(Counter(statuses))}; registered in the database "
            f"{found['registered']} (of {found['registrations']} rows)"
        )
        log(f"scaleout: server tracebacks in the logs: {tracebacks(*logs)}")
    finally:
        for server in servers:
            stop(server)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenario", choices=["mixed", "fault", "scaleout", "all"], default="all")
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--submitters", type=int, default=4)
    parser.add_argument("--outage", type=float, default=5.0, help="seconds PostgreSQL is down")
    parser.add_argument("--rate-limit", default="5/h", help="submissions per client address")
    parser.add_argument("--port", type=int, default=8201)
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/portal_loadbench"
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/3")
    return parser.parse_args(argv)


def main(argv=None) -> None:
    args = parse_args(argv)
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    scratch = Path(tempfile.mkdtemp(prefix="loadbench-"))
    try:
        env = server_env(args, scratch)
        log("Preparing the database (migrate, load_initial_data, collectstatic, reset)…")
        ensure_database(args.database_url)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_initial_data", "--no-admin")
        manage(env, "collectstatic", "--noinput", "-v0")
        manage(env, "shell", "-c", RESET)
        script = scratch / "mixed.lua"
        script.write_text(WRK_SCRIPT % {"paths": ", ".join(f'"{p}"' for p in GET_PATHS)})
        log(f"GET paths (rotating): {', '.join(GET_PATHS)}")
        if args.scenario in ("mixed", "all"):
            scenario_load(args, env, scratch, script, fault=False)
        if args.scenario in ("fault", "all"):
            scenario_load(args, env, scratch, script, fault=True)
        if args.scenario in ("scaleout", "all"):
            scenario_scaleout(args, env, scratch, script)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
