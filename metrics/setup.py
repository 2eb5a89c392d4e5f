"""Idempotent loader of the public statistics page (EN + its zh-hans translation)."""

from django.db import transaction

from wagtail.models import Locale

from home.models import HomePage
from portal.content import ensure_translated_page, stream_data

from . import content
from .models import StatisticsPage


def _tables(language: str) -> list:
    values_key = "values" if language == "en" else "values_zh"
    blocks = []
    for table in content.TABLES:
        columns = table["columns"]
        rows = [
            {
                "cells": [str(row["year"]), *(row[values_key][column] for column in columns[1:])],
                "source": row["source"][language],
                "uncertain": bool(row.get("uncertain")),
                "note": row.get("note", {}).get(language, ""),
            }
            for row in table["rows"]
        ]
        blocks.append(
            (
                "table",
                {
                    "caption": table[language]["caption"],
                    "columns": table["column_labels"][language],
                    "rows": rows,
                    "source_note": table[language].get("source_note", ""),
                },
            )
        )
    return stream_data(blocks, "statistics")


@transaction.atomic
def load_statistics(log=print) -> StatisticsPage:
    """Create the statistics page in English and Chinese if it does not exist yet."""
    en = Locale.objects.get(language_code="en")
    zh = Locale.objects.get(language_code="zh-hans")
    home = HomePage.objects.get(locale=en, depth=2)
    page_spec = content.STATISTICS_PAGE
    spec = {
        "slug": page_spec["slug"],
        "en": {**page_spec["en"], "tables": _tables("en")},
        "zh": {**page_spec["zh"], "tables": _tables("zh")},
    }
    return ensure_translated_page(StatisticsPage, home, spec, en, zh, log, show_in_menus=True)
