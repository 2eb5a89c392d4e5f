"""Shared fixtures: the real set-up command loads the bilingual content once per test run.

Every test then runs in a transaction on that database (SQLite by default, PostgreSQL when
DATABASE_URL says so) and is rolled back afterwards.
"""

from django.core.management import call_command

from wagtail.models import Locale

import pytest

from . import db_snapshot


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    with django_db_blocker.unblock():
        call_command("load_initial_data", "--no-admin", verbosity=0)
        if any(item.get_closest_marker("browser") for item in request.session.items):
            # Browser tests run against a live server, so their data is committed and flushed
            # afterwards; they put this copy back (tests/browser/conftest.py).
            db_snapshot.take()


@pytest.fixture
def en(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def zh(db):
    return Locale.objects.get(language_code="zh-hans")


@pytest.fixture
def home_en(en):
    from home.models import HomePage

    return HomePage.objects.get(locale=en)


@pytest.fixture
def home_zh(zh):
    from home.models import HomePage

    return HomePage.objects.get(locale=zh)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with empty caches (rate-limit counters, cached fragments and pages)."""
    from django.core.cache import caches

    from portal.page_cache import clear_local

    for cache in caches.all(initialized_only=False):
        cache.clear()
    clear_local()
    yield
