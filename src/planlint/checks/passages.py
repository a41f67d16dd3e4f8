"""The text of a plan as the family reads it, in document order, for the
language rules (checks/language.py).

A Passage is a piece of text with the place to point a finding at: an action's
field, a whole prose action (the sentence), or what is left of a section once
its actions are taken out. Each keeps where every character of its text came
from (SourceText: runs copied from a block's or a table cell's text), so that a
finding on a few words inside it points at those words: a Markdown line and
column, a Word paragraph or cell and the offset in its text. The header facts
(metadata) are given separately: they can explain an acronym but are not
flagged.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import takewhile
from typing import Protocol

from ..model import Action, BlockKind, Cell, Location, Plan, Section, SectionKind, TextField

# The parts of an action, in the order a row or bullet usually gives them.
FIELDS = ("outcome", "task", "owner", "deadline", "frequency", "evidence")
ACTION_SECTIONS = {SectionKind.ACTIONS, SectionKind.OUTCOMES}


# ------------------------------------------------------------ where words are


class Origin(Protocol):
    """Text as the reader gave it, that can place any span of itself: a Block,
    or a Placed cell."""

    text: str

    def location_of(self, start: int, end: int) -> Location: ...


@dataclass(frozen=True)
class Placed:
    """Text whose start is known but not where each character is: a table cell
    (the reader keeps no positions in one), or a field found in no block."""

    text: str
    location: Location

    def location_of(self, start: int, end: int) -> Location:
        """A Word offset counts characters of the paragraph's or cell's text, so
        it moves with the span. A Markdown column moves with it only where the
        text stands in the source as it is (its width on its line is its
        length: no markup); otherwise the span is placed at the text's start."""
        loc = self.location
        update: dict = {"offset": (loc.offset or 0) + start, "length": end - start}
        if loc.line is not None and loc.column is not None:
            if loc.end_line == loc.line and loc.end_column == loc.column + len(self.text):
                column = loc.column + start
                update.update(column=column, end_column=loc.column + end,
                              ref=f"line {loc.line}, column {column}")
        return loc.model_copy(update=update)


@dataclass(frozen=True)
class Run:
    """Characters of a SourceText copied from an origin: text[at:at + length]
    is origin.text[start:start + length]."""

    at: int
    origin: Origin
    start: int
    length: int


@dataclass(frozen=True)
class SourceText:
    """A string that remembers where its characters came from. What is not in
    a run (a separator put between two pieces) came from nowhere."""

    text: str
    runs: tuple[Run, ...] = ()

    @classmethod
    def of(cls, origin: Origin, start: int = 0, end: int | None = None) -> SourceText:
        end = len(origin.text) if end is None else end
        runs = (Run(0, origin, start, end - start),) if end > start else ()
        return cls(origin.text[start:end], runs)

    @classmethod
    def join(cls, separator: str, parts: Iterable[SourceText]) -> SourceText:
        texts, runs, at = [], [], 0
        for part in parts:
            if texts:
                texts.append(separator)
                at += len(separator)
            texts.append(part.text)
            runs.extend(Run(at + r.at, r.origin, r.start, r.length) for r in part.runs)
            at += len(part.text)
        return cls("".join(texts), tuple(runs))

    @cached_property
    def starts(self) -> list[int]:
        return [run.at for run in self.runs]

    def runs_in(self, start: int, end: int) -> list[Run]:
        """The runs that hold some of text[start:end], in order."""
        found = []
        for run in self.runs[max(0, bisect.bisect_right(self.starts, start) - 1):]:
            if run.at >= end:
                break
            if run.at + run.length > start:
                found.append(run)
        return found

    def slice(self, start: int, end: int) -> SourceText:
        runs = []
        for run in self.runs_in(start, end):
            lo, hi = max(start, run.at), min(end, run.at + run.length)
            runs.append(Run(lo - start, run.origin, run.start + lo - run.at, hi - lo))
        return SourceText(self.text[start:end], tuple(runs))

    def split(self, separator: str) -> list[SourceText]:
        pieces, start = [], 0
        while (found := self.text.find(separator, start)) >= 0:
            pieces.append(self.slice(start, found))
            start = found + len(separator)
        return pieces + [self.slice(start, len(self.text))]

    def squash(self) -> SourceText:
        """Words joined by single spaces (as `squash`)."""
        return SourceText.join(" ", (self.slice(m.start(), m.end())
                                     for m in re.finditer(r"\S+", self.text)))

    def lines(self) -> list[SourceText]:
        return self.split("\n")

    def location_of(self, start: int, end: int) -> Location | None:
        """Where text[start:end] stands: from its first character with an origin
        to its last in the same origin (None if it has none)."""
        runs = self.runs_in(start, end)
        if not runs:
            return None
        origin = runs[0].origin
        same = list(takewhile(lambda r: r.origin is origin, runs))
        begin = runs[0].start + max(0, start - runs[0].at)
        last = same[-1]
        finish = last.start + min(end, last.at + last.length) - last.at
        return origin.location_of(begin, max(begin, finish))


