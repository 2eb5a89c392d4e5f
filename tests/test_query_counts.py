"""A guidance page costs the same number of queries however many related pages or terms."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from guidance.models import GlossaryTerm, GuidancePage, GuidanceRelatedPage

from .test_guidance_blocks import make_guidance_page

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    client.get(url)  # warm caches (site root paths, templates)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def set_related(page, count):
    targets = list(GuidancePage.objects.filter(locale=page.locale).exclude(pk=page.pk))
    while len(targets) < count:
        targets.append(
            make_guidance_page(
                page.locale, [("rich_text", "<p>x</p>")], slug=f"extra-{len(targets)}"
            )
        )
    page.related_links = [GuidanceRelatedPage(related_page=t) for t in targets[:count]]
    page.save_revision().publish()


def test_related_pages_do_not_add_queries(client, en):
    page = make_guidance_page(en, [("rich_text", "<p>Detention and customs.</p>")], slug="counted")
    url = "/en/guidance/counted/"

    set_related(page, 5)
    with_five = queries_for(client, url)
    set_related(GuidancePage.objects.get(pk=page.pk), 50)
    with_fifty = queries_for(client, url)

    assert with_fifty == with_five


def test_glossary_size_does_not_add_queries(client, en):
    make_guidance_page(en, [("rich_text", "<p>Detention and customs.</p>")], slug="counted-terms")
    url = "/en/guidance/counted-terms/"
    before = queries_for(client, url)

    GlossaryTerm.objects.bulk_create(
        GlossaryTerm(locale=en, key=f"term-{n}", term=f"Extra term {n}", definition="d")
        for n in range(200)
    )

    assert queries_for(client, url) == before


def test_glossary_page_queries_do_not_grow_with_related_terms(client, en):
    url = "/en/guidance/glossary/"
    before = queries_for(client, url)
    terms = list(GlossaryTerm.objects.filter(locale=en)[:20])
    for term in terms:
        term.related_terms.set(terms)
        term.save()

    assert queries_for(client, url) == before
