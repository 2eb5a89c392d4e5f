"""The "KA4 evaluation" area of the admin, for the Evaluation analysts group.

Counts only — no personal data is read or shown: applications appear as aggregates (never a
name, an e-mail address or a reference), and analysts have no access to the applications area.
``?start=YYYY-MM-DD&end=YYYY-MM-DD&language=`` choose the period (default: the last 90 days) and
language; ``&export=csv`` or ``xlsx`` downloads every table (one CSV, one sheet per table).
``report/<year>/`` is the annual report, laid out for printing.
"""

import csv
import datetime
import io

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .queries import (
    Period,
    application_labels,
    applications_over_time,
    applications_with_previous,
    counter_labels,
    interval_label,
    page_views_by_day,
    with_previous,
)

PERMISSION = "metrics.view_dailycount"


class PeriodForm(forms.Form):
    start = forms.DateField(required=False, label=gettext_lazy("From"), input_formats=["%Y-%m-%d"])
    end = forms.DateField(required=False, label=gettext_lazy("To"), input_formats=["%Y-%m-%d"])
    language = forms.ChoiceField(
        required=False,
        label=gettext_lazy("Language"),
        choices=[("", gettext_lazy("Both")), ("en", "English"), ("zh-hans", "简体中文")],
    )

    def period(self) -> Period:
        today = timezone.now().date()
        data = self.cleaned_data if self.is_valid() else {}
        end = data.get("end") or today
        start = data.get("start") or end - datetime.timedelta(days=89)
        if start > end or (end - start).days > 3660:
            start, end = end - datetime.timedelta(days=89), end
        return Period(start, end, data.get("language", ""))


def _check(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def _rows(period: Period) -> list[dict]:
    labels = counter_labels()
    return [
        {**row, "label": str(labels.get(row["key"], row["key"]))} for row in with_previous(period)
    ]


def _chart(period: Period) -> dict:
    """Bars for an inline SVG of daily page views: ``{"bars": [...], "max": int}``."""
    series = page_views_by_day(period)
    peak = max((n for _day, n in series), default=0) or 1
    width = 100 / max(len(series), 1)
    bars = []
    for i, (day, n) in enumerate(series):
        height = round(n * 40 / peak, 3)  # the SVG is 100 × 40 units
        bars.append(
            {
                "x": round(i * width, 3),
                "width": round(width * 0.8, 3),
                "y": round(40 - height, 3),
                "height": height,
                "day": day,
                "value": n,
            }
        )
    return {"bars": bars, "max": peak, "series": series}


def _applications(period: Period, year_on_year: bool) -> dict:
    """Criterion 2 for the templates and exports: labelled sections, the intervals table and its
    chart (stacked EU / China bars, with a mark at the same interval a year before)."""
    labels = application_labels()
    sections = [
        {
            "key": section["key"],
            "caption": str(labels[f"section_{section['key']}"]),
            "rows": [
                {**row, "label": str(labels.get(row["key"], row["key"]))} for row in section["rows"]
            ],
        }
        for section in applications_with_previous(period, year_on_year=year_on_year)
    ]
    over_time = applications_over_time(period)
    unit = over_time["unit"]
    intervals = [{**row, "label": interval_label(row["start"], unit)} for row in over_time["rows"]]
    peak = max((max(r["total"], r["year_before"]) for r in intervals), default=0) or 1
    width = 100 / max(len(intervals), 1)
    bars = []
    for i, row in enumerate(intervals):
        eu = round(row["eu"] * 40 / peak, 3)  # the SVG is 100 × 40 units
        cn = round(row["cn"] * 40 / peak, 3)
        bars.append(
            {
                **row,
                "x": round(i * width + width * 0.1, 3),
                "width": round(width * 0.8, 3),
                "eu_y": round(40 - eu, 3),
                "eu_height": eu,
                "cn_y": round(40 - eu - cn, 3),
                "cn_height": cn,
                "before_y": round(40 - row["year_before"] * 40 / peak - 0.2, 3),
            }
        )
    captions = {
        "month": _("Applications received by month"),
        "quarter": _("Applications received by quarter"),
        "year": _("Applications received by year"),
    }
    return {
        "sections": sections,
        "intervals": intervals,
        "interval_caption": captions[unit],
        "chart": {"bars": bars, "max": peak},
        "year_on_year": year_on_year,
    }


def _tables(rows: list[dict], applications: dict) -> list[tuple[str, list, list[list]]]:
    """Every table of the page as ``(title, header, body)``, in page order."""
    figures = [_("Figure"), _("This period"), _("Previous period"), _("Change (%)")]

    def blank(value):
        return "" if value is None else value

    tables = [
        (
            _("Communication activities"),
            figures,
            [[r["label"], r["value"], r["previous"], blank(r["change"])] for r in rows],
        )
    ]
    with_yoy = applications["year_on_year"]
    header = figures + ([_("A year before"), _("Year-on-year change (%)")] if with_yoy else [])
    for section in applications["sections"]:
        body = []
        for r in section["rows"]:
            line = [r["label"], blank(r["value"]), blank(r["previous"]), blank(r["change"])]
            if with_yoy:
                line += [blank(r["year_before"]), blank(r["year_change"])]
            body.append(line)
        tables.append((section["caption"], header, body))
    tables.append(
        (
            applications["interval_caption"],
            [
                _("Interval"),
                _("European Union"),
                _("China"),
                _("All applications"),
                _("A year before"),
                _("Year-on-year change (%)"),
            ],
            [
                [r["label"], r["eu"], r["cn"], r["total"], r["year_before"], blank(r["change"])]
                for r in applications["intervals"]
            ],
        )
    )
    return tables


def _sheet_title(number: int, title: str) -> str:
    """An Excel sheet name: at most 31 characters, none of ``[]:*?/\\``."""
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in title)
    return f"{number} {cleaned}"[:31].strip()


def _export(tables, period: Period, kind: str):
    name = f"ka4-{period.start}-{period.end}{'-' + period.language if period.language else ''}"
    if kind == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        book.remove(book.active)
        for number, (title, header, body) in enumerate(tables, start=1):
            sheet = book.create_sheet(_sheet_title(number, title))
            sheet.append([title])
            sheet.append(header)
            for row in body:
                sheet.append(row)
        buffer = io.BytesIO()
        book.save(buffer)
        response = HttpResponse(
            buffer.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
        return response
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    for number, (title, header, body) in enumerate(tables):
        if number:
            writer.writerow([])
        writer.writerow([title])
        writer.writerow(header)
        writer.writerows(body)
    return response


def dashboard(request):
    _check(request)
    form = PeriodForm(request.GET or None)
    period = form.period()
    rows = _rows(period)
    applications = _applications(period, year_on_year=True)
    if request.GET.get("export") in {"csv", "xlsx"}:
        return _export(_tables(rows, applications), period, request.GET["export"])
    return TemplateResponse(
        request,
        "metrics/dashboard.html",
        {
            "form": form,
            "period": period,
            "previous": period.previous(),
            "year_before": period.year_before(),
            "rows": rows,
            "chart": _chart(period),
            "applications": applications,
            "years": range(timezone.now().year, 2013, -1),
        },
    )


def annual_report(request, year: int):
    _check(request)
    if not 2000 <= year <= timezone.now().year:
        year = timezone.now().year
    period = Period(datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    return TemplateResponse(
        request,
        "metrics/annual_report.html",
        {
            "year": year,
            "period": period,
            "rows": _rows(period),
            "chart": _chart(period),
            # A calendar year's previous period is the previous calendar year: no second column.
            "applications": _applications(period, year_on_year=False),
        },
    )
