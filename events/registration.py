"""Registration for events: capacity that holds under concurrent sign-ups, waiting list,
cancellation with promotion of the first person waiting.

All functions lock the event's rows (every translation of the event shares one capacity) with
``SELECT … FOR UPDATE`` inside a transaction, so on PostgreSQL concurrent sign-ups are
serialised and an event is never overbooked. (SQLite serialises writers itself.)
"""

from django.db import transaction
from django.utils import timezone

from wagtail.models import Page

from .models import EventPage, Registration


class RegistrationClosed(Exception):
    """Registration is not open for this event (``state`` says why)."""

    def __init__(self, state: str):
        super().__init__(state)
        self.state = state


class EventFull(Exception):
    """Every place is taken and the event has no waiting list."""


class AlreadyRegistered(Exception):
    """The e-mail address already has an active registration for this event."""

    def __init__(self, registration: Registration):
        super().__init__(registration.pk)
        self.registration = registration


def _lock_event(event: EventPage) -> None:
    list(
        Page.objects.select_for_update()
        .filter(translation_key=event.translation_key)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


@transaction.atomic
def register(event: EventPage, data: dict, language: str, now=None) -> Registration:
    """Register a person for ``event``.

    ``data`` holds the registration form's cleaned fields; ``language`` is the registrant's
    language code (``en`` or ``zh-hans``). Returns the saved :class:`Registration`, with status
    ``registered`` while places are left, else ``waitlisted`` when the event has a waiting list.

    Raises :class:`RegistrationClosed` outside the registration window, :class:`EventFull`
    when full without a waiting list, :class:`AlreadyRegistered` if the address already holds
    an active registration (so a double submission creates one registration only).
    """
    _lock_event(event)
    event.refresh_from_db(
        fields=[
            "capacity",
            "waitlist_enabled",
            "registration_opens",
            "registration_closes",
            "starts_at",
            "ends_at",
        ]
    )
    state = event.registration_state(now)
    if state != "open":
        raise RegistrationClosed(state)
    active = event.registrations().exclude(status=Registration.Status.CANCELLED)
    existing = active.filter(email__iexact=data["email"]).first()
    if existing is not None:
        raise AlreadyRegistered(existing)
    taken = active.filter(status=Registration.Status.REGISTERED).count()
    if taken < event.capacity:
        status = Registration.Status.REGISTERED
    elif event.waitlist_enabled:
        status = Registration.Status.WAITLISTED
    else:
        raise EventFull
    fields = {name: value for name, value in data.items() if name != "consent"}
    return Registration.objects.create(event=event, status=status, language=language, **fields)


@transaction.atomic
def cancel(registration: Registration) -> Registration | None:
    """Cancel ``registration``. If it held a place, the first person on the waiting list
    (earliest registration) gets it. Returns that promoted registration, or None. Cancelling
    twice does nothing the second time."""
    _lock_event(registration.event)
    registration.refresh_from_db()
    if registration.status == Registration.Status.CANCELLED:
        return None
    held_place = registration.status == Registration.Status.REGISTERED
    registration.status = Registration.Status.CANCELLED
    registration.save(update_fields=["status", "updated_at"])
    if not held_place:
        return None
    event = registration.event
    if event.is_past(timezone.now()):
        return None
    first_waiting = (
        event.registrations()
        .filter(status=Registration.Status.WAITLISTED)
        .order_by("created_at", "pk")
        .first()
    )
    if first_waiting is None:
        return None
    first_waiting.status = Registration.Status.REGISTERED
    first_waiting.save(update_fields=["status", "updated_at"])
    return first_waiting
