"""Site search that works in Chinese.

Chinese is written without spaces, so full-text engines (SQLite FTS5, PostgreSQL tsvector)
would treat a whole Chinese sentence as one word. The portal segments Chinese text with
**jieba** in search-engine mode — both the indexed text and the query — so that "扣留" finds a
page whose text says "海关扣留侵权嫌疑货物", identically on SQLite and PostgreSQL. Latin text
passes through unchanged, so mixed queries ("AFA 申请", "EORI 编号") work.

jieba's dictionary is extended with the Chinese glossary terms (see :func:`add_words` and the
word providers registered by feature apps), so that legal terms are kept whole.
"""

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from django.db import DatabaseError, transaction
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

import jieba

jieba.setLogLevel(logging.WARNING)
logger = logging.getLogger(__name__)

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SPACES = re.compile(r"\s+")

#: Longest query we search for, in characters; longer input is cut (and the page says so).
MAX_QUERY_LENGTH = 100

#: Results are counted up to this many; past it the search page says "more than 1000 pages
#: found" and offers the first 1000 (an exact count of a common word's matches costs as much
#: as the search itself, and nobody pages through a thousand results).
MAX_COUNTED_RESULTS = 1000

#: Callables returning extra dictionary words (e.g. Chinese glossary terms); registered by
#: feature apps in ``AppConfig.ready`` and read once per process, on first use.
word_providers: list[Callable[[], Iterable[str]]] = []
_providers_loaded = False


def contains_han(text: str) -> bool:
    """True if ``text`` contains at least one Chinese (Han) character."""
    return bool(_HAN.search(text or ""))


def add_words(words: Iterable[str]) -> None:
    """Add words (runs of at least two Han characters) to jieba's dictionary."""
    for word in words:
        for part in re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}", word or ""):
            jieba.add_word(part)


def load_provided_words(force: bool = False) -> None:
    """Add the words of every registered provider to jieba's dictionary (once per process,
    or again with ``force``). A provider whose table does not exist yet is skipped quietly."""
    global _providers_loaded
    if _providers_loaded and not force:
        return
    _providers_loaded = True
    for provider in word_providers:
        try:
            with transaction.atomic():
                add_words(list(provider()))
        except DatabaseError:
            logger.info("Search word provider %r unavailable (no table yet)", provider)


def segment(text: str) -> str:
    """Return ``text`` with Chinese words separated by spaces (jieba, search-engine mode).

    Search-engine mode also emits the shorter words inside long ones (知识产权 → 知识, 产权,
    知识产权), so a query for either finds the page. Text without Han characters is returned
    with whitespace collapsed. Never raises for any string.
    """
    text = text or ""
    if not contains_han(text):
        return _SPACES.sub(" ", text).strip()
    load_provided_words()
    words = []
    for word in jieba.cut_for_search(text):
        word = word.strip()
        if word and not _is_punctuation(word):
            words.extend(_inner_long_words(word))
            words.append(word)
    return " ".join(words)


def _inner_long_words(word: str) -> list[str]:
    """Dictionary words of four or more characters inside ``word`` (search-engine mode
    already emits the two- and three-character ones): 知识产权海关保护备案 → 知识产权."""
    if len(word) <= 4 or not contains_han(word):
        return []
    frequencies = jieba.dt.FREQ
    return [
        word[start : start + size]
        for size in range(4, len(word))
        for start in range(len(word) - size + 1)
        if frequencies.get(word[start : start + size])
    ]


def _is_punctuation(word: str) -> bool:
    return all(not ch.isalnum() for ch in word)


def normalise_query(raw: str) -> str:
    """Clean a user's query: control and format characters and double quotes dropped (an
    unbalanced quote breaks SQLite's FTS5 query syntax; the portal has no phrase search),
    whitespace collapsed, length capped at :data:`MAX_QUERY_LENGTH` characters."""
    cleaned = "".join(ch if ch.isprintable() and ch not in '"＂' else " " for ch in (raw or ""))
    return _SPACES.sub(" ", cleaned).strip()[:MAX_QUERY_LENGTH]


def highlight(text: str, query: str, width: int = 160) -> SafeString:
    """An HTML-escaped excerpt of ``text`` around the first match of any query word, with
    every match wrapped in ``<mark>``. ``width`` is the excerpt length in characters; the
    start of ``text`` is used when nothing matches."""
    text = " ".join((text or "").split())
    pattern = _highlight_pattern(query)
    if pattern is None:
        return escape(text[:width])
    first = pattern.search(text)
    start = max(0, first.start() - width // 3) if first else 0
    excerpt = text[start : start + width]
    parts, position = [], 0
    for match in pattern.finditer(excerpt):
        parts.append(escape(excerpt[position : match.start()]))
        parts.append(f"<mark>{escape(match.group(0))}</mark>")
        position = match.end()
    parts.append(escape(excerpt[position:]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + width < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)


@lru_cache(maxsize=512)
def _highlight_pattern(query: str) -> re.Pattern | None:
    """The query's words (segmented once per query, not once per excerpt), longest first so
    "知识产权" wins over "知识"; None if it has no word worth marking."""
    words = sorted({w for w in segment(query).split() if len(w) > 1 or contains_han(w)}, key=len)
    words.reverse()
    if not words:
        return None
    return re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)


@dataclass
class PageSearch:
    """What :func:`search_pages` found."""

    #: Search results, best first, cut to the first :data:`MAX_COUNTED_RESULTS`.
    results: object
    #: Number of results, at most :data:`MAX_COUNTED_RESULTS`.
    count: int
    #: More pages than :data:`MAX_COUNTED_RESULTS` matched (they were not counted).
    more: bool
    #: No page had every word, so these pages have at least one of them.
    matched_any_word: bool


def search_pages(pages, query: str) -> PageSearch:
    """Search ``pages`` (a page queryset) for a normalised ``query``: pages with every word,
    or, if there are none and the query has several words, pages with any of them.

    Counts at most :data:`MAX_COUNTED_RESULTS` + 1 matches, so a query matching most of the
    site costs no more to count than one matching a thousand pages.
    """
    terms = segment(query)
    results = pages.search(terms, operator="and")
    counted = results[: MAX_COUNTED_RESULTS + 1].count()
    matched_any_word = False
    if not counted and len(terms.split()) > 1:
        results = pages.search(terms, operator="or")
        counted = results[: MAX_COUNTED_RESULTS + 1].count()
        matched_any_word = True
    return PageSearch(
        results=results[:MAX_COUNTED_RESULTS],
        count=min(counted, MAX_COUNTED_RESULTS),
        more=counted > MAX_COUNTED_RESULTS,
        matched_any_word=matched_any_word,
    )
