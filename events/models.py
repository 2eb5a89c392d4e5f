"""Events: joint customs–industry meetings, Working Group meetings and SME outreach.

Times are stored as aware datetimes (UTC in the database) and shown in the venue's time zone
(``EventPage.timezone``, an IANA name such as Europe/Brussels or Asia/Shanghai) with the
equivalent time on the other side (Brussels ↔ Beijing). "Upcoming" and "past" are decided in
the database by the end time, so an event running now is upcoming until it ends.
"""

import secrets
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from metrics.counting import count_request
from portal.panels import TranslationStatePanel
from portal.search import segment
from portal.text import json_for_script

#: The two sides of the cooperation; each event also shows its time on the other side.
BRUSSELS = "Europe/Brussels"
BEIJING = "Asia/Shanghai"  # China Standard Time; IANA names it after Shanghai

TIMEZONE_CHOICES = [
    (BRUSSELS, _("Brussels (Europe/Brussels)")),
    (BEIJING, _("Beijing (Asia/Shanghai)")),
    ("Europe/Rome", _("Rome (Europe/Rome)")),
    ("Europe/Madrid", _("Madrid (Europe/Madrid)")),
    ("Europe/Berlin", _("Berlin (Europe/Berlin)")),
    ("Europe/Paris", _("Paris (Europe/Paris)")),
    ("Europe/Amsterdam", _("Amsterdam (Europe/Amsterdam)")),
    ("Europe/Warsaw", _("Warsaw (Europe/Warsaw)")),
    ("Asia/Hong_Kong", _("Hong Kong (Asia/Hong_Kong)")),
    ("UTC", _("UTC")),
]


#: Short names of the time zones, as shown to readers ("10:00, Brussels time").
ZONE_NAMES = {
    BRUSSELS: _("Brussels"),
    BEIJING: _("Beijing"),
    "Europe/Rome": _("Rome"),
    "Europe/Madrid": _("Madrid"),
    "Europe/Berlin": _("Berlin"),
    "Europe/Paris": _("Paris"),
    "Europe/Amsterdam": _("Amsterdam"),
    "Europe/Warsaw": _("Warsaw"),
    "Asia/Hong_Kong": _("Hong Kong"),
    "UTC": _("UTC"),
}


class EventKind(models.TextChoices):
    JOINT_MEETING = "joint_meeting", _("Joint customs–industry meeting")
    WORKING_GROUP = "working_group", _("Working Group meeting")
    SME_OUTREACH = "sme_outreach", _("SME outreach session")
    WORKSHOP = "workshop", _("Workshop")
    WEBINAR = "webinar", _("Webinar")
    CONFERENCE = "conference", _("Conference")
    STUDY_VISIT = "study_visit", _("Study visit")


class EventAudience(models.TextChoices):
    CUSTOMS = "customs", _("Customs officials")
    CUSTOMS_AND_INDUSTRY = "customs_and_industry", _("Customs and industry")
    RIGHT_HOLDERS = "right_holders", _("Right holders")
    SMES = "smes", _("SMEs")
    PUBLIC = "public", _("Everyone")


class EventLanguages(models.TextChoices):
    EN = "en", _("English")
    ZH = "zh", _("Chinese")
    EN_ZH = "en_zh", _("English and Chinese")


class DatePrecision(models.TextChoices):
    DAY = "day", _("Exact dates")
    MONTH = "month", _("Month only (exact dates not recorded)")


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(label=_("Start (venue time)"))
    title = blocks.CharBlock(max_length=200, label=_("Item"))
    speakers = blocks.CharBlock(max_length=300, required=False, label=_("Speakers"))

    class Meta:
        icon = "time"
        label = _("Agenda item")


class EventPageQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """Events that have not ended yet (``ends_at`` ≥ now), soonest first."""
        return self.filter(ends_at__gte=now or timezone.now()).order_by("starts_at", "pk")

    def past(self, now=None):
        """Events that have ended (``ends_at`` < now), most recent first."""
        return self.filter(ends_at__lt=now or timezone.now()).order_by("-starts_at", "-pk")


EventPageManager = PageManager.from_queryset(EventPageQuerySet)


