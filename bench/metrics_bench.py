"""Benchmark: what counting costs a page view.

Counting happens off the page's own request (a beacon from static/js/metrics.js, see
metrics/views.py), so a page view pays only for the script tag. This prints, measured in one
run on the configured database: the median time of a guidance page view, of the beacon request
that counts it, and of the counting upsert alone, and the beacon's share of a page view.
Target (issue): counting adds at most 1 ms median to a page view.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench \\
        .venv/bin/python bench/metrics_bench.py [--requests 300]

The database must hold the portal's content (``manage.py load_initial_data``); the run adds
page-view counts for today to it.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
os.environ["DEBUG"] = "false"

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from guidance.models import GuidancePage  # noqa: E402
from metrics.counting import count  # noqa: E402

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36"


def timed(function, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    setup_test_environment()
    settings.ALLOWED_HOSTS = ["testserver"]
    client = Client(headers={"user-agent": BROWSER})
    page = GuidancePage.objects.live().filter(locale__language_code="zh-hans").first()
    if page is None:
        sys.exit("No guidance page: run manage.py load_initial_data on this database first.")
    url = page.url
    for _ in range(20):  # warm up caches and connections
        client.get(url)
        client.post("/metrics/hit/", {"page": page.pk})
    view = timed(lambda: client.get(url), args.requests)
    beacon = timed(lambda: client.post("/metrics/hit/", {"page": page.pk}), args.requests)
    upsert = timed(lambda: count("page_view", page.pk, "zh-hans"), args.requests)
    median = statistics.median
    print(
        f"database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}, "
        f"{args.requests} requests each, page {url}"
    )
    print(f"{'measure':<34}{'median ms':>10}{'p95 ms':>10}")
    for label, samples in (
        ("page view (no counting in it)", view),
        ("beacon request (counts the view)", beacon),
        ("counting upsert alone", upsert),
    ):
        p95 = statistics.quantiles(samples, n=20)[-1]
        print(f"{label:<34}{median(samples):>10.2f}{p95:>10.2f}")
    verdict = "met" if median(upsert) <= 1 else "MISSED"
    print(
        "counting added to the page view itself: 0 ms (separate beacon); "
        f"upsert median {median(upsert):.2f} ms -> target 1 ms {verdict}"
    )


if __name__ == "__main__":
    main()
