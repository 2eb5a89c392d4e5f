"""Site-wide admin additions: the "Translations" report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import translations_report


@hooks.register("register_admin_urls")
def register_translations_report_url():
    return [path("reports/translations/", translations_report, name="translations_report")]


class TranslationsReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_reports_menu_item")
def register_translations_report_menu_item():
    return TranslationsReportMenuItem(
        _("Translations"), reverse("translations_report"), icon_name="globe", order=800
    )
