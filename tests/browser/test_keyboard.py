"""The event registration form and the application form can be completed with the keyboard
alone."""

import datetime
import re

from django.core import mail
from django.utils import timezone

import pytest

from applications.models import Application
from events.models import Registration

from .application_steps import current_step

pytestmark = pytest.mark.browser


def focused(page) -> str:
    return page.evaluate("document.activeElement.id || document.activeElement.tagName")


def test_registration_form_with_keyboard_only(page, site, screenshot):
    page.goto(f"{site}/en/events/joint-customs-industry-meeting-brussels/")

    # The first Tab reaches the skip link; Enter moves to the main content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    page.keyboard.press("Enter")
    assert focused(page) == "main"

    for _ in range(30):
        page.keyboard.press("Tab")
        if focused(page) == "id_name":
            break
    assert focused(page) == "id_name", "Tab never reached the registration form"

    def type_and_tab(text, next_field):
        page.keyboard.type(text)
        page.keyboard.press("Tab")
        assert focused(page) == next_field

    type_and_tab("Anna Keller", "id_organisation")
    type_and_tab("Keller Optics GmbH", "id_email")
    type_and_tab("anna.keller@example.de", "id_role")
    type_and_tab("Right", "id_is_sme")  # typing selects "Right holder"
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    type_and_tab("Germany", "id_interpretation_needed")
    page.keyboard.press("Tab")
    assert focused(page) == "id_needs"
    type_and_tab("Vegetarian lunch", "id_consent")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # the honeypot field is out of the tab order
    assert page.evaluate("document.activeElement.type") == "submit"
    screenshot(page, "registration-filled-by-keyboard")
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"/registered/$"))
    registration = Registration.objects.get(email="anna.keller@example.de")
    assert (registration.role, registration.is_sme, registration.country) == (
        "right_holder",
        True,
        "Germany",
    )
    assert registration.needs == "Vegetarian lunch"
    assert [message.to for message in mail.outbox] == [["anna.keller@example.de"]]
    screenshot(page, "registration-received")


def tab_to(page, element_id, limit=80):
    """Press Tab until the element with ``element_id`` has the focus."""
    for _ in range(limit):
        if focused(page) == element_id:
            return
        page.keyboard.press("Tab")
    assert focused(page) == element_id, f"Tab never reached #{element_id}"


