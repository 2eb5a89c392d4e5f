"""Guidance: EU and Chinese customs IPR procedures, glossary and deadline helper.

Taxonomy (jurisdiction, IPR type, audience, procedure stage) lives in model fields so the
index can filter and count it in the database; the body is a StreamField of guidance blocks.
"""

import datetime

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.pages import live_translations
from portal.panels import TranslationStatePanel
from portal.search import segment
from portal.text import json_for_script, quick_strip_tags

from .blocks import GuidanceStreamBlock, section_anchor
from .glossary import GlossaryLinker, group_terms, side_by_side


class Jurisdiction(models.TextChoices):
    EU = "eu", _("European Union")
    CHINA = "cn", _("China")
    BOTH = "both", _("EU and China")


class ProcedureStage(models.TextChoices):
    PREPARE = "prepare", _("Prepare")
    APPLY = "apply", _("Apply")
    DETENTION = "detention", _("Detention")
    AFTER_DETENTION = "after_detention", _("After detention")
    RENEWAL = "renewal", _("Renewal")


class IPRTypeCode(models.TextChoices):
    TRADE_MARK = "trade_mark", _("Trade mark")
    COPYRIGHT = "copyright", _("Copyright and related rights")
    DESIGN = "design", _("Design")
    PATENT = "patent", _("Patent")
    UTILITY_MODEL = "utility_model", _("Utility model")
    GEOGRAPHICAL_INDICATION = "geographical_indication", _("Geographical indication")
    PLANT_VARIETY = "plant_variety", _("Plant variety right")
    SEMICONDUCTOR_TOPOGRAPHY = "semiconductor_topography", _("Semiconductor topography")


class AudienceCode(models.TextChoices):
    RIGHT_HOLDER = "right_holder", _("Right holder")
    SME = "sme", _("SME")
    REPRESENTATIVE = "representative", _("Representative")


class IPRType(models.Model):
    """A type of intellectual property right (fixed list, created by migration)."""

    code = models.CharField(_("code"), max_length=40, unique=True, choices=IPRTypeCode.choices)

    class Meta:
        ordering = ["id"]
        verbose_name = _("IPR type")
        verbose_name_plural = _("IPR types")

    def __str__(self):
        return str(self.get_code_display())


class Audience(models.Model):
    """Who a guidance page is for (fixed list, created by migration)."""

    code = models.CharField(_("code"), max_length=40, unique=True, choices=AudienceCode.choices)

    class Meta:
        ordering = ["id"]
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")

    def __str__(self):
        return str(self.get_code_display())


class GuidancePageQuerySet(PageQuerySet):
    def for_jurisdiction(self, jurisdiction: str):
        """Pages about ``jurisdiction`` ("eu" or "cn"), including pages about both."""
        if jurisdiction == Jurisdiction.BOTH:
            return self.filter(jurisdiction=Jurisdiction.BOTH)
        return self.filter(jurisdiction__in=[jurisdiction, Jurisdiction.BOTH])

    def for_ipr_type(self, code: str):
        return self.filter(ipr_types__code=code).distinct()

    def for_audience(self, code: str):
        return self.filter(audiences__code=code).distinct()

    def at_stage(self, stage: str):
        return self.filter(stage=stage)


GuidancePageManager = PageManager.from_queryset(GuidancePageQuerySet)


class GuidanceFilterForm(forms.Form):
    """The facet filters of the guidance index (GET parameters; invalid values are dropped)."""

    jurisdiction = forms.ChoiceField(
        choices=[("", _("All")), *list(Jurisdiction.choices)],
        required=False,
        label=_("Jurisdiction"),
    )
    ipr_type = forms.ChoiceField(
        choices=[("", _("All")), *list(IPRTypeCode.choices)], required=False, label=_("IPR type")
    )
    audience = forms.ChoiceField(
        choices=[("", _("All")), *list(AudienceCode.choices)], required=False, label=_("Audience")
    )
    stage = forms.ChoiceField(
        choices=[("", _("All")), *list(ProcedureStage.choices)],
        required=False,
        label=_("Procedure stage"),
    )


