"""A right holder reading in Chinese finds guidance, searches, switches language and registers
for an event; completes an application with an upload; a reviewer changes its status and the
applicant's status page shows it — in a real Chromium, against the live server."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone, translation

import pytest
from playwright.sync_api import expect

from applications.models import Application, Attachment
from events.models import EventPage, Registration
from tests.applications_helpers import (
    CN_APPLICANT,
    CN_TYPE,
    CONTACTS,
    Walker,
    formset,
    goods,
    pdf_bytes,
    right,
    upload,
)

from .application_steps import (
    ERRORS,
    NEXT,
    SEND,
    current_step,
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


CERTIFICATE = "商标注册证.pdf"
REFERENCE = re.compile(r"(?<![A-Z])(REC|AFA)-(\d{4})-(\d{6})(?!\d)")


def on_live_server(url, site):
    """A link from an e-mail, pointed at the live server (the test client mails testserver)."""
    return re.sub(r"^https?://[^/]+", site, url)


def test_chinese_right_holder_completes_an_application_with_an_upload(
    new_context, site, screenshot
):
    page = new_context(locale="zh-CN").new_page()
    page.goto(f"{site}/zh-hans/apply/")
    assert html_lang(page) == "zh-Hans"
    assert current_step(page) == "type"
    assert page.locator("#progress").inner_text() == "第 1 步，共 6 步：法域和申请类型"

    # 1. A China customs recordation, new.
    fill_type(page, jurisdiction="cn")
    screenshot(page, "1-type")
    next_step(page, "zh-hans", "applicant")

    # 2. The applicant, with a phone number lacking its country code: refused, all kept.
    typed = fill_applicant(page, jurisdiction="cn", phone="0571 8888")
    screenshot(page, "2-applicant")
    page.get_by_role("button", name=NEXT["zh-hans"], exact=True).click()
    page.wait_for_load_state()
    assert current_step(page) == "applicant"
    assert page.locator("#form-errors").inner_text() == ERRORS["zh-hans"]
    phone = field(page, "applicant-phone")
    assert "is-invalid" in phone.get_attribute("class")
    assert (
        page.locator("#div_id_applicant-phone .invalid-feedback")
        .inner_text()
        .startswith("请输入带国家代码的有效电话号码")
    )
    assert phone.input_value() == "0571 8888"
    for name in ("applicant_name", "address", "country", "uscc", "contact_person", "email"):
        assert field(page, f"applicant-{name}").input_value() == typed[name], name
    assert field(page, "applicant-applicant_status").input_value() == "right_holder"
    assert page.locator("input[name='applicant-is_sme'][value='yes']").is_checked()
    screenshot(page, "2-applicant-phone-error")
    phone.fill(CN_APPLICANT["phone"])
    next_step(page, "zh-hans", "rights")

    # 3. A Chinese trade mark, its certificate uploaded through the file input.
    fill_right(
        page,
        jurisdiction="cn",
        certificate=pdf_file(CERTIFICATE),
    )
    screenshot(page, "3-rights")
    next_step(page, "zh-hans", "goods")

    # 4. Goods; 5. contacts and undertakings (the Chinese Regulations' undertakings).
    fill_goods(page, jurisdiction="cn")
    screenshot(page, "4-goods")
    next_step(page, "zh-hans", "contacts")
    assert "《中华人民共和国知识产权海关保护条例》第九条" in page.locator("main").inner_text()
    fill_contacts(page, jurisdiction="cn")
    screenshot(page, "5-contacts")
    next_step(page, "zh-hans", "review")

    # 6. Review: everything typed, the attached certificate, nothing missing.
    main = page.locator("main")
    assert page.locator("#progress").inner_text() == "第 6 步，共 6 步：核对并提交"
    assert main.locator(".alert-warning").count() == 0
    review = main.inner_text()
    for value in (
        "中国海关知识产权备案",
        "杭州明灯照明有限公司",
        "91350100M000100Y43",
        "+8657188886666",
        "第12345678号",
        CERTIFICATE,
        "底座下方有防伪全息标签；序列号激光刻印。",
    ):
        assert value in review, value
    screenshot(page, "6-review")
    page.get_by_role("button", name=SEND["zh-hans"], exact=True).click()

    # The confirmation, with the REC-YYYY-NNNNNN reference.
    page.wait_for_url(re.compile(r"/zh-hans/apply/submitted/[\w-]+/$"))
    assert page.locator("h1").inner_text() == "申请已收到"
    match = REFERENCE.search(page.locator("main p.lead").inner_text())
    assert match and match.group(1) == "REC", page.locator("main p.lead").inner_text()
    assert int(match.group(2)) == timezone.localdate().year
    screenshot(page, "7-confirmation")

    # On the server: the application as typed, with the certificate on its right.
    application = Application.objects.get(reference=match.group(0))
    assert (application.jurisdiction, application.language) == ("cn", "zh-hans")
    assert (application.uscc, application.phone) == ("91350100M000100Y43", "+8657188886666")
    attachment = application.attachments.get()
    assert (attachment.kind, attachment.filename) == (Attachment.Kind.CERTIFICATE, CERTIFICATE)
    assert attachment.right == application.rights.get()
    with attachment.file.open("rb") as handle:
        assert handle.read() == pdf_bytes()

    # The confirmation e-mail, in Chinese, with the status link.
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [CN_APPLICANT["email"]]
    assert message.subject == f"已收到申请 {application.reference}"
    with translation.override("zh-hans"):
        what_next = translation.gettext("What happens next:")
    assert what_next != "What happens next:" and what_next in message.body
    assert "What happens next" not in message.body
    status_url = re.search(r"https?://\S+/apply/status/\S+/", message.body).group(0)

    # The confirmation's button and the e-mail's link lead to the same status page.
    page.get_by_role("link", name="查看我的申请状态").click()
    assert page.url == on_live_server(status_url, site)
    assert "已收到" in page.locator("main dl").inner_text()
    screenshot(page, "8-status")


REVIEWER_PASSWORD = "reviewer-journey-1!"
NOTE = "Internal: check the licence chain with the legal team before forwarding."
STATUS_MESSAGE = "我们正在审核您的备案申请，如需补充材料将与您联系。"


def submitted_by_test_client(client, *, language, kind, applicant, rights, with_certificate):
    """An application sent through the form with Django's test client (committed: this is a
    transactional test)."""
    walker = Walker(client, language)
    walker.start()
    walker.step("type", kind)
    walker.step("applicant", applicant)
    data = formset("rights", rights)
    if with_certificate:
        data["rights-0-certificate"] = upload(CERTIFICATE, pdf_bytes())
    walker.post("rights", data)
    walker.step("goods", [goods()])
    review = walker.step("contacts", CONTACTS)
    walker.submit(review)
    return Application.objects.latest("pk")


def test_reviewer_changes_the_status_and_the_applicant_sees_it(
    new_context, site, client, screenshot
):
    chinese = submitted_by_test_client(
        client,
        language="zh-hans",
        kind=CN_TYPE,
        applicant=CN_APPLICANT,
        rights=[right(right_type="national_trade_mark", office="CNIPA")],
        with_certificate=True,
    )
    client.cookies.clear()
    european = submitted_by_test_client(
        client,
        language="en",
        kind={"application_type": "eu_national", "request_kind": "new", "member_states": ["DE"]},
        applicant={
            **CN_APPLICANT,
            "uscc": "",
            "eori": "DE123456789012345",
            "country": "Germany",
            "applicant_name": "Lumen Lighting GmbH",
            "email": "anna@example.org",
        },
        rights=[right()],
        with_certificate=False,
    )
    assert chinese.reference.startswith("REC-") and european.reference.startswith("AFA-")
    (confirmation,) = [m for m in mail.outbox if m.to == [CN_APPLICANT["email"]]]
    status_url = re.search(r"https?://\S+/apply/status/\S+/", confirmation.body).group(0)
    mail.outbox.clear()

    reviewer = get_user_model().objects.create_user(
        "reviewer", "reviewer@example.org", REVIEWER_PASSWORD
    )
    reviewer.groups.add(Group.objects.get(name="Application reviewers"))

    # The reviewer signs in through the admin's login page and opens Applications.
    page = new_context(locale="en-GB").new_page()
    page.goto(f"{site}/admin/login/")
    page.get_by_label("Username").fill("reviewer")
    page.get_by_label("Password").fill(REVIEWER_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{site}/admin/")
    page.get_by_role("link", name="Applications", exact=True).click()
    page.wait_for_url(f"{site}/admin/applications/")
    results = page.locator("#listing-results")
    expect(results).to_contain_text(chinese.reference)
    expect(results).to_contain_text(european.reference)
    screenshot(page, "1-applications")

    # Filters: China only.
    page.get_by_role("button", name="Show filters").click()
    page.get_by_role("button", name="Jurisdiction", exact=True).click()
    page.get_by_label("China", exact=True).check()
    expect(results).not_to_contain_text(european.reference)
    expect(results).to_contain_text(chinese.reference)
    assert "jurisdiction=cn" in page.url
    screenshot(page, "2-filtered")

    # The application, in the order of the official form, with its attachment.
    results.get_by_role("link", name=chinese.reference).click()
    page.wait_for_url(f"{site}/admin/applications/inspect/{chinese.pk}/")
    assert "91350100M000100Y43" in page.locator("main").inner_text()
    screenshot(page, "3-application")

    # The certificate downloads as an attachment, byte for byte.
    link = page.get_by_role("link", name=CERTIFICATE)
    response = page.request.get(site + link.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-disposition"].startswith("attachment;")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.body() == pdf_bytes()
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename == CERTIFICATE
    with open(download.path(), "rb") as handle:
        assert handle.read() == pdf_bytes()

    # An internal note first, then the status with a message, e-mailed to the applicant.
    page.get_by_role("textbox", name=re.compile("^Internal note")).fill(NOTE)
    page.get_by_role("button", name="Add note").click()
    expect(page.locator(".messages")).to_contain_text("Note added.")
    page.get_by_role("combobox", name=re.compile("^New status")).select_option(label="Under review")
    page.get_by_role("textbox", name=re.compile("^Message to the applicant")).fill(STATUS_MESSAGE)
    page.get_by_role("checkbox", name="E-mail the applicant").check()
    page.get_by_role("button", name="Change status").click()
    expect(page.locator(".messages")).to_contain_text("Status changed to “Under review”.")
    assert NOTE in page.locator("main").inner_text()
    screenshot(page, "4-status-changed")

    chinese.refresh_from_db()
    assert chinese.status == "under_review"
    assert len(mail.outbox) == 1
    status_mail = mail.outbox[0]
    assert status_mail.to == [CN_APPLICANT["email"]]
    assert "审核中" in status_mail.subject and STATUS_MESSAGE in status_mail.body
    assert NOTE not in status_mail.body

    # The applicant's status page, from the confirmation e-mail's link: the new status and
    # the message, never the internal note.
    applicant = new_context(locale="zh-CN").new_page()
    applicant.goto(on_live_server(status_url, site))
    assert applicant.locator("h1").inner_text() == f"申请 {chinese.reference}"
    assert applicant.locator("main dl strong").first.inner_text() == "审核中"
    history = applicant.locator("main ol.list-unstyled").inner_text()
    assert "审核中" in history and STATUS_MESSAGE in history
    assert NOTE not in applicant.content()
    assert "licence chain" not in applicant.content()
    screenshot(applicant, "5-applicant-status")
