"""Fixes from trying to break the portal: admin validation, date formats, links, error pages."""

import re

from django.test import Client

from wagtail.blocks.struct_block import StructBlockValidationError

import pytest

from guidance.blocks import ProcedureStepBlock

from .events_helpers import make_event, registration_data
from .helpers import html_lang, language_switcher

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("step", "field"),
    [
        ({"time_limit": 10, "time_unit": "", "legal_basis": ""}, "time_unit"),
        ({"time_limit": 10, "time_unit": "working_days", "legal_basis": ""}, "legal_basis"),
    ],
)
def test_time_limit_without_unit_or_basis_is_a_validation_error(step, field):
    block = ProcedureStepBlock()
    value = block.to_python({"actor": "Customs", "action": "Notify.", **step})

    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)

    assert field in error.value.block_errors


@pytest.mark.parametrize(
    ("typed", "due"),
    [
        ("２０２６-１１-２７", "2026-12-02"),  # full-width digits
        ("2026年11月27日", "2026-12-02"),
        ("2026/11/27", "2026-12-02"),
    ],
)
def test_deadline_helper_accepts_year_month_day_written_the_chinese_way(client, typed, due):
    html = client.get(
        "/zh-hans/guidance/deadlines/", {"notified_on": typed, "procedure": "cn_ex_officio"}
    ).content.decode()

    assert f'<time datetime="{due}">' in html


@pytest.mark.parametrize("typed", ["10/11/2026", "11/30/2026", "Nov 30 2026"])
def test_deadline_helper_refuses_ambiguous_day_month_orders(client, typed):
    html = client.get(
        "/en/guidance/deadlines/", {"notified_on": typed, "procedure": "eu_standard"}
    ).content.decode()

    assert "Enter a real date in the form YYYY-MM-DD." in html
    assert "<time datetime=" not in html.split("Your deadlines")[-1] or "Your deadlines" not in html


def test_exact_glossary_term_comes_first_in_search(client):
    html = client.get("/zh-hans/search/", {"q": "知识产权"}).content.decode()

    first = html.split('<dl class="search-glossary">')[1].split("</dt>")[0]
    assert ">知识产权</a>" in first


def test_facet_links_drop_unrecognised_values(client):
    html = client.get("/en/guidance/?jurisdiction=xx&stage=apply").content.decode()

    facet_links = re.findall(r'href="(\?[^"]*)"', html)
    assert facet_links and not any("jurisdiction=xx" in link for link in facet_links)
    assert "?ipr_type=patent&amp;stage=apply" in html


def test_switcher_keeps_filters_when_changing_language(client):
    html = client.get("/en/guidance/?jurisdiction=cn&stage=apply").content.decode()

    assert 'href="/zh-hans/guidance/?jurisdiction=cn&amp;stage=apply"' in language_switcher(html)


def test_404_switcher_has_no_untranslated_notice(client):
    switcher = language_switcher(client.get("/en/no-such-page/").content.decode())

    assert "本页尚未翻译" not in switcher


def test_csrf_failure_is_a_branded_page_in_the_page_language(zh):
    make_event(zh, "csrf-event")
    client = Client(enforce_csrf_checks=True)

    response = client.post("/zh-hans/events/csrf-event/", registration_data())

    html = response.content.decode()
    assert response.status_code == 403
    assert html_lang(html) == "zh-Hans"
    assert "表单未能提交" in html and "The form could not be sent" in html
