"""portal.routing: remembered routes never outlive what they point to, and Wagtail's checks
(view restrictions, live state) still run on every request."""

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from guidance.models import GuidancePage

pytestmark = pytest.mark.django_db

PAGE = "/en/guidance/eu-detention-and-destruction/"


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0  # only routes and fragments are cached here


def _page():
    return GuidancePage.objects.get(
        url_path__endswith="/eu-detention-and-destruction/", locale__language_code="en"
    )


def _queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    return len(captured), response


def test_a_remembered_route_loads_the_page_with_fewer_queries(client):
    client.get("/en/")  # Wagtail's own first-request caches
    routed, first = _queries(client, PAGE)
    remembered, second = _queries(client, PAGE)

    assert first.status_code == second.status_code == 200
    assert second.content == first.content
    assert remembered < routed


def test_an_unpublished_page_is_gone_at_once(client):
    client.get(PAGE)
    client.get(PAGE)

    _page().unpublish()

    assert client.get(PAGE).status_code == 404


def test_a_changed_slug_moves_the_page(client):
    client.get(PAGE)
    page = _page()
    page.slug = "eu-detention-renamed"
    page.save_revision().publish()

    assert client.get(PAGE).status_code == 404
    assert client.get("/en/guidance/eu-detention-renamed/").status_code == 200


def test_a_view_restriction_added_later_is_enforced(client):
    client.get(PAGE)
    client.get(PAGE)

    PageViewRestriction.objects.create(page=_page(), restriction_type="login")
    response = client.get(PAGE)

    assert response.status_code == 302
    assert "/_util/login/" in response["Location"] or "login" in response["Location"]


def test_a_restricted_page_stays_restricted_on_every_request(client):
    PageViewRestriction.objects.create(page=_page(), restriction_type="login")

    assert client.get(PAGE).status_code == 302
    assert client.get(PAGE).status_code == 302
    client.force_login(get_user_model().objects.create_user("reader"))
    assert client.get(PAGE).status_code == 200


def test_routable_pages_route_their_own_sub_paths(client):
    for _ in range(2):
        assert client.get("/en/events/calendar/").status_code == 200
        assert client.get("/en/guidance/glossary/compare/").status_code == 200
        assert client.get("/en/events/").status_code == 200
