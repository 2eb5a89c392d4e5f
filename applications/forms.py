"""The six steps of the intake form, and the rules that depend on the jurisdiction.

Every later step receives ``application_type`` (from step 1) so that its required fields follow
the jurisdiction: EU rules from Regulation (EU) No 608/2013 and the form in Implementing
Regulation (EU) No 1352/2013; Chinese rules from the Regulations on Customs Protection of IPR
and the GACC Implementing Measures.
"""

import re

from django import forms
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

import phonenumbers

from portal.text import strip_control_characters

from .choices import (
    CHINA_RIGHTS,
    UNION_WIDE_RIGHTS,
    ApplicantStatus,
    ApplicationType,
    ContactLanguage,
    Currency,
    Jurisdiction,
    MemberState,
    RequestKind,
    RightType,
    jurisdiction_of,
)
from .uploads import KeepUploadsMixin, UploadField

MAX_RIGHTS = 20
MAX_GOODS = 20


def clean_phone(value: str) -> str:
    """A phone number in international form (E.164, e.g. ``+3222991111``), validated with
    ``phonenumbers``. Raises ``forms.ValidationError`` if it is not a possible, valid number."""
    if not value:
        return value
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise forms.ValidationError(
            _(
                "Enter a valid phone number with its country code, e.g. +32 2 299 11 11 or +86 10 6519 4114."
            )
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _stripping(to_python):
    def wrapped(value):
        value = to_python(value)
        return strip_control_characters(value, KEEP) if isinstance(value, str) else value

    return wrapped


#: Kept by the cleaning: line breaks, tabs and the ideographic (full-width) space.
KEEP = "\n\r\t\u3000"


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def valid_uscc(code: str) -> bool:
    """Whether ``code`` is a well-formed unified social credit code (统一社会信用代码): 18
    characters from the national standard's alphabet with a correct check character
    (GB 32100-2015)."""
    if len(code) != 18 or any(ch not in USCC_CHARS for ch in code):
        return False
    total = sum(USCC_CHARS.index(ch) * w for ch, w in zip(code[:17], USCC_WEIGHTS, strict=True))
    return USCC_CHARS[(31 - total % 31) % 31] == code[17]


def clean_uscc(value: str) -> str:
    value = value.strip().upper()
    if value and not valid_uscc(value):
        raise forms.ValidationError(
            _(
                "Enter the 18-character unified social credit code exactly as on the business licence."
            )
        )
    return value


class StepForm(KeepUploadsMixin, forms.Form):
    """A step that knows the application type chosen in step 1 (None before it is chosen).
    Text values lose control characters (tab and line breaks kept): reviewers' spreadsheets
    and PostgreSQL refuse them, and nobody types them on purpose."""

    def __init__(self, *args, application_type=None, **kwargs):
        self.application_type = application_type
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.CharField):
                field.validators = [*field.validators]
                field.to_python = _stripping(field.to_python)

    @property
    def jurisdiction(self):
        return jurisdiction_of(self.application_type) if self.application_type else None

    @property
    def is_eu(self) -> bool:
        return self.jurisdiction == Jurisdiction.EU


class HoneypotMixin(forms.Form):
    """A ``website`` field people never see (hidden with CSS) and bots fill in."""

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("This form could not be sent. Please try again."))
        return ""


