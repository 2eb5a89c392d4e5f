"""Daily: apply the retention rules of applications (run from cron).

* Drafts: deleted once expired (30 calendar days after saving), with their uploads; uploads in
  ``tmp/`` that no live draft refers to are deleted once no session can refer to them either
  (``SESSION_COOKIE_AGE`` plus a day).
* Applications closed (accepted, rejected or withdrawn) more than ``APPLICATION_RETENTION_DAYS``
  days ago — for an accepted one, also past the end of its decision's validity — lose their
  personal data: applicant, representative and contact details, rights' numbers and owners,
  goods details, messages, notes, attachments (files deleted) and the messages in their status
  history. Kept for the metrics: dates, type, jurisdiction, member states, right types, SME
  flag, language and outcome.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from wagtail.models import ModelLogEntry

from applications.models import Application, Draft, GoodsCategory, Right
from applications.uploads import private_storage

PERSONAL_FIELDS = {
    "applicant_name": "",
    "address": "",
    "country": "",
    "eori": "",
    "vat_tin": "",
    "national_registration_number": "",
    "uscc": "",
    "contact_person": "",
    "phone": "",
    "email": "",
    "website": "",
    "representative_name": "",
    "representative_address": "",
    "representative_email": "",
    "representative_phone": "",
    "representative_uscc": "",
    "legal_contact": "",
    "technical_contact": "",
    "member_state_contacts": "",
    "existing_number": "",
    "official_number": "",
}


def tmp_grace() -> datetime.timedelta:
    """How long an upload no draft refers to may wait in ``tmp/``: as long as a session (whose
    form may still refer to it) can live, plus a day."""
    return datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE, days=1)


def anonymise(application: Application, now) -> None:
    """Remove ``application``'s personal data and files (see the module docstring)."""
    with transaction.atomic():
        for attachment in application.attachments.all():
            attachment.file.delete(save=False)
            attachment.delete()
        application.messages.all().delete()
        application.notes.all().delete()
        GoodsCategory.objects.filter(application=application).delete()
        Right.objects.filter(application=application).update(
            registration_number="",
            office="",
            goods_covered="",
            owner="",
            registration_date=None,
            expiry_date=None,
        )
        for entry in ModelLogEntry.objects.filter(
            content_type__app_label="applications", object_id=str(application.pk)
        ):
            if entry.data and entry.data.get("message"):
                entry.data = {**entry.data, "message": ""}
                entry.save(update_fields=["data"])
        Application.objects.filter(pk=application.pk).update(**PERSONAL_FIELDS, anonymised_at=now)


def referenced_uploads() -> set[str]:
    """Paths of uploads that live drafts still point to."""
    from applications.uploads import StoredUpload

    paths = set()
    for data in Draft.objects.values_list("data", flat=True):
        for step in (data or {}).get("step_data", {}).values():
            for key, values in step.items():
                if key.endswith("-kept"):
                    for value in values:
                        upload = StoredUpload.from_signed(value) if value else None
                        if upload:
                            paths.add(upload.path)
    return paths


def sweep_tmp(now) -> int:
    """Delete uploads under ``tmp/`` that no live draft refers to, once older than
    :func:`tmp_grace`."""
    storage = private_storage()
    keep = referenced_uploads()
    removed = 0
    try:
        folders, _files = storage.listdir("tmp")
    except FileNotFoundError:
        return 0
    for folder in folders:
        for name in storage.listdir(f"tmp/{folder}")[1]:
            path = f"tmp/{folder}/{name}"
            if path in keep:
                continue
            if storage.get_modified_time(path) < now - tmp_grace():
                storage.delete(path)
                removed += 1
    return removed


class Command(BaseCommand):
    help = "Delete expired drafts and remove personal data of applications past retention."

    def handle(self, *args, **options):
        now = timezone.now()
        drafts, _ = Draft.objects.filter(expires_at__lte=now).delete()
        cutoff = now - datetime.timedelta(days=settings.APPLICATION_RETENTION_DAYS)
        due = list(Application.objects.closed_before(cutoff).not_anonymised())
        for application in due:
            anonymise(application, now)
        files = sweep_tmp(now)
        self.stdout.write(
            f"Deleted {drafts} expired draft(s) and {files} stale upload(s); removed personal data "
            f"from {len(due)} application(s) closed before {cutoff:%Y-%m-%d}."
        )
