"""Site-wide admin additions: the "Translations" report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import translations_report, update_translations


@hooks.register("register_admin_urls")
def register_translations_report_url():
    return [
        path("reports/translations/", translations_report, name="translations_report"),
        # Registered before wagtail-localize's own view at the same address (this app comes
        # first in INSTALLED_APPS), to guard its "Publish immediately" option.
        path("localize/update/<int:translation_source_id>/", update_translations),
    ]


@hooks.register("before_edit_snippet")
def translators_cannot_edit_source_glossary_terms(request, instance):
    """Translators may change glossary terms only in the languages they translate into."""
    from django.conf import settings
    from django.core.exceptions import PermissionDenied

    from guidance.models import GlossaryTerm

    if (
        isinstance(instance, GlossaryTerm)
        and instance.locale.language_code == settings.LANGUAGE_CODE
        and not request.user.has_perm("guidance.add_glossaryterm")
    ):
        raise PermissionDenied


class TranslationsReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_reports_menu_item")
def register_translations_report_menu_item():
    return TranslationsReportMenuItem(
        _("Translations"), reverse("translations_report"), icon_name="globe", order=800
    )
