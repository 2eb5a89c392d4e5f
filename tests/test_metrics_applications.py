"""Criterion 2 of the KA4 evaluation: right holders' applications, counted without personal data.

Applications are created directly with the ORM (the intake form has its own tests); every date
is UTC.
"""

import csv
import datetime
import io
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

import pytest
from openpyxl import load_workbook

from applications.choices import jurisdiction_of
from applications.models import Application, Right
from metrics.admin_views import _applications, _rows, _tables
from metrics.queries import (
    Period,
    applications_by_right_group,
    applications_over_time,
    applications_received,
    applications_with_previous,
    forwarding_time,
)

pytestmark = pytest.mark.django_db

_numbers = itertools.count(1)
MARCH_2025 = Period(datetime.date(2025, 3, 1), datetime.date(2025, 3, 31))
APPLICANT = "Lumen Lighting GmbH"
EMAIL = "anna.schmidt@lumen.example"


def at(day: str, hour: int = 12) -> datetime.datetime:
    return datetime.datetime.fromisoformat(day).replace(hour=hour, tzinfo=datetime.UTC)


def application(
    received: str,
    application_type: str = "eu_national",
    *,
    rights=("eu_trade_mark",),
    is_sme: bool = False,
    language: str = "en",
    status: str = "received",
    request_kind: str = "new",
    forwarded: datetime.datetime | None = None,
) -> Application:
    """An application received at noon UTC on ``received`` (``YYYY-MM-DD``)."""
    number = next(_numbers)
    prefix = "REC" if application_type == "cn_recordation" else "AFA"
    submitted_at = at(received)
    created = Application.objects.create(
        reference=f"{prefix}-2099-{number:06d}",
        submission_key=f"metrics-test-{number}",
        status=status,
        language=language,
        application_type=application_type,
        jurisdiction=jurisdiction_of(application_type),
        request_kind=request_kind,
        applicant_name=APPLICANT,
        applicant_status="right_holder",
        address="Musterstraße 1, 10115 Berlin",
        country="Germany",
        contact_person="Anna Schmidt",
        phone="+49 30 1234567",
        email=EMAIL,
        is_sme=is_sme,
        legal_contact="Anna Schmidt",
        technical_contact="Anna Schmidt",
        contact_languages=["en"],
        undertakings_accepted_at=submitted_at,
        submitted_at=submitted_at,
        forwarded_at=forwarded,
    )
    for right_type in rights:
        Right.objects.create(
            application=created,
            right_type=right_type,
            registration_number="018000001",
            office="EUIPO",
            goods_covered="Class 11: lamps",
            owner=APPLICANT,
        )
    return created


def user_in(client, group: str):
    user = get_user_model().objects.create_user(f"user-{group[:8]}", password="x-123456789!")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return user


# Counting by dimension -----------------------------------------------------------------------


def test_applications_received_are_counted_by_every_dimension():
    application("2025-03-03", "eu_national", is_sme=True, status="forwarded")
    application("2025-03-04", "eu_union", language="zh-hans", request_kind="extension")
    application("2025-03-31", "cn_recordation", rights=["patent"], is_sme=True, language="zh-hans")
    application("2025-02-28", "eu_national")  # before the period
    application("2025-04-01", "cn_recordation")  # after it

    counts = applications_received(MARCH_2025)

    assert counts["total"] == 3
    assert (counts["jurisdiction_eu"], counts["jurisdiction_cn"]) == (2, 1)
    assert counts["type_eu_national"] == counts["type_eu_union"] == 1
    assert (counts["type_cn_recordation"], counts["type_eu_ex_officio"]) == (1, 0)
    assert (counts["sme"], counts["not_sme"]) == (2, 1)
    assert (counts["language_en"], counts["language_zh_hans"]) == (1, 2)
    assert (counts["kind_new"], counts["kind_extension"]) == (2, 1)
    assert (counts["status_received"], counts["status_forwarded"]) == (2, 1)
    assert counts["status_accepted"] == 0


