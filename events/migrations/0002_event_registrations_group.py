"""The "Event registrations" group: the only non-superusers who may see registrants' data."""

from django.db import migrations

from portal import groups

GROUP = "Event registrations"
PERMISSIONS = [
    ("events", "view_registration"),
    ("events", "change_registration"),
    ("events", "delete_registration"),
    ("wagtailadmin", "access_admin"),
]


def create_group(apps, schema_editor):
    groups.create_group(apps, GROUP, PERMISSIONS)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
