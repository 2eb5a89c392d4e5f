"""The six-step application form: happy paths in both jurisdictions and languages, the
progress indicator, what each step refuses, and that a failing step keeps what was typed."""

from django.core import mail
from django.utils import translation

import pytest

from applications.models import Application, Attachment
from tests.applications_helpers import (
    CN_APPLICANT,
    CN_TYPE,
    CONTACTS,
    EU_APPLICANT,
    EU_TYPE,
    Walker,
    goods,
    past,
    right,
    upload,
)

pytestmark = pytest.mark.django_db


def errors(response) -> dict:
    form = response.context["wizard"]["form"]
    if hasattr(form, "forms"):
        merged = {}
        for row in form.forms:
            merged.update(row.errors)
        if form.non_form_errors():
            merged["__all__"] = list(form.non_form_errors())
        return merged
    return form.errors


def test_first_step_shows_progress_and_official_filing_systems(client):
    response = Walker(client).start()
    html = response.content.decode()
    assert response.status_code == 200
    assert "Step 1 of 6: Jurisdiction and type" in html
    assert "https://euipo.europa.eu/ipep/" in html
    assert "3 October 2024" in html


def test_chinese_form_speaks_chinese(client):
    response = Walker(client, "zh-hans").start()
    html = response.content.decode()
    assert "第 1 步，共 6 步" in html
    assert "欧盟知识产权执法门户" in html


def test_eu_national_application_end_to_end(client):
    walker = Walker(client)
    review = walker.complete()
    assert "Step 6 of 6" in review.content.decode()
    assert "Lumen Lighting GmbH" in review.content.decode()
    response = walker.submit(review)
    assert response.status_code == 302
    application = Application.objects.get()
    assert application.reference.startswith("AFA-")
    assert application.jurisdiction == "eu"
    assert application.member_states == ["DE"]
    assert application.phone == "+49301234567"
    assert application.is_sme is True
    assert application.rights.get().right_type == "eu_trade_mark"
    assert application.goods.get().tariff_code == "94052040"
    assert response["Location"].endswith(f"/submitted/{application.token}/")
    confirmation = client.get(response["Location"])
    assert application.reference in confirmation.content.decode()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["anna@example.org"]
    assert application.reference in message.subject
    assert "https://euipo.europa.eu/ipep/" in message.body
    assert f"/status/{application.token}/" in message.body


def test_china_recordation_in_chinese_gets_chinese_email(client):
    walker = Walker(client, "zh-hans")
    rights = [right(right_type="national_trade_mark", office="CNIPA", owner="杭州明灯照明有限公司")]
    review = walker.complete(kind=CN_TYPE, applicant=CN_APPLICANT, rights=rights)
    walker.submit(review)
    application = Application.objects.get()
    assert application.reference.startswith("REC-")
    assert application.language == "zh-hans"
    message = mail.outbox[0]
    assert "已收到" in message.subject
    assert "海关总署" in message.body
    # The links open the Chinese page.
    assert f"http://testserver{walker.url}status/{application.token}/" in message.body


def test_union_application_requires_two_member_states(client):
    walker = Walker(client)
    walker.start()
    response = walker.step(
        "type", {**EU_TYPE, "application_type": "eu_union", "member_states": ["DE"]}
    )
    assert "at least two Member States" in str(errors(response)["member_states"])


def test_member_states_only_for_eu(client):
    walker = Walker(client)
    walker.start()
    response = walker.step("type", {**CN_TYPE, "member_states": ["FR"]})
    assert "member_states" in errors(response)


def test_extension_needs_existing_number(client):
    walker = Walker(client)
    walker.start()
    response = walker.step("type", {**EU_TYPE, "request_kind": "extension"})
    assert "existing_number" in errors(response)


def test_eu_applicant_needs_an_identifier_and_valid_phone(client):
    walker = Walker(client)
    walker.start()
    walker.step("type", EU_TYPE)
    response = walker.step("applicant", {**EU_APPLICANT, "eori": "", "phone": "12345"})
    found = errors(response)
    assert "eori" in found
    assert "phone" in found
    # Everything typed is still in the form.
    assert 'value="Lumen Lighting GmbH"' in response.content.decode()


def test_china_applicant_needs_credit_code_or_agent(client):
    walker = Walker(client)
    walker.start()
    walker.step("type", CN_TYPE)
    response = walker.step("applicant", {**CN_APPLICANT, "uscc": ""})
    assert "uscc" in errors(response)
    response = walker.step("applicant", {**CN_APPLICANT, "uscc": "91350100M000100Y44"})
    assert "uscc" in errors(response)  # wrong check character


