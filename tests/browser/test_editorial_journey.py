"""A change to a guidance page goes from the editor, through the publisher's approval and the
translator, to the Chinese page — every step in the Wagtail admin of a real Chromium.

Only the three accounts are made on the server side (as an administrator would, in "Users");
editing, submitting, approving, syncing, translating and publishing all go through the admin's
own pages and the wagtail-localize editor. Translators may not publish (portal roles), so the
translated Chinese page is published by the publisher, from the same wagtail-localize editor.
"""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest

from guidance.models import GuidancePage

pytestmark = pytest.mark.browser

PASSWORD = "browser-journey-1!"
NEW_SUMMARY = "Revised: file your application for action before the goods reach the border."
NEW_SUMMARY_ZH = "修订：请在货物抵达边境之前提交海关执法申请。"


def account(username, group):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", PASSWORD, first_name=username.title()
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def log_in(new_context, site):
    def log_in_as(user):
        page = new_context(locale="en-GB").new_page()
        page.goto(f"{site}/admin/login/")
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(f"{site}/admin/")
        return page

    return log_in_as


def open_more_actions(page):
    page.locator("footer .w-dropdown__toggle").first.click()


def test_change_is_approved_translated_and_shown_in_chinese(log_in, site, screenshot):
    english = GuidancePage.objects.get(locale__language_code="en", slug="eu-application-for-action")
    chinese = english.get_translation(english.get_translations().get().locale)
    editor = account("editor", "Editors")
    publisher = account("publisher", "Publishers")
    translator = account("translator", "Translators")

    # The editor changes the summary and submits it to the Publisher approval workflow.
    page = log_in(editor)
    page.goto(f"{site}/admin/pages/{english.pk}/edit/")
    page.locator("#id_summary").fill(NEW_SUMMARY)
    screenshot(page, "editor-edits")
    open_more_actions(page)
    page.get_by_role("button", name="Submit to Publisher approval").click()
    assert "submitted for moderation" in page.locator(".messages").inner_text()
    english.refresh_from_db()
    assert english.summary != NEW_SUMMARY  # not live until approved

    # The publisher finds it awaiting review and approves it.
    page = log_in(publisher)
    dashboard = page.locator("main").inner_text()
    assert "Awaiting your review" in dashboard and english.title in dashboard
    screenshot(page, "publisher-dashboard")
    page.goto(f"{site}/admin/pages/{english.pk}/edit/")
    open_more_actions(page)
    page.get_by_role("button", name="Approve and Publish").click()
    page.wait_for_load_state()
    english.refresh_from_db()
    assert english.summary == NEW_SUMMARY

    # The translator finds the Chinese page out of date, syncs it, and translates the change.
    page = log_in(translator)
    page.goto(f"{site}/admin/reports/translations/?state=out_of_date")
    row = page.locator("table.listing tbody tr", has_text=english.title)
    screenshot(page, "translations-report")
    row.get_by_role("link", name="Sync").click()
    page.wait_for_url(re.compile(r"/admin/localize/update/\d+/$"))
    page.get_by_role("button", name="Submit").click()
    assert "Successfully updated translations" in page.locator(".messages").inner_text()

    page.goto(f"{site}/admin/reports/translations/?state=out_of_date")
    page.locator("table.listing tbody tr", has_text=english.title).get_by_role(
        "link", name="Translate"
    ).click()
    segment = page.locator("li", has=page.get_by_text(NEW_SUMMARY, exact=True)).last
    segment.get_by_role("button", name="Translate").click()
    segment.locator("textarea").fill(NEW_SUMMARY_ZH)
    segment.get_by_role("button", name="Save").click()
    segment.get_by_text("Translated manually").wait_for()
    assert not page.get_by_role("button", name=re.compile("Publish in")).count()
    screenshot(page, "translator-translates")

    # Not public yet: translators cannot publish.
    public = page.context.browser.new_context(locale="zh-CN").new_page()
    public.goto(f"{site}{chinese.url}")
    assert NEW_SUMMARY_ZH not in public.locator("main").inner_text()

    # The publisher publishes the Chinese translation from the wagtail-localize editor.
    page = log_in(publisher)
    page.goto(f"{site}/admin/pages/{chinese.pk}/edit/")
    page.get_by_role("button", name="Publish in 简体中文").click()
    assert "Published" in page.locator(".messages").inner_text()

    public.reload()
    assert NEW_SUMMARY_ZH in public.locator("main").inner_text()
    assert NEW_SUMMARY not in public.locator("main").inner_text()
    screenshot(public, "chinese-page-shows-the-change")
    public.context.close()
