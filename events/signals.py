"""Keep the waiting list moving when places free up outside a cancellation: an editor raised
the capacity (publishing the event) or deleted registrations in the admin."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from wagtail.signals import page_published

from .models import EventPage, Registration


def _fill_and_notify(event_pk: int) -> None:
    from .emails import send_registration_email
    from .registration import fill_from_waiting_list

    event = EventPage.objects.filter(pk=event_pk).first()
    if event is None:
        return
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    for registration in fill_from_waiting_list(event):
        send_registration_email(registration, base_url, promoted=True)


@receiver(page_published, sender=EventPage)
def promote_after_publish(sender, instance, **kwargs):
    if instance.locale.language_code == settings.LANGUAGE_CODE:
        transaction.on_commit(lambda: _fill_and_notify(instance.pk))


@receiver(post_delete, sender=Registration)
def promote_after_delete(sender, instance, **kwargs):
    if instance.status == Registration.Status.REGISTERED:
        transaction.on_commit(lambda: _fill_and_notify(instance.event_id))
