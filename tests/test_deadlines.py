"""The deadline helper: working-day arithmetic, rules per procedure, bilingual form errors."""

import datetime

from django.utils import translation

import pytest

from guidance.deadlines import Procedure, add_working_days, deadlines_for

D = datetime.date


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (D(2026, 11, 27), 1, D(2026, 11, 30)),  # Friday + 1 → Monday
        (D(2026, 11, 28), 1, D(2026, 11, 30)),  # Saturday + 1 → Monday
        (D(2026, 11, 30), 4, D(2026, 12, 4)),
        (D(2026, 12, 24), 10, D(2027, 1, 7)),  # public holidays are NOT skipped
    ],
)
def test_add_working_days_skips_weekends_only(start, days, expected):
    assert add_working_days(start, days) == expected


def test_add_working_days_refuses_zero():
    with pytest.raises(ValueError):
        add_working_days(D(2026, 1, 1), 0)


def test_eu_ex_officio_gives_four_working_days_under_article_18():
    (deadline,) = deadlines_for(Procedure.EU_EX_OFFICIO, D(2026, 11, 30))

    assert deadline.due == D(2026, 12, 4)
    with translation.override("en"):
        assert "Art. 18" in str(deadline.legal_basis)
    with translation.override("zh-hans"):
        assert "第18条" in str(deadline.legal_basis)


def test_china_ex_officio_gives_three_working_days_under_article_16():
    first = deadlines_for(Procedure.CN_EX_OFFICIO, D(2026, 11, 27))[0]

    assert first.due == D(2026, 12, 2)  # notified on a Friday: Mon, Tue, Wed
    with translation.override("en"):
        assert "Art. 16" in str(first.legal_basis)


def test_perishable_goods_have_three_working_days():
    (deadline,) = deadlines_for(Procedure.EU_PERISHABLE, D(2026, 11, 30))

    assert deadline.working_days == 3


@pytest.mark.django_db
def test_helper_lists_dates_and_holiday_warning_in_chinese(client):
    response = client.get(
        "/zh-hans/guidance/deadlines/", {"notified_on": "2026-12-24", "procedure": "eu_standard"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert '<time datetime="2027-01-07">' in html
    assert "本工具未扣除法定节假日。" in html
    assert "欧盟第608/2013号条例第23条第1款和第3款" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"notified_on": "2026-02-30", "procedure": "eu_standard"}, "请按“年-月-日”"),
        ({"notified_on": "1999-01-01", "procedure": "eu_standard"}, "请输入2014-01-01至"),
        ({"notified_on": "2026-11-30", "procedure": "../../etc"}, "请从所列情形中选择一项。"),
    ],
)
def test_bad_input_gets_a_chinese_message_and_keeps_what_was_typed(client, params, message):
    response = client.get("/zh-hans/guidance/deadlines/", params)

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert f'value="{params["notified_on"]}"' in html


@pytest.mark.django_db
def test_english_form_error_is_in_english(client):
    html = client.get(
        "/en/guidance/deadlines/", {"notified_on": "31/12/2026", "procedure": "cn_ex_officio"}
    ).content.decode()

    assert "Enter a real date in the form YYYY-MM-DD." in html
