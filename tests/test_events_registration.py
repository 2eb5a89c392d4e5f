"""Registration: form, window, waiting list, cancellation, e-mails with .ics, permissions."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

import icalendar
import pytest

from events.models import Registration
from events.registration import cancel, register

from .events_helpers import make_event, registration_data

pytestmark = pytest.mark.django_db


def post_registration(client, path, **overrides):
    return client.post(path, registration_data(**overrides))


def test_registration_confirms_by_email_in_chinese_with_ics(client, zh):
    make_event(zh, "reg-zh", title="中欧海关与企业联席会议")

    response = post_registration(client, "/zh-hans/events/reg-zh/")

    registration = Registration.objects.get(email="li.wei@example.com")
    assert response.status_code == 302
    assert response["Location"] == "/zh-hans/events/reg-zh/registered/"  # no token in the URL
    assert registration.status == "registered" and registration.language == "zh-hans"
    (message,) = mail.outbox
    assert message.subject == "报名成功：中欧海关与企业联席会议"
    assert registration.token in message.body
    (name, content, mimetype) = message.attachments[0]
    assert name.endswith(".ics") and mimetype.startswith("text/calendar")
    parsed = icalendar.Calendar.from_ical(content)
    assert parsed.walk("VEVENT")[0]["SUMMARY"] == "中欧海关与企业联席会议"


def test_status_page_shows_the_registration(client, en):
    make_event(en, "reg-status")
    post_registration(client, "/en/events/reg-status/")
    token = Registration.objects.get().token

    page = client.get(f"/en/events/reg-status/registration/{token}/").content.decode()

    assert "Registered" in page and "Cancel my registration" in page
    assert '<meta name="robots" content="noindex">' in page


def test_wrong_token_is_a_404(client, en):
    make_event(en, "reg-token")

    assert client.get("/en/events/reg-token/registration/not-a-token/").status_code == 404


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"email": "not-an-address"}, "请输入有效的电子邮箱地址，例如 name@example.com。"),
        ({"consent": ""}, "请同意隐私声明后再报名。"),
        ({"name": ""}, "此栏为必填项"),
        ({"role": "king"}, "请选择有效的选项"),
        ({"website": "http://spam.example"}, "请不要填写此栏。"),
    ],
)
def test_invalid_registration_keeps_values_and_saves_nothing(client, zh, overrides, message):
    make_event(zh, "reg-invalid")

    response = post_registration(client, "/zh-hans/events/reg-invalid/", **overrides)

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert 'value="Ningbo Example Trading Co."' in html
    assert not Registration.objects.exists()
    assert not mail.outbox


def test_full_event_puts_people_on_the_waiting_list(en):
    event = make_event(en, "reg-full", capacity=1)
    first = register(event, _clean(email="a@example.com"), "en")
    second = register(event, _clean(email="b@example.com"), "en")

    assert (first.status, second.status) == ("registered", "waitlisted")


def test_cancelling_promotes_the_first_on_the_waiting_list(client, en):
    event = make_event(en, "reg-promote", capacity=1)
    holder = register(event, _clean(email="a@example.com"), "en")
    first_waiting = register(event, _clean(email="b@example.com"), "zh-hans")
    register(event, _clean(email="c@example.com"), "en")

    response = client.post(
        f"/en/events/reg-promote/registration/{holder.token}/", {"action": "cancel"}
    )

    assert response.status_code == 200
    first_waiting.refresh_from_db()
    assert first_waiting.status == "registered"
    assert Registration.objects.get(email="c@example.com").status == "waitlisted"
    (message,) = mail.outbox
    assert message.to == ["b@example.com"] and message.subject.startswith("有空余名额")


def test_cancelling_twice_changes_nothing(en):
    event = make_event(en, "reg-twice", capacity=1)
    holder = register(event, _clean(email="a@example.com"), "en")
    register(event, _clean(email="b@example.com"), "en")

    assert len(cancel(holder)) == 1
    assert cancel(holder) == []
    assert Registration.objects.filter(status="registered").count() == 1


def test_get_on_the_status_page_never_cancels(client, en):
    event = make_event(en, "reg-get")
    holder = register(event, _clean(), "en")

    client.get(f"/en/events/reg-get/registration/{holder.token}/?action=cancel")

    holder.refresh_from_db()
    assert holder.status == "registered"


def test_double_submission_creates_one_registration(client, en):
    make_event(en, "reg-double")

    first = post_registration(client, "/en/events/reg-double/")
    again = post_registration(client, "/en/events/reg-double/")

    assert Registration.objects.count() == 1
    # The same neutral answer either way: nobody learns whether an address is registered,
    # and the confirmation is not e-mailed again within 15 minutes.
    assert again.status_code == first.status_code == 302
    assert again["Location"] == first["Location"]
    assert len(mail.outbox) == 1


def test_capacity_is_shared_by_both_language_versions(en, zh):
    from portal.content import translate_from_shadow

    event = make_event(en, "reg-shared", capacity=1)
    zh_event = translate_from_shadow(
        event,
        type(event)(
            slug=event.slug,
            locale=zh,
            title="测试会议",
            summary="测试。",
            kind=event.kind,
            audience=event.audience,
            starts_at=event.starts_at,
            ends_at=event.ends_at,
            city="布鲁塞尔",
            country="比利时",
        ),
        zh,
    )
    register(event, _clean(email="a@example.com"), "en")

    assert register(zh_event, _clean(email="b@example.com"), "zh-hans").status == "waitlisted"


@pytest.mark.parametrize(
    ("fields", "state", "text"),
    [
        (
            {"registration_opens": timezone.now() + datetime.timedelta(days=2)},
            "not_open",
            "Registration opens on",
        ),
        (
            {"registration_closes": timezone.now() - datetime.timedelta(minutes=1)},
            "closed",
            "Registration is closed.",
        ),
    ],
)
def test_registration_window_is_enforced(client, en, fields, state, text):
    event = make_event(en, "reg-window", **fields)

    response = post_registration(client, "/en/events/reg-window/")

    assert event.registration_state() == state
    assert text in response.content.decode()
    assert not Registration.objects.exists()


def test_past_event_takes_no_registration(client, en):
    start = timezone.now() - datetime.timedelta(days=3)
    make_event(
        en,
        "reg-past",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        registration_closes=None,
    )

    response = post_registration(client, "/en/events/reg-past/")

    assert "This event has ended." in response.content.decode()
    assert not Registration.objects.exists()


def test_retention_anonymises_old_registrations_and_keeps_counts(en, settings):
    settings.EVENT_RETENTION_DAYS = 30
    event = make_event(en, "reg-old")
    registration = register(event, _clean(), "en")
    type(event).objects.filter(pk=event.pk).update(
        starts_at=timezone.now() - datetime.timedelta(days=41),
        ends_at=timezone.now() - datetime.timedelta(days=40),
    )

    call_command("purge_event_registrations", verbosity=0)

    registration.refresh_from_db()
    assert (registration.name, registration.email, registration.organisation) == ("", "", "")
    assert registration.anonymised_at is not None
    assert (registration.status, registration.role, registration.is_sme) == (
        "registered",
        "right_holder",
        True,
    )


def _clean(**overrides):
    data = registration_data(**overrides)
    data["is_sme"] = bool(data["is_sme"])
    data["interpretation_needed"] = False
    data.pop("website")
    return data


# --- who may see registrants' personal data ----------------------------------------


@pytest.fixture
def registration(en):
    event = make_event(en, "reg-perms", title="会议 Meeting")
    return register(event, _clean(name="张伟"), "zh-hans")


def login(client, *, group=None, superuser=False):
    user = get_user_model().objects.create_user("user", "user@example.com", "pw-123456789!")
    if superuser:
        user.is_superuser = user.is_staff = True
        user.save()
    if group:
        user.groups.add(Group.objects.get(name=group))
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    return user


@pytest.mark.parametrize(
    "url", ["/admin/registrations/", "/admin/registrations/export/?export=csv"]
)
def test_anonymous_users_cannot_see_registrations(client, registration, url):
    response = client.get(url)

    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_admin_users_outside_the_group_cannot_see_registrations(client, registration):
    login(client)

    response = client.get("/admin/registrations/")

    assert response.status_code in {302, 403}
    assert "张伟" not in response.content.decode()


def test_event_registrations_group_sees_and_exports_with_bom(client, registration):
    login(client, group="Event registrations")

    listing = client.get("/admin/registrations/")
    export = client.get("/admin/registrations/?export=csv")

    assert listing.status_code == 200 and "张伟" in listing.content.decode()
    body = b"".join(export.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff") and "张伟" in body


def test_event_registrations_group_can_export_xlsx(client, registration):
    login(client, group="Event registrations")

    response = client.get("/admin/registrations/?export=xlsx")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_out_of_date_translation_cannot_overbook(en, zh):
    from portal.content import translate_from_shadow

    event = make_event(en, "reg-stale", capacity=60)
    shadow = type(event)(
        slug=event.slug,
        locale=zh,
        title="测试",
        summary="测试。",
        kind=event.kind,
        audience=event.audience,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        city="布鲁塞尔",
        country="比利时",
    )
    zh_event = translate_from_shadow(event, shadow, zh)
    type(event).objects.filter(pk=event.pk).update(capacity=1)  # English lowered, not synced

    register(zh_event, _clean(email="a@example.com"), "zh-hans")
    second = register(zh_event, _clean(email="b@example.com"), "zh-hans")

    assert second.status == "waitlisted"
    assert second.event_id == event.pk  # registrations belong to the source-language event


def test_raising_capacity_promotes_the_waiting_list(en, django_capture_on_commit_callbacks):
    event = make_event(en, "reg-raise", capacity=1)
    register(event, _clean(email="a@example.com"), "en")
    waiting = register(event, _clean(email="b@example.com"), "zh-hans")

    event.capacity = 2
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()

    waiting.refresh_from_db()
    assert waiting.status == "registered"
    assert mail.outbox[-1].to == ["b@example.com"]


def test_newcomers_do_not_skip_the_waiting_list(en):
    event = make_event(en, "reg-queue", capacity=1)
    register(event, _clean(email="a@example.com"), "en")
    register(event, _clean(email="b@example.com"), "en")
    type(event).objects.filter(pk=event.pk).update(capacity=2)

    latecomer = register(event, _clean(email="c@example.com"), "en")

    assert latecomer.status == "waitlisted"


def test_deleting_a_registration_promotes_the_next(en, django_capture_on_commit_callbacks):
    event = make_event(en, "reg-delete", capacity=1)
    holder = register(event, _clean(email="a@example.com"), "en")
    waiting = register(event, _clean(email="b@example.com"), "en")

    with django_capture_on_commit_callbacks(execute=True):
        holder.delete()

    waiting.refresh_from_db()
    assert waiting.status == "registered"


def test_cannot_cancel_after_the_event(client, en):
    event = make_event(en, "reg-after")
    holder = register(event, _clean(), "en")
    type(event).objects.filter(pk=event.pk).update(
        starts_at=timezone.now() - datetime.timedelta(days=2),
        ends_at=timezone.now() - datetime.timedelta(days=1),
    )

    response = client.post(
        f"/en/events/reg-after/registration/{holder.token}/", {"action": "cancel"}
    )

    holder.refresh_from_db()
    assert holder.status == "registered"
    assert "can no longer be changed" in response.content.decode()


def test_csv_export_neutralises_formulas(client, en):
    event = make_event(en, "reg-formula")
    register(event, _clean(name='=HYPERLINK("http://evil.example","x")'), "en")
    login(client, group="Event registrations")

    body = b"".join(client.get("/admin/registrations/?export=csv").streaming_content).decode()

    assert "'=HYPERLINK" in body
    assert ",=HYPERLINK" not in body and "\n=HYPERLINK" not in body


def test_inspect_view_never_shows_the_private_token(client, registration):
    login(client, group="Event registrations")

    html = client.get(f"/admin/registrations/inspect/{registration.pk}/").content.decode()

    assert html and registration.token not in html
    assert "张伟" in html


def test_audit_label_holds_no_personal_data(registration):
    assert "张伟" not in str(registration)