def section_source(section: Section) -> SourceText:
    """The section's text rebuilt from its blocks (as the layout joins them: a
    table row's cells with spaces, blocks and rows on lines of their own), each
    character traced to its block or cell. A section built without its blocks
    has only its heading to point at."""
    if not section.blocks:
        return SourceText.of(Placed(section.text, section.location))
    chunks = []
    for block in section.blocks:
        if block.kind == BlockKind.TABLE:
            chunks.append(SourceText.join("\n", (
                SourceText.join(" ", (SourceText.of(cell_origin(c)) for c in row))
                for row in block.rows)))
        else:
            chunks.append(SourceText.of(block))
    joined = SourceText.join("\n", (rstripped(c) for c in chunks))
    return joined.slice(len(joined.text) - len(joined.text.lstrip()), len(joined.text))


def rstripped(text: SourceText) -> SourceText:
    return text.slice(0, len(text.text.rstrip()))


def cell_origin(cell: Cell) -> Placed:
    return Placed(cell.text, cell.location)


class Origins:
    """The blocks and cells of a plan's sections, found by the place a field
    names (a Word paragraph or cell, a Markdown line or cell)."""

    def __init__(self, plan: Plan):
        self.by_place: dict[tuple, list[Origin]] = {}
        for section in plan.sections:
            for block in section.blocks:
                if block.kind == BlockKind.TABLE:
                    for cell in (c for row in block.rows for c in row):
                        self.add(place_key(cell.location), cell_origin(cell))
                elif block.location.paragraph is not None or block.location.line is None:
                    self.add(place_key(block.location), block)
                else:  # a Markdown block is found by any of its lines
                    for line in range(block.location.line, (block.location.end_line or
                                                            block.location.line) + 1):
                        self.add(("line", line), block)

    def add(self, key: tuple, origin: Origin) -> None:
        self.by_place.setdefault(key, []).append(origin)

    def source(self, field: TextField) -> SourceText:
        """The field's text traced to the block or cell it was read from, at
        the place the field names; a field found nowhere keeps its own start."""
        for origin in self.by_place.get(place_key(field.location), ()):
            start = start_in(origin, field)
            if start is not None:
                return SourceText.of(origin, start, start + len(field.text))
        return SourceText.of(Placed(field.text, field.location))


def place_key(location: Location) -> tuple:
    if location.cell is not None:
        return ("cell", location.table, location.row, location.cell)
    if location.paragraph is not None:
        return ("paragraph", location.paragraph)
    return ("line", location.line)


PLACE = ("line", "column", "paragraph", "table", "row", "cell")


