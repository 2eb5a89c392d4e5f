"""News and updates from customs editors: procedure updates, legislation changes, outreach
reports, statistics releases and announcements, in both languages."""

import datetime

from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from guidance.blocks import GuidanceStreamBlock
from metrics.counting import count_request
from portal.pages import live_translations
from portal.panels import TranslationStatePanel
from portal.search import segment


class NewsKind(models.TextChoices):
    PROCEDURE_UPDATE = "procedure_update", _("Procedure update")
    LEGISLATION_CHANGE = "legislation_change", _("Legislation change")
    OUTREACH_REPORT = "outreach_report", _("Outreach report")
    STATISTICS_RELEASE = "statistics_release", _("Statistics release")
    ANNOUNCEMENT = "announcement", _("Announcement")


class NewsPageQuerySet(PageQuerySet):
    def newest_first(self):
        return self.order_by("-date", "-pk")

    def in_year(self, year: int):
        return self.filter(date__year=year)


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)


class NewsIndexPage(RoutablePageMixin, Page):
    """News by date (newest first, paginated), a per-year archive at ``<year>/`` and RSS and
    Atom feeds of the locale's news at ``feed/rss/`` and ``feed/atom/``."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    PER_PAGE = 10

    class Meta:
        verbose_name = _("news index page")

    def news(self):
        return NewsPage.objects.child_of(self).live().public().newest_first()

    def years(self) -> list[int]:
        return [d.year for d in self.news().dates("date", "year", order="DESC")]

    def _listing(self, request, pages, year=None):
        results = Paginator(pages, self.PER_PAGE).get_page(request.GET.get("page"))
        return self.render(
            request,
            context_overrides={
                "results": results,
                "year": year,
                "years": self.years(),
                "routable_subpath": f"{year}/" if year else "",
            },
        )

    @path("")
    def index_view(self, request):
        return self._listing(request, self.news())

    @path("<int:year>/", name="year")
    def year_view(self, request, year):
        pages = self.news().in_year(year)
        if not 1900 < year < 3000 or not pages.exists():
            raise Http404
        return self._listing(request, pages, year)

    @path("feed/rss/", name="rss")
    def rss_view(self, request):
        from .feeds import NewsRssFeed

        count_request(request, "feed", "news-rss", self.locale.language_code)
        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_view(self, request):
        from .feeds import NewsAtomFeed

        count_request(request, "feed", "news-atom", self.locale.language_code)
        return NewsAtomFeed(self)(request)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPage(Page):
    """One news item."""

    kind = models.CharField(_("kind"), max_length=30, choices=NewsKind.choices, db_index=True)
    date = models.DateField(_("publication date"), default=datetime.date.today, db_index=True)
    summary = models.TextField(_("summary"), max_length=500)
    body = StreamField(GuidanceStreamBlock(), verbose_name=_("body"))
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    objects = NewsPageManager()

    content_panels = [
        TranslationStatePanel(heading=_("Translation")),
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("kind"), FieldPanel("date")], heading=_("Kind and date")),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("related_links", label=_("Related guidance and events")),
        FieldPanel("tags"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("search_title", boost=3),
        index.SearchField("search_text"),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news page")

    def search_title(self) -> str:
        return segment(self.title)

    def search_text(self) -> str:
        from django.utils.html import strip_tags

        from guidance.models import _strings

        return segment(
            f"{self.summary} " + " ".join(strip_tags(t) for t in _strings(self.body.raw_data))
        )

    def search_excerpt_source(self) -> str:
        return self.summary

    def related_pages(self) -> list[Page]:
        """Related guidance and events in this page's language (live, public), in order."""
        links = self.related_links.select_related("related_page")
        return [
            page.specific
            for page in live_translations([link.related_page for link in links], self.locale)
        ]


class NewsRelatedPage(Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_links")
    related_page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )

    panels = [FieldPanel("related_page")]
