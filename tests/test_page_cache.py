"""The whole-page cache (portal.page_cache): what it serves, what it never stores or serves to
someone else, and that publishing and content changes purge it."""

import re

from django.contrib.auth import get_user_model
from django.test import override_settings

import pytest

from guidance.models import GlossaryTerm, GuidancePage

from .events_helpers import make_event

pytestmark = pytest.mark.django_db

PAGE = "/en/guidance/eu-detention-and-destruction/"
PAGE_ZH = "/zh-hans/guidance/eu-detention-and-destruction/"
HIT = "X-Page-Cache"


def test_second_anonymous_visit_is_served_from_the_cache_with_the_same_page_and_headers(client):
    first = client.get(PAGE)
    second = client.get(PAGE)

    assert first[HIT] == "stored"
    assert second[HIT] == "hit"
    assert second.status_code == 200
    assert second.content == first.content
    for header in (
        "Content-Type",
        "Content-Security-Policy",
        "Permissions-Policy",
        "X-Frame-Options",
        "Content-Language",
    ):
        assert second[header] == first[header]
    # SecurityMiddleware sits outside the cache and adds its headers to hits too.
    assert second["X-Content-Type-Options"] == "nosniff"
    assert second["Referrer-Policy"] == "same-origin"


def test_each_language_has_its_own_entry(client):
    client.get(PAGE)
    chinese = client.get(PAGE_ZH)

    assert chinese[HIT] == "stored"
    assert '<html lang="zh-Hans"' in chinese.content.decode()


def test_a_page_with_a_form_is_never_stored_so_each_visitor_gets_a_csrf_token_of_their_own(
    client, en
):
    event = make_event(en, slug="cached-meeting")
    first = client.get(event.url)
    second = client.get(event.url)

    assert 'name="csrfmiddlewaretoken"' in second.content.decode()
    assert HIT not in first and HIT not in second
    assert "csrftoken" in first.cookies


def test_a_signed_in_editor_never_gets_the_anonymous_copy(client):
    client.get(PAGE)  # stored for anonymous visitors
    client.force_login(get_user_model().objects.create_superuser("cache-editor", "e@example.org"))

    response = client.get(PAGE)

    assert response.status_code == 200
    assert HIT not in response


def test_a_page_seen_by_a_signed_in_editor_is_not_stored_for_visitors(client):
    editor = get_user_model().objects.create_superuser("cache-editor2", "e2@example.org")
    client.force_login(editor)
    client.get(PAGE)
    client.logout()
    anonymous = client.get(PAGE)

    assert anonymous[HIT] == "stored"


def test_publishing_a_change_purges_the_cache(client):
    client.get(PAGE)
    assert client.get(PAGE)[HIT] == "hit"

    page = GuidancePage.objects.get(
        url_path__endswith="/eu-detention-and-destruction/", locale__language_code="en"
    )
    page.title = "Detention and destruction (revised)"
    page.save_revision().publish()
    response = client.get(PAGE)

    assert response[HIT] == "stored"
    assert "Detention and destruction (revised)" in response.content.decode()


def test_changing_a_glossary_term_purges_the_glossary_page(client):
    glossary = "/en/guidance/glossary/"
    client.get(glossary)
    assert client.get(glossary)[HIT] == "hit"

    term = GlossaryTerm.objects.filter(locale__language_code="en").first()
    term.definition = "A definition changed by an editor for this test."
    term.save()
    response = client.get(glossary)

    assert HIT not in response or response[HIT] == "stored"
    assert "A definition changed by an editor for this test." in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        PAGE + "?utm=1",  # query strings: facet filters, searches, forms sent by GET
        "/en/search/",  # not a Wagtail page
        "/",  # redirect chosen by Accept-Language
        "/en/no-such-page/",  # 404
    ],
)
def test_only_plain_addresses_of_wagtail_pages_are_stored(client, path):
    client.get(path)
    response = client.get(path)

    assert HIT not in response


def test_a_visitor_with_a_session_is_served_a_fresh_page(client):
    client.get(PAGE)
    client.cookies["sessionid"] = "any"

    assert HIT not in client.get(PAGE)


