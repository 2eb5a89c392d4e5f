"""Admin for registrations: a viewset only the "Event registrations" group can see, with
filters, attendance marking and XLSX / CSV export (CSV with a UTF-8 BOM so Excel shows
Chinese)."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from portal.admin_views import SafeSpreadsheetIndexView

from .models import Registration


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "group"
    menu_label = _("Event registrations")
    menu_order = 310
    add_to_admin_menu = True
    index_view_class = SafeSpreadsheetIndexView
    list_display = [
        "name",
        "organisation",
        "event",
        "status",
        "role",
        "is_sme",
        "attended",
        "created_at",
    ]
    list_filter = ["event", "status", "role", "is_sme", "attended", "language"]
    search_fields = ["name", "organisation", "email"]
    list_export = [
        "event",
        "status",
        "name",
        "organisation",
        "email",
        "role",
        "is_sme",
        "country",
        "interpretation_needed",
        "needs",
        "language",
        "attended",
        "created_at",
    ]
    export_filename = "event-registrations"
    form_fields = ["attended"]
    inspect_view_enabled = True
    # Never the registrant's private link token.
    inspect_view_fields = [
        "event",
        "status",
        "name",
        "organisation",
        "email",
        "role",
        "is_sme",
        "country",
        "interpretation_needed",
        "needs",
        "language",
        "attended",
        "created_at",
        "anonymised_at",
    ]
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("registrations")
