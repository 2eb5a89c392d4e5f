"""The home page: hero, three calls to action, the cooperation in brief, latest content."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from events.queries import upcoming_events
from guidance.queries import latest_guidance
from news.queries import latest_news


class CallToActionBlock(blocks.StructBlock):
    """A card that sends the reader to one section: heading, one sentence, a page link."""

    heading = blocks.CharBlock(max_length=80, label=_("Heading"))
    text = blocks.TextBlock(max_length=240, label=_("Text"))
    page = blocks.PageChooserBlock(label=_("Page"))
    link_text = blocks.CharBlock(max_length=60, label=_("Link text"))

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "home/blocks/call_to_action.html"


class HomePage(Page):
    """Root page of each language tree (one per locale, translated with wagtail-localize)."""

    hero_title = models.CharField(_("hero title"), max_length=120)
    hero_text = models.TextField(_("hero text"), max_length=600)
    calls_to_action = StreamField(
        [("call_to_action", CallToActionBlock())],
        blank=True,
        max_num=3,
        verbose_name=_("calls to action"),
        help_text=_("Up to three: read the guidance, apply for customs action, upcoming events."),
    )
    cooperation_heading = models.CharField(_("cooperation heading"), max_length=120)
    cooperation_text = RichTextField(
        _("cooperation text"),
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("A short explanation of the EU–China customs cooperation on IPR."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        FieldPanel("calls_to_action"),
        FieldPanel("cooperation_heading"),
        FieldPanel("cooperation_text"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_guidance"] = latest_guidance(self.locale, limit=3)
        context["upcoming_events"] = upcoming_events(self.locale, limit=3)
        context["latest_news"] = latest_news(self.locale, limit=3)
        return context
