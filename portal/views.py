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

from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend

from guidance.models import GlossaryPage, GlossaryTerm
from metrics.counting import count_search, should_count

from .search import MAX_QUERY_LENGTH, highlight, normalise_query, search_pages, segment
from .search_cache import cached_results

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
    page says there are more. A result page is cached per site, language, query and page
    number until a page or glossary term changes (:mod:`portal.search_cache`). Never raises
    for any query string.
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
        site = Site.find_for_request(request)
        asked = request.GET.get("page", "")[:20]
        found, _ = cached_results(
            (site.pk if site else None, locale.language_code, query, asked),
            lambda: _result_page(request, locale, query, asked),
        )
        paginator = CountedPaginator(range(found["count"]), 10, count=found["count"])
        page_of_results = paginator.get_page(found["number"])
        if should_count(request) and page_of_results.number == 1:
            count_search(query, found["count"], locale.language_code)
        context.update(
            matched_any_word=found["matched_any_word"],
            more_results=found["more"],
            glossary_terms=found["glossary_terms"],
            glossary_url=found["glossary_url"],
            items=found["items"],
            results=page_of_results,
            page_numbers=paginator.get_elided_page_range(page_of_results.number),
        )
    return render(request, "portal/search.html", context)


def _result_page(request, locale, query: str, asked: str) -> dict:
    """What a search result page shows, as plain values that can be cached: the count, the
    asked-for page of results (``asked``, as ``Paginator.get_page`` reads it) with URLs and
    highlighted excerpts, the glossary hits and the glossary's URL."""
    terms = segment(query)
    found = search_pages(Page.objects.live().public().filter(locale=locale).specific(), query)
    in_locale = GlossaryTerm.objects.filter(locale=locale)
    exact = list(in_locale.filter(term__iexact=query)[:1])  # the term itself comes first
    glossary_hits = get_search_backend().search(terms, in_locale, operator="or")[:6]
    hits = [*exact, *(term for term in glossary_hits if term not in exact)][:5]
    page_of_results = CountedPaginator(found.results, 10, count=found.count).get_page(asked)
    glossary_page = GlossaryPage.objects.live().filter(locale=locale).first()
    return {
        "count": found.count,
        "more": found.more,
        "matched_any_word": found.matched_any_word,
        "number": page_of_results.number,
        "items": [_result(page, query, request) for page in page_of_results],
        "glossary_terms": [
            {"term": term.term, "key": term.key, "excerpt": highlight(term.definition, query)}
            for term in hits
        ],
        "glossary_url": glossary_page.get_url(request) if glossary_page else None,
    }


class CountedPaginator(Paginator):
    """A paginator told its count, so it does not count the results again."""

    def __init__(self, object_list, per_page, *, count: int):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self) -> int:
        return self._known_count


def _result(page, query: str, request) -> dict:
    """One search hit (a specific page): its URL, type label, highlighted title and excerpt."""
    source = getattr(page, "search_excerpt_source", None)
    text = source() if source else (page.search_description or "")
    return {
        "url": page.get_url(request),
        "kind": str(capfirst(page._meta.verbose_name)),
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
