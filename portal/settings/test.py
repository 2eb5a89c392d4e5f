"""Test settings: real database (DATABASE_URL or SQLite), Django's locmem e-mail backend."""

import os
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", tempfile.mkdtemp(prefix="portal-test-media-"))
PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-test-private-")
STORAGES = {
    **STORAGES,  # noqa: F405
    "applications": {
        "BACKEND": "applications.uploads.PrivateFileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT},
    },
}
STATIC_ROOT = tempfile.mkdtemp(prefix="portal-test-static-")
# A cache per test process, large enough that rate-limit counters are never culled mid-test.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 20000},
    },
    # The page cache is on in tests, so every test that fetches a page twice also checks what
    # a cached page looks like; tests/conftest.py empties it before each test.
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
    },
    "fragments": CACHES["fragments"],  # noqa: F405
}
# The page cache, fragments and routes are on in tests (one process, so purges reach them).
PAGE_CACHE_SECONDS = 300
PAGE_FRAGMENT_SECONDS = 300
WAGTAILADMIN_BASE_URL = "http://testserver"
# client.login() in tests calls authenticate() without a request; production keeps axes' own
# backend, which refuses such calls (portal.auth.TestClientAxesBackend explains).
AUTHENTICATION_BACKENDS = [
    "portal.auth.TestClientAxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
