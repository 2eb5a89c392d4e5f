"""Give the "Application reviewers" group (created by portal.0002) its permissions: view and
change applications, and download their attachments. Nobody else gets them."""

from django.db import migrations

from portal.groups import create_group

PERMISSIONS = [
    ("applications", "view_application"),
    ("applications", "change_application"),
    ("applications", "download_attachment"),
]


def forwards(apps, schema_editor):
    create_group(apps, "Application reviewers", PERMISSIONS)


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Application reviewers").first()
    if group:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="applications",
                codename__in=[codename for _, codename in PERMISSIONS],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("applications", "0001_initial"),
        ("portal", "0002_reviewer_and_analyst_groups"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
