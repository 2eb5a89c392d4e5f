"""``manage.py load_initial_data``: set up an empty database with the portal's real content.

Idempotent: running it twice changes nothing. Each feature contributes a loader (listed in
``LOADERS``) that creates its pages and snippets in English and their Chinese translations
through wagtail-localize.
"""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

LOADERS = [
    "home.setup.load_home",
    "guidance.setup.load_guidance",
    "events.setup.load_events",
    "news.setup.load_news",
    "metrics.setup.load_statistics",
    "applications.setup.load_application_page",
    "home.setup.load_calls_to_action",
    "portal.setup.load_roles",
]


class Command(BaseCommand):
    help = "Create locales, the home page, guidance and other real content (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-admin",
            action="store_true",
            help="Do not create the local admin user (it is only ever created when DEBUG is on).",
        )

    def handle(self, *args, no_admin=False, **options):
        verbose = options.get("verbosity", 1) > 0

        def log(message):
            if verbose:
                self.stdout.write(f"  {message}")

        for dotted_path in LOADERS:
            if verbose:
                self.stdout.write(f"{dotted_path}:")
            import_string(dotted_path)(log=log)
        if settings.DEBUG and not no_admin:
            self._ensure_local_admin()
        if verbose:
            self.stdout.write(self.style.SUCCESS("Initial data is in place."))

    def _ensure_local_admin(self):
        """For local use only: an ``admin`` superuser; password from PORTAL_ADMIN_PASSWORD or
        generated and printed once."""
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            return
        password = os.environ.get("PORTAL_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@localhost", password)
        shown = (
            "from PORTAL_ADMIN_PASSWORD" if os.environ.get("PORTAL_ADMIN_PASSWORD") else password
        )
        self.stdout.write(
            self.style.WARNING(
                f"Created local admin user 'admin' (password: {shown}). It is shown only this once."
            )
        )
