"""Production settings refuse to start without their required environment variables."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
LOAD_SETTINGS = (
    "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"
)


def run_with_production_settings(**env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    environment.update(DJANGO_SETTINGS_MODULE="portal.settings.production", **env)
    return subprocess.run(
        [sys.executable, "-c", LOAD_SETTINGS],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({"ALLOWED_HOSTS": "portal.example.org"}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 60}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": "  ", "ALLOWED_HOSTS": "portal.example.org"}, "SECRET_KEY"),
    ],
)
def test_production_refuses_to_start_without_required_variable(env, missing):
    result = run_with_production_settings(**env)

    assert result.returncode != 0
    last_line = result.stderr.strip().splitlines()[-1]
    assert f"The {missing} environment variable is missing" in last_line


def test_production_starts_with_required_variables():
    result = run_with_production_settings(SECRET_KEY="x" * 60, ALLOWED_HOSTS="portal.example.org")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_redis_url_switches_the_cache_to_redis():
    environment = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        REDIS_URL="redis://127.0.0.1:6379/5",
    )
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.CACHES['default']['BACKEND'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.stdout.strip() == "django.core.cache.backends.redis.RedisCache"


@pytest.mark.parametrize("value", ["abc", "-30", "0"])
def test_bad_retention_period_refuses_to_start(value):
    result = run_with_production_settings(
        SECRET_KEY="x" * 60, ALLOWED_HOSTS="portal.example.org", EVENT_RETENTION_DAYS=value
    )

    assert result.returncode != 0
    assert "EVENT_RETENTION_DAYS must be" in result.stderr.strip().splitlines()[-1]
