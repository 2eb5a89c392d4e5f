"""The Chinese UI catalogue is complete, compiled and loaded."""

from pathlib import Path

from django.conf import settings
from django.utils import translation

import polib

PO_FILE = Path(settings.BASE_DIR, "locale", "zh_Hans", "LC_MESSAGES", "django.po")


def test_known_string_translates_to_chinese():
    with translation.override("zh-hans"):
        assert translation.gettext("Page not found") == "未找到页面"
        assert translation.gettext("EU–China IPR Customs Portal") == "中欧知识产权海关保护门户"


def test_catalogue_has_no_untranslated_or_fuzzy_entries():
    catalogue = polib.pofile(str(PO_FILE))

    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []


def test_compiled_catalogue_is_committed_and_current():
    mo_file = PO_FILE.with_suffix(".mo")
    compiled = {(e.msgctxt, e.msgid): e.msgstr for e in polib.mofile(str(mo_file))}
    source = {
        (e.msgctxt, e.msgid): e.msgstr
        for e in polib.pofile(str(PO_FILE))
        if e.translated() and not e.msgid_plural
    }

    assert {k: v for k, v in compiled.items() if k in source} == source
