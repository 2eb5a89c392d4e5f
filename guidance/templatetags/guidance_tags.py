"""Template helpers for guidance listings."""

from django import template
from django.utils.http import urlencode
from django.utils.safestring import mark_safe

from wagtail.rich_text import expand_db_html

from guidance.blocks import TimeUnit, section_anchor

register = template.Library()


@register.simple_tag(takes_context=True)
def facet_url(context, name: str, value: str) -> str:
    """Query string selecting ``name=value`` (or clearing it if already selected), keeping the
    other valid active filters (``active_filters`` in the context) and dropping the page number
    and anything unrecognised. Returns e.g. ``?jurisdiction=eu&stage=apply``."""
    active = context.get("active_filters", {})
    params = {k: v for k, v in active.items() if k != name}
    if active.get(name) != value and value:
        params[name] = value
    query = urlencode(sorted(params.items()))
    return f"?{query}" if query else "?"


@register.simple_tag(takes_context=True)
def page_url(context, number: int) -> str:
    """Query string for page ``number`` of the current listing, keeping the filters."""
    params = {k: v for k, v in context["request"].GET.items() if k != "page"}
    params["page"] = number
    return f"?{urlencode(sorted(params.items()))}"


@register.simple_tag
def time_limit_text(number: int, unit: str) -> str:
    """A time limit in words in the active language: (10, "working_days") → "10 working days"
    / "10个工作日". Unknown units give the bare number."""
    return TimeUnit.describe(number, unit)


@register.simple_tag
def section_id(value, index: int) -> str:
    """HTML id of a section block (see :func:`guidance.blocks.section_anchor`)."""
    return section_anchor(value, index)


@register.simple_tag(takes_context=True)
def glossary_richtext(context, value) -> str:
    """Render a rich-text value, linking first mentions of glossary terms when the page
    provides a ``glossary_linker`` (see :class:`guidance.glossary.GlossaryLinker`)."""
    html = expand_db_html(getattr(value, "source", value) or "")
    linker = context.get("glossary_linker")
    if linker:  # None, or a lazy object wrapping None, when the locale has no glossary page
        html = linker.link(html)
    return mark_safe(html)
