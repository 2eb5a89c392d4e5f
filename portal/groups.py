"""Helpers for data migrations that create permission groups."""

from django.contrib.auth.management import create_permissions


def create_group(apps, name: str, permissions: list[tuple[str, str]]) -> None:
    """Create group ``name`` (if missing) holding ``permissions`` — ``(app_label, codename)``
    pairs — inside a data migration, creating model permissions first if Django has not yet
    (it normally does so only after all migrations have run)."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=name)
    for app_label, codename in permissions:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
