"""The review flow: status changes, recorded in Wagtail's audit log and, if the reviewer
chooses, mailed to the applicant."""

from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from .models import TRANSITIONS, Application, Status

STATUS_ACTION = "applications.status"


class InvalidTransition(ValueError):
    """The requested status cannot follow the current one (see ``models.TRANSITIONS``)."""


def change_status(
    application: Application,
    new_status: str,
    *,
    user,
    message: str = "",
    notify: bool = False,
    base_url: str = "",
    valid_until=None,
    official_number: str = "",
    expected_status: str | None = None,
) -> Application:
    """Move ``application`` to ``new_status`` and record it.

    Locks the row first, so two reviewers acting at once cannot both move it from the same
    status. Sets ``forwarded_at`` on forwarding and ``closed_at`` on accepted / rejected /
    withdrawn. ``valid_until`` (a date: the end of the period of action, EU at most one year
    under Reg. 608/2013 Art. 11(1), China ten years under Regulations Art. 10) and
    ``official_number`` can be recorded with an acceptance. The audit log entry holds who,
    when, from, to and ``message``; the e-mail (when ``notify``) goes out after commit in the
    applicant's language. Raises :class:`InvalidTransition` if the flow does not allow it, or
    if ``expected_status`` (the status the reviewer's page showed) is no longer current.
    """
    with transaction.atomic():
        locked = Application.objects.select_for_update().get(pk=application.pk)
        old = locked.status
        if expected_status is not None and old != expected_status:
            raise InvalidTransition(f"{old} is no longer {expected_status}")
        if new_status not in TRANSITIONS[Status(old)]:
            raise InvalidTransition(f"{old} → {new_status}")
        now = timezone.now()
        locked.status = new_status
        if new_status == Status.FORWARDED:
            locked.forwarded_at = now
        if new_status in (Status.ACCEPTED, Status.REJECTED, Status.WITHDRAWN):
            locked.closed_at = now
        if new_status == Status.ACCEPTED:
            locked.valid_until = valid_until or locked.valid_until
            locked.official_number = official_number or locked.official_number
        locked.save()
        log(
            instance=locked,
            action=STATUS_ACTION,
            user=user,
            data={"from": old, "to": new_status, "message": message, "notified": notify},
        )
        if notify:
            from .emails import send_status_email

            transaction.on_commit(
                lambda: send_status_email(locked, old, new_status, message, base_url)
            )
    return locked
