"""axe-core finds no serious or critical WCAG 2.1 AA violation on the public pages, in either
language, including the event registration form showing its errors, and on every step of the
application form (with errors too), its confirmation and the applicant's status page."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from .application_steps import (
    ERRORS,
    NEXT,
    SEND,
    field,
    fill_applicant,
    fill_contacts,
    fill_goods,
    fill_right,
    fill_type,
    next_step,
    pdf_file,
)

pytestmark = pytest.mark.browser

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"serious", "critical"}
EVENT = "events/joint-customs-industry-meeting-brussels/"
PAGES = {
    "home": "",
    "guidance-index": "guidance/",
    "guidance-page": "guidance/eu-application-for-action/",
    "search-results": "search/?q={query}",
    "glossary": "guidance/glossary/",
    "events": "events/",
    "event": EVENT,
}
QUERIES = {"en": "detention", "zh-hans": "备案"}


def blocking_violations(page) -> list[str]:
    """axe's serious and critical WCAG 2.1 A/AA violations on ``page``, one line each."""
    results = Axe().run(
        page,
        options={
            "runOnly": {"type": "tag", "values": WCAG_21_AA},
            "resultTypes": ["violations"],
        },
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + ", ".join(str(node["target"]) for node in violation["nodes"][:5])
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING
    ]


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_public_pages_have_no_serious_violations(new_context, site, screenshot, language):
    page = new_context(locale="zh-CN" if language == "zh-hans" else "en-GB").new_page()
    found = {}
    for name, path in PAGES.items():
        page.goto(f"{site}/{language}/{path.format(query=QUERIES[language])}")
        # Colour contrast is only measured if the style sheets loaded.
        assert page.evaluate("getComputedStyle(document.querySelector('main')).maxWidth") != "none"
        found[name] = blocking_violations(page)
        if name == "search-results":
            assert page.locator("ol.search-results mark").count() > 0
    screenshot(page, f"event-{language}")

    # The registration form sent empty shows its errors; the page must stay accessible.
    page.goto(f"{site}/{language}/{EVENT}")
    page.locator("form[method=post] button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".invalid-feedback").count() >= 5
    found["registration-errors"] = blocking_violations(page)
    screenshot(page, f"registration-errors-{language}")

    assert {name: lines for name, lines in found.items() if lines} == {}


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_application_steps_confirmation_and_status_have_no_serious_violations(
    new_context, site, screenshot, language
):
    jurisdiction = "cn" if language == "zh-hans" else "eu"
    page = new_context(locale="zh-CN" if language == "zh-hans" else "en-GB").new_page()
    page.goto(f"{site}/{language}/apply/")
    assert page.evaluate("getComputedStyle(document.querySelector('main')).maxWidth") != "none"
    found = {"type": blocking_violations(page)}

    # Step 1 sent empty, then step 2 with a wrong phone number: the error states.
    page.get_by_role("button", name=NEXT[language], exact=True).click()
    page.wait_for_load_state()
    assert page.locator(".invalid-feedback").count() >= 1
    found["type-errors"] = blocking_violations(page)
    screenshot(page, f"type-errors-{language}")
    fill_type(page, jurisdiction=jurisdiction)
    next_step(page, language, "applicant")
    found["applicant"] = blocking_violations(page)
    fill_applicant(page, jurisdiction=jurisdiction, phone="12345")
    page.get_by_role("button", name=NEXT[language], exact=True).click()
    page.wait_for_load_state()
    assert page.locator("#form-errors").inner_text() == ERRORS[language]
    found["applicant-errors"] = blocking_violations(page)
    screenshot(page, f"applicant-errors-{language}")
    field(page, "applicant-phone").fill("+86 571 8888 6666")
    next_step(page, language, "rights")

    found["rights"] = blocking_violations(page)
    fill_right(page, jurisdiction=jurisdiction, certificate=pdf_file())
    next_step(page, language, "goods")
    found["goods"] = blocking_violations(page)
    fill_goods(page, jurisdiction=jurisdiction)
    next_step(page, language, "contacts")
    found["contacts"] = blocking_violations(page)
    fill_contacts(page, jurisdiction=jurisdiction)
    next_step(page, language, "review")
    found["review"] = blocking_violations(page)
    screenshot(page, f"review-{language}")

    page.get_by_role("button", name=SEND[language], exact=True).click()
    page.wait_for_url(re.compile(rf"/{language}/apply/submitted/"))
    found["confirmation"] = blocking_violations(page)
    page.locator("main a.btn-primary").click()
    page.wait_for_url(re.compile(rf"/{language}/apply/status/"))
    found["status"] = blocking_violations(page)
    screenshot(page, f"status-{language}")

    assert {name: lines for name, lines in found.items() if lines} == {}
