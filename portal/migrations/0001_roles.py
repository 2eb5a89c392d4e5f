"""Editorial roles.

Wagtail creates "Editors" (add and edit pages) and "Moderators" (also publish), with page
permissions on the root page, and a "Moderators approval" workflow on the root page. This
migration renames Moderators to **Publishers** and the workflow to "Publisher approval", gives
both groups the glossary, and creates **Translators** (translate through wagtail-localize; the
page permissions for the Chinese tree are added by ``load_initial_data`` once it exists).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS, PUBLISHERS, TRANSLATORS = "Editors", "Publishers", "Translators"


def forwards(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")

    def perm(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    Group.objects.filter(name="Moderators").update(name=PUBLISHERS)
    Workflow.objects.filter(name="Moderators approval").update(name="Publisher approval")
    Task.objects.filter(name="Moderators approval").update(name="Publisher approval")

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    publishers, _ = Group.objects.get_or_create(name=PUBLISHERS)
    translators, _ = Group.objects.get_or_create(name=TRANSLATORS)
    editors.permissions.add(
        perm("guidance", "add_glossaryterm"), perm("guidance", "change_glossaryterm")
    )
    publishers.permissions.add(
        perm("guidance", "add_glossaryterm"),
        perm("guidance", "change_glossaryterm"),
        perm("guidance", "delete_glossaryterm"),
    )
    translators.permissions.add(
        perm("wagtailadmin", "access_admin"),
        perm("wagtail_localize", "submit_translation"),
        # wagtail-localize's snippet translation editor needs change permission on the model.
        perm("guidance", "change_glossaryterm"),
    )


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=TRANSLATORS).delete()
    Group.objects.filter(name=PUBLISHERS).update(name="Moderators")


class Migration(migrations.Migration):
    dependencies = [
        ("guidance", "0002_taxonomy"),
        ("wagtailcore", "0048_add_default_workflows"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
