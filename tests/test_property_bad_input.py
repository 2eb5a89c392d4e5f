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
