"""Applications for customs action: the intake page, what right holders send, and its review.

The legal filing itself happens in the official systems (the EU IP Enforcement Portal or a
national customs portal — mandatory since 3 October 2024 under Implementing Regulation (EU)
2024/2399 — and the GACC recordation system). The portal collects the same data, lets customs
staff review and forward it, and exports it in the order of the official form.

Personal data (applicant, representative, contacts, attachments, messages) is visible only to
the "Application reviewers" group, and is removed by ``manage.py purge_applications`` once an
application has been closed for ``APPLICATION_RETENTION_DAYS`` days; the anonymous facts the
metrics count (dates, type, right types, SME flag, language, outcome) stay.
"""

import datetime
import secrets

from django.conf import settings
from django.db import IntegrityError, connection, models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page

from portal.panels import TranslationStatePanel

from .choices import (
    ApplicantStatus,
    ApplicationType,
    Currency,
    Jurisdiction,
    RequestKind,
    RightType,
    jurisdiction_of,
)
from .uploads import private_storage


def new_token() -> str:
    """An unguessable URL-safe token (256 bits)."""
    return secrets.token_urlsafe(32)


class ApplicationPage(RoutablePageMixin, Page):
    """Hosts the intake form (six steps), its confirmation, the applicant's status page and
    the resume link of a saved draft. Intro and privacy notice are translatable."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link", "ul", "ol"])
    privacy_notice = RichTextField(
        _("privacy notice"),
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Who sees the data, for how long it is kept, and how to ask for its removal."),
    )
    eu_filing_url = models.URLField(
        _("EU filing system"),
        default="https://euipo.europa.eu/ipep/",
        help_text=_("Where EU applications for action are filed (the EU IP Enforcement Portal)."),
    )
    cn_filing_url = models.URLField(
        _("China filing system"),
        default="https://www.customs.gov.cn/",
        help_text=_(
            "GACC site from which the IPR recordation system (知识产权海关保护备案系统) is reached."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("privacy_notice"),
        FieldPanel("eu_filing_url"),
        FieldPanel("cn_filing_url"),
    ]
    settings_panels = [*Page.settings_panels, TranslationStatePanel()]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("application page")

    def filing_url(self, application_type: str) -> str:
        if jurisdiction_of(application_type) == Jurisdiction.CN:
            return self.cn_filing_url
        return self.eu_filing_url

    @path("")
    def form_view(self, request):
        from .wizard import application_wizard

        return application_wizard(request, page=self)

    @path("extend/<str:token>/", name="extend")
    def extend_view(self, request, token):
        from .wizard import application_wizard

        return application_wizard(request, page=self, extend_token=token)

    @path("resume/<str:token>/", name="resume")
    def resume_view(self, request, token):
        from .views import resume_draft_view

        return resume_draft_view(self, request, token)

    @path("submitted/<str:token>/", name="submitted")
    def submitted_view(self, request, token):
        from .views import confirmation_view

        return confirmation_view(self, request, token)

    @re_path(r"^status/(?P<token>[^/]+)/$", name="status")
    def status_view(self, request, token):
        from .views import status_view

        return status_view(self, request, token)


class Status(models.TextChoices):
    """Review states. Terminal states (accepted, rejected, withdrawn) close the application."""

    RECEIVED = "received", _("Received")
    UNDER_REVIEW = "under_review", _("Under review")
    INFORMATION_REQUESTED = "information_requested", _("Information requested")
    FORWARDED = "forwarded", _("Forwarded to customs")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


CLOSED_STATUSES = {Status.ACCEPTED, Status.REJECTED, Status.WITHDRAWN}

#: Which status may follow which (the review flow in the issue; withdrawal at any open stage).
TRANSITIONS = {
    Status.RECEIVED: {Status.UNDER_REVIEW, Status.WITHDRAWN},
    Status.UNDER_REVIEW: {
        Status.INFORMATION_REQUESTED,
        Status.FORWARDED,
        Status.REJECTED,
        Status.WITHDRAWN,
    },
    Status.INFORMATION_REQUESTED: {Status.UNDER_REVIEW, Status.REJECTED, Status.WITHDRAWN},
    Status.FORWARDED: {Status.ACCEPTED, Status.REJECTED, Status.WITHDRAWN},
    Status.ACCEPTED: set(),
    Status.REJECTED: set(),
    Status.WITHDRAWN: set(),
}


class ApplicationQuerySet(models.QuerySet):
    def closed_before(self, moment: datetime.datetime):
        """Closed (and, if accepted, past its validity) before ``moment``: due for removal of
        personal data under the retention rule."""
        return self.filter(status__in=CLOSED_STATUSES, closed_at__lt=moment).filter(
            Q(valid_until__isnull=True) | Q(valid_until__lt=moment.date())
        )

    def not_anonymised(self):
        return self.filter(anonymised_at__isnull=True)


class Application(models.Model):
    """An application for action (EU) or a recordation (China) as sent through the portal.

    Fields follow the boxes of the EU form (Annex I to Implementing Regulation (EU) No
    1352/2013) and Art. 7 of the Chinese Regulations. ``reference`` is ``AFA-YYYY-NNNNNN`` for
    the EU and ``REC-YYYY-NNNNNN`` for China; ``token`` is the applicant's private status link;
    ``submission_key`` makes a repeated submission (refresh, double click) a no-op.
    """

    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    submission_key = models.CharField(max_length=64, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=24, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    language = models.CharField(
        _("applicant's language"), max_length=10, choices=settings.LANGUAGES
    )
    page = models.ForeignKey(
        ApplicationPage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    # Box 2 — type of application
    application_type = models.CharField(
        _("type of application"), max_length=20, choices=ApplicationType.choices, db_index=True
    )
    jurisdiction = models.CharField(
        _("jurisdiction"), max_length=2, choices=Jurisdiction.choices, db_index=True
    )
    request_kind = models.CharField(
        _("new or extension"), max_length=10, choices=RequestKind.choices, default=RequestKind.NEW
    )
    existing_number = models.CharField(
        _("number of the existing decision or recordation"), max_length=60, blank=True
    )
    extends = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="extensions",
        verbose_name=_("extends"),
    )
    member_states = models.JSONField(_("Member States"), default=list, blank=True)

    # Box 1 / 3 / 4 — applicant, status, representative
    applicant_name = models.CharField(_("applicant"), max_length=200)
    applicant_status = models.CharField(
        _("status of the applicant"), max_length=20, choices=ApplicantStatus.choices
    )
    address = models.TextField(_("address"), max_length=500)
    country = models.CharField(_("country"), max_length=100)
    eori = models.CharField(_("EORI number"), max_length=17, blank=True)
    vat_tin = models.CharField(_("VAT or tax identification number"), max_length=30, blank=True)
    national_registration_number = models.CharField(
        _("national registration number"), max_length=40, blank=True
    )
    uscc = models.CharField(_("unified social credit code"), max_length=18, blank=True)
    contact_person = models.CharField(_("contact person"), max_length=200)
    phone = models.CharField(_("phone"), max_length=32)
    email = models.EmailField(_("e-mail"), max_length=254)
    website = models.URLField(_("website"), blank=True)
    is_sme = models.BooleanField(_("SME"), db_index=True)
    representative_name = models.CharField(_("representative"), max_length=200, blank=True)
    representative_address = models.TextField(
        _("representative's address"), max_length=500, blank=True
    )
    representative_email = models.EmailField(_("representative's e-mail"), blank=True)
    representative_phone = models.CharField(_("representative's phone"), max_length=32, blank=True)
    representative_uscc = models.CharField(
        _("representative's unified social credit code"), max_length=18, blank=True
    )

    # Boxes 7–9 — contacts; Box 22 — undertakings
    legal_contact = models.TextField(_("contact for legal matters"), max_length=1000)
    technical_contact = models.TextField(_("contact for technical matters"), max_length=1000)
    member_state_contacts = models.TextField(
        _("contacts per Member State"), max_length=4000, blank=True
    )
    contact_languages = models.JSONField(_("contact languages"), default=list)
    undertakings_accepted_at = models.DateTimeField(_("undertakings accepted at"))

    # Review
    submitted_at = models.DateTimeField(_("received at"), db_index=True)
    forwarded_at = models.DateTimeField(_("forwarded at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    valid_until = models.DateField(
        _("decision valid until"),
        null=True,
        blank=True,
        help_text=_(
            "Last day of the period of action granted by customs (EU: at most one year, Reg. "
            "608/2013 Art. 11(1); China: ten years, Regulations Art. 10)."
        ),
    )
    official_number = models.CharField(_("number given by customs"), max_length=60, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    anonymised_at = models.DateTimeField(
        _("personal data removed at"), null=True, blank=True, editable=False
    )

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        permissions = [("download_attachment", "Can download application attachments")]

    def __str__(self):
        # No personal data: this label is stored in Wagtail's audit log.
        return self.reference

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    def allowed_statuses(self) -> list[str]:
        return [s for s in Status.values if s in TRANSITIONS[Status(self.status)]]

    @property
    def right_types(self) -> list[str]:
        return sorted({r.right_type for r in self.rights.all()})

    def public_history(self):
        """Status changes as the applicant sees them: (when, from, to, message) from Wagtail's
        audit log, oldest first; internal notes never appear here."""
        from wagtail.models import ModelLogEntry

        entries = ModelLogEntry.objects.filter(
            content_type__app_label="applications",
            content_type__model="application",
            object_id=str(self.pk),
            action="applications.status",
        ).order_by("timestamp", "pk")
        return [
            {
                "timestamp": e.timestamp,
                "from": Status(e.data["from"]).label,
                "to": Status(e.data["to"]).label,
                "message": e.data.get("message", ""),
            }
            for e in entries
        ]


class Right(models.Model):
    """Box 11 of the EU form / Art. 7(2) of the Chinese Regulations: one right to enforce."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="rights")
    right_type = models.CharField(
        _("type of right"), max_length=30, choices=RightType.choices, db_index=True
    )
    registration_number = models.CharField(_("registration number"), max_length=60, blank=True)
    office = models.CharField(_("office or territory"), max_length=120)
    registration_date = models.DateField(_("registration date"), null=True, blank=True)
    expiry_date = models.DateField(_("expiry date"), null=True, blank=True)
    goods_covered = models.TextField(_("goods or classes covered"), max_length=2000)
    owner = models.CharField(_("owner"), max_length=200)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("right")
        verbose_name_plural = _("rights")

    def __str__(self):
        return f"{self.get_right_type_display()} {self.registration_number}".strip()


