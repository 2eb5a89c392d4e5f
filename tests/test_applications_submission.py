"""Submitting: exactly once, with references per jurisdiction and year; drafts; rate limit;
the applicant's status page."""

import datetime
import re

from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

import pytest

from applications.models import Application, ApplicationMessage, Draft, ReferenceCounter
from applications.review import change_status
from tests.applications_helpers import (
    CN_APPLICANT,
    CN_TYPE,
    EU_APPLICANT,
    EU_TYPE,
    Walker,
    prefixed,
    right,
    upload,
)

pytestmark = pytest.mark.django_db


def test_submitting_twice_creates_one_application(client):
    walker = Walker(client)
    review = walker.complete()
    first = walker.submit(review)
    second = walker.submit(review)  # double click / refresh / retry: same key
    assert Application.objects.count() == 1
    assert first["Location"] == second["Location"]
    assert len(mail.outbox) == 1


def test_a_submit_racing_one_with_the_same_key_answers_with_the_first(client):
    """Two requests of one session sent at once both pass the form's check for the key; the
    unique key then refuses the second row, which gets the first application's page."""
    first_walker = Walker(client)
    first_walker.submit(first_walker.complete())
    first = Application.objects.get()
    walker = Walker(client)
    review = walker.complete()
    session_key = walker.submission_key(review)
    # The racing request has just committed this session's key.
    Application.objects.filter(pk=first.pk).update(submission_key=session_key)
    response = walker.post("review", {"review-submission_key": "0" * 32})
    assert response.status_code == 302
    assert response["Location"].endswith(f"/submitted/{first.token}/")
    assert Application.objects.count() == 1
    assert len(mail.outbox) == 1  # only the first submission's e-mail
    # The refused attempt gave back its reference number.
    year = timezone.localdate().year
    assert ReferenceCounter.objects.get(prefix="AFA", year=year).last == 1


def test_applications_stay_out_of_the_reference_index(client):
    """Applications are personal data, not content: the application page's "usage" in the
    admin does not list them."""
    from wagtail.models import ReferenceIndex

    walker = Walker(client)
    walker.submit(walker.complete())
    assert Application.objects.count() == 1
    assert not ReferenceIndex.objects.filter(base_content_type__app_label="applications").exists()


def test_references_count_per_jurisdiction_and_year(client):
    year = timezone.localdate().year
    for _ in range(2):
        walker = Walker(client)
        walker.submit(walker.complete())
    walker = Walker(client)
    walker.submit(
        walker.complete(
            kind=CN_TYPE,
            applicant=CN_APPLICANT,
            rights=[right(right_type="patent", office="CNIPA")],
        )
    )
    references = sorted(Application.objects.values_list("reference", flat=True))
    assert references == [f"AFA-{year}-000001", f"AFA-{year}-000002", f"REC-{year}-000001"]
    assert ReferenceCounter.objects.get(prefix="AFA", year=year).last == 2


def test_reference_format():
    from django.db import transaction

    with transaction.atomic():
        reference = ReferenceCounter.next_reference("AFA", 2026)
    assert re.fullmatch(r"AFA-2026-\d{6}", reference)


def test_honeypot_blocks_bots_without_saving(client):
    walker = Walker(client)
    walker.start()
    response = walker.step("type", {**EU_TYPE, "website": "http://spam.example"})
    assert "website" in response.context["wizard"]["form"].errors
    assert not Application.objects.exists()


@override_settings(APPLICATION_RATE_LIMIT="1/d")
def test_rate_limit_answers_429_in_the_page_language_and_keeps_the_data(client):
    walker = Walker(client)
    walker.submit(walker.complete())
    walker = Walker(client, "zh-hans")
    review = walker.complete()
    response = walker.submit(review)
    assert response.status_code == 429
    assert "提交次数过多" in response.content.decode()
    assert Application.objects.count() == 1
    # The answers are still there to send later.
    again = client.get(walker.url, {"continue": "1"})
    assert "Lumen Lighting GmbH" in again.content.decode()


def test_save_draft_emails_a_resume_link_that_restores_the_form(client):
    walker = Walker(client)
    walker.start()
    walker.step("type", EU_TYPE)
    data = prefixed("applicant", {**EU_APPLICANT, "phone": "not yet"})
    data["applicant-proof_of_powers"] = upload("powers.pdf")
    response = walker.post(
        "applicant", {**data, "save_draft": "1", "draft_email": "anna@example.org"}
    )
    assert response.status_code == 200
    draft = Draft.objects.get()
    assert draft.email == "anna@example.org"
    assert (draft.expires_at - timezone.now()).days in (29, 30)
    link = re.search(r"https?://\S+/resume/\S+/", mail.outbox[0].body).group(0)
    assert draft.token in link
    # Another browser opens the link and finds everything, the attachment included.
    client.logout()
    other = type(client)()
    resumed = other.get(link.split("testserver", 1)[-1], follow=True)
    html = resumed.content.decode()
    assert 'value="Lumen Lighting GmbH"' in html
    assert 'value="not yet"' in html
    assert "powers.pdf" in html


def test_expired_draft_link_says_so(client):
    draft = Draft.objects.create(email="a@example.org", language="en", data={})
    Draft.objects.filter(pk=draft.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    response = client.get(f"{Walker(client).url}resume/{draft.token}/")
    assert response.status_code == 404
    assert "expired" in response.content.decode()


def test_purge_deletes_expired_drafts(client):
    keep = Draft.objects.create(email="a@example.org", language="en", data={})
    gone = Draft.objects.create(email="b@example.org", language="en", data={})
    Draft.objects.filter(pk=gone.pk).update(expires_at=timezone.now() - datetime.timedelta(days=1))
    call_command("purge_applications", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(Draft.objects.all()) == [keep]


def test_status_page_shows_history_but_never_internal_notes(client, django_user_model):
    walker = Walker(client)
    walker.submit(walker.complete())
    application = Application.objects.get()
    reviewer = django_user_model.objects.create_user("rev", password="x")
    application.notes.create(text="INTERNAL: applicant seems unreliable", author=reviewer)
    change_status(application, "under_review", user=reviewer)
    change_status(
        application, "information_requested", user=reviewer, message="Please send the licence."
    )
    url = f"{walker.url}status/{application.token}/"
    html = client.get(url).content.decode()
    assert "Information requested" in html
    assert "Please send the licence." in html
    assert "INTERNAL" not in html
    # The applicant answers with a message and a document.
    response = client.post(url, {"text": "Licence attached.", "document": upload("licence.pdf")})
    assert response.status_code == 302
    assert ApplicationMessage.objects.get().text == "Licence attached."
    assert application.attachments.get().kind == "reply"


def test_status_page_with_a_wrong_token_is_404(client):
    assert client.get(f"{Walker(client).url}status/not-a-token/").status_code == 404


def test_status_email_in_applicants_language(client, django_user_model):
    walker = Walker(client, "zh-hans")
    walker.submit(walker.complete())
    application = Application.objects.get()
    mail.outbox.clear()
    reviewer = django_user_model.objects.create_user("rev", password="x")
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        change_status(
            application, "under_review", user=reviewer, message="我们正在审核。", notify=True
        )
    assert len(mail.outbox) == 1
    assert "审核中" in mail.outbox[0].subject
    assert "我们正在审核。" in mail.outbox[0].body
