"""Registration for events: capacity that holds under concurrent sign-ups, waiting list,
cancellation and promotion of the people waiting.

Registrations belong to the event's source-language (English) version, whose capacity,
waiting-list setting and registration window apply to every language version
(:meth:`events.models.EventPage.canonical`). Every change locks the event's page rows (all
language versions) with ``SELECT … FOR UPDATE`` inside a transaction, so on PostgreSQL
concurrent sign-ups are serialised and the event is never overbooked. (SQLite serialises
writers itself.)
"""

import datetime

from django.db import transaction
from django.utils import timezone

from wagtail.models import Page

from .models import EventPage, Registration

#: A confirmation e-mail is sent again for a repeated sign-up at most this often.
RESEND_INTERVAL = datetime.timedelta(minutes=15)


class RegistrationClosed(Exception):
    """Registration is not open for this event (``state`` says why)."""

    def __init__(self, state: str):
        super().__init__(state)
        self.state = state


class EventFull(Exception):
    """Every place is taken and the event has no waiting list."""


class AlreadyRegistered(Exception):
    """The e-mail address already has an active registration for this event.

    ``resend`` is True when the confirmation e-mail may be sent again (not more often than
    :data:`RESEND_INTERVAL`)."""

    def __init__(self, registration: Registration, resend: bool):
        super().__init__(registration.pk)
        self.registration = registration
        self.resend = resend


class EventEnded(Exception):
    """The event is over: registrations can no longer change."""


def _lock(event: EventPage) -> EventPage:
    """Lock every language version of ``event``; return its source version, freshly read."""
    list(
        Page.objects.select_for_update()
        .filter(translation_key=event.translation_key)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    return EventPage.objects.get(pk=event.canonical().pk)


def _fill(event: EventPage) -> list[Registration]:
    """Give free places to the people waiting, earliest first (caller holds the lock)."""
    if event.capacity is None or event.is_past():
        return []
    registrations = event.registrations()
    free = event.capacity - registrations.filter(status=Registration.Status.REGISTERED).count()
    if free <= 0:
        return []
    promoted = list(
        registrations.filter(status=Registration.Status.WAITLISTED).order_by("created_at", "pk")[
            :free
        ]
    )
    for registration in promoted:
        registration.status = Registration.Status.REGISTERED
        registration.save(update_fields=["status", "updated_at"])
    return promoted


@transaction.atomic
def register(event: EventPage, data: dict, language: str, now=None) -> Registration:
    """Register a person for ``event`` (any language version).

    ``data`` holds the registration form's cleaned fields; ``language`` is the registrant's
    language code (``en`` or ``zh-hans``). Returns the saved :class:`Registration`, attached to
    the source-language event, with status ``registered`` while places are left, else
    ``waitlisted`` when the event has a waiting list.

    Raises :class:`RegistrationClosed` outside the registration window, :class:`EventFull`
    when full without a waiting list, :class:`AlreadyRegistered` if the address already holds
    an active registration (so a double submission creates one registration only).
    """
    source = _lock(event)
    state = source.registration_state(now)
    if state != "open":
        raise RegistrationClosed(state)
    active = source.registrations().exclude(status=Registration.Status.CANCELLED)
    existing = active.filter(email__iexact=data["email"]).first()
    if existing is not None:
        resend = not existing.last_emailed_at or (
            timezone.now() - existing.last_emailed_at > RESEND_INTERVAL
        )
        raise AlreadyRegistered(existing, resend)
    taken = active.filter(status=Registration.Status.REGISTERED).count()
    waiting = active.filter(status=Registration.Status.WAITLISTED).exists()
    if taken < source.capacity and not waiting:
        status = Registration.Status.REGISTERED
    elif source.waitlist_enabled:
        status = Registration.Status.WAITLISTED
    else:
        raise EventFull
    fields = {name: value for name, value in data.items() if name != "consent"}
    return Registration.objects.create(event=source, status=status, language=language, **fields)


@transaction.atomic
def cancel(registration: Registration) -> list[Registration]:
    """Cancel ``registration`` and give any freed place to the first people waiting.

    Returns the registrations promoted (usually zero or one). Cancelling twice does nothing
    the second time. Raises :class:`EventEnded` once the event is over.
    """
    source = _lock(registration.event)
    registration.refresh_from_db()
    if source.is_past():
        raise EventEnded
    if registration.status == Registration.Status.CANCELLED:
        return []
    registration.status = Registration.Status.CANCELLED
    registration.save(update_fields=["status", "updated_at"])
    return _fill(source)


@transaction.atomic
def fill_from_waiting_list(event: EventPage) -> list[Registration]:
    """Promote people waiting while places are free, e.g. after an editor raised the capacity
    or deleted a registration. Returns the registrations promoted."""
    return _fill(_lock(event))
