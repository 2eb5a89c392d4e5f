"""Who may open every address that shows personal data, counts, translations or uploaded files.

``MATRIX`` is the specification: one row per address, with the roles that may open it;
superusers may open everything, every other role must be refused (anonymous visitors are sent
to the sign-in page, signed-in users get 403 or Wagtail's "permission denied" redirect to the
dashboard) and must not see the personal data. Each row is one test that tries every role and
lists every role that got the wrong answer. When a feature adds an admin view (the
applications viewset for "Application reviewers", for example), add its rows here; a new group
goes into ``ROLES``.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail_localize.models import Translation, TranslationSource

import pytest

from applications.models import Application, Attachment
from events.models import EventPage, Registration
from events.registration import register
from guidance.models import GuidancePage
from subscriptions.models import Subscription

from .events_helpers import make_event, registration_data

pytestmark = pytest.mark.django_db

#: Role → group created by the migrations (None: not signed in).
ROLES = {
    "anonymous": None,
    "editor": "Editors",
    "publisher": "Publishers",
    "translator": "Translators",
    "analyst": "Evaluation analysts",
    "reviewer": "Application reviewers",
    "registration manager": "Event registrations",
    "subscription manager": "Subscription managers",
    "superuser": None,
}

EDITORIAL = {"editor", "publisher"}
TRANSLATING = {"editor", "publisher", "translator"}


#: (what, address, roles that may open it). Placeholders are filled by the ``objects`` fixture.
MATRIX = [
    # Event registrants: the "Event registrations" group only.
    ("registrations list", "/admin/registrations/", {"registration manager"}),
    ("registrations search", "/admin/registrations/?q=li.wei", {"registration manager"}),
    ("registrations CSV", "/admin/registrations/?export=csv", {"registration manager"}),
    ("registrations XLSX", "/admin/registrations/?export=xlsx", {"registration manager"}),
    ("registration", "/admin/registrations/inspect/{registration}/", {"registration manager"}),
    ("registration edit", "/admin/registrations/edit/{registration}/", {"registration manager"}),
    (
        "registration delete",
        "/admin/registrations/delete/{registration}/",
        {"registration manager"},
    ),
    # Subscriber addresses: the "Subscription managers" group only.
    ("subscribers list", "/admin/subscribers/", {"subscription manager"}),
    ("subscribers CSV", "/admin/subscribers/?export=csv", {"subscription manager"}),
    ("subscribers XLSX", "/admin/subscribers/?export=xlsx", {"subscription manager"}),
    ("subscriber edit", "/admin/subscribers/edit/{subscription}/", {"subscription manager"}),
    ("subscriber delete", "/admin/subscribers/delete/{subscription}/", {"subscription manager"}),
    # KA4 evaluation (anonymous counts): the "Evaluation analysts" group only.
    ("KA4 dashboard", "/admin/ka4/", {"analyst"}),
    ("KA4 CSV", "/admin/ka4/?export=csv", {"analyst"}),
    ("KA4 XLSX", "/admin/ka4/?export=xlsx", {"analyst"}),
    ("KA4 annual report", "/admin/ka4/report/2016/", {"analyst"}),
    # Staff accounts (names, e-mail addresses): superusers only.
    ("users", "/admin/users/", set()),
    ("user edit", "/admin/users/edit/{user}/", set()),
    ("groups", "/admin/groups/", set()),
    # Translation (wagtail-localize and the portal's Translations report).
    ("translations report", "/admin/reports/translations/", TRANSLATING),
    ("translations CSV", "/admin/reports/translations/?export=csv", TRANSLATING),
    ("submit translation", "/admin/localize/submit/page/{page_en}/", TRANSLATING),
    ("sync translation", "/admin/localize/update/{source}/", TRANSLATING),
    ("translation editor", "/admin/pages/{page_zh}/edit/", TRANSLATING),
    (
        "translation PO file",
        "/admin/localize/translate/{translation}/pofile/download/",
        TRANSLATING,
    ),
    # Uploaded files.
    ("documents admin", "/admin/documents/", EDITORIAL),
    ("document edit", "/admin/documents/edit/{document}/", EDITORIAL),
    ("document download", "/documents/{document}/{document_filename}", set(ROLES)),
    # Applications and their attachments: the "Application reviewers" group only.
    ("applications list", "/admin/applications/", {"reviewer"}),
    ("applications search", "/admin/applications/?q=Ningbo", {"reviewer"}),
    ("applications CSV", "/admin/applications/?export=csv", {"reviewer"}),
    ("applications XLSX", "/admin/applications/?export=xlsx", {"reviewer"}),
    ("application", "/admin/applications/inspect/{application}/", {"reviewer"}),
    ("application edit", "/admin/applications/edit/{application}/", {"reviewer"}),
    ("application print", "/admin/applications/print/{application}/", {"reviewer"}),
    ("application JSON", "/admin/applications/json/{application}/", {"reviewer"}),
    ("application attachment", "/admin/applications/attachment/{attachment}/", {"reviewer"}),
]

PERSONAL_DATA = ["li.wei@example.com", "zhang.min@example.com", "Ningbo Example Trading"]


@pytest.fixture
def objects(en, zh):
    """One of everything the matrix addresses: a registration, a subscription, a document,
    a translated page, a staff user; as ``str.format`` arguments."""
    registration = Registration.objects.create(
        event=EventPage.objects.filter(locale=en).first(),
        status="registered",
        name="Li Wei",
        organisation="Ningbo Example Trading Co.",
        email="li.wei@example.com",
        role="right_holder",
        country="China",
        language="zh-hans",
    )
    subscription = Subscription.objects.create(
        email="zhang.min@example.com", language="zh-hans", news=True, confirmed_at=timezone.now()
    )
    Document = get_document_model()
    document = Document(title="Guide")
    document.file.save("海关保护指南.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
    document.save()
    page_en = GuidancePage.objects.get(locale=en, slug="eu-application-for-action")
    page_zh = page_en.get_translation(zh)
    source = TranslationSource.objects.get_for_instance(page_en)
    translation = Translation.objects.get(source=source, target_locale=zh)
    application = Application.objects.create(
        reference="AFA-2026-999999",
        submission_key="matrix",
        language="zh-hans",
        application_type="eu_national",
        jurisdiction="eu",
        member_states=["DE"],
        applicant_name="Ningbo Example Trading Co.",
        applicant_status="right_holder",
        address="Ningbo",
        country="China",
        contact_person="Zhang Min",
        phone="+8657487654321",
        email="zhang.min@example.com",
        is_sme=True,
        legal_contact="li.wei@example.com",
        technical_contact="li.wei@example.com",
        undertakings_accepted_at=timezone.now(),
        submitted_at=timezone.now(),
    )
    attachment = Attachment(
        application=application,
        kind="certificate",
        filename="证书.pdf",
        content_type="application/pdf",
        size=9,
    )
    attachment.file.save("证书.pdf", ContentFile(b"%PDF-1.4\nNingbo Example Trading"), save=False)
    attachment.save()
    staff = get_user_model().objects.create_user(
        "staff.member", "staff@example.com", "x-1234567890"
    )
    return {
        "registration": registration.pk,
        "subscription": subscription.pk,
        "document": document.pk,
        "document_filename": document.filename,
        "page_en": page_en.pk,
        "page_zh": page_zh.pk,
        "source": source.pk,
        "translation": translation.pk,
        "user": staff.pk,
        "application": application.pk,
        "attachment": attachment.pk,
    }


@pytest.fixture
def clients(db):
    """A test client per role, signed in as a member of that role's group."""
    User = get_user_model()
    clients = {}
    for role, group in ROLES.items():
        client = Client()
        if role == "superuser":
            client.force_login(User.objects.create_superuser("matrix-root", "r@example.com"))
        elif group:
            user = User.objects.create_user(f"matrix-{role.replace(' ', '-')}")
            user.groups.add(Group.objects.get(name=group))
            client.force_login(user)
        clients[role] = client
    return clients