class TypeForm(HoneypotMixin, StepForm):
    """Step 1 — jurisdiction and type (Box 2 and Box 6 of the EU form)."""

    title = _("Jurisdiction and type")

    application_type = forms.ChoiceField(
        label=_("What do you want to apply for?"),
        choices=ApplicationType.choices,
        widget=forms.RadioSelect,
    )
    request_kind = forms.ChoiceField(
        label=_("New or extension?"),
        choices=RequestKind.choices,
        initial=RequestKind.NEW,
        widget=forms.RadioSelect,
    )
    existing_number = forms.CharField(
        label=_("Number of the existing decision or recordation"),
        required=False,
        max_length=60,
        help_text=_("Required for an extension (EU) or a renewal (China)."),
    )
    member_states = forms.MultipleChoiceField(
        label=_("Member States where customs should act"),
        choices=MemberState.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "EU only: one for a national application, two or more for a Union application."
        ),
    )

    def clean(self):
        data = super().clean()
        kind = data.get("application_type")
        states = data.get("member_states") or []
        if data.get("request_kind") == RequestKind.EXTENSION and not data.get("existing_number"):
            self.add_error(
                "existing_number",
                _("Give the number of the decision or recordation to extend or renew."),
            )
        if kind == ApplicationType.CN_RECORDATION and states:
            self.add_error(
                "member_states",
                _("Member States apply only to an EU application; leave them empty."),
            )
        elif (
            kind in (ApplicationType.EU_NATIONAL, ApplicationType.EU_NATIONAL_EX_OFFICIO)
            and len(states) != 1
        ):
            self.add_error(
                "member_states", _("A national application names exactly one Member State.")
            )
        elif kind == ApplicationType.EU_UNION and len(states) < 2:
            # Reg. 608/2013 Art. 2(11) and Art. 4: action in two or more Member States.
            self.add_error(
                "member_states", _("A Union application names at least two Member States.")
            )
        if (
            kind == ApplicationType.EU_NATIONAL_EX_OFFICIO
            and data.get("request_kind") == RequestKind.EXTENSION
        ):
            self.add_error(
                "request_kind",
                _("An application after an ex officio detention is always a new application."),
            )
        return data


