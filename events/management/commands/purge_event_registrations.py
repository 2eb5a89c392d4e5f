"""``manage.py purge_event_registrations``: anonymise registrants' personal data.

Registrations for events that ended more than ``settings.EVENT_RETENTION_DAYS`` calendar days
ago lose name, organisation, e-mail, country, needs and their link token. Role, SME flag,
status, attendance and language stay, so the evaluation's counts are unchanged. Run daily.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from events.models import Registration, new_token


class Command(BaseCommand):
    help = "Anonymise registrations of events that ended more than EVENT_RETENTION_DAYS ago."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what would change.")

    def handle(self, *args, dry_run=False, **options):
        cutoff = timezone.now() - datetime.timedelta(days=settings.EVENT_RETENTION_DAYS)
        due = Registration.objects.filter(event__ends_at__lt=cutoff, anonymised_at__isnull=True)
        count = due.count()
        if not dry_run:
            for registration in due.iterator():
                registration.name = ""
                registration.organisation = ""
                registration.email = ""
                registration.country = ""
                registration.needs = ""
                registration.token = new_token()
                registration.anonymised_at = timezone.now()
                registration.save()
        verb = "Would anonymise" if dry_run else "Anonymised"
        self.stdout.write(
            f"{verb} {count} registration(s) of events ended before {cutoff:%Y-%m-%d}."
        )
