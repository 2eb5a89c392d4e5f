"""The "KA4 evaluation" area of the admin, for the Evaluation analysts group.

Counts only — no personal data is read or shown. ``?start=YYYY-MM-DD&end=YYYY-MM-DD&language=``
choose the period (default: the last 90 days) and language; ``&export=csv`` or ``xlsx``
downloads the table. ``report/<year>/`` is the annual report, laid out for printing.
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

from .queries import Period, counter_labels, page_views_by_day, with_previous

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


def _export(rows, period: Period, kind: str):
    header = [_("Figure"), _("This period"), _("Previous period"), _("Change (%)")]
    body = [
        [r["label"], r["value"], r["previous"], "" if r["change"] is None else r["change"]]
        for r in rows
    ]
    name = f"ka4-{period.start}-{period.end}{'-' + period.language if period.language else ''}"
    if kind == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = "KA4"
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
    writer.writerow(header)
    writer.writerows(body)
    return response


def dashboard(request):
    _check(request)
    form = PeriodForm(request.GET or None)
    period = form.period()
    rows = _rows(period)
    if request.GET.get("export") in {"csv", "xlsx"}:
        return _export(rows, period, request.GET["export"])
    return TemplateResponse(
        request,
        "metrics/dashboard.html",
        {
            "form": form,
            "period": period,
            "previous": period.previous(),
            "rows": rows,
            "chart": _chart(period),
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
        {"year": year, "period": period, "rows": _rows(period), "chart": _chart(period)},
    )
