"""A copy of the loaded content inside the test database, to put back after a flush.

Tests that need committed data — browser tests against ``live_server`` — run as transactional
tests, and pytest-django empties every table after each of them. Loading the content again with
``load_initial_data`` takes minutes; copying the tables back takes well under a second. So, when
such tests are collected, the session set-up copies every Django table once, right after loading
the content, and :func:`restore` copies them back:

- PostgreSQL: into the schema ``content_snapshot`` (``CREATE TABLE … AS TABLE …``);
- SQLite: into tables named ``content_snapshot__<table>`` in the same database (an attached
  database would belong to one connection only).

Sequences are left where they are (above every copied key), so rows created after a restore
never collide with restored ones.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection, transaction

SCHEMA = "content_snapshot"

_tables: list[str] = []


def _copy_name(table: str) -> str:
    quote = connection.ops.quote_name
    if connection.vendor == "postgresql":
        return f"{quote(SCHEMA)}.{quote(table)}"
    return quote(f"{SCHEMA}__{table}")


def take() -> None:
    """Copy every table of the installed models as they are now."""
    quote = connection.ops.quote_name
    tables = sorted(connection.introspection.django_table_names(only_existing=True))
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"DROP SCHEMA IF EXISTS {quote(SCHEMA)} CASCADE")
            cursor.execute(f"CREATE SCHEMA {quote(SCHEMA)}")
        for table in tables:
            if connection.vendor != "postgresql":
                cursor.execute(f"DROP TABLE IF EXISTS {_copy_name(table)}")
            cursor.execute(f"CREATE TABLE {_copy_name(table)} AS SELECT * FROM {quote(table)}")
    _tables[:] = tables


def is_taken() -> bool:
    return bool(_tables)


def restore() -> None:
    """Put every table back as :func:`take` copied it (also after a flush), and forget cached
    content types, site root paths and rendered fragments that may point at removed rows."""
    if not _tables:
        raise RuntimeError("no content snapshot was taken in this test session")
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("TRUNCATE " + ", ".join(quote(table) for table in _tables))
        else:
            for table in _tables:
                cursor.execute(f"DELETE FROM {quote(table)}")
        for table in _tables:
            cursor.execute(f"INSERT INTO {quote(table)} SELECT * FROM {_copy_name(table)}")
    ContentType.objects.clear_cache()
    cache.clear()
