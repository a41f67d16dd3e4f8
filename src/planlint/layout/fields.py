"""Inline-labelled actions: "Action: ... Who: ... When: ... Evidence: ..." in one
bullet or paragraph, the labels drawn from the same synonyms as table headers."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block, TextField
from .headers import Matcher

TRIM = " \t\n;|,–-"


@dataclass
class Labelled:
    fields: dict[str, TextField | None]
    slots: list[str]


def label_pattern(matcher: Matcher) -> re.Pattern:
    # Longest synonyms first so "By when:" is not read as "When:".
    words = sorted({s for s in matcher.synonyms()}, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?:^|(?<=[\s|;,.(*]))(?P<label>{alternatives})\s*\??\s*:", re.I | re.M)


def find_labels(block: Block, pattern: re.Pattern, matcher: Matcher) -> list[tuple[str, int, int]]:
    """(field, label start, value start) for each known label in the block."""
    found = []
    for match in pattern.finditer(block.text):
        field = matcher.match(match["label"], fuzzy=False)
        if field:
            found.append((field, match.start(), match.end()))
    return found


def read_labelled(block: Block, pattern: re.Pattern, matcher: Matcher) -> Labelled | None:
    """The labelled fields of a block, or None when it is not written that way."""
    labels = find_labels(block, pattern, matcher)
    names = {field for field, _, _ in labels}
    if len(names) < 2 or not names & {"task", "owner"}:
        return None
    fields: dict[str, TextField | None] = {}
    ends = [start for _, start, _ in labels[1:]] + [len(block.text)]
    for (field, _, value_start), value_end in zip(labels, ends):
        if field in fields:
            continue
        fields[field] = trimmed(block, value_start, value_end)
    slots = [f for f in ("owner", "deadline", "evidence") if f in fields]
    return Labelled(fields=fields, slots=slots)


def trimmed(block: Block, start: int, end: int) -> TextField | None:
    """The text between start and end, without separators around it."""
    text = block.text[start:end]
    left = len(text) - len(text.lstrip(TRIM))
    right = len(text.rstrip(TRIM))
    if right <= left:
        return None
    return TextField(text=text[left:right], location=block.location_of(start + left, start + right))


def single_label(block: Block, pattern: re.Pattern, matcher: Matcher) -> tuple[str, TextField | None] | None:
    """A block that is one "Label: value" for a known field ("Outcome: ...")."""
    labels = find_labels(block, pattern, matcher)
    if len(labels) != 1 or labels[0][1] != 0:
        return None
    field, _, value_start = labels[0]
    return field, trimmed(block, value_start, len(block.text))


__all__ = ["Labelled", "label_pattern", "read_labelled", "single_label"]
