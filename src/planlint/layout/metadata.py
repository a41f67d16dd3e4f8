"""Plan metadata: the header facts of a plan, in the shapes plans write them.

Plans put their header facts (child, category, conference date, lead social
worker, core group, review date) as "Label: value" lines, "Label — value"
bullets, one line of facts split by " | ", " · " or "; ", or a small table: label/value
pairs across each row, or labels in the first row and values under them.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..dates import looks_like_date, parse_date
from ..model import Block, Cell, Metadata, TextField
from .headers import Matcher
from .tables import is_group_row, table_width

NEXT = re.compile(r"\b(?:next|date of next|due|future|follow-up)\b", re.I)
# "Review by: 3 May" is an action's deadline, not the next review conference.
DEADLINE_LABEL = re.compile(r"\bby\b", re.I)

# Several facts on one line: "Child: Esme | Category: Neglect · Lead SW: Ann Lee".
# The separator needs space around it, so "24/7" or "Mr·Lee" do not split.
# A semicolon also ends a fact ("Child: Esme, 9; Lead SW: Ann Lee"), but only
# where a "Label:" follows: a value may list things ("Mum; Dad; school").
# A separator starts where a run of spaces does (the lookbehind): tried from
# every space of a long run, each try would scan the rest of it.
SEGMENT_SEPARATOR = re.compile(r"(?<![ \t])[ \t]+[|·•][ \t]+|;[ \t]+(?=[A-Za-z][^:;\n]{1,44}:)")

# "Label: value", or "Label — value" with a spaced dash (a bare hyphen joins
# words: "Follow-up"). A dash value must start with a capital or a digit, as a
# fact does ("— Nadia Hussain", "– 9 June 2026"), and not as an action's task
# after its owner ("Mum – attend the GP"). The value ends at its last
# character that is not a space (not a lazy `.*?` before `[ \t]*$`, which
# scans the rest of a run of spaces from each of them: quadratic).
LABELLED = re.compile(
    r"^(?P<label>[^:\n]{2,45}?)(?:[ \t]*:[ \t]*|[ \t]+[—–-][ \t]+(?=[A-Z0-9]))"
    r"(?P<value>(?:.*[^ \t\n])?)[ \t]*$")

# "ICPC 18 June 2026": a short label of words, then a date with no separator
# (its value ends as LABELLED's does).
LABEL_THEN_DATE = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z'’ ]{1,40}?)[ \t]+(?P<value>\d(?:.*[^ \t\n])?)[ \t]*$")


def labelled_lines(block: Block) -> Iterator[tuple[str, TextField]]:
    """Each labelled fact of a paragraph, with the value's location."""
    offset = 0
    for line in block.text.splitlines(keepends=True):
        for start, segment in segments(line):
            found = labelled(segment)
            if found is not None:
                label, (begin, end) = found
                begin, end = offset + start + begin, offset + start + end
                yield label, TextField(text=block.text[begin:end], location=block.location_of(begin, end))
        offset += len(line)


def segments(line: str) -> Iterator[tuple[int, str]]:
    """The parts of a line between separators, each with where it starts."""
    start = 0
    for match in SEGMENT_SEPARATOR.finditer(line):
        yield start, line[start:match.start()]
        start = match.end()
    yield start, line[start:].rstrip("\r\n")


def labelled(segment: str) -> tuple[str, tuple[int, int]] | None:
    """The label of a segment and the span of its value, if it has both."""
    match = LABELLED.match(segment)
    if match is None:
        match = LABEL_THEN_DATE.match(segment)
        if match is None or not looks_like_date(match["value"]):
            return None
    return match["label"].strip(), match.span("value")


def table_pairs(block: Block) -> Iterator[tuple[str, TextField]]:
    """Label/value pairs of a header table (Word plans keep their header so)."""
    pairs = column_pairs(block) if is_horizontal(block) else row_pairs(block)
    for label, value in pairs:
        label = label.text.strip().rstrip(":")
        if label and value.text.strip():
            yield label, TextField(text=value.text.strip(), location=value.location)


def filled_rows(block: Block) -> list[list[Cell]]:
    """The rows with some text, less a caption across the whole table ("Meeting
    details", "Professionals and dates"), which labels no value."""
    width = table_width(block.rows)
    return [r for r in block.rows if any(c.text.strip() for c in r) and not is_group_row(r, width)]


def row_pairs(block: Block) -> Iterator[tuple[Cell, Cell]]:
    """Each row as label, value, label, value... ("Lead professional | Marta
    Kowalczyk | ICPC | 11/06/2026")."""
    for row in filled_rows(block):
        cells = paired_cells(row)
        yield from zip(cells[::2], cells[1::2])