class GuidanceIndexPage(Page):
    """Lists guidance pages with facet filters that work without JavaScript.

    GET parameters ``jurisdiction``, ``ipr_type``, ``audience``, ``stage`` and ``page``;
    unknown values are ignored (and reported on the page) rather than causing an error.
    """

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = [
        "guidance.GuidancePage",
        "guidance.GlossaryPage",
        "guidance.DeadlineHelperPage",
    ]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    PER_PAGE = 10

    class Meta:
        verbose_name = _("guidance index page")

    def guidance_pages(self):
        return GuidancePage.objects.child_of(self).live().public().specific()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = GuidanceFilterForm(request.GET)
        form.is_valid()  # never raises; invalid fields are left out of cleaned_data
        active = {k: v for k, v in form.cleaned_data.items() if v}
        pages = self.filtered(active).order_by("title")
        paginator = Paginator(pages, self.PER_PAGE)
        context.update(
            filter_form=form,
            active_filters=active,
            invalid_filters=sorted(form.errors),
            results=paginator.get_page(request.GET.get("page")),
            result_count=paginator.count,
            facets=self.facets(active),
            tools=self.get_children().live().public().not_type(GuidancePage).specific(),
        )
        return context

    def filtered(self, active: dict, *, exclude: str | None = None):
        """Live guidance pages under this index matching ``active`` filters, optionally ignoring
        the filter named ``exclude`` (used to count that facet's options)."""
        pages = GuidancePage.objects.child_of(self).live().public()
        for name, value in active.items():
            if name == exclude:
                continue
            if name == "jurisdiction":
                pages = pages.for_jurisdiction(value)
            elif name == "ipr_type":
                pages = pages.for_ipr_type(value)
            elif name == "audience":
                pages = pages.for_audience(value)
            elif name == "stage":
                pages = pages.at_stage(value)
        return pages

    def facets(self, active: dict) -> list[dict]:
        """For each facet: its options with the number of pages each would show, given the
        other active filters. Shape: ``[{"name", "label", "options": [{"value", "label",
        "count", "selected"}]}]``."""
        facets = []
        specs = [
            ("jurisdiction", _("Jurisdiction"), Jurisdiction.choices, None),
            ("ipr_type", _("IPR type"), IPRTypeCode.choices, "ipr_types__code"),
            ("audience", _("Audience"), AudienceCode.choices, "audiences__code"),
            ("stage", _("Procedure stage"), ProcedureStage.choices, "stage"),
        ]
        for name, label, choices, lookup in specs:
            base = self.filtered(active, exclude=name)
            if name == "jurisdiction":
                counts = {value: base.for_jurisdiction(value).count() for value, _label in choices}
            else:
                rows = base.order_by().values(lookup).annotate(n=Count("pk", distinct=True))
                counts = {row[lookup]: row["n"] for row in rows}
            facets.append(
                {
                    "name": name,
                    "label": label,
                    "options": [
                        {
                            "value": value,
                            "label": option_label,
                            "count": counts.get(value, 0),
                            "selected": active.get(name) == value,
                        }
                        for value, option_label in choices
                    ],
                }
            )
        return facets


