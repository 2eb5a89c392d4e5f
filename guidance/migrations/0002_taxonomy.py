"""Create the fixed IPR types and audiences (their labels are translated through gettext)."""

from django.db import migrations

IPR_TYPES = [
    "trade_mark",
    "copyright",
    "design",
    "patent",
    "utility_model",
    "geographical_indication",
    "plant_variety",
    "semiconductor_topography",
]
AUDIENCES = ["right_holder", "sme", "representative"]


def create(apps, schema_editor):
    for model_name, codes in (("IPRType", IPR_TYPES), ("Audience", AUDIENCES)):
        model = apps.get_model("guidance", model_name)
        for code in codes:
            model.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("guidance", "0001_initial")]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
