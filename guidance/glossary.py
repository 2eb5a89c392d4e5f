"""Glossary ordering and grouping: A–Z for English, by pinyin for Chinese (pypinyin)."""

from itertools import groupby

from pypinyin import Style, lazy_pinyin

from portal.search import contains_han


def sort_key(term: str) -> str:
    """Sort key of a term: its pinyin (tone-less, lower case) when it contains Chinese
    characters, else the term itself in lower case. "扣留" → "kou liu"."""
    if contains_han(term):
        return " ".join(lazy_pinyin(term, style=Style.NORMAL, errors="default")).lower()
    return term.lower()


def initial(term: str) -> str:
    """Index letter of a term: the first letter of its sort key (A–Z), or "#" otherwise."""
    key = sort_key(term).lstrip()
    first = key[:1].upper()
    return first if "A" <= first <= "Z" else "#"


def group_terms(terms) -> list[dict]:
    """Group terms by index letter: ``[{"letter": "K", "terms": [GlossaryTerm, …]}, …]``,
    letters in order, terms in pinyin/alphabetical order within each letter."""
    ordered = sorted(terms, key=lambda term: sort_key(term.term))
    return [
        {"letter": letter, "terms": list(items)}
        for letter, items in groupby(ordered, key=lambda term: initial(term.term))
    ]


def side_by_side(source_language: str = "en", target_language: str = "zh-hans") -> list[dict]:
    """Every term in ``source_language`` with its translation: ``[{"key", "source",
    "target"}]`` ordered by the source term; ``target`` is None when not yet translated."""
    from .models import GlossaryTerm

    source_terms = GlossaryTerm.objects.filter(locale__language_code=source_language)
    targets = {
        term.translation_key: term
        for term in GlossaryTerm.objects.filter(locale__language_code=target_language)
    }
    return [
        {"key": term.key, "source": term, "target": targets.get(term.translation_key)}
        for term in sorted(source_terms, key=lambda term: sort_key(term.term))
    ]