class ApplicantForm(StepForm):
    """Step 2 — applicant (Boxes 1, 3 and 4 of the EU form; Art. 7(1) of the Chinese
    Regulations and Art. 2 of the GACC Measures for agents)."""

    title = _("Applicant")

    applicant_name = forms.CharField(label=_("Name of the applicant"), max_length=200)
    applicant_status = forms.ChoiceField(
        label=_("Status of the applicant"), choices=ApplicantStatus.choices
    )
    address = forms.CharField(
        label=_("Full address"), max_length=500, widget=forms.Textarea(attrs={"rows": 3})
    )
    country = forms.CharField(label=_("Country or region"), max_length=100)
    eori = forms.CharField(
        label=_("EORI number"),
        required=False,
        max_length=17,
        validators=[
            RegexValidator(
                r"^[A-Z]{2}[0-9A-Z]{1,15}$",
                _(
                    "An EORI number is a two-letter country code followed by up to 15 letters or digits."
                ),
            )
        ],
        help_text=_("Needed to file in the EU IP Enforcement Portal."),
    )
    vat_tin = forms.CharField(
        label=_("VAT or tax identification number"), required=False, max_length=30
    )
    national_registration_number = forms.CharField(
        label=_("National registration number"), required=False, max_length=40
    )
    uscc = forms.CharField(
        label=_("Unified social credit code (统一社会信用代码)"),
        required=False,
        max_length=18,
        help_text=_("For a right holder registered in mainland China."),
    )
    contact_person = forms.CharField(label=_("Contact person"), max_length=200)
    phone = forms.CharField(
        label=_("Phone"),
        max_length=32,
        help_text=_("With the country code, e.g. +86 10 6519 4114."),
    )
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    is_sme = forms.TypedChoiceField(
        label=_("Is the applicant a small or medium-sized enterprise (SME)?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
        help_text=_(
            "Fewer than 250 staff and a turnover up to EUR 50 million or a balance sheet up to EUR 43 million."
        ),
    )
    via_representative = forms.BooleanField(
        label=_("The application is filed through a representative or agent"), required=False
    )
    representative_name = forms.CharField(
        label=_("Representative or agent"), required=False, max_length=200
    )
    representative_address = forms.CharField(
        label=_("Representative's address"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    representative_email = forms.EmailField(label=_("Representative's e-mail"), required=False)
    representative_phone = forms.CharField(
        label=_("Representative's phone"), required=False, max_length=32
    )
    representative_uscc = forms.CharField(
        label=_("Agent's unified social credit code"),
        required=False,
        max_length=18,
        help_text=_("China: the domestic agent through which a foreign right holder files."),
    )
    proof_of_powers = UploadField(label=_("Proof of powers (power of attorney)"), required=False)

    def clean_phone(self):
        return clean_phone(self.cleaned_data["phone"])

    def clean_representative_phone(self):
        return clean_phone(self.cleaned_data["representative_phone"])

    def clean_uscc(self):
        return clean_uscc(self.cleaned_data["uscc"])

    def clean_representative_uscc(self):
        return clean_uscc(self.cleaned_data["representative_uscc"])

    def clean_eori(self):
        return self.cleaned_data["eori"].replace(" ", "").upper()

    def clean(self):
        data = super().clean()
        if self.is_eu:
            # Box 1 since Implementing Regulation (EU) 2018/582: at least one identifier.
            if not (
                data.get("eori") or data.get("vat_tin") or data.get("national_registration_number")
            ):
                self.add_error(
                    "eori",
                    _(
                        "Give at least one identifier: EORI number, VAT or tax number, or national registration number."
                    ),
                )
            if data.get("uscc"):
                self.add_error(
                    "uscc", _("The unified social credit code applies only to a China recordation.")
                )
        elif self.jurisdiction == Jurisdiction.CN:
            # Licensees cannot record in their own name (GACC Measures Art. 2).
            if (
                data.get("applicant_status")
                and data["applicant_status"] != ApplicantStatus.RIGHT_HOLDER
            ):
                self.add_error(
                    "applicant_status",
                    _("Only the right holder can apply for a China customs recordation."),
                )
            # Domestic holders file directly (with their code); foreign holders through a
            # domestic agent (GACC Measures Art. 2).
            if not data.get("uscc") and not data.get("via_representative"):
                self.add_error(
                    "uscc",
                    _(
                        "Give your unified social credit code, or file through an agent in China (below)."
                    ),
                )
            if data.get("via_representative") and not data.get("representative_uscc"):
                self.add_error(
                    "representative_uscc", _("Give the agent's unified social credit code.")
                )
        if (
            self.application_type == ApplicationType.EU_UNION
            and data.get("applicant_status") == ApplicantStatus.LICENSEE
        ):
            # Reg. 608/2013 Art. 3(4): only an exclusive licensee for two or more Member States.
            self.add_error(
                "applicant_status",
                _(
                    "For a Union application a licensee must hold an exclusive licence for two or more Member States."
                ),
            )
        if data.get("via_representative"):
            for name in ("representative_name", "representative_address", "representative_email"):
                if not data.get(name):
                    self.add_error(name, _("Required when filing through a representative."))
            if not data.get("proof_of_powers") and "proof_of_powers" not in self.errors:
                self.add_error(
                    "proof_of_powers", _("Attach the proof of powers of the representative.")
                )
        return data


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class RightForm(StepForm):
    """One right (Box 11 of the EU form; Art. 7(2) of the Chinese Regulations)."""

    row_label = _("Right")

    right_type = forms.ChoiceField(label=_("Type of right"), choices=RightType.choices)
    registration_number = forms.CharField(
        label=_("Registration number"),
        required=False,
        max_length=60,
        help_text=_("Not needed for copyright."),
    )
    office = forms.CharField(
        label=_("Office or territory"), max_length=120, help_text=_("e.g. EUIPO, CNIPA, WIPO")
    )
    registration_date = forms.DateField(
        label=_("Registration date"), required=False, widget=DateInput
    )
    expiry_date = forms.DateField(label=_("Expiry date"), required=False, widget=DateInput)
    goods_covered = forms.CharField(
        label=_("Goods or classes covered"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    owner = forms.CharField(label=_("Owner of the right"), max_length=200)
    certificate = UploadField(label=_("Registration certificate"), required=False)

    def clean(self):
        data = super().clean()
        right_type = data.get("right_type")
        registered, expires = data.get("registration_date"), data.get("expiry_date")
        if right_type and right_type != RightType.COPYRIGHT:
            for name in ("registration_number", "registration_date", "expiry_date"):
                if not data.get(name) and name not in self.errors:
                    self.add_error(name, _("Required for a registered right."))
        if registered and expires and expires <= registered:
            self.add_error("expiry_date", _("The expiry date must be after the registration date."))
        if expires and expires < timezone.localdate():
            self.add_error(
                "expiry_date",
                _("This right has expired: customs can only protect rights in force."),
            )
        if registered and registered > timezone.localdate():
            self.add_error("registration_date", _("The registration date cannot be in the future."))
        if (
            right_type
            and self.application_type == ApplicationType.EU_UNION
            and right_type not in UNION_WIDE_RIGHTS
        ):
            self.add_error(
                "right_type",
                _(
                    "A Union application covers only rights with Union-wide effect (EU trade mark, Community design, Union geographical indication, Community plant variety right)."
                ),
            )
        if right_type and self.jurisdiction == Jurisdiction.CN and right_type not in CHINA_RIGHTS:
            self.add_error(
                "right_type",
                _(
                    "Chinese customs protect trade marks, copyright and patents only (Regulations, Art. 2)."
                ),
            )
        return data


class GoodsForm(StepForm):
    """One category of authentic goods (Boxes 10, 12–20 of the EU form; Art. 7(4)–(5) of the
    Chinese Regulations)."""

    row_label = _("Goods category")

    description = forms.CharField(
        label=_("Description of the goods"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    tariff_code = forms.CharField(
        label=_("Tariff code (Combined Nomenclature or HS)"),
        required=False,
        max_length=14,
        help_text=_("Digits only, 2 to 10 of them, e.g. 6403 or 64039118."),
    )
    value = forms.DecimalField(
        label=_("Value per item"), required=False, min_value=0, max_digits=14, decimal_places=2
    )
    currency = forms.ChoiceField(
        label=_("Currency"), choices=[("", "—"), *Currency.choices], required=False
    )
    distinguishing_features = forms.CharField(
        label=_("Distinguishing features of the authentic goods"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    labels_and_security_features = forms.CharField(
        label=_("Labels and security features"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    packaging = forms.CharField(
        label=_("Packaging"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    places_of_production = forms.CharField(
        label=_("Places of production"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    authorised_traders = forms.CharField(
        label=_("Authorised importers, exporters and distributors"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    usual_routes = forms.CharField(
        label=_("Usual routes and ports"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    known_infringers = forms.CharField(
        label=_("Known infringers or infringing goods"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    image = UploadField(label=_("Image of the authentic goods"), required=False)
    restricted_handling = forms.BooleanField(
        label=_(
            "Mark this information for restricted handling (Art. 31(5) of Regulation (EU) No 608/2013)"
        ),
        required=False,
    )
    small_consignments = forms.BooleanField(
        label=_(
            "Request the small consignments procedure (Art. 26 of Regulation (EU) No 608/2013)"
        ),
        required=False,
        help_text=_(
            "Customs may then destroy counterfeit or pirated goods in small postal or courier consignments without involving you case by case; you agree to pay the costs of destruction if asked."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.jurisdiction == Jurisdiction.CN:
            del self.fields["restricted_handling"]
            del self.fields["small_consignments"]

    def clean_tariff_code(self):
        code = re.sub(r"[\s.]", "", self.cleaned_data["tariff_code"])
        if code and not re.fullmatch(r"[0-9]{2,10}", code):
            raise forms.ValidationError(_("A tariff code has 2 to 10 digits and nothing else."))
        return code

    def clean(self):
        data = super().clean()
        if data.get("value") is not None and not data.get("currency"):
            self.add_error("currency", _("Give the currency of the value."))
        return data


class BaseStepFormSet(forms.BaseFormSet):
    """A formset of :class:`StepForm` rows that passes ``application_type`` and upload errors
    on to every row and needs at least one filled row."""

    too_few_message = _("Add at least one entry.")

    def __init__(self, *args, application_type=None, upload_errors=None, **kwargs):
        self.application_type = application_type
        self.upload_errors = upload_errors or {}
        super().__init__(*args, **kwargs)
        self.error_messages["too_few_forms"] = self.too_few_message
        if self.is_bound:
            self.data = self.data.copy()

    def get_form_kwargs(self, index):
        return {"application_type": self.application_type, "upload_errors": self.upload_errors}

    def full_clean(self):
        super().full_clean()
        if not self.is_bound:
            return
        for form in self.forms:
            # Rows write their kept uploads into their own data copy; mirror them here so the
            # wizard stores them with the step.
            if getattr(form, "data", None) is not self.data:
                for key, value in form.data.items():
                    if key.endswith("-kept"):
                        self.data[key] = value

    def stored_uploads(self):
        return [u for form in self.forms for u in form.stored_uploads()]


RightFormSet = forms.formset_factory(
    RightForm,
    formset=BaseStepFormSet,
    extra=0,
    min_num=1,
    validate_min=True,
    max_num=MAX_RIGHTS,
    validate_max=True,
    absolute_max=MAX_RIGHTS,
    can_delete=True,
)
RightFormSet.title = _("Rights")
RightFormSet.too_few_message = _("Add at least one right.")

GoodsFormSet = forms.formset_factory(
    GoodsForm,
    formset=BaseStepFormSet,
    extra=0,
    min_num=1,
    validate_min=True,
    max_num=MAX_GOODS,
    validate_max=True,
    absolute_max=MAX_GOODS,
    can_delete=True,
)
GoodsFormSet.title = _("Goods")
GoodsFormSet.too_few_message = _("Add at least one category of goods.")


class ContactsForm(StepForm):
    """Step 5 — contacts (Boxes 7–9 of the EU form) and undertakings (Reg. 608/2013 Art. 6(3)
    with Arts. 15, 28 and 29; for China, the truthfulness of the data, Regulations Art. 9, the
    duty to record changes, Art. 11, and security, Arts. 14 and 16)."""

    title = _("Contacts and undertakings")

    legal_contact = forms.CharField(
        label=_("Contact person for legal matters"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Name, organisation, e-mail and phone."),
    )
    technical_contact = forms.CharField(
        label=_("Contact person for technical matters"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Someone who can tell genuine goods from fakes: name, e-mail and phone."),
    )
    member_state_contacts = forms.CharField(
        label=_("Contact persons per Member State"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Union application: legal and technical contacts for each Member State named (Box 9)."
        ),
    )
    contact_languages = forms.MultipleChoiceField(
        label=_("Languages in which customs may contact you"),
        choices=ContactLanguage.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    accept_undertakings = forms.BooleanField(label=_("I give the undertakings above."))
    accept_privacy = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree that this data is processed to review and forward my application."
        )
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.application_type != ApplicationType.EU_UNION:
            del self.fields["member_state_contacts"]

    def clean(self):
        data = super().clean()
        if self.application_type == ApplicationType.EU_UNION and not data.get(
            "member_state_contacts"
        ):
            self.add_error(
                "member_state_contacts",
                _("A Union application names contacts for each Member State."),
            )
        return data


#: The undertakings shown above the checkbox in step 5, with their sources.
EU_UNDERTAKINGS = [
    _(
        "to notify the customs department that granted the application of any change in the rights, the information given or the applicant's status (Art. 6(3) and Art. 15 of Regulation (EU) No 608/2013);"
    ),
    _(
        "to keep the information on the authentic goods, on identifying suspect goods and for risk analysis up to date (Art. 6(3));"
    ),
    _(
        "to accept liability towards the holder of the goods if a procedure is discontinued through the applicant's act or omission, or if the goods are found not to infringe (Art. 28);"
    ),
    _(
        "to bear the costs incurred by customs from the detention of goods onwards, including storage, handling and destruction (Art. 29);"
    ),
    _(
        "to agree that the data may be processed by the Commission and the Member States (Art. 6(3))."
    ),
]
CN_UNDERTAKINGS = [
    _(
        "the information and documents given are true; a recordation obtained with untrue information may be revoked (Art. 9 of the Regulations on Customs Protection of IPR);"
    ),
    _(
        "to record any change of the information, or cancel the recordation, within 30 working days of the change (Art. 11);"
    ),
    _(
        "to provide security when applying for the detention of suspected goods (Arts. 14 and 16); the security covers possible losses of the consignee or consignor and the costs of storage, custody and disposal (Art. 14)."
    ),
]


class ReviewForm(HoneypotMixin, StepForm):
    """Step 6 — review. Carries the submission key that makes a repeated submit a no-op."""

    title = _("Review and send")

    submission_key = forms.RegexField(regex=r"^[0-9a-f]{32}$", widget=forms.HiddenInput)


class SaveDraftForm(forms.Form):
    """ "Save and continue later": where to send the resume link."""

    draft_email = forms.EmailField(label=_("Your e-mail address"), max_length=254)


class StatusMessageForm(KeepUploadsMixin, forms.Form):
    """The applicant's reply on the status page: a message and up to two documents."""

    text = forms.CharField(
        label=_("Your message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 5})
    )
    document = UploadField(label=_("Document"), required=False)
    document_2 = UploadField(label=_("Another document"), required=False)
