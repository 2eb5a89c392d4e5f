"""E-mails to subscribers, in their language, with a one-click unsubscribe (RFC 8058)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .models import Subscription


def subscription_url(subscription: Subscription, name: str, base_url: str) -> str:
    """Absolute URL of the confirm or unsubscribe view (``name``) in the subscriber's language."""
    with translation.override(subscription.language):
        return base_url + reverse(f"subscriptions:{name}", args=[subscription.token])


def send(subscription: Subscription, template: str, context: dict, base_url: str) -> None:
    """Render ``subscriptions/email/<template>_subject.txt`` and ``_body.txt`` in the
    subscriber's language and send them with List-Unsubscribe headers."""
    unsubscribe = subscription_url(subscription, "unsubscribe", base_url)
    context = {**context, "subscription": subscription, "unsubscribe_url": unsubscribe}
    with translation.override(subscription.language):
        subject = render_to_string(f"subscriptions/email/{template}_subject.txt", context)
        body = render_to_string(f"subscriptions/email/{template}_body.txt", context)
    EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscription.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    ).send()