def tab_to_button(page, name, limit=40):
    """Press Tab until the focused element is the button named ``name``."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        active = page.evaluate(
            "[document.activeElement.tagName, document.activeElement.textContent.trim()]"
        )
        if active == ["BUTTON", name]:
            return
    raise AssertionError(f"Tab never reached the button “{name}”")


def type_in(page, element_id, text):
    tab_to(page, element_id)
    page.keyboard.type(text)


def type_date(page, element_id, date):
    """Type a date's digits into a date input. Chromium orders the parts by the system's
    locale (month first here, whatever the page's language), so try each order; Shift+Tab
    moves back to the first part."""
    tab_to(page, element_id)
    for order in ("%m%d%Y", "%d%m%Y", "%Y%m%d"):
        page.keyboard.type(date.strftime(order))
        if page.locator(f"#{element_id}").input_value() == date.isoformat():
            return
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Shift+Tab")
    raise AssertionError(f"could not type {date} into #{element_id}")


def submit_with_enter(page):
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_application_form_with_keyboard_only(page, site, screenshot):
    today = timezone.localdate()
    page.goto(f"{site}/en/apply/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    page.keyboard.press("Enter")
    assert focused(page) == "main"

    # 1. Type: Space picks the radio button and the checkbox; Enter on the button goes on.
    tab_to(page, "id_type-application_type_0")  # EU national application
    page.keyboard.press("Space")
    tab_to(page, "id_type-member_states_10")  # Germany
    page.keyboard.press("Space")
    assert page.locator("#id_type-member_states_10").is_checked()
    tab_to_button(page, "Save and go to the next step")
    submit_with_enter(page)
    assert current_step(page) == "applicant"

    # 2. Applicant; Enter in the last text field sends the step forward (not back).
    for name, value in (
        ("applicant_name", "Lumen Lighting GmbH"),
        ("address", "Musterstraße 1, 10115 Berlin"),
        ("country", "Germany"),
        ("eori", "DE123456789012345"),
        ("contact_person", "Anna Schmidt"),
        ("phone", "+49 30 1234567"),
        ("email", "anna@example.org"),
    ):
        type_in(page, f"id_applicant-{name}", value)
    tab_to(page, "id_applicant-is_sme_0")  # Yes
    page.keyboard.press("Space")
    page.keyboard.press("Shift+Tab")
    assert focused(page) == "id_applicant-email"
    screenshot(page, "applicant-by-keyboard")
    submit_with_enter(page)
    assert current_step(page) == "rights", page.locator(".invalid-feedback").all_inner_texts()

    # 3. Rights: typing picks the option in the select; dates are typed digit by digit.
    tab_to(page, "id_rights-0-right_type")
    page.keyboard.type("EU trade")
    type_in(page, "id_rights-0-registration_number", "018000001")
    type_in(page, "id_rights-0-office", "EUIPO")
    type_date(page, "id_rights-0-registration_date", today - datetime.timedelta(days=400))
    type_date(page, "id_rights-0-expiry_date", today + datetime.timedelta(days=400))
    type_in(page, "id_rights-0-goods_covered", "Class 11: lamps")
    type_in(page, "id_rights-0-owner", "Lumen Lighting GmbH")
    screenshot(page, "rights-by-keyboard")
    submit_with_enter(page)
    assert current_step(page) == "goods", page.locator(".invalid-feedback").all_inner_texts()

    # 4. Goods.
    type_in(page, "id_goods-0-description", "LED desk lamps")
    type_in(page, "id_goods-0-tariff_code", "94052040")
    type_in(page, "id_goods-0-distinguishing_features", "Hologram label under the base.")
    tab_to_button(page, "Save and go to the next step")
    submit_with_enter(page)
    assert current_step(page) == "contacts", page.locator(".invalid-feedback").all_inner_texts()

    # 5. Contacts and undertakings: Space ticks the checkboxes.
    type_in(page, "id_contacts-legal_contact", "Dr. Jan Weber, Weber IP, jan@weber-ip.example")
    type_in(page, "id_contacts-technical_contact", "Anna Schmidt, anna@example.org")
    for element_id in (
        "id_contacts-contact_languages_1",  # English
        "id_contacts-contact_languages_3",  # German
        "id_contacts-accept_undertakings",
        "id_contacts-accept_privacy",
    ):
        tab_to(page, element_id)
        page.keyboard.press("Space")
        assert page.locator(f"#{element_id}").is_checked(), element_id
    tab_to_button(page, "Save and go to the next step")
    submit_with_enter(page)
    assert current_step(page) == "review", page.locator(".invalid-feedback").all_inner_texts()

    # 6. Review, then send.
    assert page.locator("main .alert-warning").count() == 0
    screenshot(page, "review-by-keyboard")
    tab_to_button(page, "Send the application", limit=60)
    submit_with_enter(page)
    page.wait_for_url(re.compile(r"/en/apply/submitted/"))
    assert page.locator("h1").inner_text() == "Application received"
    screenshot(page, "confirmation-by-keyboard")

    application = Application.objects.get()
    assert application.reference.startswith(f"AFA-{today.year}-")
    assert (application.application_type, application.member_states) == ("eu_national", ["DE"])
    assert (application.eori, application.phone, application.is_sme) == (
        "DE123456789012345",
        "+49301234567",
        True,
    )
    right = application.rights.get()
    assert (right.right_type, right.registration_date, right.expiry_date) == (
        "eu_trade_mark",
        today - datetime.timedelta(days=400),
        today + datetime.timedelta(days=400),
    )
    assert [message.to for message in mail.outbox] == [["anna@example.org"]]


def test_enter_in_the_draft_email_field_saves_the_draft(page, site, screenshot):
    page.goto(f"{site}/en/apply/")
    page.get_by_text("Save and continue later").click()
    page.locator("input[name$='draft_email']").fill("draft.keyboard@example.org")
    page.locator("input[name$='draft_email']").focus()

    submit_with_enter(page)

    assert "Draft saved" in page.title()
    assert any("draft.keyboard@example.org" in message.to for message in mail.outbox)
    screenshot(page, "application-draft-saved-by-enter")
