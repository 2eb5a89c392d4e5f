"""The KA4 evaluation area: figures by period and language, comparison, exports, permissions."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

import pytest

from metrics.counting import count
from metrics.queries import Period, communication_figures, with_previous

pytestmark = pytest.mark.django_db


def analyst(client, group="Evaluation analysts"):
    user = get_user_model().objects.create_user(f"u-{group[:5]}", password="x-123456789!")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return user


def test_figures_compare_with_the_previous_period_of_the_same_length():
    today = timezone.now().date()
    for _ in range(3):
        count("page_view", "1", "zh-hans", day=today)
    count("page_view", "1", "en", day=today - datetime.timedelta(days=10))

    period = Period(today - datetime.timedelta(days=9), today)
    rows = {row["key"]: row for row in with_previous(period)}

    assert rows["page_views"]["value"] == 3
    assert rows["page_views"]["previous"] == 1
    assert rows["page_views"]["change"] == 200.0
    assert dict(communication_figures(Period(today, today, "en")))["page_views"] == 0


def test_events_held_count_each_event_once_with_real_content():
    figures = dict(
        communication_figures(Period(datetime.date(2014, 1, 1), datetime.date(2014, 12, 31)))
    )

    assert figures["events_held"] == 3  # Ningbo and Rome Working Groups, May 2014 workshop
    assert figures["events_working_group"] == 2


def test_analysts_see_the_dashboard_and_export(client):
    analyst(client)

    page = client.get("/admin/ka4/?start=2014-01-01&end=2017-12-31")
    csv = client.get("/admin/ka4/?start=2014-01-01&end=2017-12-31&export=csv")
    xlsx = client.get("/admin/ka4/?export=xlsx")

    assert page.status_code == 200 and "Events held" in page.content.decode()
    assert "<svg" in page.content.decode()
    assert csv.content.decode("utf-8").startswith("\ufeff")
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_annual_report_prints(client):
    analyst(client)

    html = client.get("/admin/ka4/report/2016/").content.decode()

    assert "annual report 2016" in html and '<style media="print">' in html


@pytest.mark.parametrize(
    "query",
    ["?start=2026-02-30", "?start=2030-01-01&end=2020-01-01", "?language=xx", "?start=abc&end="],
)
def test_bad_periods_fall_back_to_the_default(client, query):
    analyst(client)

    assert client.get("/admin/ka4/" + query).status_code == 200


@pytest.mark.parametrize("group", ["Editors", "Translators", "Event registrations"])
def test_others_cannot_open_the_dashboard(client, group):
    analyst(client, group)

    assert client.get("/admin/ka4/").status_code in {302, 403}


def test_empty_periods_give_zero_and_no_percentage():
    period = Period(datetime.date(2001, 1, 1), datetime.date(2001, 1, 31))

    rows = with_previous(period)

    assert all(row["value"] == 0 and row["previous"] == 0 and row["change"] is None for row in rows)
    assert period.previous() == Period(datetime.date(2000, 12, 1), datetime.date(2000, 12, 31))


def test_year_on_year_for_a_year():
    period = Period(datetime.date(2015, 1, 1), datetime.date(2015, 12, 31))
    rows = {row["key"]: row for row in with_previous(period)}

    # 2015: Brussels Working Group, June workshop; 2014: Ningbo, Rome, May workshop.
    assert (rows["events_held"]["value"], rows["events_held"]["previous"]) == (2, 3)
    assert rows["events_held"]["change"] == -33.3


def test_export_labels_follow_the_admin_language(client):
    user = analyst(client)
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "zh-hans"
    profile.save()

    body = client.get("/admin/ka4/?export=csv").content.decode("utf-8")

    assert "页面浏览量" in body and "举办的活动" in body
