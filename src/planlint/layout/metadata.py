"""Plan metadata: "Label: value" lines and two-column label/value tables.

Plans put their header facts (child, category, conference date, lead social
worker, core group, review date) as labelled lines or a small table.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Block, Metadata, TextField
from .headers import Matcher

NEXT = re.compile(r"\b(?:next|date of next|due|future|follow-up)\b", re.I)

# "Label: value" where the label is short, as plans write their header lines.
LABEL_LINE = re.compile(r"^[ \t]*(?P<label>[^:\n]{2,45}?)[ \t]*:[ \t]*(?P<value>[^\n]*?)[ \t]*$", re.M)


def labelled_lines(block: Block) -> Iterator[tuple[str, TextField]]:
    """Each "Label: value" line of a paragraph, with the value's location."""
    for match in LABEL_LINE.finditer(block.text):
        start, end = match.span("value")
        value = TextField(text=match["value"], location=block.location_of(start, end))
        yield match["label"].strip(), value


def table_pairs(block: Block) -> Iterator[tuple[str, TextField]]:
    """Label/value pairs of a two-column table (Word plans keep their header so)."""
    for row in block.rows:
        cells = [c for c in row if c.text.strip() or c is row[0]]
        if len(cells) == 2 and cells[0].text.strip():
            label = cells[0].text.strip().rstrip(":")
            yield label, TextField(text=cells[1].text.strip(), location=cells[1].location)


def is_label_table(block: Block, matcher: Matcher) -> bool:
    """A two-column table whose first column is mostly known metadata labels."""
    rows = [r for r in block.rows if any(c.text.strip() for c in r)]
    if not rows or any(len(r) != 2 for r in rows):
        return False
    known = sum(1 for r in rows if matcher.match(r[0].text.rstrip(":")))
    return known >= max(1, len(rows) // 2)


def record(metadata: Metadata, matcher: Matcher, label: str, value: TextField,
           in_header: bool = False) -> bool:
    """Store a labelled value on the metadata; return whether the label was known.

    In the plan's header, "Review child protection conference: 20 January"
    is the conference that agreed this plan, not the next review."""
    key = matcher.match(label)
    if key is None:
        return False
    if key == "review_date" and in_header and NEXT.search(label) is None and \
            metadata.conference_date is None:
        key, metadata.conference_type = "conference_date", "review"
    if key == "conference_date" and metadata.conference_type is None:
        # "Conference: Initial child protection conference, 9 February 2026"
        metadata.conference_type = conference_type(label) or conference_type(value.text)
    if getattr(metadata, key, None) is None and key in Metadata.model_fields:
        setattr(metadata, key, value)
    else:
        # A second value for a known key ("Review conference date: 3 Feb" and
        # "Next review conference: 4 Aug") is kept for the timeline to weigh.
        metadata.other.setdefault(key if key not in Metadata.model_fields else f"{key}_2", value)
    return True


def conference_type(label: str) -> str | None:
    text = label.lower()
    if "initial" in text or "icpc" in text:
        return "initial"
    if "review" in text or "rcpc" in text:
        return "review"
    return None


# Header facts written as sentences: "The lead social worker is Kirsty Evans",
# "The review conference will be held on 18 August 2026".
STATED = re.compile(
    r"\b(?:the\s+)?(?P<label>(?:lead|allocated|named)\s+(?:social\s+worker|professional|practitioner)|"
    r"(?:next\s+)?review(?:\s+child\s+protection)?\s+conference)\s+"
    r"(?:is|will\s+be(?:\s+held)?(?:\s+on)?|on)\s+(?P<value>[^.;\n]+)", re.I)


def stated_facts(block: Block) -> Iterator[tuple[str, TextField]]:
    for match in STATED.finditer(block.text):
        start, end = match.span("value")
        yield match["label"], TextField(text=match["value"].strip(), location=block.location_of(start, end))
