"""axe-core finds no serious or critical WCAG 2.1 AA violation on the public pages, in either
language, including the event registration form showing its errors."""

import pytest
from axe_playwright_python.sync_playwright import Axe

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
