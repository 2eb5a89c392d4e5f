"""An application laid out in the order of the official form, for the print view, the JSON
export and the reviewers' detail view.

EU: the boxes of the application-for-action form (Annex I to Implementing Regulation (EU) No
1352/2013 as amended by (EU) 2018/582). Boxes 1, 2 and 12–19 are confirmed in the project's
sources; the numbers of the other boxes follow the form as generally known and are to be
checked against the Annex (shared/reference/domain-facts.md §1.4). China: the items of Art. 7
of the Regulations on Customs Protection of IPR.
"""

from django.utils.translation import gettext_lazy as _

from .choices import ContactLanguage, MemberState


def _yes_no(value: bool):
    return _("Yes") if value else _("No")


def form_boxes(application) -> list[dict]:
    """``[{"box": str, "title": str, "rows": [(label, value)], "entries": [[(label, value)]]}]``:
    the application's data grouped and ordered like the official form of its jurisdiction.
    ``entries`` holds one row list per right or goods category (empty for other boxes)."""
    a = application
    states = ", ".join(
        str(MemberState(s).label) for s in a.member_states if s in MemberState.values
    )
    languages = ", ".join(
        str(ContactLanguage(v).label) for v in a.contact_languages if v in ContactLanguage.values
    )
    applicant = [
        (_("Name"), a.applicant_name),
        (_("Address"), a.address),
        (_("Country or region"), a.country),
        (_("EORI number"), a.eori),
        (_("VAT or tax identification number"), a.vat_tin),
        (_("National registration number"), a.national_registration_number),
        (_("Unified social credit code"), a.uscc),
        (_("Contact person"), a.contact_person),
        (_("Phone"), a.phone),
        (_("E-mail"), a.email),
        (_("SME"), _yes_no(a.is_sme)),
    ]
    representative = [
        (_("Name"), a.representative_name),
        (_("Address"), a.representative_address),
        (_("E-mail"), a.representative_email),
        (_("Phone"), a.representative_phone),
        (_("Unified social credit code"), a.representative_uscc),
    ]
    rights = [
        [
            (_("Type of right"), r.get_right_type_display()),
            (_("Registration number"), r.registration_number),
            (_("Office or territory"), r.office),
            (
                _("Registration date"),
                r.registration_date.isoformat() if r.registration_date else "",
            ),
            (_("Expiry date"), r.expiry_date.isoformat() if r.expiry_date else ""),
            (_("Goods or classes covered"), r.goods_covered),
            (_("Owner of the right"), r.owner),
        ]
        for r in a.rights.all()
    ]
    goods = [
        [
            (_("Description of the goods"), g.description),
            (_("Tariff code (Combined Nomenclature or HS)"), g.tariff_code),
            (_("Value per item"), f"{g.value} {g.currency}".strip() if g.value is not None else ""),
            (_("Distinguishing features of the authentic goods"), g.distinguishing_features),
            (_("Labels and security features"), g.labels_and_security_features),
            (_("Packaging"), g.packaging),
            (_("Places of production"), g.places_of_production),
            (_("Authorised importers, exporters and distributors"), g.authorised_traders),
            (_("Usual routes and ports"), g.usual_routes),
            (_("Known infringers or infringing goods"), g.known_infringers),
            *(
                [
                    (_("Restricted handling"), _yes_no(g.restricted_handling)),
                    (_("Small consignments procedure"), _yes_no(g.small_consignments)),
                ]
                if a.jurisdiction == "eu"
                else []
            ),
        ]
        for g in a.goods.all()
    ]
    kind = [
        (_("Type of application"), a.get_application_type_display()),
        (_("New or extension"), a.get_request_kind_display()),
        (_("Number of the existing decision or recordation"), a.existing_number),
    ]
    contacts = [
        (_("Contact person for legal matters"), a.legal_contact),
        (_("Contact person for technical matters"), a.technical_contact),
        (_("Contact persons per Member State"), a.member_state_contacts),
        (_("Contact languages"), languages),
    ]
    undertakings = [(_("Undertakings given at"), a.undertakings_accepted_at.isoformat())]
    if a.jurisdiction == "cn":
        return [
            {
                "box": "7(1)",
                "title": _("Right holder"),
                "rows": [
                    *applicant,
                    (_("Status of the applicant"), a.get_applicant_status_display()),
                ],
                "entries": [],
            },
            {"box": "—", "title": _("Agent"), "rows": representative, "entries": []},
            {"box": "—", "title": _("Type of application"), "rows": kind, "entries": []},
            {"box": "7(2)", "title": _("Rights"), "rows": [], "entries": rights},
            {"box": "7(4)–(5)", "title": _("Goods"), "rows": [], "entries": goods},
            {"box": "—", "title": _("Contacts"), "rows": contacts, "entries": []},
            {"box": "—", "title": _("Undertakings"), "rows": undertakings, "entries": []},
        ]
    return [
        {"box": "1", "title": _("Applicant"), "rows": applicant, "entries": []},
        {"box": "2", "title": _("Type of application"), "rows": kind, "entries": []},
        {
            "box": "3",
            "title": _("Status of the applicant"),
            "rows": [(_("Status"), a.get_applicant_status_display())],
            "entries": [],
        },
        {
            "box": "4",
            "title": _("Representative submitting the application"),
            "rows": representative,
            "entries": [],
        },
        {"box": "5, 11", "title": _("Rights"), "rows": [], "entries": rights},
        {
            "box": "6",
            "title": _("Member States where action is requested"),
            "rows": [(_("Member States"), states)],
            "entries": [],
        },
        {"box": "7–9", "title": _("Contacts"), "rows": contacts, "entries": []},
        {"box": "10, 12–20", "title": _("Goods"), "rows": [], "entries": goods},
        {"box": "22", "title": _("Undertakings"), "rows": undertakings, "entries": []},
    ]