class EventIndexPage(RoutablePageMixin, Page):
    """Upcoming events (soonest first), then past events by year; filters without JavaScript.

    GET parameters ``kind``, ``audience``, ``mode`` (``online`` / ``in_person``), ``language``,
    ``city`` and ``page``; invalid values are ignored and reported. Routes: ``calendar/``
    (an .ics download of upcoming events), ``feed/rss/`` and ``feed/atom/``.
    """

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    PER_PAGE = 10

    class Meta:
        verbose_name = _("event index page")

    def events(self):
        return EventPage.objects.child_of(self).live().public()

    @path("")
    def index_view(self, request):
        from .views import event_listing_context

        return self.render(request, context_overrides=event_listing_context(self, request))

    @path("calendar/", name="calendar")
    def calendar_view(self, request):
        from .calendars import calendar_response

        count_request(request, "calendar", "events", self.locale.language_code)
        events = self.events().upcoming().select_related("locale")[:200]
        return calendar_response(events, f"events-{self.locale.language_code}.ics", request)

    @path("feed/rss/", name="rss")
    def rss_view(self, request):
        from .feeds import EventsRssFeed

        count_request(request, "feed", "events-rss", self.locale.language_code)
        return EventsRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_view(self, request):
        from .feeds import EventsAtomFeed

        count_request(request, "feed", "events-atom", self.locale.language_code)
        return EventsAtomFeed(self)(request)


