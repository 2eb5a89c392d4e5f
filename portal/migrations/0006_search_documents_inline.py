"""Keep search documents of up to about 8 kB in the table row itself (PostgreSQL only).

Ranking a query's candidates reads each page's whole document vector. PostgreSQL moves any
value that makes a row larger than 2 kB (``toast_tuple_target``) to a separate TOAST table,
in chunks found through an index, unless it compresses well (tsvectors do not). A typical
guidance page's vector is 5–8 kB, so each rank read several TOAST chunks: with the target at
8,160 bytes (a row still fits one 8 kB page) such documents stay in the row. Measured on the
search benchmark (5,000 pages per language, idle machine): Chinese p95 52.9 → 46.1 ms
(bench/README.md). ``VACUUM FULL`` rewrites the rows already there (it cannot run inside a
transaction, hence ``atomic = False``); on a large site run it at a quiet moment.
"""

from django.db import migrations


def keep_documents_inline(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("ALTER TABLE portal_pagesearchdocument SET (toast_tuple_target = 8160)")
    schema_editor.execute("VACUUM FULL ANALYZE portal_pagesearchdocument")


def default_target(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("ALTER TABLE portal_pagesearchdocument RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    atomic = False

    dependencies = [("portal", "0005_search_generation")]

    operations = [migrations.RunPython(keep_documents_inline, default_target)]