def as_json(application) -> dict:
    """The application as plain JSON-ready data, keyed by the official form's boxes, with
    machine values (codes, ISO dates) rather than labels."""
    a = application
    return {
        "reference": a.reference,
        "status": a.status,
        "jurisdiction": a.jurisdiction,
        "language": a.language,
        "submitted_at": a.submitted_at.isoformat(),
        "box_1_applicant": {
            "name": a.applicant_name,
            "address": a.address,
            "country": a.country,
            "eori": a.eori,
            "vat_tin": a.vat_tin,
            "national_registration_number": a.national_registration_number,
            "uscc": a.uscc,
            "contact_person": a.contact_person,
            "phone": a.phone,
            "email": a.email,
            "is_sme": a.is_sme,
        },
        "box_2_type": {
            "application_type": a.application_type,
            "request_kind": a.request_kind,
            "existing_number": a.existing_number,
        },
        "box_3_status": a.applicant_status,
        "box_4_representative": {
            "name": a.representative_name,
            "address": a.representative_address,
            "email": a.representative_email,
            "phone": a.representative_phone,
            "uscc": a.representative_uscc,
        },
        "box_6_member_states": list(a.member_states),
        "box_7_9_contacts": {
            "legal": a.legal_contact,
            "technical": a.technical_contact,
            "per_member_state": a.member_state_contacts,
            "languages": list(a.contact_languages),
        },
        "box_11_rights": [
            {
                "right_type": r.right_type,
                "registration_number": r.registration_number,
                "office": r.office,
                "registration_date": r.registration_date.isoformat()
                if r.registration_date
                else None,
                "expiry_date": r.expiry_date.isoformat() if r.expiry_date else None,
                "goods_covered": r.goods_covered,
                "owner": r.owner,
            }
            for r in a.rights.all()
        ],
        "box_12_20_goods": [
            {
                "description": g.description,
                "tariff_code": g.tariff_code,
                "value": str(g.value) if g.value is not None else None,
                "currency": g.currency,
                "distinguishing_features": g.distinguishing_features,
                "labels_and_security_features": g.labels_and_security_features,
                "packaging": g.packaging,
                "places_of_production": g.places_of_production,
                "authorised_traders": g.authorised_traders,
                "usual_routes": g.usual_routes,
                "known_infringers": g.known_infringers,
                "restricted_handling": g.restricted_handling,
                "small_consignments": g.small_consignments,
            }
            for g in a.goods.all()
        ],
        "box_21_attachments": [
            {"kind": f.kind, "filename": f.filename, "content_type": f.content_type, "size": f.size}
            for f in a.attachments.all()
        ],
        "box_22_undertakings_accepted_at": a.undertakings_accepted_at.isoformat(),
    }
