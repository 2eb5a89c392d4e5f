"""The event registration form can be completed with the keyboard alone."""

import re

from django.core import mail

import pytest

from events.models import Registration

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