def paired_cells(row: list[Cell]) -> list[Cell]:
    """A row's cells in label/value order: empty cells at the end are padding;
    an odd row keeps its filled cells, as a merged or spare cell leaves a gap."""
    cells = list(row)
    while len(cells) > 2 and not cells[-1].text.strip():
        cells.pop()
    if len(cells) % 2:
        cells = [c for c in row if c.text.strip() or c is row[0]]
    return cells if len(cells) % 2 == 0 else []


def column_pairs(block: Block) -> Iterator[tuple[Cell, Cell]]:
    """Labels in the first row, values in the row under them."""
    labels, values = filled_rows(block)[:2]
    return zip(labels, values)


def is_horizontal(block: Block) -> bool:
    """Labels across the first row and one row of values under them: the first
    row is all labels, and the table cannot be read as label/value pairs (an
    odd number of columns, or a value that is not label-like where a label
    would be)."""
    rows = filled_rows(block)
    if len(rows) != 2 or len(rows[0]) != len(rows[1]) or len(rows[0]) < 3:
        return False
    if not all(label_like(c.text) for c in rows[0]):
        return False
    return len(rows[0]) % 2 == 1 or not all(label_like(c.text) for r in rows for c in r[::2])


def label_like(text: str) -> bool:
    """Short and without digits, as labels are; values hold dates, ages, names."""
    text = text.strip()
    return bool(text) and len(text.split()) <= 6 and not re.search(r"\d", text)


# A header table names the plan's facts among others (date of birth, address,
# team): at least one label in this many must be a known fact.
LABELS_KNOWN = 3


def is_label_table(block: Block, matcher: Matcher) -> bool:
    """A header table: most of the labels that table_pairs reads are known
    metadata labels, and the table is not an action table or a list of names."""
    rows = filled_rows(block)
    if not rows:
        return False
    if not is_horizontal(block) and any(not paired_cells(r) for r in rows):
        return False
    labels = [label for label, _ in table_pairs(block)]
    known = sum(1 for label in labels if matcher.match(label))
    return bool(labels) and known >= max(1, len(labels) // LABELS_KNOWN)


def record(metadata: Metadata, matcher: Matcher, label: str, value: TextField,
           in_header: bool = False) -> bool:
    """Store a labelled value on the metadata; return whether the label was known.

    In the plan's header, "Review child protection conference: 20 January"
    is the conference that agreed this plan, not the next review."""
    key = matcher.match(label)
    if key is None or (key == "review_date" and DEADLINE_LABEL.search(label)):
        return False
    if key == "conference_date" and not looks_like_date(value.text) and \
            conference_type(value.text) is None:
        # "Conference chair: Graham Lyle" names someone at the conference,
        # not when it was: kept aside, never the plan's date.
        key = "conference_detail"
    if key == "review_date" and in_header and NEXT.search(label) is None and \
            metadata.conference_date is None:
        key, metadata.conference_type = "conference_date", "review"
    elif key == "conference_date" and is_later_review(metadata, label, value):
        # "ICPC: 16/07/2026; RCPC: 14.10.26": once the plan's own conference is
        # known, a review conference dated after it is the next review.
        key = "review_date"
    if key == "conference_date" and metadata.conference_type is None:
        # "Conference: Initial child protection conference, 9 February 2026"
        metadata.conference_type = conference_type(label) or conference_type(value.text)
    if key == "review_date" and metadata.review_date is not None and \
            looks_like_date(value.text) and not looks_like_date(metadata.review_date.text):
        # "Review number: 1" then "Next review meeting: 31 March": the one
        # with a date is the review; the other is kept aside.
        metadata.other.setdefault("review_date_undated", metadata.review_date)
        metadata.review_date = value
    elif getattr(metadata, key, None) is None and key in Metadata.model_fields:
        setattr(metadata, key, value)
    else:
        # A second value for a known key ("Review conference date: 3 Feb" and
        # "Next review conference: 4 Aug") is kept for the timeline to weigh.
        metadata.other.setdefault(key if key not in Metadata.model_fields else f"{key}_2", value)
    return True


def is_later_review(metadata: Metadata, label: str, value: TextField) -> bool:
    """A review conference's date after the plan's conference, with no review
    date yet: "Date of review conference: 19 October 2026" under an ICPC."""
    if metadata.conference_date is None or metadata.review_date is not None or \
            conference_type(label) != "review":
        return False
    held, review = parse_date(metadata.conference_date.text), parse_date(value.text)
    return held is not None and review is not None and review > held


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
