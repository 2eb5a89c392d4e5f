"""The portal's own search table: one row per indexed page, for fast search on PostgreSQL."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class PageSearchDocument(models.Model):
    """One indexed page, as ``portal.search_backend`` searches it on PostgreSQL.

    Written by the search backend whenever Wagtail indexes a page (``add_items``) and deleted
    with the page or its index entry, from the page's ``wagtailsearch_indexentry`` row:
    ``document`` is that row's ``title || body`` (the text Wagtail's stock query matches),
    ``title`` and ``title_norm`` are copies of its title vector and title weight (kept equal
    to the entry's when Wagtail recomputes title weights), ``entry_id`` points back to the
    entry for its body vector. Keyed by page id with the page's locale beside it, so a search
    filters and ranks within one table and one GIN index (created by migration 0003 on
    PostgreSQL only) instead of joining every index entry through a text ``object_id``.

    On SQLite the table exists but stays empty: the stock backend (FTS5) is used there.
    """

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_document",
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    # Not a foreign key: Wagtail deletes index entries with raw SQL, bypassing cascades; the
    # backend deletes the matching row itself.
    entry_id = models.IntegerField(_("index entry"))
    title = SearchVectorField(_("title vector"))
    title_norm = models.FloatField(_("title weight"), default=1.0)
    document = SearchVectorField(_("title and body vector"))

    class Meta:
        verbose_name = _("page search document")
        verbose_name_plural = _("page search documents")

    def __str__(self):
        return f"search document of page {self.page_id}"


class SearchGeneration(models.Model):
    """A counter that moves on whenever something search results show may have changed: a
    page saved, moved or deleted, a view restriction, a site, a glossary term (see
    ``portal.search_cache``). Cached search results are keyed by it, so every app server stops
    using them at the same moment, whatever cache each one has. One row (id 1)."""

    number = models.PositiveBigIntegerField(_("number"), default=0)

    class Meta:
        verbose_name = _("search generation")
        verbose_name_plural = _("search generations")

    def __str__(self):
        return f"search generation {self.number}"
