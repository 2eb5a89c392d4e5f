"""Wagtail's database search backend, with a PostgreSQL page search that stays fast on large
sites. Other databases use the stock backend unchanged.

Wagtail's stock PostgreSQL query joins every index entry to its object through a text
``object_id``, matches ``(title || body) @@ query`` (no index covers the concatenation), and
ranks every match before taking the first ten: reading the body vector of every page that
contains a common word ("customs", "海关") costs about 20 µs a page.

For page searches this backend instead:

1. **matches** in ``portal.models.PageSearchDocument`` — one row per page, keyed by page id,
   whose ``document`` is the entry's ``title || body`` under a GIN index (same matches as the
   stock query), with the tsquery computed once per search rather than once per row;
2. **ranks within a bounded candidate set**: matches are first ordered by their title rank
   (``ts_rank(title) × title_norm``, small vectors stored in the row), and the first
   :data:`RERANK_CANDIDATES` of them are ranked by Wagtail's full relevance
   (``ts_rank(title) × title_norm + ts_rank(body)``, the same expression and weights as the
   stock backend). Results past the candidates follow in title-rank order. When a query has
   no more matches than that — almost every specific query — the order is exactly Wagtail's;
   for common words, only the best title matches are read in full;
3. **skips body ranks that cannot matter**: for a query of two or more words joined by AND,
   PostgreSQL's body rank (``ts_rank``'s proximity formula, quadratic in the words'
   positions: about 50 µs a page for a long Chinese query) is at most 1. So once the best
   candidates by title rank are ranked in full, a candidate whose title rank plus 1 cannot
   beat the last result of the requested slice is left out: it could not appear in that
   slice. The order is unchanged (same expression, same tie-break on the page id); only the
   ranks nobody would see are not computed. Single words (whose rank bound is looser, and
   which are cheap to rank) and other query forms rank every candidate.

Counting ignores ordering, so a capped count (``results[:1001].count()``) stops early.
Searches of other models (glossary terms), of chosen fields, and query types other than plain
text use Wagtail's ranking, matching title or body through their own GIN indexes (a plain
text query again as a constant tsquery).
"""

import re
from contextlib import contextmanager

from django.db import connection, connections, transaction
from django.db.models import BooleanField, F, Func, IntegerField, OuterRef, Q, Subquery, Value

from modelsearch.backends import database

#: How many of a page search's matches (the best by title rank) get Wagtail's full ranking.
#: Results past this many are ordered by title rank, then newest first. A multiple of the
#: search page's 10 results per page, so a results page never straddles the two orders.
#: Equal to the search page's count cap (1,000): the order is exactly Wagtail's for every
#: query whose count is shown exactly; at 200 the benchmark's common Chinese words had a
#: different top ten in 33 of 50 queries, which readers would notice more than ~16 ms.
RERANK_CANDIDATES = 1000

#: How many candidates beyond the requested slice are ranked in full before the others are
#: checked against the bound (see :meth:`PortalQueryCompiler._ranked_within_bound`): enough
#: that a second pass is rarely needed, few enough to stay cheap.
RERANK_FIRST_EXTRA = 40

#: A tsquery that is two or more plain lexemes joined by AND, as PostgreSQL prints it.
_AND_OF_LEXEMES = re.compile(r"'((?:[^']|'')+)'(?: & '(?:[^']|'')+')+")
_LEXEME = re.compile(r"'((?:[^']|'')+)'")


class _EqualsAny(Func):
    """``expression = ANY(array)``, a boolean condition for ``filter()``."""

    template = "(%(expressions)s))"
    arg_joiner = " = ANY("
    output_field = BooleanField()


def _one_of(page_ids):
    """``pk = ANY(%s)`` for many page ids: one array parameter, not one parameter per id
    (which Django would prepare one by one, and which ``pk__in`` would send)."""
    from django.contrib.postgres.fields import ArrayField

    return _EqualsAny(F("pk"), Value(list(page_ids), output_field=ArrayField(IntegerField())))


def _rank_then_id(item):
    """Sort key of a ``(page id, rank)`` pair: rank, then page id (Wagtail's order when
    reversed: ``ORDER BY rank DESC, id DESC``)."""
    page_id, rank = item
    return rank, page_id


