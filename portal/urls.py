"""URL configuration.

Admin, documents and the sitemap sit outside ``i18n_patterns``; every public page is under a
language prefix (``/en/…``, ``/zh-hans/…``). An unprefixed URL (including ``/``) is redirected
by :class:`portal.middleware.PortalLocaleMiddleware`.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from . import routing, views
from .sitemaps import PortalSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("metrics/", include("metrics.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("subscribe/", include("subscriptions.urls")),
    # Wagtail's page serving catches every remaining path, so it comes last; its catch-all is
    # answered by portal.routing.serve (Wagtail's view with a cache of routes), under
    # Wagtail's name so that page URLs are reversed as usual.
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "portal.views.bad_request"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
