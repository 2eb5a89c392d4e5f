"""Production settings: refuse to start without SECRET_KEY and ALLOWED_HOSTS.

Serve with ``gunicorn portal.wsgi`` behind a TLS-terminating proxy. Static files are
compressed and fingerprinted (CompressedManifestStaticFilesStorage) and served by whitenoise.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, STORAGES, env_bool, env_int, env_list


def _required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The {name} environment variable is missing: production settings refuse to start "
            "without it (see .env.example)."
        )
    return value


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = _required("SECRET_KEY")
ALLOWED_HOSTS = [host for host in _required("ALLOWED_HOSTS").split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Persistent database connections: opening one costs each request several milliseconds and a
# new PostgreSQL backend process (bench/README.md, applications). Each kept connection is
# checked before reuse (CONN_HEALTH_CHECKS, settings/base.py), so a database restart costs no
# failed request once the database is back.
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# HTTPS. The proxy in front terminates TLS and says so in X-Forwarded-Proto.
if env_bool("SECURE_PROXY_SSL_HEADER", True):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
# Content-Security-Policy, Referrer-Policy, X-Content-Type-Options, Permissions-Policy and
# X-Frame-Options are the same in every environment: see settings/base.py.
