"""The data that flows through planlint, one stage to the next.

file bytes --reader--> Document --layout--> Plan --nlp + checks--> Finding --report--> output

Document and Block are what a reader knows (text and where it came from);
Plan and Action are what a plan means; Finding is what a check says.
"""
from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Location(BaseModel):
    """Where a piece of text sits in its source file.

    Markdown fills line/column (1-based); Word fills table/row/cell or paragraph
    (0-based indices into the document body, in reading order) and offset/length
    within that cell or paragraph's text. `ref` is always a readable form.
    """

    model_config = ConfigDict(frozen=True)

    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    paragraph: int | None = None
    offset: int | None = None
    length: int | None = None
    ref: str | None = None

    def describe(self) -> str:
        if self.line is not None:
            return f"{self.line}:{self.column or 1}"
        return self.ref or "?"


# ---------------------------------------------------------------- Document


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"


class Cell(BaseModel):
    """One table cell. Merged cells appear once: `column` is the first grid column
    the cell covers and `span` how many it covers. A cell continuing a vertical
    merge has the text of the cell that starts it, at its own location."""

    text: str
    location: Location
    column: int = 0
    span: int = 1


class Block(BaseModel):
    """One structural unit of a document: a heading, paragraph, list item or table.

    `positions` maps each character of `text` to its source Location, so that a
    span found inside the text (an inline field, a sentence) keeps its exact place.
    Readers fill it where they can (Markdown: line/column of each character).
    """

    kind: BlockKind
    text: str = ""
    location: Location
    level: int = 0  # heading level, or list depth
    ordered: bool = False
    rows: list[list[Cell]] = Field(default_factory=list)  # tables only
    positions: list[tuple[int, int]] | None = None  # (line, column) per character

    def location_of(self, start: int, end: int) -> Location:
        """Location of text[start:end] (character offsets in `text`)."""
        if self.positions and 0 <= start < len(self.positions):
            line, col = self.positions[start]
            last = self.positions[max(start, min(end, len(self.positions)) - 1)]
            return self.location.model_copy(
                update={"line": line, "column": col, "end_line": last[0],
                        "end_column": last[1] + 1, "offset": start, "length": end - start,
                        "ref": f"line {line}, column {col}"})
        return self.location.model_copy(update={"offset": start, "length": end - start})


class Directive(BaseModel):
    """An instruction to planlint written in the plan itself: a Markdown comment
    (`<!-- planlint-disable PL301 -->`) or a Word comment ("planlint: ignore PL301").

    `text` is the comment's text without the comment markers. `location` is where
    the comment is: its line and column range in Markdown; in Word the paragraph or
    cell it is anchored on. `covers` (Word only) lists every paragraph and cell the
    comment's range touches, in document order; Markdown comments act by line.
    """

    model_config = ConfigDict(frozen=True)

    text: str
    location: Location
    covers: tuple[Location, ...] = ()


class Document(BaseModel):
    path: str
    format: Literal["markdown", "docx"]
    blocks: list[Block]
    directives: list[Directive] = Field(default_factory=list)


# -------------------------------------------------------------------- Plan


class TextField(BaseModel):
    """A piece of a plan: the text as it stands in the source and where it is."""

    text: str
    location: Location


class Due(BaseModel):
    """A deadline resolved against the plan's dates: due by a day, starting on
    a day, and/or recurring every so many days."""

    by: date | None = None
    starts: date | None = None
    every_days: float | None = None
    kind: Literal["date", "interval", "event", "immediate", "frequency"]


class Action(BaseModel):
    """One thing someone is to do: who (owner), what (task), by when (deadline),
    how we will know it worked (evidence)."""

    index: int  # 1-based, document order
    task: TextField | None = None
    owner: TextField | None = None
    deadline: TextField | None = None
    evidence: TextField | None = None
    frequency: TextField | None = None
    outcome: TextField | None = None  # the goal or "what needs to change" it serves
    text: str  # the whole action as written (row, item or sentence)
    location: Location
    layout: Literal["table", "inline", "prose", "list"]
    due: Due | None = None  # the deadline on the calendar, where it can be resolved
    # Whether the layout gives this action its own place for a part. Where it
    # does, an empty place is a missing part (annotation guide: evidence_missing).
    slots: list[Literal["owner", "deadline", "evidence"]] = Field(default_factory=list)
    # Cells of columns that are none of the four parts (a progress note, a
    # RAG status, a score, a date completed, comments), by kind: kept with the
    # action, never read as its owner, task, deadline or evidence.
    extras: dict[str, TextField] = Field(default_factory=dict)


class SectionKind(str, Enum):
    WORRIES = "worries"
    WORKING_WELL = "working_well"
    OUTCOMES = "outcomes"
    ACTIONS = "actions"
    CHILD_VIEWS = "child_views"
    PARENT_VIEWS = "parent_views"
    CONTINGENCY = "contingency"
    REVIEW = "review"
    CORE_GROUP = "core_group"
    OTHER = "other"


class Section(BaseModel):
    kind: SectionKind
    title: str
    text: str
    location: Location
    # The blocks `text` was read from, in order, so that words found in the
    # text can be placed exactly (checks/passages.py). Not part of any output.
    blocks: list[Block] = Field(default_factory=list, exclude=True, repr=False)


class Metadata(BaseModel):
    title: TextField | None = None
    children: TextField | None = None
    category: TextField | None = None
    conference_date: TextField | None = None
    conference_type: Literal["initial", "review"] | None = None
    lead_professional: TextField | None = None
    core_group: TextField | None = None
    review_date: TextField | None = None
    first_core_group: TextField | None = None
    language: TextField | None = None
    other: dict[str, TextField] = Field(default_factory=dict)


class Timeline(BaseModel):
    """The plan's own dates, resolved from its metadata (day first)."""

    conference: date | None = None
    review: date | None = None
    first_core_group: date | None = None


class Plan(BaseModel):
    path: str
    format: Literal["markdown", "docx"]
    metadata: Metadata = Field(default_factory=Metadata)
    timeline: Timeline = Field(default_factory=Timeline)
    sections: list[Section] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    # The document's instructions to planlint (suppression comments), as read.
    directives: list[Directive] = Field(default_factory=list)
    # Places the layout reader could not read as actions or facts: a table in
    # an action section, or an action section that gave no actions (PL520).
    unread: list[TextField] = Field(default_factory=list)

    def sections_of(self, kind: SectionKind) -> list[Section]:
        return [s for s in self.sections if s.kind == kind]


# ---------------------------------------------------------------- Findings


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Finding(BaseModel):
    code: str
    name: str
    severity: Severity
    message: str
    suggestion: str
    location: Location
    action_index: int | None = None  # 1-based index into plan.actions; None for plan-level
    quote: str | None = None  # the words the finding is about, when it is about words
