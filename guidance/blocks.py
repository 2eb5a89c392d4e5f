"""StreamField blocks for guidance (also reused by news).

Every block renders with its own template in ``guidance/templates/guidance/blocks/``.
"""

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class TimeUnit:
    """Units of a time limit. Working days exclude Saturdays, Sundays and public holidays."""

    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    MONTHS = "months"
    YEARS = "years"
    CHOICES = [
        (WORKING_DAYS, _("working days")),
        (CALENDAR_DAYS, _("calendar days")),
        (MONTHS, _("months")),
        (YEARS, _("years")),
    ]

    @classmethod
    def describe(cls, number: int, unit: str) -> str:
        """``number`` with its unit in words, in the active language."""
        templates = {
            cls.WORKING_DAYS: ngettext("%(n)s working day", "%(n)s working days", number),
            cls.CALENDAR_DAYS: ngettext("%(n)s calendar day", "%(n)s calendar days", number),
            cls.MONTHS: ngettext("%(n)s month", "%(n)s months", number),
            cls.YEARS: ngettext("%(n)s year", "%(n)s years", number),
        }
        return templates.get(unit, "%(n)s") % {"n": number}


class SectionBlock(blocks.StructBlock):
    """A headed section; the page's table of contents lists these by ``anchor``."""

    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    anchor = blocks.CharBlock(
        max_length=60,
        required=False,
        label=_("Anchor"),
        help_text=_("Short ASCII name used in the link to this section, e.g. 'who-may-apply'."),
    )
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "title"
        label = _("Section")
        template = "guidance/blocks/section.html"


def section_anchor(value, index: int) -> str:
    """The HTML id of a section: its anchor, else its slugified heading, else ``section-N``."""
    return (
        slugify(value.get("anchor") or "")
        or slugify(value.get("heading") or "")
        or (f"section-{index}")
    )


class ProcedureStepBlock(blocks.StructBlock):
    """One numbered step: who acts, what they do, the time limit with its unit, legal basis."""

    actor = blocks.CharBlock(max_length=80, label=_("Who acts"))
    action = blocks.TextBlock(label=_("What they do"))
    time_limit = blocks.IntegerBlock(required=False, min_value=0, label=_("Time limit"))
    time_unit = blocks.ChoiceBlock(
        choices=TimeUnit.CHOICES, required=False, label=_("Unit of the time limit")
    )
    legal_basis = blocks.CharBlock(
        max_length=200,
        required=False,
        label=_("Legal basis"),
        help_text=_("Regulation and article."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.get("time_limit") is not None and not value.get("time_unit"):
            errors["time_unit"] = ValidationError(_("Give the unit of the time limit."))
        if value.get("time_limit") is not None and not value.get("legal_basis"):
            errors["legal_basis"] = ValidationError(_("A time limit needs its legal basis."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class ProcedureBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Title"))
    steps = blocks.ListBlock(ProcedureStepBlock(), min_num=1, label=_("Steps"))

    class Meta:
        icon = "list-ol"
        label = _("Procedure steps")
        template = "guidance/blocks/procedure.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("note", _("Note")), ("warning", _("Warning")), ("deadline", _("Deadline"))],
        default="note",
        label=_("Kind"),
    )
    title = blocks.CharBlock(max_length=120, label=_("Title"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "guidance/blocks/callout.html"


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200, label=_("Question"))
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Answer"))

    class Meta:
        icon = "help"
        label = _("Question and answer")


class FAQBlock(blocks.StructBlock):
    """Question–answer pairs; the page also emits them as schema.org FAQPage JSON-LD."""

    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    items = blocks.ListBlock(QuestionAnswerBlock(), min_num=1, label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("FAQ")
        template = "guidance/blocks/faq.html"


class TableBlock(blocks.StructBlock):
    """A plain-text table with a caption and a header row."""

    caption = blocks.CharBlock(max_length=200, label=_("Caption"))
    header = blocks.ListBlock(blocks.CharBlock(max_length=120), label=_("Column headings"))
    rows = blocks.ListBlock(blocks.ListBlock(blocks.CharBlock(max_length=500)), label=_("Rows"))

    class Meta:
        icon = "table"
        label = _("Table")
        template = "guidance/blocks/table.html"


class ComparisonRowBlock(blocks.StructBlock):
    aspect = blocks.CharBlock(max_length=120, label=_("Question"))
    eu = blocks.TextBlock(label=_("European Union"))
    eu_basis = blocks.CharBlock(max_length=200, required=False, label=_("EU legal basis"))
    china = blocks.TextBlock(label=_("China"))
    china_basis = blocks.CharBlock(max_length=200, required=False, label=_("China legal basis"))

    class Meta:
        icon = "arrows-up-down"
        label = _("Comparison row")


class ComparisonBlock(blocks.StructBlock):
    """EU and China side by side on the same questions."""

    title = blocks.CharBlock(max_length=120, label=_("Title"))
    rows = blocks.ListBlock(ComparisonRowBlock(), min_num=1, label=_("Rows"))

    class Meta:
        icon = "table"
        label = _("EU–China comparison")
        template = "guidance/blocks/comparison.html"


class DocumentDownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(max_length=120, required=False, label=_("Title"))
    description = blocks.TextBlock(required=False, label=_("Description"))

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "guidance/blocks/document.html"


class OfficialLinkBlock(blocks.StructBlock):
    """A link to an official service, e.g. the EU IP Enforcement Portal or GACC."""

    title = blocks.CharBlock(max_length=120, label=_("Title"))
    url = blocks.URLBlock(label=_("Address"))
    description = blocks.TextBlock(required=False, label=_("Description"))

    class Meta:
        icon = "link-external"
        label = _("Official service")
        template = "guidance/blocks/official_link.html"


class GuidanceStreamBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Text"), template="guidance/blocks/rich_text.html"
    )
    section = SectionBlock()
    procedure = ProcedureBlock()
    callout = CalloutBlock()
    faq = FAQBlock()
    table = TableBlock()
    comparison = ComparisonBlock()
    document = DocumentDownloadBlock()
    official_link = OfficialLinkBlock()