class GuidancePage(Page):
    """One guidance topic, e.g. "Preparing an EU application for action"."""

    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two sentences shown in listings.")
    )
    jurisdiction = models.CharField(
        _("jurisdiction"), max_length=8, choices=Jurisdiction.choices, db_index=True
    )
    stage = models.CharField(
        _("procedure stage"), max_length=20, choices=ProcedureStage.choices, db_index=True
    )
    ipr_types = ParentalManyToManyField(IPRType, blank=True, verbose_name=_("IPR types"))
    audiences = ParentalManyToManyField(Audience, blank=True, verbose_name=_("audiences"))
    legal_basis = models.CharField(
        _("legal basis"),
        max_length=300,
        help_text=_("Regulations and articles this page is based on."),
    )
    last_reviewed = models.DateField(
        _("last reviewed on"),
        default=datetime.date.today,
        help_text=_("Date an editor last checked the page against the legal texts."),
    )
    body = StreamField(GuidanceStreamBlock(), verbose_name=_("body"))

    objects = GuidancePageManager()

    content_panels = [
        TranslationStatePanel(heading=_("Translation")),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("related_links", label=_("Related guidance")),
    ]
    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("jurisdiction"),
                FieldPanel("stage"),
                FieldPanel("ipr_types", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("legal_basis"),
                FieldPanel("last_reviewed"),
            ],
            heading=_("Taxonomy and review"),
        ),
        *Page.promote_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("legal_basis"),
        index.SearchField("search_title", boost=3),
        index.SearchField("search_text"),
        index.FilterField("jurisdiction"),
        index.FilterField("stage"),
        index.FilterField("locale_id"),
    ]
    # ParentalManyToManyFields are not picked up automatically by wagtail-localize, so the
    # list is explicit: texts are translated, taxonomy and dates are copied from the source.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("legal_basis"),
        TranslatableField("body"),
        SynchronizedField("jurisdiction"),
        SynchronizedField("stage"),
        SynchronizedField("ipr_types"),
        SynchronizedField("audiences"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("related_links"),
    ]

    parent_page_types = ["guidance.GuidanceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guidance page")

    def search_title(self) -> str:
        """The title, Chinese words separated by spaces (boosted in the index)."""
        return segment(self.title)

    def search_text(self) -> str:
        """Summary and body text, Chinese words separated by spaces, for the index."""
        return segment(f"{self.summary} {self.plain_text()}")

    def plain_text(self) -> str:
        """Every text in the body as plain text, in order (tags stripped, no rendering)."""
        return " ".join(strip_tags(text) for text in _strings(self.body.raw_data))

    def search_excerpt_source(self) -> str:
        """Text that search results quote from: the summary, then the body (as
        :meth:`plain_text`, with a quicker tag stripper: the excerpt is escaped when shown)."""
        body = " ".join(quick_strip_tags(text) for text in _strings(self.body.raw_data))
        return f"{self.summary} {body}"

    @cached_property
    def table_of_contents(self) -> list[dict]:
        """``[{"anchor", "heading"}]`` for each section block, in order."""
        return [
            {"anchor": section_anchor(block.value, i), "heading": block.value["heading"]}
            for i, block in enumerate(self.body)
            if block.block_type == "section"
        ]

    def faq_json_ld(self) -> str:
        """schema.org FAQPage JSON-LD for the page's FAQ blocks, or "" if it has none.
        Characters that could close the script element are escaped."""
        questions = [
            {
                "@type": "Question",
                "name": item["question"],
                "acceptedAnswer": {"@type": "Answer", "text": strip_tags(item["answer"].source)},
            }
            for block in self.body
            if block.block_type == "faq"
            for item in block.value["items"]
        ]
        if not questions:
            return ""
        data = {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": questions}
        return json_for_script(data)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: built (two queries) only when the body is rendered, not when the body comes
        # from the fragment cache ({% pagefragment %}).
        context["glossary_linker"] = SimpleLazyObject(
            lambda: GlossaryLinker.for_locale(self.locale)
        )
        return context

    @cached_property
    def related_pages(self) -> list[Page]:
        """Related guidance in the page's language, in editor order (live, public
        translations only). Two queries whatever the number of links."""
        links = self.related_links.select_related("related_page")
        return live_translations([link.related_page for link in links], self.locale)


def _strings(value):
    """Yield every string inside raw StreamField data (ids, types and URLs excluded)."""
    if isinstance(value, str):
        if not value.startswith(("http://", "https://")):
            yield value
    elif isinstance(value, dict):
        if "type" in value and "value" in value:
            yield from _strings(value["value"])
        else:
            for key, item in value.items():
                if key not in {"id", "type", "anchor", "time_unit", "kind", "url"}:
                    yield from _strings(item)
    elif isinstance(value, list | tuple) or hasattr(value, "__iter__"):
        for item in value:
            yield from _strings(item)


class GuidanceRelatedPage(Orderable):
    page = ParentalKey(GuidancePage, on_delete=models.CASCADE, related_name="related_links")
    related_page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )

    panels = [FieldPanel("related_page", heading=_("Page"))]