def test_china_recordation_is_only_for_the_right_holder(client):
    walker = Walker(client)
    walker.start()
    walker.step("type", CN_TYPE)
    response = walker.step("applicant", {**CN_APPLICANT, "applicant_status": "licensee"})
    assert "applicant_status" in errors(response)


def test_right_expiry_after_registration_and_not_past(client):
    walker = Walker(client)
    walker.start()
    walker.step("type", EU_TYPE)
    walker.step("applicant", EU_APPLICANT)
    response = walker.step("rights", [right(registration_date=past(10), expiry_date=past(20))])
    assert "expiry_date" in errors(response)


def test_union_application_only_for_union_wide_rights(client):
    walker = Walker(client)
    walker.start()
    walker.step("type", {**EU_TYPE, "application_type": "eu_union", "member_states": ["DE", "FR"]})
    walker.step("applicant", EU_APPLICANT)
    response = walker.step("rights", [right(right_type="national_trade_mark")])
    assert "right_type" in errors(response)


def test_tariff_code_digits_only(client):
    walker = Walker(client)
    walker.start()
    walker.step("type", EU_TYPE)
    walker.step("applicant", EU_APPLICANT)
    walker.step("rights", [right()])
    response = walker.step("goods", [goods(tariff_code="94ab")])
    assert "tariff_code" in errors(response)


def test_at_least_one_right(client):
    walker = Walker(client)
    walker.start()
    walker.step("type", EU_TYPE)
    walker.step("applicant", EU_APPLICANT)
    response = walker.step("rights", [])
    assert errors(response)


def test_validation_messages_in_chinese(client):
    walker = Walker(client, "zh-hans")
    walker.start()
    response = walker.step("type", {**EU_TYPE, "application_type": "eu_union"})
    with translation.override("zh-hans"):
        message = str(errors(response)["member_states"][0])
    assert "至少" in message


def test_add_another_right_keeps_the_first(client):
    walker = Walker(client)
    walker.start()
    walker.step("type", EU_TYPE)
    walker.step("applicant", EU_APPLICANT)
    data = {"add_row": "1"}
    from tests.applications_helpers import formset

    response = walker.post("rights", {**formset("rights", [right(owner="First Owner")]), **data})
    html = response.content.decode()
    assert "Right 2" in html
    assert 'value="First Owner"' in html
    assert "Please correct the errors" not in html


def test_back_keeps_what_was_typed_even_if_invalid(client):
    walker = Walker(client)
    walker.start()
    walker.step("type", EU_TYPE)
    walker.post(
        "applicant", {"applicant-applicant_name": "Half Done Ltd", "wizard_goto_step": "type"}
    )
    response = walker.post("type", {**{f"type-{k}": v for k, v in EU_TYPE.items()}})
    assert 'value="Half Done Ltd"' in response.content.decode()


def test_review_lists_missing_steps_with_edit_links(client):
    walker = Walker(client)
    walker.start()
    walker.step("type", EU_TYPE)
    response = walker.post(
        "type", {"wizard_goto_step": "review", **{f"type-{k}": v for k, v in EU_TYPE.items()}}
    )
    html = response.content.decode()
    assert "Still missing or to be corrected" in html
    assert 'name="wizard_goto_step" value="applicant"' in html
    # Sending now is refused and stores nothing.
    walker.submit(response)
    assert not Application.objects.exists()


def test_upload_kept_when_another_field_fails(client):
    walker = Walker(client)
    walker.start()
    walker.step("type", EU_TYPE)
    walker.step("applicant", EU_APPLICANT)
    from tests.applications_helpers import formset

    data = formset("rights", [right(expiry_date=past(5))])
    data["rights-0-certificate"] = upload("tm-certificate.pdf")
    response = walker.post("rights", data)
    html = response.content.decode()
    assert "expiry_date" in errors(response)
    assert "tm-certificate.pdf" in html
    assert 'name="rights-0-certificate-kept"' in html
    # Fix the date without choosing the file again: the certificate is still attached.
    import re

    kept = re.search(r'name="rights-0-certificate-kept" value="([^"]+)"', html).group(1)
    data = formset("rights", [right()])
    data["rights-0-certificate-kept"] = kept
    walker.post("rights", data)
    walker.step("goods", [goods()])
    review = walker.step("contacts", CONTACTS)
    assert "tm-certificate.pdf" in review.content.decode()
    walker.submit(review)
    attachment = Attachment.objects.get()
    assert attachment.filename == "tm-certificate.pdf"
    assert attachment.kind == "certificate"
    assert attachment.right is not None
