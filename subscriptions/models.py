"""E-mail subscriptions to updates (guidance, news, events), per language, with double opt-in.

Subscriber addresses are personal data: only the "Subscription managers" group sees them in the
admin; unsubscribing deletes the subscription (and its delivery records) at once.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_token() -> str:
    """An unguessable URL-safe token (256 bits)."""
    return secrets.token_urlsafe(32)


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)


class Subscription(models.Model):
    """One address's subscription in one language, to one or more topics."""

    email = models.EmailField(_("e-mail"), max_length=254)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    guidance = models.BooleanField(_("guidance updates"), default=False)
    news = models.BooleanField(_("news"), default=False)
    events = models.BooleanField(_("events"), default=False)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("subscribed at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    last_digest_at = models.DateTimeField(
        _("last digest covers up to"), null=True, blank=True, editable=False
    )
    pending_topics = models.JSONField(
        null=True, blank=True, editable=False, help_text="Topics requested, awaiting confirmation."
    )
    last_emailed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["email", "language"], name="one_subscription_per_language"
            )
        ]

    def __str__(self):
        # No address here: this label can end up in Wagtail's audit log.
        return f"{_('Subscription')} {self.pk}"

    @property
    def topics(self) -> list[str]:
        return [name for name in ("guidance", "news", "events") if getattr(self, name)]


class DigestDelivery(models.Model):
    """A digest for one subscription on one day. Recorded *before* the e-mail is sent, so a
    run that crashes half-way and is started again never sends the same digest twice."""

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    digest_date = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    item_count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subscription", "digest_date"], name="one_digest_a_day")
        ]

    def __str__(self):
        return f"{self.subscription} {self.digest_date}"
