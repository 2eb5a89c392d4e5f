"""Review in the Wagtail admin: who may see what, the status flow and its audit log, exports,
attachment downloads, renewal reminders and retention."""

import csv
import datetime
import io
import json

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest
from openpyxl import load_workbook

from applications.models import Application, Attachment
from applications.review import InvalidTransition, change_status
from tests.applications_helpers import CN_APPLICANT, CN_TYPE, Walker, formset, right, upload

pytestmark = pytest.mark.django_db

GROUPS = {
    "editor": "Editors",
    "translator": "Translators",
    "analyst": "Evaluation analysts",
    "registrations": "Event registrations",
    "reviewer": "Application reviewers",
}


def login(client, django_user_model, role):
    if role == "anonymous":
        return None
    user = django_user_model.objects.create_user(f"u-{role}", password="x")
    user.groups.add(Group.objects.get(name=GROUPS[role]))
    client.force_login(user)
    return user


def submitted(client, *, language="en", with_file=True, **kwargs) -> Application:
    walker = Walker(client, language)
    walker.start()
    if with_file:
        walker.complete(**kwargs)
        data = formset("rights", kwargs.get("rights") or [right()])
        data["rights-0-certificate"] = upload("商标注册证.pdf")
        walker.post("rights", data)
        from tests.applications_helpers import CONTACTS, goods

        walker.step("goods", [goods()])
        review = walker.step("contacts", CONTACTS)
    else:
        review = walker.complete(**kwargs)
    walker.submit(review)
    client.logout()
    return Application.objects.latest("pk")


def admin_urls(application):
    attachment = application.attachments.first()
    return [
        "/admin/applications/",
        "/admin/applications/?export=csv",
        "/admin/applications/?export=xlsx",
        f"/admin/applications/inspect/{application.pk}/",
        f"/admin/applications/edit/{application.pk}/",
        f"/admin/applications/print/{application.pk}/",
        f"/admin/applications/json/{application.pk}/",
        f"/admin/applications/attachment/{attachment.pk}/",
    ]


@pytest.mark.parametrize("role", ["anonymous", "editor", "translator", "analyst", "registrations"])
def test_only_reviewers_see_applications(client, django_user_model, role):
    application = submitted(client)
    login(client, django_user_model, role)
    for url in admin_urls(application):
        response = client.get(url)
        assert response.status_code in (302, 403), (role, url, response.status_code)
        if response.status_code == 302:
            assert "/login/" in response["Location"] or response["Location"].startswith(
                "/admin/"
            ), url
        assert application.applicant_name.encode() not in response.content
    response = client.post(
        f"/admin/applications/status/{application.pk}/", {"status": "under_review"}
    )
    assert response.status_code in (302, 403)
    application.refresh_from_db()
    assert application.status == "received"


def test_reviewer_sees_every_view(client, django_user_model):
    application = submitted(client)
    login(client, django_user_model, "reviewer")
    for url in admin_urls(application):
        assert client.get(url).status_code == 200, url
    # No adding or deleting in the admin, even for reviewers.
    assert client.get("/admin/applications/new/").status_code in (302, 403)
    assert client.get(f"/admin/applications/delete/{application.pk}/").status_code in (302, 403)


def test_detail_view_reads_in_sections_with_attachments(client, django_user_model):
    application = submitted(client)
    login(client, django_user_model, "reviewer")
    html = client.get(f"/admin/applications/inspect/{application.pk}/").content.decode()
    assert "Box 1" in html and "Box 6" in html
    assert "商标注册证.pdf" in html
    assert "Lumen Lighting GmbH" in html


def test_attachment_is_a_download_with_its_chinese_name(client, django_user_model):
    application = submitted(client)
    login(client, django_user_model, "reviewer")
    attachment = application.attachments.get()
    response = client.get(f"/admin/applications/attachment/{attachment.pk}/")
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert "filename*=utf-8''%E5%95%86%E6%A0%87" in disposition
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_status_change_is_audited_and_mailed(client, django_user_model):
    application = submitted(client, with_file=False)
    reviewer = login(client, django_user_model, "reviewer")
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            f"/admin/applications/status/{application.pk}/",
            {
                "status": "under_review",
                "current_status": "received",
                "message": "We are on it.",
                "notify": "on",
            },
        )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "under_review"
    entry = ModelLogEntry.objects.get(action="applications.status", object_id=str(application.pk))
    assert entry.user == reviewer
    assert entry.data["from"] == "received" and entry.data["to"] == "under_review"
    assert entry.data["message"] == "We are on it."
    assert len(mail.outbox) == 1 and "We are on it." in mail.outbox[0].body
    assert application.reference in entry.label
    assert "Lumen" not in entry.label  # no personal data in the long-lived audit label


