"""Review in the Wagtail admin: an "Applications" area for the "Application reviewers" group.

List with filters, search, CSV (UTF-8 with BOM, formulas neutralised) and XLSX export of the
filtered list; a detail view in the order of the official form with attachments, the
applicant's messages, internal notes and the status form; a print view and a JSON export per
application; permission-checked attachment downloads. Nobody creates or deletes applications
in the admin: they come from the public form and leave through the retention command.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

import django_filters

from portal.admin_views import SafeSpreadsheetIndexView

from . import admin_views
from .choices import RightType
from .models import Application
from .review import STATUS_ACTION


class ApplicationPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, except that nobody (superusers included) adds or deletes an
    application in the admin."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(Application, ApplicationPermissionPolicy(Application))


class ApplicationIndexView(SafeSpreadsheetIndexView):
    def get_base_queryset(self):
        # The export's "types of right" column reads every row's rights: one query, not one
        # per application.
        return super().get_base_queryset().prefetch_related("rights")

    def get_edit_url(self, instance):
        # The reference opens the detail view (the edit form holds only two fields).
        return self.get_inspect_url(instance)


class ApplicationFilterSet(WagtailFilterSet):
    """The list's filters; the type of right is a filter of its own so that its label reads
    "type of right" (Django's automatic label for ``rights__right_type`` is "Rights type of
    right")."""

    right_type = django_filters.ChoiceFilter(
        field_name="rights__right_type",
        choices=RightType.choices,
        label=_("type of right"),
        distinct=True,
    )

    class Meta:
        model = Application
        fields = {
            "status": ["exact"],
            "jurisdiction": ["exact"],
            "application_type": ["exact"],
            "is_sme": ["exact"],
            "language": ["exact"],
            "submitted_at": ["date__gte", "date__lte"],
        }


class ApplicationViewSet(ModelViewSet):
    model = Application
    icon = "form"
    menu_label = _("Applications")
    menu_order = 300
    add_to_admin_menu = True
    index_view_class = ApplicationIndexView
    inspect_view_enabled = True
    inspect_view_class = admin_views.ApplicationInspectView
    copy_view_enabled = False
    # Applications are personal data, not content: no "usage" of the application page to
    # track, and indexing each one cost a third of the final submit's queries (migration
    # applications.0003 removes the rows indexed before).
    add_to_reference_index = False
    list_display = [
        "reference",
        "applicant_name",
        "application_type",
        "status",
        BooleanColumn("is_sme", label=_("SME")),
        "language",
        "submitted_at",
    ]
    filterset_class = ApplicationFilterSet
    search_fields = ["reference", "applicant_name", "official_number"]
    search_backend_name = None  # plain database filtering: the model is not in the site search
    list_export = [
        "reference",
        "get_status_display",
        "get_application_type_display",
        "get_request_kind_display",
        "existing_number",
        "member_states",
        "applicant_name",
        "get_applicant_status_display",
        "country",
        "eori",
        "vat_tin",
        "national_registration_number",
        "uscc",
        "contact_person",
        "phone",
        "email",
        "is_sme",
        "representative_name",
        "get_language_display",
        "right_types",
        "submitted_at",
        "forwarded_at",
        "closed_at",
        "valid_until",
        "official_number",
    ]
    export_headings = {
        "get_status_display": _("status"),
        "get_application_type_display": _("type of application"),
        "get_request_kind_display": _("new or extension"),
        "get_applicant_status_display": _("status of the applicant"),
        "get_language_display": _("applicant's language"),
        "right_types": _("types of right"),
    }
    export_filename = "applications"
    form_fields = ["official_number", "valid_until"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("status/<int:pk>/", admin_views.change_status_view, name="status"),
            path("note/<int:pk>/", admin_views.add_note_view, name="note"),
            path("print/<int:pk>/", admin_views.print_view, name="print"),
            path("json/<int:pk>/", admin_views.json_view, name="json"),
            path("attachment/<int:pk>/", admin_views.download_attachment_view, name="attachment"),
        ]


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return ApplicationViewSet("applications")


@hooks.register("register_log_actions")
def register_application_log_actions(actions):
    def message(log_entry):
        from .models import Status

        data = log_entry.data or {}
        try:
            return _("Status changed from “%(from)s” to “%(to)s”") % {
                "from": Status(data["from"]).label,
                "to": Status(data["to"]).label,
            }
        except (KeyError, ValueError):
            return _("Status changed")

    actions.register_action(STATUS_ACTION, _("Change status"), message)
