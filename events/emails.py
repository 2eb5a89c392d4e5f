"""E-mails to registrants, in the registrant's language, through Django's e-mail backend."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .calendars import build_calendar
from .models import Registration

logger = logging.getLogger(__name__)


def registration_url(registration: Registration, base_url: str) -> str:
    """Absolute URL of the registration's status and cancellation page, on the event page in
    the registrant's language."""
    event = registration.event.in_language(registration.language)
    return f"{base_url}{event.url}registration/{registration.token}/"


def send_registration_email(registration: Registration, base_url: str, *, promoted=False) -> bool:
    """Send the confirmation (or waiting-list, or promotion) e-mail with the event's ``.ics``.

    ``base_url`` is the site's scheme and host, e.g. ``https://portal.example.org``. The
    e-mail describes the event version in the registrant's language. Returns False (and logs)
    if the e-mail backend fails; the registration itself stands.
    """
    event = registration.event.in_language(registration.language)
    with translation.override(registration.language):
        context = {
            "registration": registration,
            "event": event,
            "times": event.local_times(),
            "status_url": registration_url(registration, base_url),
            "promoted": promoted,
        }
        subject = render_to_string("events/email/registration_subject.txt", context).strip()
        body = render_to_string("events/email/registration_body.txt", context)
    message = EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[registration.email],
    )
    if registration.status == Registration.Status.REGISTERED:
        message.attach(
            f"{event.slug}.ics",
            build_calendar([event], base_url).to_ical(),
            "text/calendar",
        )
    try:
        message.send()
    except Exception:  # the registration is saved; the organisers can resend it
        logger.exception(
            "Could not send the registration e-mail for registration %s", registration.pk
        )
        return False
    Registration.objects.filter(pk=registration.pk).update(last_emailed_at=timezone.now())
    return True