def test_status_flow_refuses_jumps(client, django_user_model):
    application = submitted(client, with_file=False)
    reviewer = django_user_model.objects.create_user("r", password="x")
    with pytest.raises(InvalidTransition):
        change_status(application, "accepted", user=reviewer)
    for status in ("under_review", "forwarded", "accepted"):
        application = change_status(application, status, user=reviewer)
    assert application.forwarded_at is not None and application.closed_at is not None
    with pytest.raises(InvalidTransition):
        change_status(application, "withdrawn", user=reviewer)


def test_admin_refuses_a_status_not_allowed_from_here(client, django_user_model):
    application = submitted(client, with_file=False)
    login(client, django_user_model, "reviewer")
    url = f"/admin/applications/status/{application.pk}/"
    client.post(url, {"status": "accepted", "current_status": "received"})
    application.refresh_from_db()
    assert application.status == "received"


def test_a_change_from_a_stale_page_is_refused(client, django_user_model):
    application = submitted(client, with_file=False)
    login(client, django_user_model, "reviewer")
    url = f"/admin/applications/status/{application.pk}/"
    client.post(url, {"status": "under_review", "current_status": "received"})
    client.post(url, {"status": "forwarded", "current_status": "under_review"})
    # A second reviewer whose page still showed "under review":
    client.post(url, {"status": "withdrawn", "current_status": "under_review"})
    application.refresh_from_db()
    assert application.status == "forwarded"


def test_a_refused_status_change_keeps_the_message_the_reviewer_typed(client, django_user_model):
    application = submitted(client, with_file=False)
    login(client, django_user_model, "reviewer")
    url = f"/admin/applications/status/{application.pk}/"
    too_long = "请补充商标注册证书的扫描件。" * 400  # 5,600 characters, over the 5,000 allowed

    response = client.post(
        url, {"status": "under_review", "current_status": "received", "message": too_long}
    )

    assert response.status_code == 200
    assert too_long in response.content.decode()
    application.refresh_from_db()
    assert application.status == "received"


def test_a_stale_status_change_keeps_the_message_for_the_new_status(client, django_user_model):
    application = submitted(client, with_file=False)
    login(client, django_user_model, "reviewer")
    url = f"/admin/applications/status/{application.pk}/"
    client.post(url, {"status": "under_review", "current_status": "received"})

    response = client.post(
        url,
        {"status": "withdrawn", "current_status": "received", "message": "Please call us."},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Someone else changed the status meanwhile" in html
    assert "Please call us." in html
    assert 'name="current_status" value="under_review"' in html


def test_a_refused_note_keeps_its_text(client, django_user_model):
    application = submitted(client, with_file=False)
    login(client, django_user_model, "reviewer")
    text = "Internal: check the licence chain. " * 200  # 7,000 characters

    response = client.post(f"/admin/applications/note/{application.pk}/", {"text": text})

    assert response.status_code == 200
    assert text.strip() in response.content.decode()
    assert not application.notes.exists()


def test_csv_export_opens_with_chinese_intact(client, django_user_model):
    submitted(
        client,
        language="zh-hans",
        kind=CN_TYPE,
        applicant=CN_APPLICANT,
        rights=[right(right_type="patent", office="CNIPA")],
        with_file=False,
    )
    login(client, django_user_model, "reviewer")
    response = client.get("/admin/applications/?export=csv")
    content = b"".join(response.streaming_content)
    assert content.startswith("\ufeff".encode())
    text = content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert any("杭州明灯照明有限公司" in cell for row in rows for cell in row)
    xlsx = client.get("/admin/applications/?export=xlsx")
    workbook = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content)))
    values = [cell.value for row in workbook.active.iter_rows() for cell in row]
    assert "杭州明灯照明有限公司" in values


def test_csv_export_neutralises_formulas(client, django_user_model):
    from tests.applications_helpers import EU_APPLICANT

    submitted(
        client,
        applicant={**EU_APPLICANT, "applicant_name": '=HYPERLINK("http://evil")'},
        with_file=False,
    )
    login(client, django_user_model, "reviewer")
    text = b"".join(client.get("/admin/applications/?export=csv").streaming_content).decode(
        "utf-8-sig"
    )
    assert "'=HYPERLINK" in text


def test_json_export_follows_the_form_boxes(client, django_user_model):
    application = submitted(client)
    login(client, django_user_model, "reviewer")
    data = json.loads(client.get(f"/admin/applications/json/{application.pk}/").content)
    assert data["reference"] == application.reference
    assert data["box_1_applicant"]["eori"] == "DE123456789012345"
    assert data["box_6_member_states"] == ["DE"]
    assert data["box_11_rights"][0]["right_type"] == "eu_trade_mark"


