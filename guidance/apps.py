from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def chinese_glossary_terms():
    """Chinese glossary terms, added to the search segmenter's dictionary."""
    from .models import GlossaryTerm

    return GlossaryTerm.objects.filter(locale__language_code="zh-hans").values_list(
        "term", flat=True
    )


class GuidanceConfig(AppConfig):
    name = "guidance"
    verbose_name = _("Guidance")

    def ready(self):
        from django.db.models.signals import post_save

        from portal import search, search_cache

        search.word_providers.append(chinese_glossary_terms)
        search_cache.results_depend_on(self.get_model("GlossaryTerm"))

        def add_saved_term(sender, instance, **kwargs):
            search.add_words([instance.term])

        post_save.connect(add_saved_term, sender=self.get_model("GlossaryTerm"), weak=False)
