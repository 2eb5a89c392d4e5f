"""Site search that works in Chinese.

Chinese is written without spaces, so full-text engines (SQLite FTS5, PostgreSQL tsvector)
would treat a whole Chinese sentence as one word. The portal segments Chinese text with
**jieba** in search-engine mode — both the indexed text and the query — so that "扣留" finds a
page whose text says "海关扣留侵权嫌疑货物". Latin text passes through unchanged.
"""

import logging
import re

import jieba

jieba.setLogLevel(logging.WARNING)

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SPACES = re.compile(r"\s+")

#: Longest query we search for, in characters; longer input is cut (and the page says so).
MAX_QUERY_LENGTH = 100


def contains_han(text: str) -> bool:
    """True if ``text`` contains at least one Chinese (Han) character."""
    return bool(_HAN.search(text or ""))


def segment(text: str) -> str:
    """Return ``text`` with Chinese words separated by spaces (jieba, search-engine mode).

    Search-engine mode also emits the shorter words inside long ones (知识产权 → 知识, 产权,
    知识产权), so a query for either finds the page. Text without Han characters is returned
    with whitespace collapsed. Never raises for any string.
    """
    text = text or ""
    if not contains_han(text):
        return _SPACES.sub(" ", text).strip()
    words = (word.strip() for word in jieba.cut_for_search(text))
    return " ".join(word for word in words if word and not _is_punctuation(word))


def _is_punctuation(word: str) -> bool:
    return all(not ch.isalnum() for ch in word)


def normalise_query(raw: str) -> str:
    """Clean a user's query: control characters dropped, whitespace collapsed, length capped at
    :data:`MAX_QUERY_LENGTH` characters."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in (raw or ""))
    return _SPACES.sub(" ", cleaned).strip()[:MAX_QUERY_LENGTH]
