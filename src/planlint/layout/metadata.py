"""Plan metadata: "Label: value" lines and two-column label/value tables.

Plans put their header facts (child, category, conference date, lead social
worker, core group, review date) as labelled lines or a small table.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Block, Metadata, TextField
from .headers import Matcher

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


def record(metadata: Metadata, matcher: Matcher, label: str, value: TextField) -> bool:
    """Store a labelled value on the metadata; return whether the label was known."""
    key = matcher.match(label)
    if key is None:
        return False
    if key == "conference_date" and metadata.conference_type is None:
        metadata.conference_type = conference_type(label)
    if getattr(metadata, key, None) is None and key in Metadata.model_fields:
        setattr(metadata, key, value)
    elif key not in Metadata.model_fields:
        metadata.other.setdefault(key, value)
    return True


def conference_type(label: str) -> str | None:
    text = label.lower()
    if "initial" in text or "icpc" in text:
        return "initial"
    if "review" in text or "rcpc" in text:
        return "review"
    return None