def start_in(origin: Origin, field: TextField) -> int | None:
    """Where the field's text starts in the origin's: at the field's own offset
    when it has one there, else at the occurrence that stands where it does."""
    text, wanted = origin.text, field.location
    offset = wanted.offset
    if offset is not None and text.startswith(field.text, offset) and \
            same_place(origin.location_of(offset, offset + len(field.text)), wanted):
        return offset
    start = text.find(field.text)
    while start >= 0:
        if same_place(origin.location_of(start, start + len(field.text)), wanted):
            return start
        start = text.find(field.text, start + 1)
    return None


def same_place(a: Location, b: Location) -> bool:
    """Whether two locations start at one place. In Word their readable forms
    must agree too: that helps tell apart the paragraphs and tables of content
    controls, which have no index. (A Markdown ref also says how much of a
    line is meant, so it is not compared.)"""
    return all(getattr(a, name) == getattr(b, name) for name in PLACE) and \
        (a.line is not None or a.ref == b.ref)


@dataclass(frozen=True)
class Passage:
    source: SourceText
    location: Location  # the whole passage's place
    section: Section | None = None  # the section it sits in, where known
    action_index: int | None = None  # 1-based, when the text is (part of) an action
    # The action's field ("task"), "action" for a whole prose action, "residue"
    # for what is left of a section that holds actions, None for a section.
    part: str | None = None

    @property
    def text(self) -> str:
        return self.source.text

    def locate(self, start: int, end: int, within: SourceText | None = None) -> Location:
        """Where text[start:end] stands in the plan: offsets into the passage's
        text, or into `within` (its prose()); the passage's own place for
        words that came from nowhere."""
        found = (within or self.source).location_of(start, end)
        return found if found is not None else self.location

    def prose(self) -> SourceText:
        """The text as sentences: a residue keeps only its lines that end like
        a sentence (a table's header row, a goal heading or the words between
        a prose action's fields are not sentences)."""
        if self.part != "residue":
            return self.source
        return SourceText.join("\n", (line for line in self.source.lines()
                                      if re.search(r"\w", line.text)
                                      and line.text.rstrip(" \"'’”)").endswith((".", "!", "?"))))


def squash(text: str) -> str:
    return " ".join(text.split())


def action_parts(action: Action) -> list[tuple[str, TextField]]:
    """An action's fields in document order (by their locations)."""
    parts = [(name, getattr(action, name)) for name in FIELDS if getattr(action, name)]
    return sorted(parts, key=lambda p: location_key(p[1].location))


def location_key(location: Location) -> tuple:
    return tuple(v if v is not None else -1 for v in (
        location.table, location.row, location.paragraph, location.line, location.cell,
        location.column, location.offset))


def action_passages(action: Action, section: Section | None, seen: set[tuple],
                    origins: Origins) -> list[Passage]:
    """A prose action is one sentence: one passage. Any other layout gives each
    field its own; the same words in the same place once (an outcome carried
    down to each row of its group, a goal that is also the evidence)."""
    found = []
    for name, field in action_parts(action):
        if action.layout == "prose" and name != "outcome":
            continue  # the sentence as a whole, below
        key = (field.text, location_key(field.location))
        if key in seen:
            continue
        seen.add(key)
        found.append(Passage(origins.source(field), field.location, section, action.index, name))
    if action.layout == "prose":
        whole = TextField(text=action.text, location=action.location)
        found.append(Passage(origins.source(whole), action.location, section, action.index,
                             "action"))
    return found


def action_texts(action: Action) -> list[str]:
    texts = [action.text] if action.layout == "prose" else []
    return texts + [field.text for _, field in action_parts(action)]


def holds(body: str, action: Action) -> bool:
    """Whether the action is written inside the section whose squashed text is
    `body` (its words are there)."""
    first = action.task or action.owner or action.evidence
    probe = squash(action.text if action.layout == "prose" else (first.text if first else ""))
    return bool(probe) and probe in body


def residue(section: Section, actions: list[Action]) -> SourceText:
    """The section's text less its actions' words: headings, notes, table heads."""
    source = section_source(section)
    pieces = {piece for action in actions for piece in action_texts(action) if piece.strip()}
    # Blanked, not cut out: every other character keeps its place (and its run).
    rest = SourceText(blanked(source.text, pieces), source.runs)
    return SourceText.join("\n", (line for line in (l.squash() for l in rest.lines())
                                  if line.text))


