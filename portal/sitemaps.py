"""Sitemap of every live page in every locale, with hreflang alternates.

Wagtail's own sitemap lists the descendants of the Site's root page, i.e. the English tree
only; the Chinese home page is a sibling of the English one. This sitemap lists the pages
under every translation of the root page and adds ``<xhtml:link rel="alternate">`` entries
(rendered by Django's sitemap template) for each page's live translations plus x-default.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .templatetags.portal_tags import bcp47


class PortalSitemap(Sitemap):
    def location(self, obj):
        return self._absolute(obj)

    def _absolute(self, page) -> str:
        """Absolute URL on the host the sitemap was requested from (the Site record's
        hostname is only a fallback outside a request)."""
        if self.request is None:
            return page.get_full_url()
        return self.request.build_absolute_uri(page.get_url(self.request))

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_trees = Q()
        for root in roots:
            in_trees |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(in_trees)
            .live()
            .public()
            .order_by("locale_id", "path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        keys = {item.translation_key for item in pages}
        translations = defaultdict(list)
        for item in (
            Page.objects.filter(translation_key__in=keys).live().public().select_related("locale")
        ):
            translations[item.translation_key].append(item)
        urls = []
        for item in pages:
            alternates = []
            for translated in sorted(translations[item.translation_key], key=lambda p: p.locale_id):
                location = self._absolute(translated)
                alternates.append(
                    {"lang_code": bcp47(translated.locale.language_code), "location": location}
                )
                if translated.locale.language_code == settings.LANGUAGE_CODE:
                    alternates.append({"lang_code": "x-default", "location": location})
            urls.append(
                {
                    "item": item,
                    "location": self._absolute(item),
                    "lastmod": self.lastmod(item),
                    "alternates": alternates,
                }
            )
        return urls
