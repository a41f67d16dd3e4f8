"""The word lists of rules/*.yaml, compiled once for matching.

Lists hold lowercase phrases; a phrase matches on word boundaries, so "all"
does not match "small" and "sw" does not match "swim".
"""
from __future__ import annotations

import re

from .catalogue import Catalogue

# A "?" is a vague owner (annotation guide), not an absent one, so it is not here.
PLACEHOLDER_TEXT = re.compile(r"^[\s\-–—.]*$")


def phrase_regex(phrases: list[str]) -> re.Pattern:
    """One pattern for a list of phrases: any spacing between words, and a
    plural "s" allowed on a last word that is all letters ("score" finds
    "scores")."""
    ordered = sorted({p.lower() for p in phrases if p.strip()}, key=len, reverse=True)
    body = "|".join(phrase_body(p) for p in ordered)
    return re.compile(rf"(?<![\w]){'(?:' + body + ')'}(?![\w])", re.I)


def phrase_body(phrase: str) -> str:
    words = phrase.split()
    body = r"\s+".join(map(re.escape, words))
    return body + "(?:s|es)?" if words[-1].isalpha() and len(words[-1]) > 2 else body


def normalise(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^\w'?%/ -]+", " ", text)
    return " ".join(text.split())


class Lexicon:
    """Named lists from the catalogue, as sets and as phrase patterns."""

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        self._patterns: dict[str, re.Pattern] = {}
        self._sets: dict[str, frozenset[str]] = {}

    def words(self, name: str) -> frozenset[str]:
        if name not in self._sets:
            self._sets[name] = frozenset(normalise(w) for w in self.catalogue.list(name))
        return self._sets[name]

    def pattern(self, name: str) -> re.Pattern:
        if name not in self._patterns:
            self._patterns[name] = phrase_regex(self.catalogue.list(name))
        return self._patterns[name]

    def split_words(self, *names: str) -> frozenset[str]:
        """Every single word of the phrases of these lists."""
        key = "+".join(names)
        if key not in self._sets:
            self._sets[key] = frozenset(w for name in names for phrase in self.words(name)
                                        for w in phrase.split())
        return self._sets[key]

    def find(self, name: str, text: str) -> re.Match | None:
        return self.pattern(name).search(text or "")

    def is_one_of(self, name: str, text: str) -> bool:
        """The whole text is one of the list's phrases."""
        return normalise(text) in self.words(name)


def is_blank(text: str | None, lexicon: Lexicon | None = None) -> bool:
    """Empty, a dash, or a marker that says nothing is there ("N/A", "none")."""
    if text is None or PLACEHOLDER_TEXT.match(text):
        return True
    return lexicon is not None and lexicon.is_one_of("missing_markers", text)
