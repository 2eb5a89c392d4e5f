"""Count document downloads (Wagtail serves them through its own view); the "KA4 evaluation"
area of the admin for the Evaluation analysts group."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .counting import count, should_count
from .models import Metric


@hooks.register("before_serve_document")
def count_document_download(document, request):
    if should_count(request):
        count(Metric.DOWNLOAD, document.pk, getattr(request, "LANGUAGE_CODE", ""))


@hooks.register("register_admin_urls")
def register_ka4_urls():
    from django.urls import path

    from .admin_views import annual_report, dashboard

    return [
        path("ka4/", dashboard, name="ka4_dashboard"),
        path("ka4/report/<int:year>/", annual_report, name="ka4_annual_report"),
    ]


class KA4MenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("metrics.view_dailycount")


@hooks.register("register_admin_menu_item")
def register_ka4_menu_item():
    return KA4MenuItem(
        _("KA4 evaluation"), reverse("ka4_dashboard"), icon_name="doc-full", order=250
    )
