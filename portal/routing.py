"""Wagtail's page serving with a cache of routes: which page answers which address.

Routing a request through Wagtail walks the tree from the site's root, a query or two per
level (the root's translation, each ancestor, the page's specific type), before the page is
served. :func:`serve` remembers, per host, language and path, the page Wagtail's own routing
found (its id and content type) and on the next request loads that page alone (one query),
hands it to Wagtail's ``serve`` view as the already-computed route
(``request._wagtail_route_for_request``, which ``Page.route_for_request`` honours) and lets
Wagtail do everything else as usual: ``before_serve_page`` hooks (view restrictions, password
and login checks), ``on_serve_page`` hooks, ``page.serve()``.

Only plain routes are remembered: a live page served without arguments. A RoutablePageMixin
page (events list, news archive, glossary) routes its sub-paths itself and is routed by
Wagtail every time. Routes are versioned by the page cache's generation token
(:mod:`portal.page_cache`), so publishing, unpublishing, moving a page, changing its slug or a
view restriction, or a site (all purge) makes every route be found afresh; a remembered page
that is no longer live is routed afresh too. ``PAGE_FRAGMENT_SECONDS`` bounds how long a route
is kept (0: never).
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation

from wagtail import views as wagtail_views
from wagtail.url_routing import RouteResult

from . import page_cache


def _route_key(request, path: str) -> str:
    return page_cache.hashed_key(
        "route", request.get_host(), translation.get_language() or "", path
    )


def _remembered_page(key: str):
    remembered = page_cache.get_versioned(key)
    if remembered is None:
        return None
    page_id, content_type_id = remembered
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    try:
        return model.objects.get(pk=page_id, live=True)
    except model.DoesNotExist:  # deleted or unpublished since: route it afresh
        return None


def serve(request, path):
    """Serve the Wagtail page at ``path`` (the part after the language prefix), as
    ``wagtail.views.serve`` does; raises ``Http404`` where it does."""
    timeout = int(getattr(settings, "PAGE_FRAGMENT_SECONDS", 0))
    if timeout <= 0 or getattr(request, "is_preview", False):
        return wagtail_views.serve(request, path)
    key = _route_key(request, path)
    page = _remembered_page(key)
    if page is not None:
        request._wagtail_route_for_request = RouteResult(page)
        return wagtail_views.serve(request, path)
    response = wagtail_views.serve(request, path)
    route = getattr(request, "_wagtail_route_for_request", None)
    if route is not None:
        found, args, kwargs = route
        if not args and not kwargs and found.live:
            page_cache.set_versioned(key, (found.pk, found.content_type_id), timeout)
    return response
