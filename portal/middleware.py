"""Project middleware."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

from .i18n import language_from_accept_header


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware with the portal's own Accept-Language rule.

    For a URL with a language prefix (``/en/…``, ``/zh-hans/…``) the prefix decides, as in
    Django. For an unprefixed URL, the language comes from the language cookie if the visitor
    chose one, otherwise from :func:`portal.i18n.language_from_accept_header`; Django's
    ``process_response`` then redirects to the prefixed URL.
    """

    def process_request(self, request):
        super().process_request(request)
        if translation.get_language_from_path(request.path_info):
            return
        if request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) in dict(settings.LANGUAGES):
            return
        language = language_from_accept_header(request.META.get("HTTP_ACCEPT_LANGUAGE", ""))
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
