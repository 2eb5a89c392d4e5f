"""Wagtail's database search backend, with a PostgreSQL query that can use its indexes.

The stock PostgreSQL query matches ``(title || body) @@ query``: the concatenation has no
index, so every search reads the index rows of every page in every language. Matching
``title @@ query OR body @@ query`` instead lets PostgreSQL combine the GIN indexes of the two
columns (a BitmapOr), with the same results and the same ranking. Other databases use the
stock backend unchanged.
"""

from django.db import connection
from django.db.models import Q

from modelsearch.backends import database


def SearchBackend(params):  # the name Wagtail looks up in a backend module
    if connection.vendor != "postgresql":
        return database.SearchBackend(params)

    from modelsearch.backends.database.postgres.postgres import (
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )
    from modelsearch.query import MatchAll, Not

    class IndexedQueryCompiler(PostgresSearchQueryCompiler):
        def search(self, config, start, stop, score_field=None, backend=None):
            plain = not isinstance(self.query, MatchAll) and not (
                isinstance(self.query, Not) and isinstance(self.query.subquery, MatchAll)
            )
            if self.fields is not None or not plain or type(self.query).__name__ == "Fuzzy":
                return super().search(config, start, stop, score_field, backend)
            search_query = self.build_tsquery(self.query, config=config)
            vectors = self.get_search_vectors(search_query)
            rank_expression = self._build_rank_expression(vectors, config)
            queryset = self.queryset.filter(
                Q(index_entries__title=search_query) | Q(index_entries__body=search_query)
            )
            return self._apply_ordering_and_scoring(
                queryset, rank_expression, start, stop, score_field
            )

    class PortalPostgresSearchBackend(PostgresSearchBackend):
        query_compiler_class = IndexedQueryCompiler

    return PortalPostgresSearchBackend(params)
