"""Uploads: checked by content, size-limited while read, kept privately, never public."""

from django.conf import settings

import pytest

from applications.models import Attachment
from applications.uploads import MAX_FILE_BYTES
from tests.applications_helpers import (
    CONTACTS,
    EU_APPLICANT,
    EU_TYPE,
    Walker,
    formset,
    goods,
    pdf_bytes,
    png_bytes,
    right,
    upload,
)

pytestmark = pytest.mark.django_db


def post_certificate(client, file, owner="Kept Owner GmbH"):
    walker = Walker(client)
    walker.start()
    walker.step("type", EU_TYPE)
    walker.step("applicant", EU_APPLICANT)
    data = formset("rights", [right(owner=owner)])
    data["rights-0-certificate"] = file
    return walker, walker.post("rights", data)


def certificate_errors(response):
    return [
        str(e) for e in response.context["wizard"]["form"].forms[0].errors.get("certificate", [])
    ]


def test_real_pdf_passes(client):
    _walker, response = post_certificate(client, upload("certificate.pdf"))
    assert "Step 4 of 6" in response.content.decode()


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "certificate.pdf",
            b"<!DOCTYPE html><html><script>alert(1)</script></html>",
            "is not a PDF, JPEG or PNG",
        ),
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "is not a PDF, JPEG or PNG",
        ),
        (
            "setup.pdf",
            b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200,
            "is not a PDF, JPEG or PNG",
        ),
        ("photo.pdf", png_bytes(), "does not match its content"),
        ("empty.pdf", b"", "is empty"),
    ],
)
def test_bad_files_are_refused_and_the_other_values_kept(client, name, content, expected):
    _walker, response = post_certificate(client, upload(name, content))
    assert response.status_code == 200
    assert any(expected in e for e in certificate_errors(response)), certificate_errors(response)
    assert 'value="Kept Owner GmbH"' in response.content.decode()
    assert not Attachment.objects.exists()


def test_file_over_10_mb_is_refused_while_read(client):
    _walker, response = post_certificate(
        client, upload("big.pdf", pdf_bytes(MAX_FILE_BYTES + 1024 * 1024))
    )
    assert any("larger than 10 MB" in e for e in certificate_errors(response))
    assert 'value="Kept Owner GmbH"' in response.content.decode()


def test_png_image_of_goods_is_accepted(client):
    walker = Walker(client)
    walker.complete()
    data = formset("goods", [goods()])
    data["goods-0-image"] = upload("lamp.png", png_bytes(), "image/png")
    response = walker.post("goods", data)
    assert "Step 5 of 6" in response.content.decode()


def test_tampered_kept_reference_is_ignored(client):
    walker, response = post_certificate(client, upload("certificate.pdf", b"<html></html>"))
    data = formset("rights", [right()])
    data["rights-0-certificate-kept"] = "tmp/../../etc/passwd"
    response = walker.post("rights", data)
    # The forged reference points nowhere: the user is asked to upload again.
    assert any("no longer available" in e for e in certificate_errors(response))
    assert "passwd" not in response.content.decode()


def test_uploads_live_outside_the_public_media_folder(client):
    walker, _response = post_certificate(client, upload("certificate.pdf"))
    walker.step("goods", [goods()])
    review = walker.step("contacts", CONTACTS)
    walker.submit(review)
    attachment = Attachment.objects.get()
    path = attachment.file.path
    assert str(settings.PRIVATE_MEDIA_ROOT) in path
    assert not path.startswith(str(settings.MEDIA_ROOT))
    with pytest.raises(ValueError):
        attachment.file.url  # noqa: B018 — no URL exists for these files
    assert attachment.file.name.startswith(f"applications/{attachment.application.reference}/")
