"""Site-wide views: search and error pages."""

import logging

from django.core.paginator import Paginator
from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from guidance.models import GlossaryTerm

from .search import MAX_QUERY_LENGTH, normalise_query, segment

logger = logging.getLogger(__name__)


def server_error(request, template_name="500.html"):
    """Render the bilingual 500 page with the request, so the language switcher works.

    Falls back to a plain bilingual text response if the template itself fails.
    """
    try:
        template = loader.get_template(template_name)
        return HttpResponseServerError(template.render({"request": request, "is_error_page": True}))
    except Exception:  # the error page must never raise
        logger.exception("The 500 template could not be rendered")
        return HttpResponseServerError(
            "Server error. Please try again later. / 服务器错误，请稍后再试。",
            content_type="text/plain; charset=utf-8",
        )


def search(request):
    """Site search in the active language: guidance pages (and other pages) and glossary terms.

    GET ``q`` (at most :data:`portal.search.MAX_QUERY_LENGTH` characters are used; control
    characters are dropped) and ``page``. Chinese queries are segmented with jieba, like the
    index. Renders ``portal/search.html``; never raises for any query string.
    """
    raw = request.GET.get("q", "")
    query = normalise_query(raw)
    locale = Locale.get_active()
    pages, terms = [], []
    if query:
        terms_query = segment(query)
        pages = Page.objects.live().public().filter(locale=locale).search(terms_query)
        in_locale = GlossaryTerm.objects.filter(locale=locale)
        terms = get_search_backend().search(terms_query, in_locale)[:5]
    results = Paginator(pages, 10).get_page(request.GET.get("page")) if query else None
    return render(
        request,
        "portal/search.html",
        {
            "search_query": query,
            "query_was_cut": len(raw.strip()) > MAX_QUERY_LENGTH,
            "results": results,
            "glossary_terms": terms,
            "translatable_view": True,
        },
    )
