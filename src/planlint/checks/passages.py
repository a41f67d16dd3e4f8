"""The text of a plan as the family reads it, in document order, for the
language rules (checks/language.py).

A Passage is a piece of text with the place to point a finding at: an action's
field (its own exact location), a whole prose action (the sentence), or what is
left of a section once its actions are taken out (the section's heading: a
section keeps no location per word). The header facts (metadata) are given
separately: they can explain an acronym but are not flagged.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Action, Location, Plan, Section, SectionKind, TextField

# The parts of an action, in the order a row or bullet usually gives them.
FIELDS = ("outcome", "task", "owner", "deadline", "frequency", "evidence")
ACTION_SECTIONS = {SectionKind.ACTIONS, SectionKind.OUTCOMES}


@dataclass(frozen=True)
class Passage:
    text: str
    location: Location
    section: Section | None = None  # the section it sits in, where known
    action_index: int | None = None  # 1-based, when the text is (part of) an action
    # The action's field ("task"), "action" for a whole prose action, "residue"
    # for what is left of a section that holds actions, None for a section.
    part: str | None = None

    def prose(self) -> str:
        """The text as sentences: a residue keeps only its lines that end like
        a sentence (a table's header row, a goal heading or the words between
        a prose action's fields are not sentences)."""
        if self.part != "residue":
            return self.text
        return "\n".join(line for line in self.text.split("\n")
                         if re.search(r"\w", line)
                         and line.rstrip(" \"'’”)").endswith((".", "!", "?")))


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


def action_passages(action: Action, section: Section | None, seen: set[tuple]) -> list[Passage]:
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
        found.append(Passage(field.text, field.location, section, action.index, name))
    if action.layout == "prose":
        found.append(Passage(action.text, action.location, section, action.index, "action"))
    return found


def action_texts(action: Action) -> list[str]:
    texts = [action.text] if action.layout == "prose" else []
    return texts + [field.text for _, field in action_parts(action)]


def holds(section: Section, action: Action) -> bool:
    """Whether the action is written inside the section (its words are there)."""
    body = squash(section.text)
    first = action.task or action.owner or action.evidence
    probe = squash(action.text if action.layout == "prose" else (first.text if first else ""))
    return bool(probe) and probe in body


def residue(section: Section, actions: list[Action]) -> str:
    """The section's text less its actions' words: headings, notes, table heads."""
    text = section.text
    pieces = {piece for action in actions for piece in action_texts(action) if piece.strip()}
    for piece in sorted(pieces, key=len, reverse=True):  # whole sentences before their parts
        text = text.replace(piece, " ")
    return "\n".join(line for line in (squash(l) for l in text.split("\n")) if line)


def plan_passages(plan: Plan) -> list[Passage]:
    """Every passage of the plan's sections and actions, in document order.

    Each action is placed in the section whose text holds it; actions found in
    no section go where the first actions section is (or at the end)."""
    placed: set[int] = set()
    by_section: list[tuple[Section, list[Action]]] = []
    for section in plan.sections:
        members = [a for a in plan.actions if a.index not in placed and holds(section, a)]
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
    found: list[Passage] = []
    seen_outcomes: set[tuple] = set()
    for section, members in by_section:
        if section is not None:
            rest = residue(section, members) if members else section.text
            if rest.strip():
                found.append(Passage(rest, section.location, section,
                                     part="residue" if members else None))
        for action in members:
            found.extend(action_passages(action, section, seen_outcomes))
    return found


def metadata_passages(plan: Plan) -> list[Passage]:
    """The header facts (title, children, core group, ...) as passages."""
    meta = plan.metadata
    fields = [getattr(meta, name) for name in type(meta).model_fields
              if isinstance(getattr(meta, name), TextField)]
    fields += list(meta.other.values())
    return [Passage(f.text, f.location) for f in fields if f.text.strip()]


# ------------------------------------------------------------------ sentences

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Mx|Prof|St|No|approx|etc|e\.g|i\.e|incl|tel|vs)\.$", re.I)
SENTENCE_END = re.compile(r"[.!?]+[\"'’”)]*\s+(?=[\"'‘“(]?[A-Z0-9])")
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
            piece = line[start:match.end()].strip()
            if piece:
                found.append((offset + start, piece))
            start = match.end()
        piece = line[start:].strip()
        if piece:
            found.append((offset + start, piece))
        offset += len(line) + 1
    return found


def words(text: str) -> list[str]:
    return WORD.findall(text)
