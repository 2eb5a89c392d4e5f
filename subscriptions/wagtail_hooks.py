"""Subscriber addresses in the admin: only the "Subscription managers" group sees them."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from portal.admin_views import SafeSpreadsheetIndexView

from .models import Subscription


class SubscriptionViewSet(ModelViewSet):
    model = Subscription
    icon = "mail"
    menu_label = _("Subscriptions")
    menu_order = 320
    add_to_admin_menu = True
    index_view_class = SafeSpreadsheetIndexView
    list_display = ["email", "language", "guidance", "news", "events", "confirmed_at"]
    list_filter = ["language", "guidance", "news", "events"]
    search_fields = ["email"]
    list_export = ["email", "language", "guidance", "news", "events", "created_at", "confirmed_at"]
    export_filename = "subscriptions"
    form_fields = ["guidance", "news", "events"]
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_subscription_viewset():
    return SubscriptionViewSet("subscribers")
