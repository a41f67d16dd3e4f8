"""Matching a label written by a person ("By whom?", "Timescale") to what it means.

The synonyms are data (rules/headers.yaml); matching is exact first, then by a
synonym standing whole inside the label, then fuzzy for typos and variants, and
last by keywords. `scores` gives every key a label might mean with how surely,
so that a table can choose its columns' fields together (tables.py); `match`
is the single best key.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz, process

FUZZY_MIN = 88  # rapidfuzz ratio; below this, "Who" would match "How"
FUZZY_MIN_LENGTH = 6  # short labels only match exactly or whole-word

# How surely each kind of match names a key. A synonym beats any keyword;
# among keywords, a key listed earlier in field_keywords is surer, so "How will
# we know it has been done" is evidence (first) before task (last).
EXACT, WHOLE, FUZZY, KEYWORD = 100, 90, 80, 40


def normalise(label: str) -> str:
    label = label.lower().replace("’", "'")
    label = re.sub(r"[^\w' ]+", " ", label)
    return " ".join(label.split())


class Matcher:
    """Maps labels to keys, given {key: [synonym, ...]}."""

    def __init__(self, synonyms: dict[str, list[str]], keywords: dict[str, list[str]] | None = None):
        # Keywords are the last resort; a key's rank is its place in the dict.
        self._keywords = {key: {normalise(w) for w in words} for key, words in (keywords or {}).items()}
        self._by_synonym: dict[str, str] = {}
        for key, words in synonyms.items():
            for word in words:
                self._by_synonym.setdefault(normalise(word), key)
        # Longest first, so "how will we know" wins over "know".
        self._ordered = sorted(self._by_synonym, key=len, reverse=True)

    def match(self, label: str, fuzzy: bool = True) -> str | None:
        scores = self.scores(label, fuzzy)
        return max(scores, key=scores.__getitem__) if scores else None

    def scores(self, label: str, fuzzy: bool = True) -> dict[str, int]:
        """Each key the label may name, with how surely: the one key of a
        matching synonym, else every key with a keyword in the label."""
        text = normalise(label)
        if not text:
            return {}
        found = self._synonym(text, fuzzy)
        if found:
            return {found[0]: found[1]}
        words = set(text.split())
        return {key: KEYWORD - rank for rank, (key, keywords) in enumerate(self._keywords.items())
                if keywords & words}

    def _synonym(self, text: str, fuzzy: bool) -> tuple[str, int] | None:
        if text in self._by_synonym:
            return self._by_synonym[text], EXACT
        words = len(text.split())
        for synonym in self._ordered:
            # A one-word synonym standing in a label must be most of it: "child"
            # is not what "Review child protection conference" is about.
            if len(synonym) > 3 and (" " in synonym or words <= 2) and \
                    re.search(rf"\b{re.escape(synonym)}\b", text):
                return self._by_synonym[synonym], WHOLE
        if fuzzy and len(text) >= FUZZY_MIN_LENGTH:
            best = process.extractOne(text, self._ordered, scorer=fuzz.ratio,
                                      score_cutoff=FUZZY_MIN)
            if best:
                return self._by_synonym[best[0]], FUZZY
        return None

    def synonyms(self) -> list[str]:
        return list(self._ordered)
