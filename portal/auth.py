"""Sign-in helpers for django-axes (admin login throttling; settings in ``settings/base.py``)."""

from django.conf import settings
from django.template.response import TemplateResponse

from axes.backends import AxesStandaloneBackend


def client_ip(request) -> str:
    """The address a sign-in attempt came from, for django-axes.

    ``REMOTE_ADDR`` when ``settings.TRUSTED_PROXY_COUNT`` is 0. Behind that many proxies, each
    appending the address it saw to ``X-Forwarded-For``, the entry that the outermost trusted
    proxy appended (counted from the right, so a client cannot forge it by sending its own
    header); ``REMOTE_ADDR`` when the header has fewer entries.
    """
    remote_addr = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if not count:
        return remote_addr
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < count:
        return remote_addr
    return forwarded[-count]


class TestClientAxesBackend(AxesStandaloneBackend):
    """For ``settings/test.py`` only: django-axes' backend, except that a call without a
    request — Django's test client ``client.login()`` — is passed on to ModelBackend instead of
    failing (django-axes refuses it: it cannot tell who is signing in). Sign-ins through the
    login page always carry the request and are throttled exactly as in production."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out sign-in (``AXES_LOCKOUT_CALLABLE``): the admin's
    sign-in page layout with a message in the visitor's language saying how long to wait,
    status 429 (Too Many Requests)."""
    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    return TemplateResponse(
        request, "portal/admin/locked_out.html", {"minutes": minutes}, status=429
    ).render()
