"""Real-browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

- The browser is ``/usr/bin/chromium`` (``apt-get install chromium fonts-noto-cjk``); Playwright
  cannot download its own here. Without it the tests are skipped locally, and fail under
  ``CI=true`` (``.ci/run`` installs it).
- ``live_server`` needs committed data, so these are transactional tests: pytest-django empties
  the database after each one. Each test starts from the content loaded for the session
  (``db_snapshot.restore()``), and the last one leaves it there again, so tests that run after
  them, in whatever order, see the same database as before.
- Playwright's sync API keeps an asyncio loop running in this thread, which Django's
  async-safety check takes for async code; ``DJANGO_ALLOW_ASYNC_UNSAFE`` lets the test itself
  read the database (the live server answers in its own thread either way).
- Screenshots of each journey's key pages go to ``test-artifacts/screenshots/`` (git-ignored).
"""

import os
import re
from pathlib import Path

from django.conf import settings

import pytest

from .. import db_snapshot

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    # Without these Chromium keeps calling Google's services, which the closed network refuses.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots"
IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists() or IN_CI:
        return
    skip = pytest.mark.skip(
        reason=f"{CHROMIUM} is missing: apt-get install chromium fonts-noto-cjk (CI installs it)"
    )
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(skip)


@pytest.fixture(scope="package", autouse=True)
def _leave_content_as_loaded(django_db_blocker):
    """After the last browser test (and its flush), put the session's content back."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield
    if db_snapshot.is_taken():
        with django_db_blocker.unblock():
            db_snapshot.restore()


@pytest.fixture(scope="package")
def chromium():
    """One Chromium for the package; closed before other tests run, since Playwright's loop
    would otherwise stay in this thread."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing; CI must install it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def site(live_server, transactional_db):
    """The live server's base URL, on the content loaded for the session."""
    db_snapshot.restore()
    return live_server.url


@pytest.fixture
def new_context(chromium, site):
    """``new_context(locale=…)``: a fresh browser profile (no cookies) reading in ``locale``;
    every page it opens fails the test on a JavaScript error."""
    contexts = []

    def make(locale="en-GB", **options):
        context = chromium.new_context(
            locale=locale,
            extra_http_headers={"Accept-Language": f"{locale},{locale.split('-')[0]};q=0.9"},
            viewport={"width": 1280, "height": 900},
            **options,
        )
        context.set_default_timeout(15_000)
        errors = []
        context.on("page", lambda page: page.on("pageerror", lambda error: errors.append(error)))
        contexts.append((context, errors))
        return context

    yield make
    for context, errors in contexts:
        context.close()
        assert not errors, f"JavaScript errors: {errors}"


@pytest.fixture
def page(new_context):
    """A page in an English-reading browser."""
    return new_context().new_page()


@pytest.fixture
def screenshot(request):
    """``screenshot(page, "name")`` saves the full page as
    ``test-artifacts/screenshots/<test name>/<nn>-<name>.png``."""
    folder = SCREENSHOTS / re.sub(r"[^\w.-]+", "_", request.node.name)
    count = 0

    def take(page, name):
        nonlocal count
        count += 1
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{count:02d}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
