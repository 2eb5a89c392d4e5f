"""Privacy-respecting counts for the Key Action 4 evaluation.

One row per day, metric, language and key, incremented in place: never one row per hit, and
never a cookie, an IP address, a user agent or any other identifier of a visitor.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page


class Metric(models.TextChoices):
    PAGE_VIEW = "page_view", _("Page view")  # key: page id
    DOWNLOAD = "download", _("Document download")  # key: document id
    FEED = "feed", _("Feed fetch")  # key: feed name
    CALENDAR = "calendar", _("Calendar fetch")  # key: "events" or the event page id
    OFFICIAL_LINK = "official_link", _("Click to an official filing system")  # key: host
    OUTBOUND = "outbound", _("Click to another site")  # key: host
    SUBSCRIBE = "subscribe", _("Subscription confirmed")  # key: topics
    UNSUBSCRIBE = "unsubscribe", _("Unsubscription")  # key: ""


class DailyCount(models.Model):
    """How many times ``metric`` happened for ``key`` in ``language`` on ``day`` (UTC date)."""

    day = models.DateField(_("day"))
    metric = models.CharField(_("metric"), max_length=20, choices=Metric.choices)
    language = models.CharField(_("language"), max_length=10, blank=True)
    key = models.CharField(_("key"), max_length=200, blank=True)
    count = models.PositiveBigIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("daily count")
        verbose_name_plural = _("daily counts")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "metric", "language", "key"], name="one_count_a_day"
            )
        ]

    def __str__(self):
        return f"{self.day} {self.metric} {self.language} {self.key}: {self.count}"


class DailyTotal(models.Model):
    """How many times ``metric`` happened in ``language`` on ``day`` (UTC date), all keys
    together: the sum of the :class:`DailyCount` rows of that day, plus ``search`` and
    ``search_without_results`` for :class:`DailySearch`. Kept in step by the counting functions
    (same transaction), so the dashboard reads a few rows a day instead of one per page or query.
    """

    SEARCH = "search"
    SEARCH_WITHOUT_RESULTS = "search_without_results"

    day = models.DateField(_("day"))
    metric = models.CharField(_("metric"), max_length=30)
    language = models.CharField(_("language"), max_length=10, blank=True)
    count = models.PositiveBigIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("daily total")
        verbose_name_plural = _("daily totals")
        constraints = [
            models.UniqueConstraint(fields=["day", "metric", "language"], name="one_total_a_day")
        ]
        indexes = [models.Index(fields=["metric", "day"], name="dailytotal_metric_day")]

    def __str__(self):
        return f"{self.day} {self.metric} {self.language}: {self.count}"


class DailySearch(models.Model):
    """A site-search query (normalised text only) and its number of results, per day and
    language, with how many times it was made."""

    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=10)
    query = models.CharField(_("query"), max_length=100)
    results = models.PositiveIntegerField(_("results"))
    count = models.PositiveBigIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("daily search")
        verbose_name_plural = _("daily searches")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "language", "query", "results"], name="one_search_count_a_day"
            )
        ]

    def __str__(self):
        return f"{self.day} {self.language} {self.query!r} ({self.results}): {self.count}"


class StatisticsRowBlock(blocks.StructBlock):
    cells = blocks.ListBlock(blocks.CharBlock(max_length=100), label=_("Cells"))
    source = blocks.CharBlock(max_length=300, label=_("Source"))
    uncertain = blocks.BooleanBlock(
        required=False, label=_("Uncertain"), help_text=_("Derived or unconfirmed: shown as such.")
    )
    note = blocks.CharBlock(max_length=300, required=False, label=_("Note"))


class StatisticsTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(max_length=200, label=_("Caption"))
    columns = blocks.ListBlock(blocks.CharBlock(max_length=80), label=_("Column headings"))
    rows = blocks.ListBlock(StatisticsRowBlock(), label=_("Rows"))
    source_note = blocks.TextBlock(required=False, label=_("About the sources"))

    class Meta:
        icon = "table"
        label = _("Statistics table")
        template = "metrics/blocks/statistics_table.html"


class StatisticsPage(Page):
    """Public headline figures of EU and Chinese customs enforcement, each with its source;
    uncertain figures are marked. Edited by editors, translated like any page."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    tables = StreamField([("table", StatisticsTableBlock())], verbose_name=_("tables"))
    note = RichTextField(
        _("how to read the figures"), features=["bold", "italic", "link"], blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("tables"),
        FieldPanel("note"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("statistics page")