def test_right_groups_count_each_application_once_per_group():
    application("2025-03-03", rights=["eu_trade_mark", "national_trade_mark"])
    application("2025-03-04", rights=["eu_trade_mark", "community_design"])
    application("2025-03-05", "cn_recordation", rights=["patent"])
    application("2025-03-06", rights=["spc"])

    groups = applications_by_right_group(MARCH_2025)

    assert groups["trade_mark"] == 2  # two trade marks in one application count once
    assert groups["design"] == 1
    assert groups["patent"] == 2  # patents and supplementary protection certificates
    assert groups["copyright"] == groups["plant_variety"] == 0
    assert next(iter(groups)) == "trade_mark" and "trade_name" in groups


def test_language_filter_is_the_applicants_language():
    application("2025-03-03", language="en")
    application("2025-03-03", "cn_recordation", rights=["patent"], language="zh-hans")

    chinese = Period(MARCH_2025.start, MARCH_2025.end, "zh-hans")

    assert applications_received(chinese)["total"] == 1
    assert applications_received(chinese)["jurisdiction_cn"] == 1
    assert applications_by_right_group(chinese)["patent"] == 1
    assert applications_by_right_group(chinese)["trade_mark"] == 0


def test_anonymised_applications_are_still_counted():
    from applications.management.commands.purge_applications import anonymise

    kept = application("2025-03-03", is_sme=True, status="rejected", language="zh-hans")
    anonymise(kept, at("2025-12-01"))
    kept.refresh_from_db()

    counts = applications_received(MARCH_2025)

    assert kept.anonymised_at is not None and kept.applicant_name == ""
    assert (counts["total"], counts["sme"], counts["status_rejected"]) == (1, 1, 1)
    assert counts["language_zh_hans"] == 1
    assert applications_by_right_group(MARCH_2025)["trade_mark"] == 1


# Time to forwarding -----------------------------------------------------------------------------


def test_median_time_to_forwarding_is_in_calendar_days():
    # Received on a Friday, forwarded on the Monday after: three calendar days.
    application("2025-02-28", status="forwarded", forwarded=at("2025-03-03"))
    application("2025-03-01", status="accepted", forwarded=at("2025-03-02"))
    application("2025-03-01", status="forwarded", forwarded=at("2025-03-11"))
    application("2025-03-20")  # not forwarded: not in the median

    assert forwarding_time(MARCH_2025) == {"forwarded": 3, "median_days": 3.0}

    application("2025-03-10", status="forwarded", forwarded=at("2025-03-14", hour=0))  # 3.5 days

    assert forwarding_time(MARCH_2025) == {"forwarded": 4, "median_days": 3.2}  # (3 + 3.5) / 2


def test_no_forwarding_gives_no_median():
    application("2025-03-03")

    assert forwarding_time(MARCH_2025) == {"forwarded": 0, "median_days": None}


# Previous period and year on year -----------------------------------------------------------


def test_whole_months_compare_with_the_months_before_and_a_year_before():
    assert MARCH_2025.previous() == Period(datetime.date(2025, 2, 1), datetime.date(2025, 2, 28))
    assert MARCH_2025.year_before() == Period(datetime.date(2024, 3, 1), datetime.date(2024, 3, 31))
    leap_year = Period(datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
    assert leap_year.previous() == Period(datetime.date(2023, 1, 1), datetime.date(2023, 12, 31))
    assert Period(datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)).previous().start == (
        datetime.date(2024, 1, 1)
    )
    leap_day = Period(datetime.date(2024, 2, 29), datetime.date(2024, 3, 9))
    assert leap_day.year_before() == Period(datetime.date(2023, 2, 28), datetime.date(2023, 3, 9))
    assert leap_day.previous() == Period(datetime.date(2024, 2, 19), datetime.date(2024, 2, 28))


