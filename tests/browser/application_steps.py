"""Filling the six steps of the application form in a real browser (Playwright pages).

Fields are found by their ids (``id_<step>-<field>``, ``id_<step>-<row>-<field>`` in the
rights and goods rows), which stay the same in both languages; buttons by their visible name.
Valid values come from ``tests/applications_helpers.py``.
"""

import re

from tests.applications_helpers import CN_APPLICANT, EU_APPLICANT, future, past, pdf_bytes

# The buttons under every step, by language.
NEXT = {"en": "Save and go to the next step", "zh-hans": "保存并进入下一步"}
SEND = {"en": "Send the application", "zh-hans": "提交申请"}
ERRORS = {
    "en": "Please correct the errors below. Everything you entered has been kept.",
    "zh-hans": "请更正以下错误。您填写的所有内容均已保留。",
}
STEP_HEADING = {"en": re.compile(r"^Step (\d) of 6"), "zh-hans": re.compile(r"第\s*(\d)\s*步")}

CN_RIGHT = {
    "right_type": "national_trade_mark",
    "registration_number": "第12345678号",
    "office": "国家知识产权局（CNIPA）",
    "goods_covered": "第11类：灯具",
    "owner": "杭州明灯照明有限公司",
}
EU_RIGHT = {
    "right_type": "eu_trade_mark",
    "registration_number": "018000001",
    "office": "EUIPO",
    "goods_covered": "Class 11: lamps",
    "owner": "Lumen Lighting GmbH",
}
CN_GOODS = {
    "description": "LED 台灯",
    "tariff_code": "94052040",
    "distinguishing_features": "底座下方有防伪全息标签；序列号激光刻印。",
}
EU_GOODS = {
    "description": "LED desk lamps",
    "tariff_code": "94052040",
    "distinguishing_features": "Hologram label under the base; serial number laser-etched.",
}
CN_CONTACTS = {
    "legal_contact": "王芳，杭州明灯照明有限公司，wangfang@example.cn，+86 571 8888 6666",
    "technical_contact": "李强，质量部，liqiang@example.cn",
}
EU_CONTACTS = {
    "legal_contact": "Dr. Jan Weber, Weber IP, jan@weber-ip.example, +49 30 7654321",
    "technical_contact": "Anna Schmidt, anna@example.org",
}


def pdf_file(name="certificate.pdf") -> dict:
    """A real PDF for ``set_input_files``."""
    return {"name": name, "mimeType": "application/pdf", "buffer": pdf_bytes()}


def current_step(page) -> str:
    """The step shown, from the wizard's management field (``type``, ``applicant``, …)."""
    return page.locator("input[name$='-current_step']").input_value()


def field(page, name):
    return page.locator(f"#id_{name}")


def next_step(page, language, expected):
    page.get_by_role("button", name=NEXT[language], exact=True).click()
    page.wait_for_load_state()
    assert current_step(page) == expected, (
        current_step(page),
        page.locator(".invalid-feedback").all_inner_texts(),
    )


def fill_type(page, *, jurisdiction):
    if jurisdiction == "cn":
        page.locator("input[name='type-application_type'][value='cn_recordation']").check()
    else:
        page.locator("input[name='type-application_type'][value='eu_national']").check()
        page.locator("input[name='type-member_states'][value='DE']").check()
    page.locator("input[name='type-request_kind'][value='new']").check()


def fill_applicant(page, *, jurisdiction, phone=None):
    values = dict(CN_APPLICANT if jurisdiction == "cn" else EU_APPLICANT)
    if phone is not None:
        values["phone"] = phone
    for name in ("applicant_name", "address", "country", "contact_person", "phone", "email"):
        field(page, f"applicant-{name}").fill(values[name])
    field(page, "applicant-applicant_status").select_option(values["applicant_status"])
    field(page, "applicant-uscc" if jurisdiction == "cn" else "applicant-eori").fill(
        values["uscc" if jurisdiction == "cn" else "eori"]
    )
    page.locator("input[name='applicant-is_sme'][value='yes']").check()
    return values


def fill_right(page, *, jurisdiction, certificate=None):
    values = CN_RIGHT if jurisdiction == "cn" else EU_RIGHT
    field(page, "rights-0-right_type").select_option(values["right_type"])
    for name in ("registration_number", "office", "goods_covered", "owner"):
        field(page, f"rights-0-{name}").fill(values[name])
    field(page, "rights-0-registration_date").fill(past())
    field(page, "rights-0-expiry_date").fill(future())
    if certificate is not None:
        field(page, "rights-0-certificate").set_input_files(certificate)
    return values


def fill_goods(page, *, jurisdiction):
    values = CN_GOODS if jurisdiction == "cn" else EU_GOODS
    for name, value in values.items():
        field(page, f"goods-0-{name}").fill(value)
    return values


def fill_contacts(page, *, jurisdiction):
    values = CN_CONTACTS if jurisdiction == "cn" else EU_CONTACTS
    for name, value in values.items():
        field(page, f"contacts-{name}").fill(value)
    page.locator("input[name='contacts-contact_languages'][value='en']").check()
    page.locator("input[name='contacts-contact_languages'][value='zh']").check()
    field(page, "contacts-accept_undertakings").check()
    field(page, "contacts-accept_privacy").check()
    return values
