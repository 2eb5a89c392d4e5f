"""Site-wide views: search and error pages."""

import logging

from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.text import capfirst

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from guidance.models import GlossaryPage, GlossaryTerm
from metrics.counting import count_search, should_count

from .search import MAX_QUERY_LENGTH, highlight, normalise_query, segment

logger = logging.getLogger(__name__)


def page_not_found(request, exception, template_name="404.html"):
    """The bilingual 404 page; its language switcher links to each language's home page."""
    return render(request, template_name, {"is_error_page": True}, status=404)


def csrf_failure(request, reason="", template_name="403_csrf.html"):
    """A form was posted without a valid CSRF token: a branded, bilingual 403 page saying what
    to do, instead of Django's plain English one."""
    return render(request, template_name, {"is_error_page": True}, status=403)


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
    """Site search in the active language over pages (guidance and others) and glossary terms.

    GET ``q`` (control characters dropped, cut to :data:`portal.search.MAX_QUERY_LENGTH`
    characters) and ``page``. Chinese is segmented with jieba, like the index. All words must
    match; if nothing does, pages matching any word are shown instead and the page says so.
    Title matches rank above body matches. Never raises for any query string.
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
        pages = Page.objects.live().public().filter(locale=locale)
        results = pages.search(terms, operator="and")
        if not results.count() and len(terms.split()) > 1:
            results = pages.search(terms, operator="or")
            context["matched_any_word"] = True
        in_locale = GlossaryTerm.objects.filter(locale=locale)
        exact = list(in_locale.filter(term__iexact=query)[:1])  # the term itself comes first
        found = get_search_backend().search(terms, in_locale, operator="or")[:6]
        hits = [*exact, *(term for term in found if term not in exact)][:5]
        context["glossary_terms"] = [
            {"term": term, "excerpt": highlight(term.definition, query)} for term in hits
        ]
        page_of_results = Paginator(results, 10).get_page(request.GET.get("page"))
        if should_count(request) and page_of_results.number == 1:
            count_search(query, page_of_results.paginator.count, locale.language_code)
        context["results"] = page_of_results
        context["items"] = [_result(result.specific, query) for result in page_of_results]
        context["glossary_page"] = GlossaryPage.objects.live().filter(locale=locale).first()
    return render(request, "portal/search.html", context)


def _result(page, query: str) -> dict:
    """One search hit: the page, its type label and a highlighted excerpt."""
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
