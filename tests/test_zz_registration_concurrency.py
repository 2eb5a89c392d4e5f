"""20 concurrent sign-ups for 10 places never overbook (PostgreSQL row locks).

Runs with real transactions, so the database is flushed afterwards; pytest-django runs such
tests after all the ordinary database tests, which rely on the content loaded once per run.
"""

from concurrent.futures import ThreadPoolExecutor

from django.db import connection, connections

import pytest

from events.models import Registration
from events.registration import register

from .events_helpers import make_event, registration_data


@pytest.mark.django_db(transaction=True)
def test_twenty_concurrent_registrations_for_ten_places(en):
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL; SQLite serialises writers itself")
    event = make_event(en, "concurrency", capacity=10)

    def sign_up(number):
        try:
            data = registration_data(email=f"person{number}@example.com")
            data.update(is_sme=True, interpretation_needed=False)
            data.pop("website")
            return register(event, data, "en").status
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=20) as pool:
        statuses = list(pool.map(sign_up, range(20)))

    assert statuses.count("registered") == 10
    assert statuses.count("waitlisted") == 10
    assert Registration.objects.filter(event=event, status="registered").count() == 10


@pytest.mark.django_db(transaction=True)
def test_concurrent_hits_land_in_one_daily_row():
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers need PostgreSQL")
    from metrics.counting import count
    from metrics.models import DailyCount

    def hit(_):
        try:
            for _ in range(10):
                count("page_view", "42", "zh-hans")
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(hit, range(16)))

    row = DailyCount.objects.get(metric="page_view", key="42")
    assert row.count == 160
