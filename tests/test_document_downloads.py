"""Uploaded documents are always downloaded as attachments, with a filename that keeps its
Chinese characters (RFC 6266 filename*), and never shown inline as HTML or SVG."""

from urllib.parse import quote

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model

import pytest

pytestmark = pytest.mark.django_db

Document = get_document_model()


def make_document(filename: str, content: bytes = b"%PDF-1.4\n%test\n") -> Document:
    document = Document(title=filename)
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    return document


@pytest.mark.parametrize(
    "filename", ["知识产权海关保护申请指南.pdf", "eu-application-for-action.pdf", "备案表.docx"]
)
def test_documents_download_as_attachments_with_their_name(client, filename):
    document = make_document(filename)

    response = client.get(document.url)

    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    if filename.isascii():
        assert f'filename="{document.filename}"' in disposition
    else:
        # RFC 6266 / RFC 5987: the UTF-8 name, percent-encoded, beside an ASCII fallback.
        assert f"filename*=UTF-8''{quote(document.filename)}" in disposition
        assert 'filename="' in disposition
    assert document.filename == filename  # the Chinese characters survive the upload


def test_pdf_is_not_shown_inline(client):
    response = client.get(make_document("guide.pdf").url)

    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")


def test_documents_cannot_run_anything_in_the_browser(client):
    response = client.get(make_document("notes.txt", b"<script>alert(1)</script>").url)

    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment;")


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("page.html", b"<html><script>alert(1)</script></html>"),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        ("page.htm", b"<html></html>"),
        ("../../etc/passwd.pdf.html", b"<html></html>"),
    ],
)
def test_html_and_svg_cannot_be_uploaded(client, filename, content):
    client.force_login(
        get_user_model().objects.create_superuser("root", "root@example.com", "x-123456789!")
    )
    before = Document.objects.count()

    response = client.post(
        "/admin/documents/add/",
        {"title": "Upload", "file": SimpleUploadedFile(filename, content), "collection": 1},
    )

    assert response.status_code == 200  # the form again, with its error
    assert Document.objects.count() == before
