"""Matching a label written by a person ("By whom?", "Timescale") to what it means.

The synonyms are data (rules/headers.yaml); matching is exact first, then by a
synonym standing whole inside the label, then fuzzy for typos and variants.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz, process

FUZZY_MIN = 88  # rapidfuzz ratio; below this, "Who" would match "How"
FUZZY_MIN_LENGTH = 6  # short labels only match exactly or whole-word


def normalise(label: str) -> str:
    label = label.lower().replace("’", "'")
    label = re.sub(r"[^\w' ]+", " ", label)
    return " ".join(label.split())


class Matcher:
    """Maps labels to keys, given {key: [synonym, ...]}."""

    def __init__(self, synonyms: dict[str, list[str]], keywords: dict[str, list[str]] | None = None):
        # Keywords are the last resort, in the order given (dicts keep it).
        self._keywords = [(normalise(w), key) for key, words in (keywords or {}).items() for w in words]
        self._by_synonym: dict[str, str] = {}
        for key, words in synonyms.items():
            for word in words:
                self._by_synonym.setdefault(normalise(word), key)
        # Longest first, so "how will we know" wins over "know".
        self._ordered = sorted(self._by_synonym, key=len, reverse=True)

    def match(self, label: str, fuzzy: bool = True) -> str | None:
        text = normalise(label)
        if not text:
            return None
        if text in self._by_synonym:
            return self._by_synonym[text]
        words = len(text.split())
        for synonym in self._ordered:
            # A one-word synonym standing in a label must be most of it: "child"
            # is not what "Review child protection conference" is about.
            if len(synonym) > 3 and (" " in synonym or words <= 2) and \
                    re.search(rf"\b{re.escape(synonym)}\b", text):
                return self._by_synonym[synonym]
        if fuzzy and len(text) >= FUZZY_MIN_LENGTH:
            best = process.extractOne(text, self._ordered, scorer=fuzz.ratio,
                                      score_cutoff=FUZZY_MIN)
            if best:
                return self._by_synonym[best[0]]
        label_words = set(text.split())
        return next((key for word, key in self._keywords if word in label_words), None)

    def synonyms(self) -> list[str]:
        return list(self._ordered)