class GoodsCategory(models.Model):
    """Boxes 12–19 (and 10, 20) of the EU form / Art. 7(4)–(5) of the Chinese Regulations: a
    category of authentic goods and what lets customs tell fakes from them."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="goods")
    description = models.TextField(_("description of the goods"), max_length=2000)
    tariff_code = models.CharField(_("tariff code (CN / HS)"), max_length=10, blank=True)
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2, null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, blank=True)
    distinguishing_features = models.TextField(
        _("distinguishing features of authentic goods"), max_length=4000
    )
    labels_and_security_features = models.TextField(
        _("labels and security features"), max_length=4000, blank=True
    )
    packaging = models.TextField(_("packaging"), max_length=2000, blank=True)
    places_of_production = models.TextField(_("places of production"), max_length=2000, blank=True)
    authorised_traders = models.TextField(
        _("authorised importers, exporters and distributors"), max_length=4000, blank=True
    )
    usual_routes = models.TextField(_("usual routes and ports"), max_length=2000, blank=True)
    known_infringers = models.TextField(
        _("known infringers or infringing goods"), max_length=4000, blank=True
    )
    restricted_handling = models.BooleanField(_("restricted handling (Art. 31(5))"), default=False)
    small_consignments = models.BooleanField(
        _("small consignments procedure (Art. 26)"), default=False
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("goods category")
        verbose_name_plural = _("goods categories")

    def __str__(self):
        return self.description[:60]


def attachment_path(instance, filename):
    return f"applications/{instance.application.reference}/{secrets.token_hex(8)}/{filename}"


class Attachment(models.Model):
    """A file sent with an application (certificate, proof of powers, image, or a document
    answering an information request). Stored in private storage; downloaded only by
    reviewers."""

    class Kind(models.TextChoices):
        CERTIFICATE = "certificate", _("Certificate of the right")
        PROOF_OF_POWERS = "proof_of_powers", _("Proof of powers of the representative")
        IMAGE = "image", _("Image of the goods")
        REPLY = "reply", _("Document sent with a reply")

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="attachments"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    right = models.ForeignKey(
        Right, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    goods = models.ForeignKey(
        GoodsCategory, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(storage=private_storage, upload_to=attachment_path, max_length=300)
    filename = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField(_("size in bytes"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.filename


class ApplicationMessage(models.Model):
    """What the applicant writes from the status page (e.g. answering an information request,
    Reg. 608/2013 Art. 7: 10 working days)."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="messages")
    text = models.TextField(_("message"), max_length=5000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.application} – {self.created_at:%Y-%m-%d}"