def test_feeds_are_not_stored_because_their_views_count_them(client):
    client.get("/en/news/feed/rss/")
    response = client.get("/en/news/feed/rss/")

    assert response.status_code == 200
    assert HIT not in response


@override_settings(PAGE_CACHE_SECONDS=0)
def test_the_cache_can_be_switched_off(client):
    client.get(PAGE)

    assert HIT not in client.get(PAGE)


def test_pages_are_rendered_when_the_cache_server_is_down(client, settings):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        },
    }

    response = client.get(PAGE)

    assert response.status_code == 200
    assert HIT not in response
    assert re.search(r"<h1[^>]*>", response.content.decode())


def test_a_purge_made_on_another_app_server_is_seen(client, settings):
    from django.core.cache import caches

    from portal.page_cache import GENERATION_KEY

    settings.PAGE_CACHE_GENERATION_SECONDS = 0  # read the shared token on every request
    client.get(PAGE)
    assert client.get(PAGE)[HIT] == "hit"

    caches["pages"].set(GENERATION_KEY, "set-by-another-server", timeout=None)

    assert client.get(PAGE)[HIT] == "stored"


def _queries(client, path) -> tuple[int, bytes]:
    """(number of SQL queries, body) of one GET."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        body = client.get(path).content
    return len(captured), body


def test_rendered_pages_reuse_fragments_until_the_next_purge(client):
    client.cookies["sessionid"] = "bypasses-the-page-cache"
    client.get(PAGE)  # warm Wagtail's own caches (site root paths)
    client.get("/en/")  # a different page: the fragments of PAGE are still not stored
    GlossaryTerm.objects.filter(locale__language_code="en").first().save()  # purges
    rendered, first_html = _queries(client, PAGE)
    reused, second_html = _queries(client, PAGE)
    GlossaryTerm.objects.filter(locale__language_code="en").first().save()  # purges
    after_purge, _ = _queries(client, PAGE)

    assert second_html == first_html
    assert reused < rendered  # menu, breadcrumbs, related pages, glossary not queried
    assert after_purge == rendered


def test_a_fragment_holding_a_csrf_token_is_never_stored(rf):
    from django.middleware.csrf import get_token
    from django.template import Context, Template

    from wagtail.models import Page

    template = Template(
        '{% load portal_tags %}{% pagefragment "form" %}{% csrf_token %}{% endpagefragment %}'
    )
    page = Page.objects.get(depth=2, locale__language_code="en")
    tokens = []
    for _ in range(2):
        request = rf.get("/en/")
        get_token(request)
        tokens.append(
            template.render(
                Context({"request": request, "page": page, "csrf_token": get_token(request)})
            )
        )

    assert "csrfmiddlewaretoken" in tokens[0]
    assert tokens[0] != tokens[1]


def test_fragments_are_not_used_for_addresses_with_a_query_string(client):
    client.get(PAGE + "?a=1")
    with_query, _ = _queries(client, PAGE + "?a=1")
    client.get(PAGE)
    plain, _ = _queries(client, PAGE)

    assert plain == 0  # the page cache
    assert with_query > 5


def test_fragments_are_not_stored_for_pages_reached_by_a_private_token(client):
    client.cookies["sessionid"] = "bypasses-the-page-cache"
    address = "/en/apply/resume/" + "a" * 32 + "/"  # an unknown draft: "this link has expired"
    client.get("/en/apply/resume/" + "b" * 32 + "/")  # Wagtail's own first-request caches
    first, body = _queries(client, address)
    second, _ = _queries(client, address)

    assert b"This link has expired" in body
    assert second == first  # header, menu and breadcrumbs rendered again each time


def test_a_page_is_not_served_after_page_cache_seconds(client, settings):
    import time

    settings.PAGE_CACHE_SECONDS = 1
    client.get(PAGE)
    assert client.get(PAGE)[HIT] == "hit"  # from this process's copy

    time.sleep(1.1)

    assert client.get(PAGE)[HIT] == "stored"
