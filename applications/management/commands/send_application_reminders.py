"""Daily: e-mail applicants whose decision or recordation expires soon (run from cron).

* EU: 30 working days before the end of the period of action — customs may refuse an extension
  request received later (Regulation (EU) No 608/2013, Art. 12). Working days are Monday to
  Friday; public holidays are not skipped, so the reminder errs on the early side.
* China: six calendar months before the end of the recordation's ten years — renewal may be
  requested in the six months before expiry (Regulations on Customs Protection of IPR, Art. 10).

Each application is reminded once (``reminder_sent_at``). Dates are in the site's time zone.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from dateutil.relativedelta import relativedelta

from applications.emails import send_reminder_email
from applications.models import Application, Status
from guidance.deadlines import add_working_days

EU_WORKING_DAYS_BEFORE = 30  # Reg. 608/2013 Art. 12
CN_MONTHS_BEFORE = 6  # Regulations Art. 10


def due_for_reminder(today):
    """Accepted, not yet reminded, not expired, and inside the reminder window on ``today``."""
    base = Application.objects.filter(
        status=Status.ACCEPTED,
        reminder_sent_at__isnull=True,
        anonymised_at__isnull=True,
        valid_until__gte=today,
    )
    return base.filter(
        Q(jurisdiction="eu", valid_until__lte=add_working_days(today, EU_WORKING_DAYS_BEFORE))
        | Q(jurisdiction="cn", valid_until__lte=today + relativedelta(months=CN_MONTHS_BEFORE))
    )


class Command(BaseCommand):
    help = "E-mail renewal reminders (EU: 30 working days, China: 6 months before expiry)."

    def add_arguments(self, parser):
        parser.add_argument("--base-url", default=getattr(settings, "WAGTAILADMIN_BASE_URL", ""))

    def handle(self, *args, base_url, **options):
        today = timezone.localdate()
        sent = 0
        for application in due_for_reminder(today):
            if send_reminder_email(application, base_url.rstrip("/")):
                Application.objects.filter(pk=application.pk).update(
                    reminder_sent_at=timezone.now()
                )
                sent += 1
        self.stdout.write(f"Sent {sent} renewal reminder(s).")
