"""`load_initial_data` sets up an empty database and is idempotent."""

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import StringTranslation

import pytest

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "locales": sorted(Locale.objects.values_list("language_code", flat=True)),
        "pages": sorted(Page.objects.values_list("id", "title", "locale__language_code", "live")),
        "revisions": Revision.objects.count(),
        "sites": list(Site.objects.values_list("hostname", "root_page_id", "is_default_site")),
        "string_translations": StringTranslation.objects.count(),
    }


def test_initial_data_has_both_locales_home_pages_and_a_site(home_en, home_zh):
    site = Site.objects.get(is_default_site=True)

    assert sorted(Locale.objects.values_list("language_code", flat=True)) == ["en", "zh-hans"]
    assert site.root_page_id == home_en.pk
    assert home_en.live and home_zh.live
    assert not Page.objects.filter(content_type__model="page", depth=2).exists()


def test_running_the_command_twice_changes_nothing():
    before = snapshot()

    call_command("load_initial_data", "--no-admin", verbosity=0)

    assert snapshot() == before


def test_admin_user_is_created_only_in_debug(settings):
    settings.DEBUG = False
    call_command("load_initial_data", verbosity=0)

    assert not get_user_model().objects.filter(is_superuser=True).exists()


def test_local_admin_password_comes_from_the_environment(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("PORTAL_ADMIN_PASSWORD", "a-long-local-password")

    call_command("load_initial_data", verbosity=0)

    admin = get_user_model().objects.get(username="admin")
    assert admin.check_password("a-long-local-password")
