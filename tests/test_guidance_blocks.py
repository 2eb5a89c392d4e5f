"""Every guidance block renders; glossary terms in guidance text link to the glossary."""

import datetime

from django.core.files.base import ContentFile

from wagtail.documents.models import Document

import pytest

from guidance.models import GuidanceIndexPage, GuidancePage
from portal.content import stream_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def document():
    doc = Document(title="Checklist 清单")
    doc.file.save("checklist.pdf", ContentFile(b"%PDF-1.4 test"), save=False)
    doc.save()
    return doc


def make_guidance_page(en, blocks, slug="all-blocks"):
    index = GuidanceIndexPage.objects.get(locale=en)
    page = GuidancePage(
        title="Every block",
        slug=slug,
        locale=en,
        summary="A page with one of every block.",
        legal_basis="Regulation (EU) No 608/2013",
        jurisdiction="eu",
        stage="apply",
        last_reviewed=datetime.date(2026, 11, 30),
        body=stream_data(blocks, slug),
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_each_block_renders(client, en, document):
    make_guidance_page(
        en,
        [
            ("rich_text", "<p>Plain paragraph about detention.</p>"),
            (
                "section",
                {"heading": "Who may apply", "anchor": "", "body": "<p>Right holders.</p>"},
            ),
            (
                "procedure",
                {
                    "title": "Steps",
                    "steps": [
                        {
                            "actor": "Customs",
                            "action": "Notify.",
                            "time_limit": 1,
                            "time_unit": "working_days",
                            "legal_basis": "Art. 17",
                        },
                        {
                            "actor": "You",
                            "action": "Read.",
                            "time_limit": None,
                            "time_unit": "",
                            "legal_basis": "",
                        },
                    ],
                },
            ),
            ("callout", {"kind": "deadline", "title": "Mind the date", "text": "<p>Soon.</p>"}),
            (
                "faq",
                {
                    "heading": "Questions",
                    "items": [{"question": "Why?", "answer": "<p>Because.</p>"}],
                },
            ),
            ("table", {"caption": "Limits", "header": ["Step", "Days"], "rows": [["Notify", "1"]]}),
            (
                "comparison",
                {
                    "title": "EU vs China",
                    "rows": [
                        {
                            "aspect": "Validity",
                            "eu": "One year",
                            "eu_basis": "Art. 11",
                            "china": "Ten years",
                            "china_basis": "Art. 10",
                        }
                    ],
                },
            ),
            ("document", {"document": document.pk, "title": "", "description": "Print it."}),
            (
                "official_link",
                {"title": "IPEP", "url": "https://euipo.europa.eu/ipep/", "description": ""},
            ),
        ],
    )

    html = client.get("/en/guidance/all-blocks/").content.decode()

    assert 'id="who-may-apply"' in html and 'href="#who-may-apply"' in html
    assert "Time limit: 1 working day" in html and "Legal basis: Art. 17" in html
    assert 'class="callout callout-deadline"' in html
    assert "<summary" in html and '"FAQPage"' in html
    assert "<caption" in html and '<th scope="row">Notify</th>' in html
    assert "One year" in html and "Ten years" in html
    assert "(PDF, 13" in html and document.url in html
    assert 'href="https://euipo.europa.eu/ipep/"' in html


def test_first_mention_of_a_glossary_term_links_to_its_entry(client):
    html = client.get("/zh-hans/guidance/eu-detention-and-destruction/").content.decode()

    assert html.count('href="/zh-hans/guidance/glossary/#detention"') == 1
    english = client.get("/en/guidance/eu-detention-and-destruction/").content.decode()
    assert 'href="/en/guidance/glossary/#detention"' in english


def test_terms_inside_headings_and_links_are_not_linked(client, en):
    make_guidance_page(
        en,
        [
            (
                "section",
                {
                    "heading": "Detention",
                    "anchor": "d",
                    "body": (
                        '<p><a href="https://euipo.europa.eu/ipep/">detention</a>'
                        " then detention.</p>"
                    ),
                },
            )
        ],
        slug="heading-terms",
    )

    html = client.get("/en/guidance/heading-terms/").content.decode()

    assert '<h2 id="d" class="h3">Detention</h2>' in html
    linked = '<a class="glossary-link" href="/en/guidance/glossary/#detention">detention</a>'
    assert f"detention</a> then {linked}" in html
