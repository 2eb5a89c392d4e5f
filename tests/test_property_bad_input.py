"""Property-based bad input on every public form and query parameter built so far.

Very long strings, control characters, mixed scripts, emoji, right-to-left text, huge numbers,
impossible dates, path-traversal names and repeated parameters: never a server error, the page
stays in its language, and a refused form saves nothing.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.models import Registration
from subscriptions.models import Subscription

from .events_helpers import make_event
from .helpers import html_lang

pytestmark = pytest.mark.django_db

NASTY = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=200, max_size=3000),
    st.sampled_from(
        [
            "../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "\u202eevil\u202c",
            "扣留\x00\x0b\x1f",
            "🙂" * 40,
            "9" * 400,
            "-1",
            "2026-02-30",
            "0000-00-00",
            "9999-99-99",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            '"',
            "NaN",
        ]
    ),
)
LANGUAGES = st.sampled_from(["en", "zh-hans"])
EXAMPLES = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def check(response, language):
    assert response.status_code < 500
    if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
        assert html_lang(response.content.decode()) == ("en" if language == "en" else "zh-Hans")


def clean(value: str) -> str:
    # What a browser can put in a URL or form at all: no NUL-free guarantee, but valid UTF-8.
    return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


@EXAMPLES
@given(language=LANGUAGES, value=NASTY, other=NASTY)
def test_guidance_index_parameters(client, language, value, other):
    response = client.get(
        f"/{language}/guidance/",
        {
            "jurisdiction": clean(value),
            "ipr_type": [clean(value), clean(other)],
            "stage": clean(other),
            "audience": clean(value),
            "page": clean(other),
        },
    )
    check(response, language)


@EXAMPLES
@given(language=LANGUAGES, value=NASTY, other=NASTY)
def test_deadline_helper(client, language, value, other):
    response = client.get(
        f"/{language}/guidance/deadlines/", {"notified_on": clean(value), "procedure": clean(other)}
    )
    check(response, language)


@EXAMPLES
@given(language=LANGUAGES, value=NASTY, page=NASTY)
def test_search(client, language, value, page):
    check(client.get(f"/{language}/search/", {"q": clean(value), "page": clean(page)}), language)


@EXAMPLES
@given(language=LANGUAGES, value=NASTY)
def test_events_and_news_parameters(client, language, value):
    params = {
        "kind": clean(value),
        "audience": clean(value),
        "mode": clean(value),
        "language": clean(value),
        "city": clean(value),
        "page": clean(value),
    }
    check(client.get(f"/{language}/events/", params), language)
    check(client.get(f"/{language}/news/", {"page": clean(value)}), language)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=NASTY, email=NASTY, country=NASTY, role=NASTY)
def test_event_registration_form(client, en, name, email, country, role):
    from events.models import EventPage

    if not EventPage.objects.filter(slug="prop-event").exists():
        make_event(en, "prop-event", capacity=1000)
    before = Registration.objects.count()

    response = client.post(
        "/en/events/prop-event/",
        {
            "name": clean(name),
            "organisation": "Org",
            "email": clean(email),
            "role": clean(role),
            "country": clean(country),
            "consent": "on",
            "website": "",
        },
    )

    assert response.status_code < 500
    if response.status_code == 200:  # refused: the form is shown again, nothing saved
        assert Registration.objects.count() == before


@EXAMPLES
@given(language=LANGUAGES, email=NASTY, topic=NASTY)
def test_subscribe_form(client, language, email, topic):
    before = Subscription.objects.count()

    response = client.post(
        f"/{language}/subscribe/", {"email": clean(email), "news": clean(topic), "consent": "on"}
    )

    check(response, language)
    if response.status_code == 200:
        assert Subscription.objects.count() == before


APPLICATION_STEPS = {
    "type": ["application_type", "request_kind", "existing_number", "member_states", "website"],
    "applicant": [
        "applicant_name",
        "applicant_status",
        "address",
        "country",
        "eori",
        "vat_tin",
        "uscc",
        "contact_person",
        "phone",
        "email",
        "is_sme",
        "via_representative",
        "representative_uscc",
        "proof_of_powers-kept",
    ],
    "rights": [
        "TOTAL_FORMS",
        "INITIAL_FORMS",
        "0-right_type",
        "0-registration_number",
        "0-office",
        "0-registration_date",
        "0-expiry_date",
        "0-goods_covered",
        "0-owner",
        "0-certificate-kept",
    ],
    "goods": [
        "TOTAL_FORMS",
        "0-description",
        "0-tariff_code",
        "0-value",
        "0-currency",
        "0-distinguishing_features",
        "0-image-kept",
    ],
    "contacts": ["legal_contact", "technical_contact", "contact_languages", "accept_undertakings"],
    "review": ["submission_key", "website"],
}


@EXAMPLES
@given(
    language=LANGUAGES,
    step=st.sampled_from([*APPLICATION_STEPS, "nonsense"]),
    value=NASTY,
    other=NASTY,
    action=st.sampled_from(["", "add_row", "save_draft", "goto"]),
)
def test_application_steps(client, language, step, value, other, action):
    from applications.models import Application, ApplicationPage, Draft

    page = ApplicationPage.objects.get(locale__language_code=language)
    client.get(page.url)
    fields = APPLICATION_STEPS.get(step, ["x"])
    data = {f"application_{page.pk}-current_step": step}
    for index, name in enumerate(fields):
        data[f"{step}-{name}"] = clean(value if index % 2 else other)
    if action == "add_row":
        data["add_row"] = "1"
    elif action == "save_draft":
        data["save_draft"] = "1"
        data["draft_email"] = clean(other)
    elif action == "goto":
        data["wizard_goto_step"] = clean(value)
    drafts = Draft.objects.count()
    response = client.post(page.url, data)
    check(response, language)
    assert not Application.objects.exists()
    assert Draft.objects.count() - drafts <= 1


@EXAMPLES
@given(language=LANGUAGES, token=NASTY, text=NASTY)
def test_application_status_page(client, language, token, text):
    from applications.models import ApplicationMessage, ApplicationPage

    page = ApplicationPage.objects.get(locale__language_code=language)
    url = f"{page.url}status/{clean(token).replace('/', '')[:200] or 'x'}/"
    check(client.get(url), language)
    check(client.post(url, {"text": clean(text)}), language)
    assert not ApplicationMessage.objects.exists()
