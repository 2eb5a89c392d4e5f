"""Translation workflow: out-of-date detection, the Translations report, the edit-view panel."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation

from wagtail_localize.models import StringTranslation, TranslationSource

import pytest

from guidance.models import GlossaryTerm, GuidancePage
from portal.translation_state import report_rows, state_of

pytestmark = pytest.mark.django_db


def page(en):
    return GuidancePage.objects.get(locale=en, slug="eu-small-consignments")


def test_fresh_content_is_up_to_date(en, zh):
    rows = report_rows()

    assert rows and {row.state for row in rows} == {"up_to_date"}


def test_change_after_translation_is_flagged_and_cleared_by_sync(en, zh):
    english = page(en)
    english.last_reviewed = datetime.date(2027, 1, 15)  # a synchronised field: no new strings
    english.save_revision().publish()
    english.refresh_from_db()

    flagged = state_of(english, zh)
    assert flagged.state == "out_of_date"
    assert flagged.changed_at == english.last_published_at
    assert flagged.sync_url

    TranslationSource.objects.get(object_id=english.translation_key, locale=en).update_from_db()
    assert state_of(english, zh).state == "up_to_date"


def test_new_untranslated_text_stays_out_of_date_until_translated(en, zh):
    english = page(en)
    english.title = "Small consignments: the procedure for parcels"
    english.save_revision().publish()
    english.refresh_from_db()
    source = TranslationSource.objects.get(object_id=english.translation_key, locale=en)
    source.update_from_db()

    assert state_of(english, zh).state == "out_of_date"

    segment = source.stringsegment_set.get(context__path="title")
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=zh,
        context=segment.context,
        data="小件包裹：邮包适用的程序",
        translation_type="manual",
    )
    assert state_of(english, zh).state == "up_to_date"


def test_missing_translation(en, zh):
    term = GlossaryTerm.objects.create(locale=en, key="new-term", term="New term", definition="d")

    row = state_of(term, zh)

    assert row.state == "missing" and "submit/snippet/guidance/glossaryterm" in row.translate_url


def test_report_filters_by_section_and_state(en, zh):
    english = page(en)
    english.last_reviewed = datetime.date(2027, 2, 1)
    english.save_revision().publish()

    with translation.override("en"):
        rows = report_rows(section="Guidance", state="out_of_date")

    assert [row.source.pk for row in rows] == [english.pk]


def user_in(group):
    user = get_user_model().objects.create_user(group.lower(), password="x-123456789!")
    user.groups.add(Group.objects.get(name=group))
    return user


def test_report_view_for_translators_with_csv(client):
    client.force_login(user_in("Translators"))

    listing = client.get("/admin/reports/translations/?state=up_to_date")
    export = client.get("/admin/reports/translations/?export=csv")

    assert listing.status_code == 200 and "Up to date" in listing.content.decode()
    assert export.content.decode("utf-8").startswith("\ufeff")
    assert "术语" in export.content.decode("utf-8") or "Glossary" in export.content.decode("utf-8")


def test_report_view_is_closed_to_others(client):
    assert client.get("/admin/reports/translations/").status_code == 302  # anonymous → login
    client.force_login(user_in("Event registrations"))
    assert client.get("/admin/reports/translations/").status_code in {302, 403}


def test_edit_view_shows_the_translation_state(client, en):
    admin = get_user_model().objects.create_superuser("boss", "boss@example.com", "x-123456789!")
    client.force_login(admin)

    html = client.get(f"/admin/pages/{page(en).pk}/edit/").content.decode()

    assert "Up to date" in html