SYNC_PAGES = """
INSERT INTO portal_pagesearchdocument (page_id, locale_id, entry_id, title, title_norm, document)
SELECT page.id, page.locale_id, entry.id, entry.title, entry.title_norm, entry.title || entry.body
FROM wagtailsearch_indexentry entry
JOIN wagtailcore_page page
  ON page.content_type_id = entry.content_type_id AND entry.object_id = page.id::text
WHERE entry.content_type_id = %s AND entry.object_id = ANY(%s)
ON CONFLICT (page_id) DO UPDATE SET
  locale_id = EXCLUDED.locale_id, entry_id = EXCLUDED.entry_id, title = EXCLUDED.title,
  title_norm = EXCLUDED.title_norm, document = EXCLUDED.document
"""

SYNC_TITLE_NORMS = """
UPDATE portal_pagesearchdocument doc SET title_norm = entry.title_norm
FROM wagtailsearch_indexentry entry
WHERE entry.id = doc.entry_id AND doc.title_norm <> entry.title_norm
"""


@contextmanager
def bitmap_scans(using):
    """Within the block, PostgreSQL's planner reads tables through bitmap scans of their
    indexes, not sequentially nor row by row through an index.

    Its cost model prices ``document @@ query`` at one cheap operator call per row, so for a
    word on many pages it prefers reading rows (and then, for a capped count, stopping early)
    to the GIN index — but every row it reads that way has its vector decompressed first
    (20–100 µs each; e.g. 120 ms to count a thousand Chinese pages), while a bitmap scan of
    the GIN index answers exactly without touching them (about 5 ms). The settings are
    transaction-local and put back as they were at the end of the block.
    """
    connection = connections[using]
    outermost = not connection.in_atomic_block  # then the settings end with the transaction
    with transaction.atomic(using=using), connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('enable_seqscan'), current_setting('enable_indexscan'),"
            " set_config('enable_seqscan', 'off', true),"
            " set_config('enable_indexscan', 'off', true)"
        )
        seqscan, indexscan = cursor.fetchone()[:2]
        try:
            yield
        finally:
            if not outermost:
                cursor.execute(
                    "SELECT set_config('enable_seqscan', %s, true),"
                    " set_config('enable_indexscan', %s, true)",
                    [seqscan, indexscan],
                )


