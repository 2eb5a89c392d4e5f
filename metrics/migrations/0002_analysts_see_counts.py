"""Evaluation analysts may view the anonymous counts (the KA4 evaluation area)."""

from django.db import migrations

from portal import groups


def forwards(apps, schema_editor):
    groups.create_group(apps, "Evaluation analysts", [("metrics", "view_dailycount"), ("metrics", "view_dailysearch")])


class Migration(migrations.Migration):
    dependencies = [("metrics", "0001_initial"), ("portal", "0002_reviewer_and_analyst_groups")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
