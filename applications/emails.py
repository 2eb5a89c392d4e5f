"""E-mails to applicants, in the applicant's language, through Django's e-mail backend.

Every function returns True when the message was handed to the backend and False (after
logging) when the backend failed: what triggered the e-mail stands either way.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from .models import Application, ApplicationPage, Draft

logger = logging.getLogger(__name__)


def page_for(application: Application) -> ApplicationPage | None:
    """The application page in the applicant's language (or any, failing that)."""
    page = application.page or ApplicationPage.objects.live().first()
    if page is None:
        return None
    localized = (
        page.get_translations(inclusive=True)
        .filter(locale__language_code=application.language)
        .live()
        .first()
    )
    return (localized or page).specific


def application_links(
    application: Application, base_url: str, page: ApplicationPage | None = None, request=None
) -> dict:
    """Absolute status and extension links, and the official filing link, for e-mails.
    ``base_url`` is the scheme and host, e.g. ``https://portal.example.org``. ``page`` is the
    application page in the applicant's language if the caller already has it (the form that
    was just submitted), which saves looking it up; ``request``, if given, lets Wagtail reuse
    the site's root paths it already read for this request."""
    page = page or page_for(application)
    if page is None:
        return {"status_url": "", "extend_url": "", "filing_url": ""}
    root = base_url + page.get_url(request)
    return {
        "status_url": root + page.reverse_subpage("status", args=[application.token]),
        "extend_url": root + page.reverse_subpage("extend", args=[application.token]),
        "filing_url": page.filing_url(application.application_type),
    }


def _send(template: str, context: dict, to: str, language: str) -> bool:
    with translation.override(language):
        subject = render_to_string(f"applications/email/{template}_subject.txt", context)
        body = render_to_string(f"applications/email/{template}_body.txt", context)
    message = EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
    )
    try:
        message.send()
    except Exception:
        logger.exception("Could not send the %s e-mail", template)
        return False
    return True


def send_confirmation_email(
    application: Application, base_url: str, page: ApplicationPage | None = None, request=None
) -> bool:
    """Receipt with the reference, the next steps, the official filing link and the status
    link. ``page`` and ``request`` as for :func:`application_links`."""
    context = {
        "application": application,
        **application_links(application, base_url, page=page, request=request),
    }
    return _send("confirmation", context, application.email, application.language)


def send_status_email(
    application: Application, old: str, new: str, message: str, base_url: str
) -> bool:
    """The new status and the reviewer's message to the applicant (never internal notes)."""
    from .models import Status

    context = {
        "application": application,
        "old_status": Status(old).label,
        "new_status": Status(new).label,
        "message": message,
        **application_links(application, base_url),
    }
    return _send("status", context, application.email, application.language)


def send_draft_email(draft: Draft, page: ApplicationPage, base_url: str) -> bool:
    """The resume link of a saved draft (valid 30 calendar days)."""
    context = {
        "draft": draft,
        "resume_url": base_url + page.url + page.reverse_subpage("resume", args=[draft.token]),
    }
    return _send("draft", context, draft.email, draft.language)


def send_reminder_email(application: Application, base_url: str) -> bool:
    """The decision or recordation expires soon: how and by when to extend or renew it."""
    context = {"application": application, **application_links(application, base_url)}
    return _send("reminder", context, application.email, application.language)