def wrong_answer(response, role, allowed) -> str | None:
    """Why ``response`` is the wrong answer for ``role``, or None when it is right."""
    if role == "superuser" or role in allowed:
        return None if response.status_code == 200 else f"got {response.status_code}, not 200"
    body = b"".join(response) if response.streaming else response.content
    if any(value.encode() in body for value in PERSONAL_DATA):
        return "sees personal data"
    if role == "anonymous":
        if response.status_code == 302 and response.url.startswith("/admin/login/"):
            return None
    elif response.status_code == 403:
        return None
    elif response.status_code == 302 and response.url == "/admin/":
        return None  # Wagtail: "Sorry, you do not have permission to access this area."
    return f"not refused: {response.status_code}"


@pytest.mark.parametrize(
    ("what", "address", "allowed"),
    MATRIX,
    ids=[row.values[0] if hasattr(row, "values") else row[0] for row in MATRIX],
)
def test_who_may_open_what(clients, objects, what, address, allowed):
    url = address.format(**objects)

    wrong = {
        role: reason
        for role, client in clients.items()
        if (reason := wrong_answer(client.get(url), role, allowed))
    }

    assert wrong == {}, f"{what} ({url})"


def test_every_group_created_by_the_migrations_is_in_the_matrix():
    assert set(Group.objects.values_list("name", flat=True)) == {
        group for group in ROLES.values() if group
    }


# --- Registrants' and subscribers' own pages: only the unguessable link opens them ----------


@pytest.fixture
def registration(en):
    event = make_event(en, "token-event")
    data = registration_data(is_sme=True, interpretation_needed=False)
    data.pop("website")
    return register(event, data, "en")


def status_url(registration, token):
    return f"{registration.event.url}registration/{token}/"


def test_registrant_opens_own_registration_with_the_link(client, registration):
    response = client.get(status_url(registration, registration.token))

    assert response.status_code == 200
    assert "Test meeting" in response.content.decode()


@pytest.mark.parametrize(
    "token",
    ["wrong-token", "x" * 43, "", "..%2F..%2Fadmin"],
    ids=["wrong", "guess", "empty", "path"],
)
def test_a_wrong_link_shows_nothing(client, registration, token):
    response = client.get(status_url(registration, token))

    assert response.status_code == 404
    assert b"li.wei@example.com" not in response.content


def test_an_anonymised_registration_link_has_expired(client, registration):
    registration.anonymised_at = timezone.now() - datetime.timedelta(days=1)
    registration.save()

    assert client.get(status_url(registration, registration.token)).status_code == 404


@pytest.mark.parametrize("kind", ["confirm", "unsubscribe"])
def test_subscription_links_need_the_right_token(client, kind):
    subscription = Subscription.objects.create(email="zhang.min@example.com", language="en")

    right = client.get(f"/en/subscribe/{kind}/{subscription.token}/")
    wrong = client.get(f"/en/subscribe/{kind}/{subscription.token[:-2]}xx/")

    assert right.status_code == 200
    assert wrong.status_code == 404
    assert b"zhang.min@example.com" not in wrong.content