class InternalNote(models.Model):
    """A reviewer's note; never shown to the applicant."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="notes")
    text = models.TextField(_("note"), max_length=5000)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.application} – {self.created_at:%Y-%m-%d}"


class Draft(models.Model):
    """A form saved with "save and continue later": the wizard's step data (uploads as signed
    references) behind an unguessable token. Deleted on submission, and by
    ``purge_applications`` once ``expires_at`` (30 calendar days after saving) has passed."""

    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    email = models.EmailField(max_length=254)
    language = models.CharField(max_length=10, choices=settings.LANGUAGES)
    data = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(db_index=True)

    DAYS = 30

    def __str__(self):
        return f"draft {self.pk}"

    def save(self, *args, **kwargs):
        if not self.expires_at:
            self.expires_at = timezone.now() + datetime.timedelta(days=self.DAYS)
        super().save(*args, **kwargs)


class ReferenceCounter(models.Model):
    """The last number given per prefix and year (AFA-2026-…, REC-2026-…)."""

    prefix = models.CharField(max_length=3)
    year = models.PositiveIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["prefix", "year"], name="unique_reference_counter")
        ]

    def __str__(self):
        return f"{self.prefix}-{self.year}: {self.last}"

    @classmethod
    def next_reference(cls, prefix: str, year: int) -> str:
        """The next reference, e.g. ``AFA-2026-000123``. Must run inside a transaction: the
        counter row stays locked until it commits, so concurrent submissions get distinct
        numbers and a rolled-back one leaves no gap."""
        number = None
        for _attempt in range(3):
            number = cls._increment(prefix, year)
            if number is not None:
                break
            try:
                with transaction.atomic():
                    number = cls.objects.create(prefix=prefix, year=year, last=1).last
                break
            except IntegrityError:
                continue
        if number is None:  # three lost races in a row: let the caller's transaction fail
            raise IntegrityError(f"No reference number for {prefix}-{year}")
        return f"{prefix}-{year}-{number:06d}"

    @classmethod
    def _increment(cls, prefix: str, year: int) -> int | None:
        """Add one to the counter and return its new value in one statement (``UPDATE …
        RETURNING``, PostgreSQL and SQLite ≥ 3.35), or None if the row does not exist yet."""
        table = connection.ops.quote_name(cls._meta.db_table)
        last, prefix_column, year_column = (
            connection.ops.quote_name(cls._meta.get_field(name).column)
            for name in ("last", "prefix", "year")
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET {last} = {last} + 1 "
                f"WHERE {prefix_column} = %s AND {year_column} = %s RETURNING {last}",
                [prefix, year],
            )
            row = cursor.fetchone()
        return row[0] if row else None
