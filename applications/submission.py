"""Turning a completed intake form into one :class:`Application`, exactly once."""

import logging

from django.core.files import File
from django.db import IntegrityError, transaction
from django.utils import timezone

from .choices import Jurisdiction, jurisdiction_of
from .models import Application, Attachment, Draft, GoodsCategory, ReferenceCounter, Right
from .uploads import StoredUpload, private_storage

logger = logging.getLogger(__name__)

PREFIXES = {Jurisdiction.EU: "AFA", Jurisdiction.CN: "REC"}


def submit(
    *, page, language: str, forms: dict, submission_key: str, draft_token: str = ""
) -> tuple[Application, bool]:
    """Save a validated form as an application, in one transaction.

    ``forms`` maps step names (``type``, ``applicant``, ``rights``, ``goods``, ``contacts``,
    ``review``) to their validated forms or formsets. Returns ``(application, created)``:
    ``created`` is False when an application with ``submission_key`` already exists (a
    repeated submit, including one racing this one), which is then returned unchanged: the
    key's unique constraint refuses the second row and the transaction rolls back, reference
    number included. (The form has already answered a repeated key before calling this, so
    the usual submit is not asked the same question twice.) Attachments move from ``tmp/``
    to ``applications/<reference>/`` once the transaction commits.
    """
    step = {
        name: form.cleaned_data for name, form in forms.items() if name not in ("rights", "goods")
    }
    kind = step["type"]
    applicant = step["applicant"]
    contacts = step["contacts"]
    now = timezone.now()
    jurisdiction = jurisdiction_of(kind["application_type"])
    to_remove = []
    try:
        with transaction.atomic():
            application = Application.objects.create(
                reference=ReferenceCounter.next_reference(
                    PREFIXES[jurisdiction], timezone.localdate(now).year
                ),
                submission_key=submission_key,
                language=language,
                page=page,
                application_type=kind["application_type"],
                jurisdiction=jurisdiction,
                request_kind=kind["request_kind"],
                existing_number=kind["existing_number"],
                extends=Application.objects.filter(reference=kind["existing_number"]).first()
                if kind["existing_number"]
                else None,
                member_states=sorted(kind["member_states"]),
                applicant_name=applicant["applicant_name"],
                applicant_status=applicant["applicant_status"],
                address=applicant["address"],
                country=applicant["country"],
                eori=applicant["eori"],
                vat_tin=applicant["vat_tin"],
                national_registration_number=applicant["national_registration_number"],
                uscc=applicant["uscc"],
                contact_person=applicant["contact_person"],
                phone=applicant["phone"],
                email=applicant["email"],
                is_sme=applicant["is_sme"],
                representative_name=applicant["representative_name"]
                if applicant["via_representative"]
                else "",
                representative_address=applicant["representative_address"]
                if applicant["via_representative"]
                else "",
                representative_email=applicant["representative_email"]
                if applicant["via_representative"]
                else "",
                representative_phone=applicant["representative_phone"]
                if applicant["via_representative"]
                else "",
                representative_uscc=applicant["representative_uscc"]
                if applicant["via_representative"]
                else "",
                legal_contact=contacts["legal_contact"],
                technical_contact=contacts["technical_contact"],
                member_state_contacts=contacts.get("member_state_contacts", ""),
                contact_languages=contacts["contact_languages"],
                undertakings_accepted_at=now,
                submitted_at=now,
            )
            if applicant["via_representative"] and applicant.get("proof_of_powers"):
                to_remove.append(
                    attach(
                        application, applicant["proof_of_powers"], Attachment.Kind.PROOF_OF_POWERS
                    )
                )
            for row in _rows(forms["rights"]):
                right = Right.objects.create(
                    application=application,
                    **{
                        k: row[k]
                        for k in (
                            "right_type",
                            "registration_number",
                            "office",
                            "registration_date",
                            "expiry_date",
                            "goods_covered",
                            "owner",
                        )
                    },
                )
                if row.get("certificate"):
                    to_remove.append(
                        attach(
                            application,
                            row["certificate"],
                            Attachment.Kind.CERTIFICATE,
                            right=right,
                        )
                    )
            for row in _rows(forms["goods"]):
                goods = GoodsCategory.objects.create(
                    application=application,
                    restricted_handling=row.get("restricted_handling", False),
                    small_consignments=row.get("small_consignments", False),
                    **{
                        k: row[k] if row[k] is not None else None
                        for k in (
                            "description",
                            "tariff_code",
                            "value",
                            "currency",
                            "distinguishing_features",
                            "labels_and_security_features",
                            "packaging",
                            "places_of_production",
                            "authorised_traders",
                            "usual_routes",
                            "known_infringers",
                        )
                    },
                )
                if row.get("image"):
                    to_remove.append(
                        attach(application, row["image"], Attachment.Kind.IMAGE, goods=goods)
                    )
            Draft.objects.filter(data__extra_data__submission_key=submission_key).delete()
            if draft_token:
                Draft.objects.filter(token=draft_token).delete()
            transaction.on_commit(lambda: remove_tmp(to_remove))
    except IntegrityError:
        existing = Application.objects.filter(submission_key=submission_key).first()
        if existing is None:
            raise
        return existing, False
    return application, True


def _rows(formset) -> list[dict]:
    return [
        f.cleaned_data for f in formset.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")
    ]


def attach(application, upload: StoredUpload, kind, **links) -> str:
    """Copy a checked upload into the application's folder; returns the tmp path to remove."""
    with private_storage().open(upload.path) as handle:
        attachment = Attachment(
            application=application,
            kind=kind,
            filename=upload.name,
            content_type=upload.content_type,
            size=upload.size,
            **links,
        )
        attachment.file.save(upload.name, File(handle), save=False)
        attachment.save()
    return upload.path


def remove_tmp(paths: list[str]) -> None:
    storage = private_storage()
    for path in paths:
        try:
            storage.delete(path)
        except OSError:  # already gone; the purge command sweeps tmp/ anyway
            logger.warning("Could not remove temporary upload %s", path)