def SearchBackend(params):  # the name Wagtail looks up in a backend module
    if connection.vendor != "postgresql":
        return database.SearchBackend(params)

    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField

    from wagtail.models import Page

    from modelsearch.backends.database.postgres.postgres import (
        IndexEntry,
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
        PostgresSearchResults,
    )
    from modelsearch.query import MatchAll, Not, PlainText

    from .models import PageSearchDocument

    class ConstantTSQuery(SearchQuery):
        """A tsquery literal, ``'custom' & 'author'::tsquery``: a constant to the planner."""

        def __init__(self, text):
            super().__init__(text, search_type="raw")
            self.text = text

        def as_sql(self, compiler, connection, **extra_context):
            return "%s::tsquery", [self.text]

    class PortalPostgresIndex(PostgresIndex):
        """Keeps ``PageSearchDocument`` in step with Wagtail's index entries."""

        def add_items(self, model, objs):
            super().add_items(model, objs)
            if issubclass(model, Page) and objs:
                from modelsearch.utils import get_content_type_pk

                with self.write_connection.cursor() as cursor:
                    cursor.execute(
                        SYNC_PAGES, [get_content_type_pk(model), [str(obj.pk) for obj in objs]]
                    )

        def _refresh_title_norms(self, full=False):
            super()._refresh_title_norms(full=full)
            if full:  # otherwise only entries just added changed, and add_items copies them
                with self.write_connection.cursor() as cursor:
                    cursor.execute(SYNC_TITLE_NORMS)

        def delete_item(self, item):
            super().delete_item(item)
            if isinstance(item, Page):
                PageSearchDocument.objects.filter(pk=item.pk)._raw_delete(
                    using=self.write_connection.alias
                )

        def reset(self):
            super().reset()
            PageSearchDocument.objects.all()._raw_delete(using=self.write_connection.alias)

    class PortalQueryCompiler(PostgresSearchQueryCompiler):
        def _is_plain(self):
            return not isinstance(self.query, MatchAll) and not (
                isinstance(self.query, Not) and isinstance(self.query.subquery, MatchAll)
            )

        def _uses_page_documents(self):
            return (
                issubclass(self.queryset.model, Page)
                and self.fields is None
                and isinstance(self.query, PlainText)
            )

        def _constant_tsquery(self, config):
            """The tsquery as a constant (``'custom' & 'author'::tsquery``), computed once
            per search (counting and fetching share it): ``to_tsquery()`` in the statement
            would run again for every row. None if the query has no searchable word (e.g.
            only stop words): nothing matches."""
            cache = self.__dict__.setdefault("_tsquery_texts", {})
            if config not in cache:
                db = connections[self.queryset.db]
                query = IndexEntry.objects.none().query.chain()
                search_query = super().build_tsquery(self.query, config=config)
                sql, params = search_query.resolve_expression(query).as_sql(
                    query.get_compiler(connection=db), db
                )
                with db.cursor() as cursor:
                    cursor.execute(f"SELECT ({sql})::text", params)
                    cache[config] = cursor.fetchone()[0]
            return ConstantTSQuery(cache[config]) if cache[config] else None

        def build_tsquery(self, query, config=None):
            """The search's own plain-text query as a constant (:meth:`_constant_tsquery`),
            so that the glossary search, whose query matches and ranks each row four times,
            does not parse it again for every row; other queries as Wagtail builds them."""
            if query is self.query and isinstance(query, PlainText):
                constant = self._constant_tsquery(config)
                if constant is not None:
                    return constant
            return super().build_tsquery(query, config=config)

        def _title_rank(self, tsquery):
            return SearchRank(F("search_document__title"), tsquery, weights=self.sql_weights) * F(
                "search_document__title_norm"
            )

        def _full_rank(self, tsquery):
            """Wagtail's rank for a plain-text query: title rank × title norm + body rank."""
            body = Subquery(
                IndexEntry.objects.filter(pk=OuterRef("search_document__entry_id")).values("body")[
                    :1
                ],
                output_field=SearchVectorField(),
            )
            return self._title_rank(tsquery) + SearchRank(body, tsquery, weights=self.sql_weights)

        def matching(self, config):
            """Every match, unordered (for counting)."""
            if not self._uses_page_documents():
                return self.search(config, None, None).order_by()
            tsquery = self._constant_tsquery(config)
            if tsquery is None:
                return self.queryset.none()
            return self.queryset.filter(search_document__document=tsquery).order_by()

        def search(self, config, start, stop, score_field=None, backend=None):
            if not self._is_plain() or type(self.query).__name__ == "Fuzzy":
                return super().search(config, start, stop, score_field, backend)
            if not self._uses_page_documents():
                return self._search_title_or_body(config, start, stop, score_field)
            tsquery = self._constant_tsquery(config)
            if tsquery is None:
                return self.queryset.none()
            matches = self.queryset.filter(search_document__document=tsquery)
            title_rank = self._title_rank(tsquery)
            start = start or 0
            if (
                not self.order_by_relevance
                or start >= RERANK_CANDIDATES
                or stop is None
                or stop > RERANK_CANDIDATES
            ):
                # Not by relevance, past the candidates, or every match at once (facets;
                # PortalSearchResults splits a slice that straddles the candidates): title
                # rank, then newest first.
                return self._apply_ordering_and_scoring(
                    matches, title_rank, start, stop, score_field
                )
            candidates = matches.annotate(_title_rank=title_rank).order_by(
                F("_title_rank").desc(), "-pk"
            )
            if self._body_rank_bound(tsquery) is not None:
                ranked = self._ranked_within_bound(candidates, tsquery, start, stop)
                if ranked is not None:
                    return self._fetch_in_order(ranked, score_field)
            reranked = self.queryset.filter(pk__in=candidates.values("pk")[:RERANK_CANDIDATES])
            return self._apply_ordering_and_scoring(
                reranked, self._full_rank(tsquery), start, stop, score_field
            )

        def _body_rank_bound(self, tsquery):
            """An upper bound of ``ts_rank(weights, body, tsquery)`` for every page, or None.

            For two or more distinct lexemes joined by AND, PostgreSQL ranks by word proximity
            (``calc_rank_and`` in ``tsrank.c``): ``1 − Π(1 − c)`` over pairs of positions, each
            ``c = sqrt(w₁ · w₂ · distance factor)`` with weights at most 1 here, so the rank is
            at most 1. Other forms (one word, OR, prefixes, weights, phrases) get None: their
            bound is looser, so nothing would be skipped."""
            text = tsquery.text
            if not _AND_OF_LEXEMES.fullmatch(text) or len(set(_LEXEME.findall(text))) < 2:
                return None
            weights = [float(w) for w in self.sql_weights.strip("{}").split(",")]
            return 1.0 if max(weights) <= 1.0 else None

        def _ranked_within_bound(self, candidates, tsquery, start, stop):
            """``[(page id, full rank)]`` for results ``start:stop``, in Wagtail's order
            (full rank descending, then page id descending), ranking in full only the
            candidates that could reach the slice; None if a rank came back NULL.

            The first ``stop`` + :data:`RERANK_FIRST_EXTRA` candidates by title rank are
            ranked in full; the ``stop``-th best of them, (s, id), is a lower bound of the
            slice's last result. A later candidate with title rank t can at best score
            ``t + 1`` (:meth:`_body_rank_bound`), so it is ranked too only if ``t + 1 > s``
            (or equal, with a higher page id, which wins the tie). Ranks are compared as the
            doubles PostgreSQL computes, so the order is exactly the full ranking's."""
            bound = self._body_rank_bound(tsquery)
            pairs = list(candidates.values_list("pk", "_title_rank")[:RERANK_CANDIDATES])
            first = stop + RERANK_FIRST_EXTRA
            scores = self._full_ranks([pk for pk, _ in pairs[:first]], tsquery)
            if scores is None:
                return None
            if len(pairs) > first:
                best = sorted(scores.items(), key=_rank_then_id, reverse=True)
                last_pk, last = best[min(stop, len(best)) - 1]
                contenders = [
                    pk
                    for pk, title in pairs[first:]
                    if title + bound > last or (title + bound == last and pk > last_pk)
                ]
                more = self._full_ranks(contenders, tsquery)
                if more is None:
                    return None
                scores.update(more)
            return sorted(scores.items(), key=_rank_then_id, reverse=True)[start:stop]

        def _full_ranks(self, pks, tsquery):
            """``{page id: full rank}`` for the pages ``pks``; None if a rank is NULL."""
            if not pks:
                return {}
            rows = (
                self.queryset.filter(_one_of(pks))
                .order_by()
                .annotate(_full_rank=self._full_rank(tsquery))
                .values_list("pk", "_full_rank")
            )
            scores = dict(rows)
            return None if None in scores.values() else scores

        def _fetch_in_order(self, ranked, score_field):
            """The pages of ``[(page id, rank)]``, in that order (one query per page type,
            as ``specific()`` does), with the rank as ``score_field`` if asked for."""
            pages = {
                page.pk: page for page in self.queryset.filter(_one_of(pk for pk, _ in ranked))
            }
            results = []
            for pk, score in ranked:
                page = pages.get(pk)
                if page is None:  # gone since it was ranked
                    continue
                if score_field is not None:
                    setattr(page, score_field, score)
                results.append(page)
            return results

        def _search_title_or_body(self, config, start, stop, score_field):
            """Wagtail's query, matching ``title @@ q OR body @@ q`` through their own GIN
            indexes (same results as the unindexed ``(title || body) @@ q``)."""
            search_query = self.build_tsquery(self.query, config=config)
            vectors = self.get_search_vectors(search_query)
            rank_expression = self._build_rank_expression(vectors, config)
            queryset = self.queryset.filter(
                Q(index_entries__title=search_query) | Q(index_entries__body=search_query)
            )
            return self._apply_ordering_and_scoring(
                queryset, rank_expression, start, stop, score_field
            )

    class PortalSearchResults(PostgresSearchResults):
        def _do_search(self):
            compiler = self.query_compiler
            if not compiler._uses_page_documents():
                return super()._do_search()
            start, stop = self.start or 0, self.stop
            straddles = start < RERANK_CANDIDATES and (stop is None or stop > RERANK_CANDIDATES)
            with bitmap_scans(compiler.queryset.db):
                if not straddles or not compiler.order_by_relevance:
                    return super()._do_search()
                # The re-ranked candidates, then the rest in title-rank order.
                config = compiler.get_config(self.backend)
                head = compiler.search(config, start, RERANK_CANDIDATES, self._score_field)
                tail = compiler.search(config, RERANK_CANDIDATES, stop, self._score_field)
                return [*head, *tail]

        def _do_count(self):
            compiler = self.query_compiler
            matching = compiler.matching(compiler.get_config(self.backend))
            if not compiler._uses_page_documents():
                return matching[self.start : self.stop].count()
            with bitmap_scans(compiler.queryset.db):
                return matching[self.start : self.stop].count()

    class PortalPostgresSearchBackend(PostgresSearchBackend):
        query_compiler_class = PortalQueryCompiler
        index_class = PortalPostgresIndex
        results_class = PortalSearchResults

    return PortalPostgresSearchBackend(params)