def test_applications_compare_with_the_previous_period_and_the_year_before():
    for day in ("2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06"):
        application(day)
    application("2025-02-10")
    application("2025-02-11", "cn_recordation", rights=["patent"])
    application("2024-03-15", "cn_recordation", rights=["patent"])

    sections = {
        s["key"]: {r["key"]: r for r in s["rows"]} for s in applications_with_previous(MARCH_2025)
    }
    received = sections["received"]["applications_received"]
    china = sections["received"]["jurisdiction_cn"]

    assert (received["value"], received["previous"], received["change"]) == (4, 2, 100.0)
    assert (received["year_before"], received["year_change"]) == (1, 300.0)
    assert (china["value"], china["previous"], china["change"]) == (0, 1, -100.0)
    assert (china["year_before"], china["year_change"]) == (1, -100.0)


def test_empty_periods_give_zeros_and_no_percentages():
    empty = Period(datetime.date(2001, 1, 1), datetime.date(2001, 12, 31))

    rows = [row for section in applications_with_previous(empty) for row in section["rows"]]
    median = next(row for row in rows if row["key"] == "median_days_to_forwarding")
    counts = [row for row in rows if row["key"] != "median_days_to_forwarding"]

    assert all(r["value"] == r["previous"] == r["year_before"] == 0 for r in counts)
    assert all(r["change"] is None and r["year_change"] is None for r in rows)
    assert (median["value"], median["previous"], median["year_before"]) == (None, None, None)


def test_growth_from_an_empty_period_has_no_percentage():
    application("2025-03-03")

    row = applications_with_previous(MARCH_2025)[0]["rows"][0]

    assert (row["value"], row["previous"], row["change"]) == (1, 0, None)


def test_intervals_follow_the_length_of_the_period():
    def unit(days):
        return applications_over_time(
            Period(datetime.date(2020, 1, 1), datetime.date(2020, 1, 1) + datetime.timedelta(days))
        )["unit"]

    assert [unit(30), unit(365), unit(800), unit(2000)] == ["month", "month", "quarter", "year"]


def test_months_with_year_on_year_change_and_cut_intervals():
    application("2025-03-14", "cn_recordation", rights=["patent"])  # before the period starts
    application("2025-03-15")
    application("2025-03-20", "cn_recordation", rights=["patent"])
    application("2025-04-10")
    application("2024-03-20")
    application("2024-03-10")  # a year before, but before the same dates

    over_time = applications_over_time(
        Period(datetime.date(2025, 3, 15), datetime.date(2025, 4, 10))
    )

    assert over_time["unit"] == "month"
    march, april = over_time["rows"]
    assert (march["start"], march["eu"], march["cn"], march["total"]) == (
        datetime.date(2025, 3, 1),
        1,
        1,
        2,
    )
    assert (march["year_before"], march["change"]) == (1, 100.0)
    assert (april["total"], april["year_before"], april["change"]) == (1, 0, None)


def test_quarters_and_years():
    application("2023-05-05")
    application("2024-05-05")
    application("2024-11-05", "cn_recordation", rights=["patent"])

    quarters = applications_over_time(
        Period(datetime.date(2023, 1, 1), datetime.date(2024, 12, 31))
    )
    years = applications_over_time(Period(datetime.date(2021, 1, 1), datetime.date(2024, 12, 31)))

    assert quarters["unit"] == "quarter" and len(quarters["rows"]) == 8
    q2_2024 = quarters["rows"][5]
    assert (q2_2024["start"], q2_2024["total"], q2_2024["year_before"], q2_2024["change"]) == (
        datetime.date(2024, 4, 1),
        1,
        1,
        0.0,
    )
    assert years["unit"] == "year"
    assert [(r["start"].year, r["total"], r["year_before"]) for r in years["rows"]] == [
        (2021, 0, 0),
        (2022, 0, 0),
        (2023, 1, 0),
        (2024, 2, 1),
    ]
    assert years["rows"][-1]["change"] == 100.0


