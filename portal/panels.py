"""Admin panels shared by page types."""

from django.conf import settings

from wagtail.admin.panels import Panel
from wagtail.models import Locale

from .translation_state import state_of


class TranslationStatePanel(Panel):
    """Shows, on the edit view of a source-language page, the state of each translation
    (missing / out of date / up to date) with links to sync and translate."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "portal/panels/translation_state.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            states = []
            if instance.pk and instance.locale.language_code == settings.LANGUAGE_CODE:
                states = [
                    state_of(instance, locale)
                    for locale in Locale.objects.exclude(pk=instance.locale_id)
                ]
            context["states"] = states
            return context
