"""Site-wide template tags: language switcher, hreflang alternates, navigation, breadcrumbs."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext

from wagtail.models import Locale, Page, Site

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    """One entry of the language switcher.

    ``url`` is site-relative. ``is_translation`` is False when the page has no live
    translation in that language and the link falls back to that language's home page;
    ``notice`` then says so, in that language.
    """

    code: str
    name: str
    bcp47: str
    url: str
    is_current: bool
    is_translation: bool
    notice: str = ""


def bcp47(language_code: str) -> str:
    """Django language code → BCP 47 tag for ``lang``/``hreflang``: ``zh-hans`` → ``zh-Hans``."""
    return translation.to_locale(language_code).replace("_", "-")


register.filter("bcp47", bcp47)


def _locales_by_code() -> dict[str, Locale]:
    return {locale.language_code: locale for locale in Locale.objects.all()}


def _live_translations(request, page: Page) -> dict[str, Page]:
    """The live versions of ``page`` (itself included, if live) by language code, in one query
    per request: the language switcher and the hreflang alternates both need them."""
    known = request.__dict__.setdefault("_portal_live_translations", {}) if request else {}
    if page.pk not in known:
        known[page.pk] = {
            translated.locale.language_code: translated
            for translated in page.get_translations(inclusive=True).live().select_related("locale")
        }
    return known[page.pk]


def _home_url(request, locale: Locale | None, language_code: str) -> str:
    site = Site.find_for_request(request) if request is not None else None
    if site is not None and locale is not None:
        home = site.root_page.get_translation_or_none(locale)
        if home is not None and home.live:
            return home.get_url(request)
    return f"/{language_code}/"


@register.simple_tag(takes_context=True)
def language_links(context) -> list[LanguageLink]:
    """Return a :class:`LanguageLink` for every language in ``settings.LANGUAGES``.

    For a Wagtail page the link goes to the page's live translation (plus the sub-path of a
    routable page's view, given in the context as ``routable_subpath``). A view that is served in
    both languages sets ``translatable_view`` in its context and gets the same URL under the
    other prefix. Otherwise — an untranslated page, a 404 or 500 page — the link goes to the
    other language's home page with a notice, never to a page that does not exist.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    locales = None  # read only if a link falls back to a home page
    links = []
    for code, name in settings.LANGUAGES:
        url, is_translation = None, True
        if code == current:
            url = request.get_full_path() if request is not None else f"/{code}/"
        elif isinstance(page, Page) and not context.get("is_error_page"):
            target = _live_translations(request, page).get(code)
            if target is not None:
                url = target.get_url(request) + context.get("routable_subpath", "")
                if request is not None and request.GET:
                    url += "?" + request.GET.urlencode()
        elif context.get("translatable_view") and request is not None:
            translated = translate_url(request.get_full_path(), code)
            if translated != request.get_full_path():
                url = translated
        if url is None:
            locales = _locales_by_code() if locales is None else locales
            url, is_translation = _home_url(request, locales.get(code), code), False
        notice = ""
        if not is_translation and not context.get("is_error_page"):
            with translation.override(code):
                notice = gettext("This page is not yet translated; this link opens the home page.")
        links.append(
            LanguageLink(
                code=code,
                name=name,
                bcp47=bcp47(code),
                url=url,
                is_current=code == current,
                is_translation=is_translation,
                notice=notice,
            )
        )
    return links


@register.simple_tag(takes_context=True)
def hreflang_alternates(context) -> list[dict]:
    """Alternates for ``<link rel="alternate" hreflang>``: every live translation of the
    current page (absolute URLs) plus ``x-default`` pointing at the default-language version.
    Empty outside Wagtail pages."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page) or request is None or context.get("is_error_page"):
        return []
    alternates = []
    default_url = None
    for language_code, translated in _live_translations(request, page).items():
        path = translated.get_url(request) + context.get("routable_subpath", "")
        url = request.build_absolute_uri(path)
        alternates.append({"hreflang": bcp47(language_code), "url": url})
        if language_code == settings.LANGUAGE_CODE:
            default_url = url
    alternates.sort(key=lambda item: item["hreflang"])
    if default_url:
        alternates.append({"hreflang": "x-default", "url": default_url})
    return alternates


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    """Absolute canonical URL: the page's own URL for Wagtail pages, else the request path
    without its query string."""
    request = context.get("request")
    if request is None:
        return ""
    page = context.get("page")
    if isinstance(page, Page) and not context.get("is_error_page"):
        return request.build_absolute_uri(
            page.get_url(request) + context.get("routable_subpath", "")
        )
    return request.build_absolute_uri(request.path)


@register.simple_tag(takes_context=True)
def home_page(context):
    """The home page in the active language (falls back to the site root page), or None.

    Looked up once per request and language (the header and the menu both ask)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    homes = request.__dict__.setdefault("_portal_home_pages", {})
    language = translation.get_language()
    if (site.pk, language) not in homes:
        homes[site.pk, language] = site.root_page.localized
    return homes[site.pk, language]


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[Page]:
    """Live children of the home page in the active language that are marked "show in menus".

    Plain ``Page`` objects (title, URL, tree position: all the menu shows), not their
    specific types, which would cost a query per page type on every page view."""
    home = home_page(context)
    if home is None:
        return []
    return list(home.get_children().live().in_menu())


