"""The "Translations" report in the Wagtail admin."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .translation_state import STATES, report_rows


def translations_report(request):
    """Every page and glossary term with its translation state (missing / out of date / up to
    date), filterable by ``section`` and ``state`` (GET), exportable with ``?export=csv``
    (UTF-8 with BOM). Requires the wagtail-localize ``submit_translation`` permission."""
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied
    section = request.GET.get("section", "")
    state = request.GET.get("state", "") if request.GET.get("state", "") in STATES else ""
    all_rows = report_rows()
    sections = sorted({row.section for row in all_rows})
    section = section if section in sections else ""
    rows = [
        r
        for r in all_rows
        if (not section or r.section == section) and (not state or r.state == state)
    ]
    if request.GET.get("export") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="translations.csv"'
        response.write("\ufeff")
        writer = csv.writer(response)
        writer.writerow(
            [_("Title"), _("Section"), _("Language"), _("State"), _("Source changed at")]
        )
        for row in rows:
            writer.writerow(
                [
                    str(row.source),
                    row.section,
                    row.target_locale.get_display_name(),
                    row.label,
                    row.changed_at.isoformat() if row.changed_at else "",
                ]
            )
        return response
    return TemplateResponse(
        request,
        "portal/admin/translations_report.html",
        {"rows": rows, "sections": sections, "states": STATES, "section": section, "state": state},
    )