class EventPage(RoutablePageMixin, Page):
    """One event, with registration when ``capacity`` is set."""

    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices, db_index=True)
    audience = models.CharField(
        _("audience"), max_length=30, choices=EventAudience.choices, db_index=True
    )
    summary = models.TextField(_("summary"), max_length=500)
    starts_at = models.DateTimeField(
        _("starts at"),
        db_index=True,
        help_text=_("In your own time zone (account settings); visitors see the venue's time."),
    )
    ends_at = models.DateTimeField(_("ends at"), db_index=True)
    timezone = models.CharField(
        _("venue time zone"), max_length=40, choices=TIMEZONE_CHOICES, default=BRUSSELS
    )
    all_day = models.BooleanField(
        _("all-day event"), default=False, help_text=_("Show dates only, without times.")
    )
    date_precision = models.CharField(
        _("date precision"), max_length=10, choices=DatePrecision.choices, default="day"
    )
    is_online = models.BooleanField(_("online"), default=False)
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.CharField(_("address"), max_length=300, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=100, blank=True)
    languages = models.CharField(
        _("languages"), max_length=10, choices=EventLanguages.choices, default="en_zh"
    )
    interpretation = models.BooleanField(_("interpretation provided"), default=False)
    eu_organiser = models.CharField(_("EU organiser"), max_length=200, blank=True)
    cn_organiser = models.CharField(_("Chinese organiser"), max_length=200, blank=True)
    partners = models.CharField(_("partners"), max_length=300, blank=True)
    agenda = StreamField([("item", AgendaItemBlock())], blank=True, verbose_name=_("agenda"))
    registration_opens = models.DateTimeField(
        _("registration opens"),
        null=True,
        blank=True,
        help_text=_("In your own time zone (account settings); visitors see the venue's time."),
    )
    registration_closes = models.DateTimeField(_("registration closes"), null=True, blank=True)
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("Leave empty for an event without registration."),
    )
    waitlist_enabled = models.BooleanField(_("waiting list"), default=True)
    outcome = RichTextField(
        _("outcome summary"), features=["bold", "italic", "link", "ol", "ul"], blank=True
    )
    materials = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        blank=True,
        verbose_name=_("materials"),
    )
    participants_customs = models.PositiveIntegerField(
        _("customs participants"), null=True, blank=True
    )
    participants_right_holders = models.PositiveIntegerField(
        _("right-holder participants"), null=True, blank=True
    )
    participants_smes = models.PositiveIntegerField(_("SME participants"), null=True, blank=True)
    participants_other = models.PositiveIntegerField(_("other participants"), null=True, blank=True)

    objects = EventPageManager()

    content_panels = [
        TranslationStatePanel(heading=_("Translation")),
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("audience")]),
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldRowPanel(
                    [FieldPanel("timezone"), FieldPanel("all_day"), FieldPanel("date_precision")]
                ),
            ],
            heading=_("What and when"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_online"),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("languages"), FieldPanel("interpretation")]),
            ],
            heading=_("Where and in which languages"),
        ),
        MultiFieldPanel(
            [FieldPanel("eu_organiser"), FieldPanel("cn_organiser"), FieldPanel("partners")],
            heading=_("Organisers"),
        ),
        FieldPanel("agenda"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("registration_opens"), FieldPanel("registration_closes")]
                ),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("waitlist_enabled")]),
            ],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("outcome"),
                FieldPanel("materials"),
                FieldRowPanel(
                    [
                        FieldPanel("participants_customs"),
                        FieldPanel("participants_right_holders"),
                        FieldPanel("participants_smes"),
                        FieldPanel("participants_other"),
                    ]
                ),
            ],
            heading=_("After the event"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("search_title", boost=3),
        index.SearchField("search_text"),
        index.FilterField("starts_at"),
        index.FilterField("ends_at"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event page")

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("The event cannot end before it starts.")
        if (
            self.registration_opens
            and self.registration_closes
            and self.registration_closes < self.registration_opens
        ):
            errors["registration_closes"] = _("Registration cannot close before it opens.")
        if self.timezone:
            try:
                zoneinfo.ZoneInfo(self.timezone)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                errors["timezone"] = _("Unknown time zone.")
        if errors:
            raise ValidationError(errors)

    # --- search -----------------------------------------------------------------------
    def search_title(self) -> str:
        return segment(self.title)

    def search_text(self) -> str:
        return segment(f"{self.summary} {self.city} {self.country} {strip_tags(self.outcome)}")

    def search_excerpt_source(self) -> str:
        return f"{self.summary} {strip_tags(self.outcome)}"

    # --- time ---------------------------------------------------------------------------
    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone or "UTC")

    @property
    def other_side_timezone(self) -> str:
        """Brussels for events in China's time zone, Beijing for every other venue."""
        return BRUSSELS if self.timezone in {BEIJING, "Asia/Hong_Kong"} else BEIJING

    def local_times(self) -> dict:
        """Start and end in the venue's zone and on the other side: ``{"start", "end",
        "zone", "other_start", "other_end", "other_zone"}`` (aware datetimes and IANA names),
        plus ``zone_name`` and ``other_zone_name``, the short translated names of the zones."""
        other = zoneinfo.ZoneInfo(self.other_side_timezone)
        return {
            "start": self.starts_at.astimezone(self.zone),
            "end": self.ends_at.astimezone(self.zone),
            "zone": self.timezone,
            "other_start": self.starts_at.astimezone(other),
            "other_end": self.ends_at.astimezone(other),
            "other_zone": self.other_side_timezone,
            "zone_name": ZONE_NAMES.get(self.timezone, self.timezone),
            "other_zone_name": ZONE_NAMES.get(self.other_side_timezone, self.other_side_timezone),
        }

    def is_past(self, now=None) -> bool:
        return self.ends_at < (now or timezone.now())

    # --- registration -------------------------------------------------------------------
    def canonical(self) -> "EventPage":
        """The source-language (English) version of this event. Its capacity, waiting list,
        registration window and times rule for every language version, and registrations are
        attached to it, so a translation that is out of date or deleted changes nothing."""
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        source = EventPage.objects.filter(
            translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
        ).first()
        return source or self

    @property
    def has_registration(self) -> bool:
        return self.capacity is not None

    def registration_state(self, now=None) -> str:
        """``"none"`` (no registration), ``"not_open"``, ``"closed"``, ``"ended"``, ``"open"``,
        according to the source-language version (see :meth:`canonical`)."""
        event = self.canonical()
        now = now or timezone.now()
        if not event.has_registration:
            return "none"
        if event.is_past(now):
            return "ended"
        if event.registration_opens and now < event.registration_opens:
            return "not_open"
        if (event.registration_closes and now > event.registration_closes) or now > event.starts_at:
            return "closed"
        return "open"

    def registrations(self):
        """Registrations for this event, whichever language they were made in."""
        return Registration.objects.filter(event__translation_key=self.translation_key)

    def places_left(self) -> int | None:
        """Free places (of the source-language version's capacity), or None without
        registration."""
        event = self.canonical()
        if not event.has_registration:
            return None
        taken = self.registrations().filter(status=Registration.Status.REGISTERED).count()
        return max(0, event.capacity - taken)

    def in_language(self, language_code: str) -> "EventPage":
        """This event's live version in ``language_code``, else this page."""
        return (
            EventPage.objects.live()
            .filter(translation_key=self.translation_key, locale__language_code=language_code)
            .first()
            or self
        )

    def participant_total(self) -> int | None:
        numbers = [
            self.participants_customs,
            self.participants_right_holders,
            self.participants_smes,
            self.participants_other,
        ]
        return sum(n for n in numbers if n) if any(n is not None for n in numbers) else None

    def json_ld(self) -> str:
        """schema.org Event JSON-LD, with characters that could close a script escaped."""
        times = self.local_times()
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.summary,
            "startDate": times["start"].date().isoformat()
            if self.all_day
            else times["start"].isoformat(),
            "endDate": times["end"].date().isoformat()
            if self.all_day
            else times["end"].isoformat(),
            "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"
            if self.is_online
            else "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "organizer": [
                {"@type": "Organization", "name": name}
                for name in (self.eu_organiser, self.cn_organiser)
                if name
            ],
            "inLanguage": {"en": ["en"], "zh": ["zh-Hans"], "en_zh": ["en", "zh-Hans"]}[
                self.languages
            ],
        }
        if self.is_online:
            data["location"] = {"@type": "VirtualLocation", "name": str(_("Online"))}
        else:
            data["location"] = {
                "@type": "Place",
                "name": self.venue_name or self.city,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": self.venue_address,
                    "addressLocality": self.city,
                    "addressCountry": self.country,
                },
            }
        return json_for_script(data)

    # --- views --------------------------------------------------------------------------
    @path("")
    def event_view(self, request):
        from .views import event_page_view

        return event_page_view(self, request)

    @path("calendar/", name="ics")
    def ics_view(self, request):
        from .calendars import calendar_response

        count_request(request, "calendar", self.pk, self.locale.language_code)
        return calendar_response([self], f"{self.slug}.ics", request)

    @path("registered/", name="registered")
    def registered_view(self, request):
        from .views import registration_received_view

        return registration_received_view(self, request)

    @path("registration/<slug:token>/", name="registration")
    def registration_view(self, request, token):
        from .views import registration_status_view

        return registration_status_view(self, request, token)


