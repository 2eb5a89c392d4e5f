"""Admin sign-in is throttled by django-axes (per user name and address) and passwords are
validated."""

import datetime
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import RequestFactory, override_settings
from django.utils import timezone
from django.utils.module_loading import import_string

import pytest
from axes.backends import AxesStandaloneBackend
from axes.models import AccessAttempt, AccessLog

from portal.auth import client_ip

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-passphrase-2026"
LOGIN = "/admin/login/"


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("wang.fang", password=PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def sign_in(client, password, address="192.0.2.10", username="wang.fang", **headers):
    return client.post(
        LOGIN,
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        headers=headers,
    )


def fail_until_locked(client, **kwargs):
    responses = [sign_in(client, "wrong", **kwargs) for _ in range(settings.AXES_FAILURE_LIMIT)]
    return responses[:-1], responses[-1]


def test_wrong_passwords_lock_the_user_name_from_that_address(client, editor):
    before, locked = fail_until_locked(client)

    assert all(r.status_code == 200 for r in before)  # the form again, with its error
    assert locked.status_code == 429
    html = locked.content.decode()
    assert "Sign-in temporarily locked" in html
    assert "Too many failed sign-in attempts for this user name from your network." in html
    assert "Please try again in 15 minutes." in html
    # Even the right password is refused while locked.
    assert sign_in(client, PASSWORD).status_code == 429


def test_lockout_message_is_in_the_browsers_language(client, editor):
    _, locked = fail_until_locked(client, accept_language="zh-CN,zh;q=0.9")

    html = locked.content.decode()
    assert locked.status_code == 429
    assert "登录已暂时锁定" in html
    assert "请在 15 分钟后重试。" in html


def test_lockout_is_per_user_name_and_address(client, editor):
    get_user_model().objects.create_user("li.na", password=PASSWORD).groups.add(
        Group.objects.get(name="Editors")
    )
    fail_until_locked(client)

    other_address = sign_in(client, PASSWORD, address="198.51.100.7")
    client.logout()
    other_user = sign_in(client, PASSWORD, username="li.na")

    assert other_address.status_code == 302
    assert other_user.status_code == 302


def test_lockout_ends_after_the_cool_off(client, editor):
    fail_until_locked(client)

    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - datetime.timedelta(seconds=1)
    )
    response = sign_in(client, PASSWORD)

    assert response.status_code == 302
    assert response.url == "/admin/"


def test_successful_sign_in_resets_failures_and_is_not_logged(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "wrong")

    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "wrong").status_code == 200
    assert not AccessLog.objects.exists()  # no record of who signed in from where


def test_tests_can_still_sign_in_with_the_test_client(client, editor):
    assert client.login(username="wang.fang", password=PASSWORD)
    assert client.get("/admin/").status_code == 200


def test_axes_backend_comes_first_in_every_environment():
    assert issubclass(import_string(settings.AUTHENTICATION_BACKENDS[0]), AxesStandaloneBackend)
    environment = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="portal.example.org",
    )
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.AUTHENTICATION_BACKENDS[0])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parent.parent,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )

    assert result.stdout.strip() == "axes.backends.AxesStandaloneBackend"


@pytest.mark.parametrize(
    "password", ["short-2026", "password1234", "12345678901234", "wang.fang.2026"]
)
def test_weak_passwords_are_refused(password, editor):
    with pytest.raises(ValidationError):
        validate_password(password, user=editor)


def test_a_long_unusual_password_is_accepted(editor):
    validate_password("custom-office-ningbo-7319", user=editor)


@pytest.mark.parametrize(
    ("count", "forwarded", "expected"),
    [
        (0, "203.0.113.5", "10.0.0.1"),  # no trusted proxy: the header is ignored
        (1, "203.0.113.5", "203.0.113.5"),
        (1, "6.6.6.6, 203.0.113.5", "203.0.113.5"),  # a forged first entry is skipped
        (2, "6.6.6.6, 203.0.113.5, 10.0.0.2", "203.0.113.5"),
        (2, "203.0.113.5", "10.0.0.1"),  # fewer entries than proxies: fall back
    ],
)
def test_client_address_behind_trusted_proxies(count, forwarded, expected):
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", headers={"x-forwarded-for": forwarded}
    )

    with override_settings(TRUSTED_PROXY_COUNT=count):
        assert client_ip(request) == expected
