"""Site-wide views: search and error pages."""

import logging
import sys

from django.core.paginator import Paginator
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from guidance.models import GlossaryPage, GlossaryTerm
from metrics.counting import count_search, should_count

from .search import MAX_QUERY_LENGTH, highlight, normalise_query, search_pages, segment

logger = logging.getLogger(__name__)


def page_not_found(request, exception, template_name="404.html"):
    """The bilingual 404 page; its language switcher links to each language's home page."""
    return render(request, template_name, {"is_error_page": True}, status=404)


def bad_request(request, exception, template_name="400.html"):
    """A malformed request (e.g. an oversized multipart header, a tampered form): a branded,
    bilingual 400 page instead of Django's bare English one."""
    return render(request, template_name, {"is_error_page": True}, status=400)


def csrf_failure(request, reason="", template_name="403_csrf.html"):
    """A form was posted without a valid CSRF token: a branded, bilingual 403 page saying what
    to do, instead of Django's plain English one."""
    return render(request, template_name, {"is_error_page": True}, status=403)


# Seconds a visitor (or a crawler) is asked to wait while the database is unreachable.
RETRY_AFTER_SECONDS = 30


def server_error(request, template_name="500.html"):
    """Render the bilingual 500 page with the request, so the language switcher works.

    If the error is that the database cannot be reached (``OperationalError`` or
    ``InterfaceError``: the server restarting, the network to it down), answer ``503 Service
    Unavailable`` with ``Retry-After`` and the stand-alone ``503.html`` instead, which needs
    nothing from the database. Nothing was saved: every write is in one transaction. Falls back
    to a plain bilingual text response if a template itself fails.
    """
    if isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
        return service_unavailable(request)
    try:
        template = loader.get_template(template_name)
        return HttpResponseServerError(template.render({"request": request, "is_error_page": True}))
    except Exception:  # the error page must never raise
        logger.exception("The 500 template could not be rendered")
        return HttpResponseServerError(
            "Server error. Please try again later. / 服务器错误，请稍后再试。",
            content_type="text/plain; charset=utf-8",
        )


def service_unavailable(request, template_name="503.html"):
    """The bilingual 503 page (database unreachable), with ``Retry-After`` in seconds."""
    try:
        content = loader.render_to_string(template_name, {"request": request}, request=None)
    except Exception:  # the error page must never raise
        logger.exception("The 503 template could not be rendered")
        content = (
            "Temporarily unavailable. Please try again in a minute. / 暂时无法访问，请稍后再试。"
        )
        response = HttpResponse(content, status=503, content_type="text/plain; charset=utf-8")
    else:
        response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def search(request):
    """Site search in the active language over pages (guidance and others) and glossary terms.

    GET ``q`` (control characters dropped, cut to :data:`portal.search.MAX_QUERY_LENGTH`
    characters) and ``page``. Chinese is segmented with jieba, like the index. All words must
    match; if nothing does, pages matching any word are shown instead and the page says so.
    Title matches rank above body matches. At most
    :data:`portal.search.MAX_COUNTED_RESULTS` results are counted and offered; past that the
    page says there are more. Never raises for any query string.
    """
    raw = request.GET.get("q", "")
    query = normalise_query(raw)
    locale = Locale.get_active()
    context = {
        "search_query": query,
        "query_was_cut": len(raw.strip()) > MAX_QUERY_LENGTH,
        "results": None,
        "glossary_terms": [],
        "matched_any_word": False,
        "translatable_view": True,
    }
    if query:
        terms = segment(query)
        found = search_pages(Page.objects.live().public().filter(locale=locale).specific(), query)
        context["matched_any_word"] = found.matched_any_word
        context["more_results"] = found.more
        in_locale = GlossaryTerm.objects.filter(locale=locale)
        exact = list(in_locale.filter(term__iexact=query)[:1])  # the term itself comes first
        glossary_hits = get_search_backend().search(terms, in_locale, operator="or")[:6]
        hits = [*exact, *(term for term in glossary_hits if term not in exact)][:5]
        context["glossary_terms"] = [
            {"term": term, "excerpt": highlight(term.definition, query)} for term in hits
        ]
        paginator = CountedPaginator(found.results, 10, count=found.count)
        page_of_results = paginator.get_page(request.GET.get("page"))
        if should_count(request) and page_of_results.number == 1:
            count_search(query, found.count, locale.language_code)
        context["results"] = page_of_results
        context["page_numbers"] = paginator.get_elided_page_range(page_of_results.number)
        context["items"] = [_result(page, query) for page in page_of_results]
        context["glossary_page"] = GlossaryPage.objects.live().filter(locale=locale).first()
    return render(request, "portal/search.html", context)


class CountedPaginator(Paginator):
    """A paginator told its count, so it does not count the results again."""

    def __init__(self, object_list, per_page, *, count: int):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self) -> int:
        return self._known_count


def _result(page, query: str) -> dict:
    """One search hit (a specific page): the page, its type label and a highlighted excerpt."""
    source = getattr(page, "search_excerpt_source", None)
    text = source() if source else (page.search_description or "")
    return {
        "page": page,
        "kind": capfirst(page._meta.verbose_name),
        "title": highlight(page.title, query, width=200),
        "excerpt": highlight(text, query),
    }


def robots_txt(request):
    """``/robots.txt``: everything public may be crawled except the admin; points to the
    sitemap by absolute URL."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