# Dashboard, report and exports ---------------------------------------------------------------


def test_exports_carry_chinese_labels():
    application("2025-03-03", is_sme=True)

    with translation.override("zh-hans"):
        tables = _tables(_rows(MARCH_2025), _applications(MARCH_2025, year_on_year=True))
    cells = [
        cell for title, header, body in tables for cell in [title, *header, *itertools.chain(*body)]
    ]
    text = "\n".join(str(cell) for cell in cells)

    assert "收到的申请" in text and "海关执法申请" in text and "中小企业" in text
    assert "上年同期" in text and "同比变化（%）" in text
    assert "商标" in text and "从收到到转交的时间中位数（日历日）" in text
    assert "Applications received" not in text


def test_csv_and_xlsx_export_every_table_in_the_admin_language(client):
    user = user_in(client, "Evaluation analysts")
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "zh-hans"
    profile.save()
    application("2025-03-03", is_sme=True)
    query = "/admin/ka4/?start=2025-03-01&end=2025-03-31"

    body = client.get(query + "&export=csv").content.decode("utf-8-sig")
    book = load_workbook(io.BytesIO(client.get(query + "&export=xlsx").content))

    lines = list(csv.reader(io.StringIO(body)))
    assert ["收到的申请", "1", "0", "", "0", ""] in lines
    assert "页面浏览量" in body and "按月统计的收到申请" in body
    assert len(book.sheetnames) == 10  # communication, eight application tables, by month
    sheet = book[book.sheetnames[1]]
    assert sheet["A3"].value == "收到的申请" and sheet["B3"].value == 1
    assert APPLICANT not in body and EMAIL not in body and "AFA-2099" not in body


def test_analysts_see_the_figures_but_no_personal_data(client):
    user_in(client, "Evaluation analysts")
    application("2025-03-03", is_sme=True, status="forwarded", forwarded=at("2025-03-05"))
    application("2025-03-04", "cn_recordation", rights=["patent"], language="zh-hans")

    html = client.get("/admin/ka4/?start=2025-03-01&end=2025-03-31").content.decode()
    report = client.get("/admin/ka4/report/2025/").content.decode()

    for page in (html, report):
        assert "Applications received" in page and "EU: applications for action" in page
        assert "Median time from receipt to forwarding (calendar days)" in page
        assert 'aria-labelledby="applications-chart-title"' in page
        assert APPLICANT not in page and EMAIL not in page and "AFA-2099" not in page
    assert '<th scope="row">2025-03</th><td>1</td><td>1</td><td>2</td>' in html
    assert "Year-on-year change (%)" in html


def test_analysts_cannot_open_the_applications_area(client):
    user_in(client, "Evaluation analysts")
    made = application("2025-03-03")

    for url in (
        "/admin/applications/",
        reverse("applications:index"),
        reverse("applications:inspect", args=[made.pk]),
        reverse("applications:index") + "?export=csv",
    ):
        response = client.get(url)
        assert response.status_code in {302, 403, 404}, url
        assert APPLICANT.encode() not in response.content


@pytest.mark.parametrize("group", ["Application reviewers", "Editors", "Translators"])
def test_others_cannot_see_the_applications_figures(client, group):
    user_in(client, group)

    assert client.get("/admin/ka4/").status_code in {302, 403}
    assert client.get("/admin/ka4/report/2025/").status_code in {302, 403}


def test_dashboard_query_count_does_not_grow_with_applications(
    client, django_assert_max_num_queries
):
    user_in(client, "Evaluation analysts")
    for day in range(1, 29):
        application(f"2025-02-{day:02d}", rights=["eu_trade_mark", "patent"])

    with django_assert_max_num_queries(120):
        assert client.get("/admin/ka4/?start=2025-01-01&end=2025-03-31").status_code == 200
