"""Wizard data for an extension (EU, Reg. 608/2013 Art. 12) or renewal (China, Regulations
Art. 10) of an earlier application, for the link in the renewal reminder."""

from .choices import ApplicationType, RequestKind
from .models import Application


def _step(prefix: str, values: dict) -> dict[str, list[str]]:
    data = {}
    for key, value in values.items():
        items = value if isinstance(value, list) else [value]
        data[f"{prefix}-{key}"] = ["" if v is None else str(v) for v in items]
    return data


def _rows(prefix: str, rows: list[dict]) -> dict[str, list[str]]:
    data = {
        f"{prefix}-TOTAL_FORMS": [str(max(len(rows), 1))],
        f"{prefix}-INITIAL_FORMS": ["0"],
        f"{prefix}-MIN_NUM_FORMS": ["1"],
        f"{prefix}-MAX_NUM_FORMS": ["20"],
    }
    for index, row in enumerate(rows):
        data.update(_step(f"{prefix}-{index}", row))
    return data


def extension_data(application: Application) -> dict[str, dict[str, list[str]]]:
    """Step data (formtools' format: prefixed field name → list of strings) that repeats
    ``application`` as an extension of its official number (or of its portal reference when
    customs gave none). Files are not carried over: they must be attached again."""
    kind = application.application_type
    if kind == ApplicationType.EU_NATIONAL_EX_OFFICIO:
        kind = ApplicationType.EU_NATIONAL  # an extension is an ordinary national application
    return {
        "type": _step(
            "type",
            {
                "application_type": kind,
                "request_kind": RequestKind.EXTENSION,
                "existing_number": application.official_number or application.reference,
                "member_states": list(application.member_states),
            },
        ),
        "applicant": _step(
            "applicant",
            {
                "applicant_name": application.applicant_name,
                "applicant_status": application.applicant_status,
                "address": application.address,
                "country": application.country,
                "eori": application.eori,
                "vat_tin": application.vat_tin,
                "national_registration_number": application.national_registration_number,
                "uscc": application.uscc,
                "contact_person": application.contact_person,
                "phone": application.phone,
                "email": application.email,
                "is_sme": "yes" if application.is_sme else "no",
                **(
                    {
                        "via_representative": "on",
                        "representative_name": application.representative_name,
                        "representative_address": application.representative_address,
                        "representative_email": application.representative_email,
                        "representative_phone": application.representative_phone,
                        "representative_uscc": application.representative_uscc,
                    }
                    if application.representative_name
                    else {}
                ),
            },
        ),
        "rights": _rows(
            "rights",
            [
                {
                    "right_type": r.right_type,
                    "registration_number": r.registration_number,
                    "office": r.office,
                    "registration_date": r.registration_date.isoformat()
                    if r.registration_date
                    else "",
                    "expiry_date": r.expiry_date.isoformat() if r.expiry_date else "",
                    "goods_covered": r.goods_covered,
                    "owner": r.owner,
                }
                for r in application.rights.all()
            ],
        ),
        "goods": _rows(
            "goods",
            [
                {
                    "description": g.description,
                    "tariff_code": g.tariff_code,
                    "value": g.value if g.value is not None else "",
                    "currency": g.currency,
                    "distinguishing_features": g.distinguishing_features,
                    "labels_and_security_features": g.labels_and_security_features,
                    "packaging": g.packaging,
                    "places_of_production": g.places_of_production,
                    "authorised_traders": g.authorised_traders,
                    "usual_routes": g.usual_routes,
                    "known_infringers": g.known_infringers,
                    **({"restricted_handling": "on"} if g.restricted_handling else {}),
                    **({"small_consignments": "on"} if g.small_consignments else {}),
                }
                for g in application.goods.all()
            ],
        ),
        "contacts": _step(
            "contacts",
            {
                "legal_contact": application.legal_contact,
                "technical_contact": application.technical_contact,
                "member_state_contacts": application.member_state_contacts,
                "contact_languages": list(application.contact_languages),
            },
        ),
    }