@register_snippet
class GlossaryTerm(TranslatableMixin, index.Indexed, ClusterableModel):
    """A term of customs IPR enforcement with its definition and source (translatable)."""

    key = models.SlugField(
        _("key"),
        max_length=60,
        help_text=_("Short ASCII name, the same in every language; used as the link anchor."),
    )
    term = models.CharField(_("term"), max_length=120)
    definition = models.TextField(_("definition"))
    source = models.CharField(
        _("source"), max_length=300, blank=True, help_text=_("Legal text or document and article.")
    )
    related_terms = ParentalManyToManyField(
        "self", blank=True, symmetrical=False, verbose_name=_("related terms")
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldPanel("term"),
        FieldPanel("key"),
        FieldPanel("definition"),
        FieldPanel("source"),
        FieldPanel("related_terms", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        index.SearchField("term", boost=5),
        index.SearchField("search_term", boost=5),
        index.SearchField("definition"),
        index.SearchField("search_text"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = [
        TranslatableField("term"),
        TranslatableField("definition"),
        TranslatableField("source"),
        SynchronizedField("key"),
        SynchronizedField("related_terms"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        constraints = [
            models.UniqueConstraint(fields=["key", "locale"], name="unique_glossary_key_per_locale")
        ]

    def __str__(self):
        return self.term

    def search_term(self) -> str:
        return segment(self.term)

    def search_text(self) -> str:
        return segment(self.definition)


class GlossaryPage(RoutablePageMixin, Page):
    """The glossary: terms A–Z (English) or by pinyin (Chinese), and an EN/中文 side-by-side
    view at ``compare/``."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["guidance.GuidanceIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("glossary page")

    def terms(self) -> list[GlossaryTerm]:
        """This locale's terms, each with ``related_here`` — its related terms in this locale
        (related terms are stored against the source-language terms) — and ``counterpart``,
        the same term in the other language (or None). Three queries."""
        terms = list(
            GlossaryTerm.objects.filter(locale=self.locale).prefetch_related("related_terms")
        )
        by_key = {term.translation_key: term for term in terms}
        counterparts = {
            term.translation_key: term
            for term in GlossaryTerm.objects.filter(translation_key__in=by_key)
            .exclude(locale=self.locale)
            .select_related("locale")
        }
        for term in terms:
            term.counterpart = counterparts.get(term.translation_key)
            term.related_here = [
                by_key[other.translation_key]
                for other in term.related_terms.all()
                if other.translation_key in by_key
            ]
        return terms

    @path("")
    def index_view(self, request):
        return self.render(request, context_overrides={"groups": group_terms(self.terms())})

    @path("compare/", name="compare")
    def compare_view(self, request):
        return self.render(
            request,
            template="guidance/glossary_compare.html",
            context_overrides={"rows": side_by_side(), "routable_subpath": "compare/"},
        )


class DeadlineHelperPage(Page):
    """Server-rendered form that lists the right holder's deadlines after a detention notice."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["guidance.GuidanceIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("deadline helper page")

    def get_context(self, request, *args, **kwargs):
        from .deadlines import DeadlineForm

        context = super().get_context(request, *args, **kwargs)
        form = DeadlineForm(request.GET or None)
        context["form"] = form
        if form.is_bound and form.is_valid():
            context["result"] = form.deadlines()
        return context
