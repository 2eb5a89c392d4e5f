"""Regressions from the break-it pass on the application form (bad input, limits, files)."""

import io

from django.contrib.auth.models import Group
from django.core import mail
from django.test import override_settings

import pytest
from openpyxl import load_workbook

from applications.models import Application, Draft
from applications.uploads import StoredUpload, private_storage
from tests.applications_helpers import EU_APPLICANT, EU_TYPE, Walker, prefixed

pytestmark = pytest.mark.django_db


def test_control_characters_are_dropped_and_the_xlsx_export_works(client, django_user_model):
    walker = Walker(client)
    name = "Ctrl\x01\x0bName\x1b[31m\u3000GmbH"
    walker.submit(walker.complete(applicant={**EU_APPLICANT, "applicant_name": name}))
    application = Application.objects.get()
    assert application.applicant_name == "CtrlName[31m\u3000GmbH"
    reviewer = django_user_model.objects.create_user("r", password="x")
    reviewer.groups.add(Group.objects.get(name="Application reviewers"))
    client.force_login(reviewer)
    response = client.get("/admin/applications/?export=xlsx")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    values = [cell.value for row in workbook.active.iter_rows() for cell in row]
    assert "CtrlName[31m\u3000GmbH" in values
    assert "Received" in values  # labels, not codes


def test_nul_bytes_in_a_saved_draft_and_in_the_submission_key(client):
    walker = Walker(client)
    walker.start()
    data = prefixed("type", EU_TYPE)
    data.update(
        {"type-existing_number": "12\x0034", "save_draft": "1", "draft_email": "a@example.org"}
    )
    assert walker.post("type", data).status_code == 200
    assert "\x00" not in str(Draft.objects.get().data)
    response = walker.post("review", {"review-submission_key": "abc\x00def"})
    assert response.status_code == 200


@override_settings(APPLICATION_RATE_LIMIT="2/d")
def test_only_complete_submissions_count_towards_the_limit(client):
    walker = Walker(client)
    walker.start()
    for _ in range(5):  # empty or incomplete review posts
        assert walker.post("review", {"review-submission_key": "0" * 32}).status_code == 200
    review = walker.complete()
    assert walker.submit(review).status_code == 302
    assert Application.objects.count() == 1


@override_settings(APPLICATION_RATE_LIMIT="2/d")
def test_saving_drafts_is_limited(client):
    walker = Walker(client)
    walker.start()
    statuses = []
    for number in range(4):
        data = {
            **prefixed("type", EU_TYPE),
            "save_draft": "1",
            "draft_email": f"x{number}@example.org",
        }
        statuses.append(walker.post("type", data).status_code)
    assert statuses == [200, 200, 429, 429]
    assert Draft.objects.count() == 2
    assert len(mail.outbox) == 2


def test_signed_references_cannot_leave_the_upload_folder():
    storage = private_storage()
    storage.save("applications/AFA-2026-000001/x/secret.pdf", io.BytesIO(b"%PDF-1.4"))
    forged = StoredUpload(
        path="tmp/../applications/AFA-2026-000001/x/secret.pdf",
        name="secret.pdf",
        size=8,
        content_type="application/pdf",
    ).sign()
    assert StoredUpload.from_signed(forged) is None


def test_resuming_one_draft_twice_gives_two_submission_keys(client):
    walker = Walker(client)
    walker.start()
    data = {**prefixed("type", EU_TYPE), "save_draft": "1", "draft_email": "a@example.org"}
    walker.post("type", data)
    draft = Draft.objects.get()
    keys = []
    for _ in range(2):
        other = type(client)()
        other.get(f"{walker.url}resume/{draft.token}/")
        keys.append(
            other.session[f"wizard_application_{walker.page.pk}"]["extra_data"]["submission_key"]
        )
    assert keys[0] != keys[1]


def test_unknown_step_shows_the_current_step(client):
    walker = Walker(client)
    walker.start()
    walker.step("type", EU_TYPE)
    response = walker.post("admin", {"x": "1"})
    assert response.status_code == 200
    assert "Step 2 of 6" in response.content.decode()


def test_bad_request_page_is_bilingual(client):
    from django.test import RequestFactory

    from portal.views import bad_request

    request = RequestFactory().get("/zh-hans/apply/")
    from django.utils import translation

    with translation.override("zh-hans"):
        response = bad_request(request, None)
    html = response.content.decode()
    assert response.status_code == 400
    assert "无法读取该请求" in html and "The request could not be read" in html
