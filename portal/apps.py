from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from wagtail.signals import post_page_move

        from . import page_cache
        from .search_cache import on_model_change

        for signal in (post_save, post_delete, post_page_move):
            signal.connect(on_model_change, weak=False, dispatch_uid="portal.search_cache")
        page_cache.connect_signals()
