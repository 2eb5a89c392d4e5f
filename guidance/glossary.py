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


class GlossaryLinker:
    """Links the first mention of each glossary term in guidance text to its glossary entry.

    Built once per page view from the terms of one locale (one query for the terms, one for
    the glossary page); :meth:`link` is then called on each rich-text fragment in page order
    and remembers which terms it already linked. Text inside links and headings is left
    alone. Variants of a term separated by "/" or "／" are matched too; longer terms win
    ("海关总署" before "海关"); English matches are case-insensitive and whole-word.
    """

    SKIP_PARENTS = ["a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "script", "style"]

    def __init__(self, terms, glossary_url: str):
        import re

        self.glossary_url = glossary_url
        self.linked: set[str] = set()
        self.key_by_variant: dict[str, str] = {}
        for term in terms:
            for variant in re.split(r"\s*[/／]\s*", re.sub(r"[（(].*?[）)]", "", term.term)):
                variant = variant.strip(" ,，、")
                if len(variant) >= 2:
                    self.key_by_variant.setdefault(variant.lower(), term.key)
        variants = sorted(self.key_by_variant, key=len, reverse=True)
        self.pattern = (
            re.compile(
                r"(?<![A-Za-z])(?:" + "|".join(re.escape(v) for v in variants) + r")(?![A-Za-z])",
                re.IGNORECASE,
            )
            if variants
            else None
        )

    @classmethod
    def for_locale(cls, locale) -> "GlossaryLinker | None":
        """A linker for ``locale``'s glossary, or None if it has no live glossary page."""
        from .models import GlossaryPage, GlossaryTerm

        glossary = GlossaryPage.objects.live().filter(locale=locale).first()
        if glossary is None:
            return None
        return cls(GlossaryTerm.objects.filter(locale=locale).only("term", "key"), glossary.url)

    def link(self, html: str) -> str:
        """Return ``html`` (trusted rich-text HTML) with first mentions of terms linked."""
        from bs4 import BeautifulSoup, NavigableString

        if self.pattern is None or len(self.linked) == len(set(self.key_by_variant.values())):
            return html
        soup = BeautifulSoup(str(html), "html.parser")
        for node in list(soup.find_all(string=True)):
            if node.find_parent(self.SKIP_PARENTS):
                continue
            text, parts, position = str(node), [], 0
            for match in self.pattern.finditer(text):
                key = self.key_by_variant[match.group(0).lower()]
                if key in self.linked:
                    continue
                self.linked.add(key)
                parts.append(NavigableString(text[position : match.start()]))
                anchor = soup.new_tag(
                    "a", href=f"{self.glossary_url}#{key}", attrs={"class": "glossary-link"}
                )
                anchor.string = match.group(0)
                parts.append(anchor)
                position = match.end()
            if parts:
                parts.append(NavigableString(text[position:]))
                node.replace_with(*parts)
        return str(soup)