def test_list_filters_and_search(client, django_user_model):
    eu = submitted(client, with_file=False)
    cn = submitted(
        client,
        language="zh-hans",
        kind=CN_TYPE,
        applicant=CN_APPLICANT,
        rights=[right(right_type="patent", office="CNIPA")],
        with_file=False,
    )
    login(client, django_user_model, "reviewer")
    html = client.get("/admin/applications/", {"jurisdiction": "cn"}).content.decode()
    assert cn.reference in html and eu.reference not in html
    html = client.get("/admin/applications/", {"right_type": "eu_trade_mark"}).content.decode()
    assert eu.reference in html and cn.reference not in html
    assert "type of right" in html.lower() and "rights type of right" not in html.lower()
    html = client.get("/admin/applications/", {"q": cn.reference}).content.decode()
    assert cn.reference in html and eu.reference not in html


def test_eu_reminder_30_working_days_before_expiry_with_prefilled_extension(
    client, django_user_model
):
    application = submitted(client, with_file=False)
    reviewer = django_user_model.objects.create_user("r", password="x")
    for status in ("under_review", "forwarded"):
        application = change_status(application, status, user=reviewer)
    from guidance.deadlines import add_working_days

    today = timezone.localdate()
    change_status(
        application,
        "accepted",
        user=reviewer,
        valid_until=add_working_days(today, 31),
        official_number="DE-2026-0042",
    )
    mail.outbox.clear()
    call_command("send_application_reminders", stdout=io.StringIO())
    assert mail.outbox == []  # 31 working days ahead: not yet
    Application.objects.filter(pk=application.pk).update(valid_until=add_working_days(today, 30))
    call_command("send_application_reminders", stdout=io.StringIO())
    call_command("send_application_reminders", stdout=io.StringIO())  # once only
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "DE-2026-0042" in body
    link = next(line for line in body.splitlines() if "/extend/" in line).strip()
    form = client.get(link.split("testserver", 1)[-1])
    html = form.content.decode()
    assert 'value="DE-2026-0042"' in html
    assert 'value="extension"' in html and "checked" in html


def test_china_reminder_six_months_before_expiry(client, django_user_model):
    application = submitted(
        client,
        language="zh-hans",
        kind=CN_TYPE,
        applicant=CN_APPLICANT,
        rights=[right(right_type="patent", office="CNIPA")],
        with_file=False,
    )
    reviewer = django_user_model.objects.create_user("r", password="x")
    for status in ("under_review", "forwarded", "accepted"):
        application = change_status(application, status, user=reviewer)
    today = timezone.localdate()
    Application.objects.filter(pk=application.pk).update(
        valid_until=today + datetime.timedelta(days=200)
    )
    mail.outbox.clear()
    call_command("send_application_reminders", stdout=io.StringIO())
    assert mail.outbox == []
    Application.objects.filter(pk=application.pk).update(
        valid_until=today + datetime.timedelta(days=150)
    )
    call_command("send_application_reminders", stdout=io.StringIO())
    assert len(mail.outbox) == 1
    assert "续展" in mail.outbox[0].body


def test_retention_removes_personal_data_and_files_but_keeps_the_counts(
    client, django_user_model, settings
):
    application = submitted(client)
    reviewer = django_user_model.objects.create_user("r", password="x")
    application.notes.create(text="note", author=reviewer)
    for status in (
        "under_review",
        "information_requested",
        "under_review",
        "forwarded",
        "rejected",
    ):
        application = change_status(
            application, status, user=reviewer, message="Ms Schmidt, please call us."
        )
    path = application.attachments.get().file.path
    settings.APPLICATION_RETENTION_DAYS = 30
    Application.objects.filter(pk=application.pk).update(
        closed_at=timezone.now() - datetime.timedelta(days=29)
    )
    call_command("purge_applications", stdout=io.StringIO())
    application.refresh_from_db()
    assert application.anonymised_at is None  # not yet
    Application.objects.filter(pk=application.pk).update(
        closed_at=timezone.now() - datetime.timedelta(days=31)
    )
    call_command("purge_applications", stdout=io.StringIO())
    application.refresh_from_db()
    assert application.anonymised_at is not None
    assert application.applicant_name == "" and application.email == "" and application.phone == ""
    assert not Attachment.objects.filter(application=application).exists()
    import os

    assert not os.path.exists(path)
    assert not application.notes.exists() and not application.goods.exists()
    # The anonymous facts the metrics count are still there.
    assert application.jurisdiction == "eu" and application.is_sme is True
    assert application.status == "rejected" and application.submitted_at is not None
    assert list(application.rights.values_list("right_type", flat=True)) == ["eu_trade_mark"]
    for entry in ModelLogEntry.objects.filter(
        object_id=str(application.pk), action="applications.status"
    ):
        assert "Schmidt" not in json.dumps(entry.data)
    # and its status link no longer works
    assert client.get(f"{Walker(client).url}status/{application.token}/").status_code == 404
