"""While the database cannot be reached: a clean bilingual 503 page, no stack trace, nothing
saved; pages already in the page cache are still served."""

from django.db import OperationalError, connection
from django.test import Client

import pytest

pytestmark = pytest.mark.django_db


def _refuse(execute, sql, params, many, context):
    raise OperationalError(
        "connection to server at 127.0.0.1, port 5432 failed: Connection refused"
    )


@pytest.mark.parametrize(
    ("path", "lang", "heading", "other"),
    [
        ("/en/search/?q=detention", "en", "Temporarily unavailable", "暂时无法访问"),
        ("/zh-hans/search/?q=扣留", "zh-Hans", "暂时无法访问", "Temporarily unavailable"),
    ],
)
def test_an_unreachable_database_gives_a_bilingual_503_page(path, lang, heading, other):
    client = Client(raise_request_exception=False)
    with connection.execute_wrapper(_refuse):
        response = client.get(path)

    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert f'<html lang="{lang}"' in html
    assert f"<h1>{heading}</h1>" in html
    assert other in html  # the other language below
    assert "Traceback" not in html and "OperationalError" not in html
    assert response["Content-Security-Policy"]


def test_a_form_sent_during_the_outage_saves_nothing_and_says_so(en):
    from subscriptions.models import Subscription

    client = Client(raise_request_exception=False)
    with connection.execute_wrapper(_refuse):
        response = client.post(
            "/en/subscribe/", {"email": "outage@example.org", "topics": ["news"], "consent": "on"}
        )

    assert response.status_code == 503
    assert "Nothing you sent in this request was saved" in response.content.decode()
    assert not Subscription.objects.filter(email="outage@example.org").exists()


def test_cached_pages_are_still_served_while_the_database_is_down():
    client = Client(raise_request_exception=False)
    client.get("/en/guidance/eu-detention-and-destruction/")  # stored in the page cache
    with connection.execute_wrapper(_refuse):
        response = client.get("/en/guidance/eu-detention-and-destruction/")

    assert response.status_code == 200
    assert response["X-Page-Cache"] == "hit"


def test_other_server_errors_keep_the_500_page():
    from django.test import RequestFactory

    from portal.views import server_error

    request = RequestFactory().get("/en/")
    try:
        raise ValueError("a bug")
    except ValueError:
        response = server_error(request)

    assert response.status_code == 500
