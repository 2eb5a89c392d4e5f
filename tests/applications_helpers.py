"""Helpers for driving the six-step application form through Django's test client."""

import datetime
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from applications.models import ApplicationPage


def page(language="en") -> ApplicationPage:
    return ApplicationPage.objects.get(locale__language_code=language)


def pdf_bytes(size: int = 0) -> bytes:
    """A small real PDF; padded with a comment to ``size`` bytes if given."""
    body = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    if size > len(body):
        body += b"%" + b"x" * (size - len(body) - 2) + b"\n"
    return body


def png_bytes() -> bytes:
    """A real 1×1 PNG."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = b"\x00\xff\x00\x00"
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def upload(name="certificate.pdf", content=None, content_type="application/pdf"):
    return SimpleUploadedFile(name, pdf_bytes() if content is None else content, content_type)


def future(days=400) -> str:
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


def past(days=400) -> str:
    return (timezone.localdate() - datetime.timedelta(days=days)).isoformat()


def formset(prefix: str, rows: list[dict]) -> dict:
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "1",
        f"{prefix}-MAX_NUM_FORMS": "20",
    }
    for index, row in enumerate(rows):
        data.update({f"{prefix}-{index}-{key}": value for key, value in row.items()})
    return data


def prefixed(prefix: str, values: dict) -> dict:
    return {f"{prefix}-{key}": value for key, value in values.items()}


EU_TYPE = {"application_type": "eu_national", "request_kind": "new", "member_states": ["DE"]}
CN_TYPE = {"application_type": "cn_recordation", "request_kind": "new"}
EU_APPLICANT = {
    "applicant_name": "Lumen Lighting GmbH",
    "applicant_status": "right_holder",
    "address": "Musterstraße 1, 10115 Berlin",
    "country": "Germany",
    "eori": "DE123456789012345",
    "contact_person": "Anna Schmidt",
    "phone": "+49 30 1234567",
    "email": "anna@example.org",
    "is_sme": "yes",
}
CN_APPLICANT = {
    "applicant_name": "杭州明灯照明有限公司",
    "applicant_status": "right_holder",
    "address": "浙江省杭州市西湖区文三路1号",
    "country": "中国",
    "uscc": "91350100M000100Y43",
    "contact_person": "王芳",
    "phone": "+86 571 8888 6666",
    "email": "wangfang@example.cn",
    "is_sme": "yes",
}


def right(**overrides) -> dict:
    return {
        "right_type": "eu_trade_mark",
        "registration_number": "018000001",
        "office": "EUIPO",
        "registration_date": past(),
        "expiry_date": future(),
        "goods_covered": "Class 11: lamps",
        "owner": "Lumen Lighting GmbH",
        **overrides,
    }


def goods(**overrides) -> dict:
    return {
        "description": "LED desk lamps",
        "tariff_code": "94052040",
        "distinguishing_features": "Hologram label under the base; serial number laser-etched.",
        **overrides,
    }


CONTACTS = {
    "legal_contact": "Dr. Jan Weber, Weber IP, jan@weber-ip.example, +49 30 7654321",
    "technical_contact": "Anna Schmidt, anna@example.org",
    "contact_languages": ["en", "de"],
    "accept_undertakings": "on",
    "accept_privacy": "on",
}


class Walker:
    """Posts the steps of the form for one client, like a browser would."""

    def __init__(self, client, language="en"):
        self.client = client
        self.page = page(language)
        self.url = self.page.url
        self.management = f"application_{self.page.pk}-current_step"

    def start(self, **params):
        return self.client.get(self.url, params)

    def post(self, step: str, data: dict, **extra):
        payload = {self.management: step, **data}
        return self.client.post(self.url, payload, **extra)

    def step(self, step, values: dict, **extra):
        if step in ("rights", "goods"):
            return self.post(step, formset(step, values), **extra)
        return self.post(step, prefixed(step, values), **extra)

    def submission_key(self, response) -> str:
        import re

        match = re.search(
            r'name="review-submission_key" value="([0-9a-f]+)"', response.content.decode()
        )
        assert match, "no submission key on the review step"
        return match.group(1)

    def complete(
        self,
        *,
        kind=EU_TYPE,
        applicant=EU_APPLICANT,
        rights=None,
        goods_rows=None,
        contacts=CONTACTS,
    ):
        """Walk every step with valid data; returns the review step's response."""
        self.start()
        for step, values in (
            ("type", kind),
            ("applicant", applicant),
            ("rights", rights or [right()]),
            ("goods", goods_rows or [goods()]),
            ("contacts", contacts),
        ):
            response = self.step(step, values)
            assert response.status_code == 200, response.status_code
            assert (
                "Please correct the errors" not in response.content.decode()
                and "请更正" not in response.content.decode()
            ), (
                step,
                response.context["wizard"]["form"].errors if response.context else None,
            )
        return response

    def submit(self, review_response, **extra):
        key = self.submission_key(review_response)
        return self.post("review", {"review-submission_key": key}, **extra)
