"""The "Translations" report in the Wagtail admin."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.admin.views.generic import IndexView
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.update_translations import UpdateTranslationsView

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

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


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class SafeSpreadsheetIndexView(IndexView):
    """Admin listing whose CSV export opens in Excel with Chinese intact (UTF-8 BOM) and
    cannot run formulas typed into public forms."""

    def stream_csv(self, queryset):
        yield "\ufeff"  # byte order mark: Excel then reads the file as UTF-8
        yield from super().stream_csv(queryset)

    def write_csv_row(self, writer, row_dict):
        # Registrants type these values on a public form: a leading = + - @ would make a
        # spreadsheet run them as a formula (CSV injection), so such cells get a quote mark.
        safe = {
            key: f"'{value}"
            if isinstance(value, str) and value.startswith(FORMULA_STARTS)
            else value
            for key, value in row_dict.items()
        }
        return super().write_csv_row(writer, safe)

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_XLSX and isinstance(value, str):
            # openpyxl refuses control characters in cells (IllegalCharacterError), which
            # would turn one odd value typed on a public form into a failed export.
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
        return value


def update_translations(request, translation_source_id):
    """wagtail-localize's "Sync translated pages", except that "Publish immediately" is only
    honoured for a user who may publish every translated page; anyone else's sync updates the
    drafts, which then go through the Publisher approval workflow. (wagtail-localize checks
    only the permission to submit translations.)"""
    if request.method == "POST" and request.POST.get("publish_translations"):
        source = TranslationSource.objects.filter(pk=translation_source_id).first()
        instance = source.get_source_instance() if source else None
        translations = instance.get_translations() if hasattr(instance, "get_translations") else []
        if not all(
            getattr(page, "permissions_for_user", None) is None
            or page.permissions_for_user(request.user).can_publish()
            for page in translations
        ):
            request.POST = request.POST.copy()
            request.POST.pop("publish_translations")
    return UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)
