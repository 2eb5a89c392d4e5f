"""The "Subscription managers" group: the only non-superusers who may see subscriber addresses."""

from django.db import migrations

from portal import groups

GROUP = "Subscription managers"
PERMISSIONS = [
    ("subscriptions", "view_subscription"),
    ("subscriptions", "change_subscription"),
    ("subscriptions", "delete_subscription"),
    ("wagtailadmin", "access_admin"),
]


def create_group(apps, schema_editor):
    groups.create_group(apps, GROUP, PERMISSIONS)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("subscriptions", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
