"""The portal's search table (``portal.models.PageSearchDocument``).

On PostgreSQL also its GIN index and its rows for every page already in
Wagtail's search index, so an existing site searches correctly straight after ``migrate``
(no ``update_index`` needed). On other databases the table stays empty and unused.
"""

import django.contrib.postgres.search
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


FILL = """
INSERT INTO portal_pagesearchdocument (page_id, locale_id, entry_id, title, title_norm, document)
SELECT page.id, page.locale_id, entry.id, entry.title, entry.title_norm, entry.title || entry.body
FROM wagtailsearch_indexentry entry
JOIN wagtailcore_page page
  ON page.content_type_id = entry.content_type_id AND entry.object_id = page.id::text
ON CONFLICT (page_id) DO NOTHING
"""


def index_and_fill(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX portal_pagesearchdocument_document_gin "
        "ON portal_pagesearchdocument USING gin (document)"
    )
    schema_editor.execute(FILL)
    schema_editor.execute("ANALYZE portal_pagesearchdocument")  # row estimates for the planner


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0002_reviewer_and_analyst_groups'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtailsearch', '0010_add_text_fields'),
    ]

    operations = [
        migrations.CreateModel(
            name='PageSearchDocument',
            fields=[
                ('page', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='search_document', serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('entry_id', models.IntegerField(verbose_name='index entry')),
                ('title', django.contrib.postgres.search.SearchVectorField(verbose_name='title vector')),
                ('title_norm', models.FloatField(default=1.0, verbose_name='title weight')),
                ('document', django.contrib.postgres.search.SearchVectorField(verbose_name='title and body vector')),
                ('locale', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.locale')),
            ],
            options={
                'verbose_name': 'page search document',
                'verbose_name_plural': 'page search documents',
            },
        ),
        migrations.RunPython(index_and_fill, migrations.RunPython.noop),
    ]
