"""Remove the reference-index rows of applications: the application viewset no longer adds
applications to Wagtail's reference index (``add_to_reference_index = False``), so rows written
before would only make the application page look "used" by every application received."""

from django.db import migrations


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    content_type = ContentType.objects.filter(
        app_label="applications", model="application"
    ).first()
    if content_type is not None:
        ReferenceIndex.objects.filter(base_content_type=content_type).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("applications", "0002_reviewer_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0096_referenceindex_referenceindex_source_object_and_more"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
