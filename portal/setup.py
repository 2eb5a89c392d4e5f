"""Idempotent set-up of what needs pages to exist: the Translators' page permissions."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission, Site


def load_roles(log=print) -> None:
    """Give Translators add and edit (never publish) permission on every non-default
    language's home page tree; they have no permission at all on the English tree."""
    translators = Group.objects.get(name="Translators")
    site = Site.objects.get(is_default_site=True)
    for home in site.root_page.get_translations().exclude(
        locale__language_code=settings.LANGUAGE_CODE
    ):
        for codename in ("add_page", "change_page"):
            _, created = GroupPagePermission.objects.get_or_create(
                group=translators,
                page=home,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
            if created:
                log(f"Translators may {codename.split('_')[0]} pages under {home.url_path}")