@register.simple_tag(takes_context=True)
def breadcrumbs(context) -> list[Page]:
    """Ancestors of the current page below the site root, home page first; [] for the home page.
    Plain ``Page`` objects (title and URL are all a breadcrumb shows), in one query."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gte=2))


#: Open Graph locale per portal language.
OG_LOCALES = {"en": "en_GB", "zh-hans": "zh_CN"}


@register.simple_tag
def og_locale(language_code: str) -> str:
    """Open Graph ``og:locale`` for a portal language code (``zh-hans`` → ``zh_CN``)."""
    return OG_LOCALES.get(language_code, language_code)


@register.simple_tag(takes_context=True)
def meta_description(context) -> str:
    """Plain-text description of the current page (≤ 200 characters): its search description,
    else its summary, hero text or introduction; "" if it has none."""
    page = context.get("page")
    if page is None:
        return ""
    for attribute in ("search_description", "summary", "hero_text", "intro"):
        value = getattr(page, attribute, "")
        text = strip_tags(str(value or "")).strip()
        if text:
            return Truncator(" ".join(text.split())).chars(200)
    return ""


def _has_route_arguments(request) -> bool:
    """True when a routable page answered with arguments taken from the address (a token:
    an applicant's status page, a registration reached by its private link, a draft), which
    is rendered every time, never from shared fragments."""
    route = getattr(request, "_wagtail_route_for_request", None)
    if route is None or len(route.args) != 3:  # a plain page: RouteResult(page)
        return False
    _view, view_args, view_kwargs = route.args
    return bool(view_args or view_kwargs)


class PageFragmentNode(template.Node):
    def __init__(self, name: str, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        from portal import page_cache

        request = context.get("request")
        page = context.get("page")
        timeout = int(getattr(settings, "PAGE_FRAGMENT_SECONDS", 0))
        if (
            timeout <= 0
            or request is None
            or not isinstance(page, Page)
            or context.get("is_error_page")
            or request.method != "GET"
            or request.META.get("QUERY_STRING")
            or getattr(request, "is_preview", False)
            or _has_route_arguments(request)
        ):
            return self.nodelist.render(context)
        key = page_cache.hashed_key(
            "fragment",
            self.name,
            f"{request.scheme}://{request.get_host()}{request.path}",
            translation.get_language(),
        )
        cached = page_cache.get_versioned(key)
        if cached is not None:
            return cached
        content = self.nodelist.render(context)
        if "csrfmiddlewaretoken" not in content:  # a form's token is never shared
            page_cache.set_versioned(key, content, timeout)
        return content


@register.tag
def pagefragment(parser, token):
    """``{% pagefragment "name" %}…{% endpagefragment %}``: cache what is inside for every
    visitor of the same Wagtail page address (scheme, host, path) in the same language.

    Kept ``PAGE_FRAGMENT_SECONDS`` seconds (0: never cached) and versioned by the page cache's
    generation token, so every publish or content change (see :mod:`portal.page_cache`) makes
    it a miss. Rendered afresh, never stored, outside a Wagtail page, for a routable page's
    sub-page that takes arguments from the address (a private token), for a request with a
    query string, for previews and error pages, and whenever the result holds a CSRF token.
    Put nothing inside that depends on the visitor (sign-in state, messages, forms).
    """
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError('Usage: {% pagefragment "name" %}')
    nodelist = parser.parse(("endpagefragment",))
    parser.delete_first_token()
    return PageFragmentNode(bits[1][1:-1], nodelist)
