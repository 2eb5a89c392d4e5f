"""``manage.py send_digest``: e-mail each confirmed subscriber what was published since their
last digest, in their language. Run daily (cron).

Idempotent and crash-safe: a delivery row (subscription, day) is committed *before* the e-mail
goes out, so a second run the same day sends nothing new, and a run restarted after a crash
never sends anyone a second copy (the subscriber whose e-mail was in flight gets those items in
the next digest instead, because ``last_digest_at`` only moves after a successful send).
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import IntegrityError, transaction
from django.utils import timezone

from subscriptions.digest import items_for
from subscriptions.emails import send
from subscriptions.models import DigestDelivery, Subscription


class Command(BaseCommand):
    help = "Send today's digest to every confirmed subscriber who has something new."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default=settings.WAGTAILADMIN_BASE_URL,
            help="Scheme and host for links in the e-mails (default WAGTAILADMIN_BASE_URL).",
        )

    def handle(self, *args, base_url, **options):
        base_url = base_url.rstrip("/")
        now = timezone.now()
        today = timezone.localdate(now)
        sent = skipped = 0
        for subscription in Subscription.objects.confirmed().order_by("pk"):
            since = subscription.last_digest_at or subscription.confirmed_at
            items = items_for(subscription, since, now)
            if not items:
                skipped += 1
                continue
            try:
                with transaction.atomic():
                    delivery = DigestDelivery.objects.create(
                        subscription=subscription,
                        digest_date=today,
                        item_count=sum(len(pages) for pages in items.values()),
                    )
            except IntegrityError:  # already sent (or attempted) today
                skipped += 1
                continue
            send(subscription, "digest", {"items": items, "base_url": base_url}, base_url)
            delivery.sent_at = timezone.now()
            delivery.save(update_fields=["sent_at"])
            Subscription.objects.filter(pk=subscription.pk).update(last_digest_at=now)
            sent += 1
        if options.get("verbosity", 1) > 0:
            self.stdout.write(
                f"Sent {sent} digest(s); {skipped} subscriber(s) had nothing new or were done."
            )
