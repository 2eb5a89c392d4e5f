"""Project middleware."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from csp.utils import default_config

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


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with a second policy for the Wagtail admin.

    Responses under ``settings.CONTENT_SECURITY_POLICY_ADMIN["URL_PREFIX"]`` (``/admin/``) get
    that setting's directives instead of ``CONTENT_SECURITY_POLICY``'s: the admin needs inline
    scripts and styles, the public site does not (see ``settings/base.py``). A view decorated
    with django-csp's ``@csp``, ``@csp_update`` or ``@csp_replace``, and a response that already
    carries the header (Wagtail's document view sends ``default-src 'none'``), keep theirs.
    Page previews get the public policy, but may be framed by the admin.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin = getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", None)
        if report_only or parts.config is not None or not admin:
            return parts
        if getattr(request, "is_dummy", False) or getattr(request, "is_preview", False):
            # A preview: Wagtail renders the page through the whole middleware chain with a
            # dummy request for the page's public path, shown in the admin's preview frame. It
            # gets the public policy (editors see what visitors will), framable by the admin.
            public = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
            parts.config = default_config({**public, "frame-ancestors": [SELF]})
        elif request.path_info.startswith(admin["URL_PREFIX"]):
            parts.config = default_config(admin["DIRECTIVES"])
        return parts


class PermissionsPolicyMiddleware:
    """Send ``Permissions-Policy`` built from ``settings.PERMISSIONS_POLICY``, a dict of feature
    name to allowed origins (``[]`` → ``feature=()``, ``["self"]`` → ``feature=(self)``).
    Django has no setting for this header."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})"
            for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response