def blanked(text: str, pieces: Iterable[str]) -> str:
    """The text with each occurrence of each piece turned to spaces, longest
    first (a whole sentence before its parts), where no longer one was."""
    taken = bytearray(len(text))  # 1 where a piece was blanked
    spans = []
    for piece in sorted(pieces, key=lambda p: (-len(p), p)):
        start = text.find(piece)
        while start >= 0:
            end = start + len(piece)
            if taken.find(1, start, end) < 0:
                taken[start:end] = b"\x01" * len(piece)
                spans.append((start, end))
                start = text.find(piece, end)
            else:
                start = text.find(piece, start + 1)
    out, at = [], 0
    for start, end in sorted(spans):
        out += [text[at:start], " " * (end - start)]
        at = end
    return "".join(out) + text[at:]


def plan_passages(plan: Plan) -> list[Passage]:
    """Every passage of the plan's sections and actions, in document order.

    Each action is placed in the section whose text holds it; actions found in
    no section go where the first actions section is (or at the end)."""
    placed: set[int] = set()
    by_section: list[tuple[Section, list[Action]]] = []
    for section in plan.sections:
        body = squash(section.text)
        members = [a for a in plan.actions if a.index not in placed and holds(body, a)]
        placed.update(a.index for a in members)
        by_section.append((section, members))
    loose = [a for a in plan.actions if a.index not in placed]
    if loose:
        home = next((i for i, (s, _) in enumerate(by_section) if s.kind in ACTION_SECTIONS),
                    None)
        if home is None:
            by_section.append((None, loose))
        else:
            section, members = by_section[home]
            by_section[home] = (section, sorted(members + loose, key=lambda a: a.index))
    origins = Origins(plan)
    found: list[Passage] = []
    seen_outcomes: set[tuple] = set()
    for section, members in by_section:
        if section is not None:
            rest = residue(section, members) if members else section_source(section)
            if rest.text.strip():
                found.append(Passage(rest, section.location, section,
                                     part="residue" if members else None))
        for action in members:
            found.extend(action_passages(action, section, seen_outcomes, origins))
    return found


def metadata_passages(plan: Plan) -> list[Passage]:
    """The header facts (title, children, core group, ...) as passages."""
    meta = plan.metadata
    fields = [getattr(meta, name) for name in type(meta).model_fields
              if isinstance(getattr(meta, name), TextField)]
    fields += list(meta.other.values())
    return [Passage(SourceText.of(Placed(f.text, f.location)), f.location)
            for f in fields if f.text.strip()]


# ------------------------------------------------------------------ sentences

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Mx|Prof|St|No|approx|etc|e\.g|i\.e|incl|tel|vs)\.$", re.I)
# From the first of a run of stops only (a try from each of "....." would scan the rest).
SENTENCE_END = re.compile(r"(?<![.!?])[.!?]+[\"'’”)]*\s+(?=[\"'‘“(]?[A-Z0-9])")
WORD = re.compile(r"[A-Za-z0-9£$][\w'’£$%&./:-]*")


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) for each sentence: lines are separate (paragraphs,
    bullets, cells); within a line a sentence ends at . ! or ? before a capital."""
    found: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        start = 0
        for match in SENTENCE_END.finditer(line):
            if ABBREVIATIONS.search(line[start:match.start() + 1]):
                continue
            found.extend(stripped(line[start:match.end()], offset + start))
            start = match.end()
        found.extend(stripped(line[start:], offset + start))
        offset += len(line) + 1
    return found


def stripped(piece: str, offset: int) -> list[tuple[int, str]]:
    """The piece without its surrounding spaces, at the offset of its first word."""
    text = piece.strip()
    return [(offset + piece.index(text), text)] if text else []


def words(text: str) -> list[str]:
    return WORD.findall(text)
