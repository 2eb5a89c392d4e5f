"""A right holder reading in Chinese finds guidance, searches, switches language and registers
for an event — in a real Chromium, against the live server."""

import re

from django.core import mail

import pytest

from events.models import EventPage, Registration

pytestmark = pytest.mark.browser


def html_lang(page):
    return page.locator("html").get_attribute("lang")


def test_chinese_right_holder_reads_searches_switches_and_registers(new_context, site, screenshot):
    page = new_context(locale="zh-CN").new_page()

    # A Chinese browser landing on / is sent to the Chinese home page.
    page.goto(f"{site}/")
    assert page.url == f"{site}/zh-hans/"
    assert html_lang(page) == "zh-Hans"
    screenshot(page, "home-zh")

    # Guidance: from the main menu to the index, then to the recordation procedure.
    page.locator("#main-menu").get_by_role("link", name="指南", exact=True).click()
    assert page.url == f"{site}/zh-hans/guidance/"
    screenshot(page, "guidance-index-zh")
    page.get_by_role("link", name="办理知识产权海关保护备案").click()
    assert page.url == f"{site}/zh-hans/guidance/china-customs-recordation/"
    assert page.locator("h1").inner_text() == "办理知识产权海关保护备案"
    screenshot(page, "guidance-page-zh")

    # Search in Chinese from the header; the matches are highlighted.
    search = page.get_by_role("searchbox", name="搜索本门户")
    search.fill("备案")
    search.press("Enter")
    page.wait_for_url(re.compile(r"/zh-hans/search/\?q="))
    results = page.locator("ol.search-results > li")
    assert results.count() > 0
    assert set(page.locator("ol.search-results mark").all_inner_texts()) == {"备案"}
    screenshot(page, "search-results-zh")

    # Back on the procedure page, the language switcher leads to its English version.
    results.get_by_role("link", name="办理知识产权海关保护备案").click()
    assert page.url == f"{site}/zh-hans/guidance/china-customs-recordation/"
    page.locator("nav.language-switcher").get_by_role("link", name="English").click()
    assert page.url == f"{site}/en/guidance/china-customs-recordation/"
    assert html_lang(page) == "en"
    english_title = page.locator("h1").inner_text()
    assert not re.search(r"[\u4e00-\u9fff]", english_title), english_title
    screenshot(page, "guidance-page-en")
    page.locator("nav.language-switcher").get_by_role("link", name="简体中文").click()
    assert page.url == f"{site}/zh-hans/guidance/china-customs-recordation/"

    # Events: open an upcoming event and register.
    page.locator("#main-menu").get_by_role("link", name="活动", exact=True).click()
    assert page.url == f"{site}/zh-hans/events/"
    screenshot(page, "events-zh")
    upcoming = page.locator("section[aria-labelledby=upcoming-heading]")
    event = (
        EventPage.objects.live()
        .filter(locale__language_code="zh-hans", slug="joint-customs-industry-meeting-brussels")
        .get()
    )
    upcoming.get_by_role("link", name=event.title).first.click()
    assert page.url == f"{site}{event.url}"
    screenshot(page, "event-zh")

    form = page.locator("form[method=post]")
    form.get_by_role("textbox", name=re.compile("^姓名")).fill("王芳")
    form.get_by_role("textbox", name=re.compile("^单位")).fill("宁波示例贸易有限公司")
    form.get_by_role("textbox", name=re.compile("^电子邮箱")).fill("wang.fang@example.cn")
    form.get_by_role("combobox", name=re.compile("^身份")).select_option(label="权利人")
    form.get_by_role("checkbox", name="我所在的单位是中小企业").check()
    form.get_by_role("textbox", name=re.compile("^国家")).fill("中国")
    form.get_by_role("checkbox", name=re.compile("^我同意本门户保存上述信息")).check()
    form.get_by_role("button", name="报名").click()

    page.wait_for_url(re.compile(r"/registered/"))
    assert page.locator("h1").inner_text() == "感谢您报名"
    screenshot(page, "registration-received-zh")

    registration = Registration.objects.get(email="wang.fang@example.cn")
    assert registration.language == "zh-hans"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["wang.fang@example.cn"]
    assert event.title in message.body
    status_url = re.search(r"https?://\S+/registration/\S+/", message.body).group(0)

    # The personal link in the e-mail shows the registration.
    page.goto(status_url.replace("http://testserver", site))
    assert "已报名" in page.locator("main").inner_text()
    screenshot(page, "registration-status-zh")


# Later journeys of the right holder (issue 8), to add here once the applications intake form
# is merged — real tests then, not placeholders:
#   - "completes an application with an upload and sees the confirmation" (zh-CN context, each
#     step screenshotted, the uploaded file checked on the server side);
#   - "a reviewer changes an application's status; the applicant's status page shows it".
# The fixtures they need are in conftest.py: new_context(locale=…), site, screenshot.
