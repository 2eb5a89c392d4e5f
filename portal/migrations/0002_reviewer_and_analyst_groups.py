"""The "Application reviewers" and "Evaluation analysts" groups.

Both start with admin access only: the applications and metrics features add the permissions
of their own models to them. Neither may ever see event registrants or subscriber addresses.
"""

from django.db import migrations

GROUPS = ["Application reviewers", "Evaluation analysts"]


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_roles")]

    operations = [migrations.RunPython(forwards, backwards)]
