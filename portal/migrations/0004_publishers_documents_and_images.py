"""Publishers get the same document and image permissions as Editors.

Wagtail's own migrations grant collection permissions by group name to "Editors" and
"Moderators"; 0001_roles renames Moderators to Publishers, and in a fresh database that rename
can run before Wagtail's grants, leaving Publishers without them. Found by the permission matrix
(tests/test_permission_matrix.py).
"""

from django.db import migrations


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    editors = Group.objects.filter(name="Editors").first()
    publishers = Group.objects.filter(name="Publishers").first()
    if editors is None or publishers is None:
        return
    for grant in GroupCollectionPermission.objects.filter(
        group=editors,
        permission__content_type__app_label__in=["wagtaildocs", "wagtailimages"],
    ):
        GroupCollectionPermission.objects.get_or_create(
            group=publishers, collection=grant.collection, permission=grant.permission
        )


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0003_page_search_document"),
        ("wagtaildocs", "__latest__"),
        ("wagtailimages", "__latest__"),
        ("wagtailcore", "__latest__"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