def new_token() -> str:
    """An unguessable URL-safe token (256 bits)."""
    return secrets.token_urlsafe(32)


class Registration(models.Model):
    """A person's registration for an event. Personal data: visible to the "Event
    registrations" group only; anonymised by ``manage.py purge_event_registrations`` once the
    event ended more than ``EVENT_RETENTION_DAYS`` days ago (role, SME flag, status and
    attendance are kept for the counts)."""

    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    class Role(models.TextChoices):
        CUSTOMS = "customs", _("Customs official")
        RIGHT_HOLDER = "right_holder", _("Right holder")
        REPRESENTATIVE = "representative", _("Representative or lawyer")
        BUSINESS_ASSOCIATION = "association", _("Business association")
        OTHER = "other", _("Other")

    event = models.ForeignKey(
        EventPage,
        on_delete=models.CASCADE,
        related_name="registration_set",
        verbose_name=_("event"),
        help_text=_("Always the source-language version of the event."),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, db_index=True)
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200)
    email = models.EmailField(_("e-mail"), max_length=254)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    is_sme = models.BooleanField(_("SME"), default=False)
    country = models.CharField(_("country"), max_length=100)
    interpretation_needed = models.BooleanField(_("interpretation needed"), default=False)
    needs = models.TextField(_("dietary or accessibility needs"), max_length=1000, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    last_emailed_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        indexes = [models.Index(fields=["event", "status", "created_at"])]

    def __str__(self):
        # No personal data here: this label ends up in Wagtail's audit log, which outlives
        # the retention period.
        return f"{_('Registration')} {self.pk} – {self.event.title}"
