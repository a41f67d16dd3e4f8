"""Document -> Plan: find the sections, the metadata and the actions.

Each layout has its own module: action tables (tables.py), inline-labelled
bullets (fields.py) and sentences (prose.py). This module walks the blocks in
order and hands each to the one that fits.
"""
from __future__ import annotations

import re

from ..catalogue import Catalogue
from ..lexicon import Lexicon
from ..model import (Action, Block, BlockKind, Document, Metadata, Plan, Section,
                     SectionKind, TextField)
from . import metadata as meta
from .fields import (ItemReader, Labelled, OwnerLead, label_pattern, leads_a_task, single_label,
                     task_text)
from .headers import WHOLE, Matcher
from .prose import Prose, blank_numbering, next_sentence, numbering_length
from .tables import action_rows

# Sections whose sentences are plan actions; elsewhere (worries, contingency,
# child's views) a "will" is not an action of the plan.
ACTION_SECTIONS = {SectionKind.ACTIONS, SectionKind.OUTCOMES}
# Parts an item's own sub-items may give ("- Who: ...", "- By when: ...").
# Word lists (rules/layout.yaml) of table columns that are none of the parts.
EXTRA_COLUMN_LISTS = "extra_column_"
ITEM_PARTS = ("owner", "deadline", "evidence", "frequency")
# "Safety goal 1: ...", "Goal 2 – ...", "Outcome 3 - ...": a label, then the goal.
GOAL_SEPARATOR = re.compile(r"(?<!\s)\s*(?::|\s[–—-])\s*")  # from a run's start: linear
# "Safety goal 1", "Goal 2:", "Outcome 3 –": a goal label with no goal after it.
# The label holds a letter (the first one found is kept: atomic) and ends on
# a character that is not a space, and the spaces around the separator are
# not two runs side by side: so no run of spaces is scanned again from each
# of its characters (quadratic).
GOAL_LABEL_ONLY = re.compile(r"^(?P<label>(?>[^:–—]*?[^\W\d])(?:[^:–—]*?[^:–—\s])??)"
                             r"(?P<number>\s+\d+[.)]?)?\s*(?:(?P<sep>[:–—-])\s*)?$")


class Layout:
    """The vocabulary for reading plans, built once from the catalogue."""

    def __init__(self, catalogue: Catalogue):
        headers = catalogue.headers
        self.fields = Matcher(headers.fields, headers.field_keywords)
        self.sections = Matcher(headers.sections)
        self.metadata = Matcher(headers.metadata)
        extras = {name.removeprefix(EXTRA_COLUMN_LISTS): catalogue.list(name)
                  for name in catalogue.lists if name.startswith(EXTRA_COLUMN_LISTS)}
        self.extra_columns = Matcher(extras)
        # The same kinds by their single words, for a note's label ("How Ben
        # scores this now: 3 out of 10").
        self.extra_notes = Matcher(extras, {kind: [w for w in words if " " not in w]
                                            for kind, words in extras.items()})
        self.labels = label_pattern(self.fields)
        self.items = ItemReader(catalogue, self.fields)
        self.lexicon = Lexicon(catalogue)
        self.prose = Prose(catalogue.list("evidence_markers"),
                           catalogue.list("vague_deadlines"),
                           catalogue.list("time_words"))

    def build(self, document: Document, parser) -> Plan:
        return _Builder(self, document, parser).build()


class _Builder:
    """One pass over a document's blocks, keeping the current section and goal."""

    def __init__(self, layout: Layout, document: Document, parser):
        self.layout = layout
        self.document = document
        self.parser = parser
        self.plan = Plan(path=document.path, format=document.format, metadata=Metadata(),
                         directives=list(document.directives))
        self.kind: SectionKind | None = None
        self.section: Section | None = None
        self.outcome: TextField | None = None
        # A goal heading with no goal text waits for the paragraph that states it.
        self.awaiting_goal = False
        # Goals a label names as goals, by id() (the dict keeps them alive).
        self.stated_goals: dict[int, TextField] = {}
        self.section_level = 0  # heading level of the current section
        self.position = 0  # index of the block being read, for document order
        # Sentences wait to be parsed in one batch: (position, block, section, goal).
        self.pending_prose: list[tuple[int, Block, SectionKind | None, TextField | None]] = []
        self.found: list[tuple[tuple[int, int], Action]] = []
        self.action_sections: dict[int, int] = {}  # id(action) -> its section's number
        # The owner named by a heading ("Dad will:") and that heading's level.
        self.scope_owner: TextField | None = None
        self.scope_level = 0
        self.owners: dict[int, TextField] = {}  # block position -> owner from its heading
        self.explicit: dict[int, Labelled] = {}  # block position -> inline parts for prose
        self.led: dict[int, tuple[OwnerLead, object]] = {}  # position -> owner, parsed task text
        self.block_sections: dict[int, int] = {}  # block position -> index of its section
        # A goal's own "We will know ... when": group -> (goal, evidence).
        self.goal_evidence: dict[tuple, tuple[TextField | None, TextField]] = {}
        self.action_groups: dict[int, tuple] = {}  # id(action) -> its goal's group
        # Parts given by sub-items, by the position of the item they sit under.
        self.sub_fields: dict[int, dict[str, TextField | None]] = {}
        self.parent_item: tuple[int, int, int] | None = None  # position, level, last position
        self.steps_scan: tuple[int, int | None] | None = None  # section, its next step's position

    def build(self) -> Plan:
        for self.position, block in enumerate(self.document.blocks):
            handler = {BlockKind.HEADING: self.heading, BlockKind.TABLE: self.table}.get(
                block.kind, self.text)
            handler(block)
        self.flush_prose()
        self.fold_sub_fields()
        self.apply_goal_evidence()
        self.found.sort(key=lambda entry: entry[0])
        self.plan.actions = [action for _, action in self.found]
        share_inline_slots(self.plan.actions, self.action_sections)
        for index, action in enumerate(self.plan.actions, 1):
            action.index = index
        if not self.plan.actions:
            # A plan section that gave no actions: its layout was not understood.
            self.plan.unread += [TextField(text=s.title, location=s.location)
                                 for s in self.plan.sections if s.kind in ACTION_SECTIONS][:1]
        return self.plan

    # ------------------------------------------------------------ headings

    def heading(self, block: Block) -> None:
        text = block.text.strip()
        first_top = self.plan.metadata.title is None and block.level == 1
        if not self.plan.sections and (first_top or self.names_document(text)):
            # The document's first top heading is its title ("Child protection
            # plan"), not the start of a section; so is a heading under the
            # council's name that names the document.
            self.plan.metadata.title = TextField(text=text, location=block.location)
            return
        self.awaiting_goal = False
        if block.level <= self.scope_level:
            self.scope_owner, self.scope_level = None, 0
        owner = self.layout.items.heading_owner(block)
        if owner is not None:
            # "Rebecca (Mum) will:": a place and an owner, not an outcome.
            self.scope_owner, self.scope_level, self.outcome = owner, block.level, None
            if self.kind not in ACTION_SECTIONS:
                self.open_section(SectionKind.ACTIONS, text, block)
            return
        stated = self.goal_heading(block)
        if stated is None and self.goal_label_only(block):
            # "### Safety goal 1": the goal is the paragraph under it.
            self.outcome, self.awaiting_goal = None, True
            if self.kind not in ACTION_SECTIONS:
                self.open_section(SectionKind.ACTIONS, text, block)
            return
        goal = stated or self.subheading_goal(block)
        if stated is not None:
            self.stated_goals[id(stated)] = stated
        if goal is not None:
            self.outcome = goal
            if self.kind not in ACTION_SECTIONS:
                self.open_section(SectionKind.ACTIONS, text, block)
            return
        # Steps in a subsection of a goal's section ("Our rules to reach the
        # goal") serve the goal stated above them.
        keeps_goal = self.kind == SectionKind.OUTCOMES and block.level > self.section_level \
            and id(self.outcome) in self.stated_goals
        self.open_section(self.section_kind(text), text, block)
        if not (keeps_goal and self.kind in ACTION_SECTIONS):
            self.outcome = None

    def names_document(self, heading: str) -> bool:
        return self.layout.lexicon.find("document_titles", heading) is not None

    def section_kind(self, heading: str) -> SectionKind:
        """What a section holds, from its heading: a synonym from headers.yaml,
        else a heading about views ("Jade and Mason's views", "What Skye has
        told us"), the parents' when it names them; a heading of only the
        children's names introduces what they said."""
        kind = self.layout.sections.match(heading)
        lexicon = self.layout.lexicon
        if kind in (None, SectionKind.ACTIONS.value) and lexicon.find("contingency_headings", heading):
            # "What will happen if the plan doesn't work" holds an action
            # heading's words ("What will happen") but asks what happens if.
            return SectionKind.CONTINGENCY
        if kind == SectionKind.CHILD_VIEWS.value and (
                lexicon.find("parent_words", heading) or self.names_only_adults(heading)):
            return SectionKind.PARENT_VIEWS  # "What matters to Tomos's dad"
        if kind:
            return SectionKind(kind)
        if lexicon.find("views_words", heading):
            if lexicon.find("parent_words", heading) or self.names_only_adults(heading):
                return SectionKind.PARENT_VIEWS
            return SectionKind.CHILD_VIEWS
        names = child_names(self.plan.metadata)
        words = [w for w in re.findall(r"[\w']+", heading) if w.lower() not in ("and", "&")]
        if words and names and all(w.removesuffix("'s") in names for w in words):
            return SectionKind.CHILD_VIEWS
        return SectionKind.OTHER

    def names_only_adults(self, heading: str) -> bool:
        """A views heading that names people, none of them the children ("What
        Laura and Craig say"): the family's views, not the child's."""
        children = child_names(self.plan.metadata)
        words = heading.split()
        named = {w.removesuffix("'s").strip(",:?") for i, w in enumerate(words)
                 if w[:1].isupper() and (i > 0 or w.endswith("'s"))}
        return bool(children) and bool(named) and not named & children

    def goal_heading(self, block: Block) -> TextField | None:
        """ "Safety goal 1: Rosie is cared for by a sober adult" names the goal
        that the actions under it serve."""
        match = GOAL_SEPARATOR.search(block.text)
        if match is None or not block.text[match.end():].strip():
            return None
        if self.layout.fields.match(strip_number(block.text[:match.start()])) != "outcome":
            return None
        start, end = match.end(), len(block.text.rstrip())
        return TextField(text=block.text[start:end], location=block.location_of(start, end))

    def goal_label_only(self, block: Block) -> bool:
        """A heading that is only a goal label: "Safety goal 1", "Goal 2:",
        "Wellbeing goal –". A number or a separator marks it as a label (a
        bare "Outcomes" is a section heading), or else it stands inside an
        action section already."""
        match = GOAL_LABEL_ONLY.match(block.text.strip())
        # A synonym, not a keyword: "Worries 1:" is no goal label.
        if match is None or self.layout.fields.scores(match["label"], fuzzy=False).get(
                "outcome", 0) < WHOLE:
            return False
        if match["number"]:
            return True
        if self.layout.sections.match(block.text, fuzzy=False) is not None:
            return False  # "What needs to change:" opens a section of goals
        return bool(match["sep"]) or self.kind in ACTION_SECTIONS

    def take_stated_goal(self, block: Block) -> bool:
        """The paragraph right under a goal label heading states the goal
        (bold or not) for the steps below it. True when it was taken."""
        if not self.awaiting_goal:
            return False
        self.awaiting_goal = False
        text = block.text.strip()
        if block.kind != BlockKind.PARAGRAPH or not text or text.endswith(":"):
            return False  # "Next steps:" introduces the steps, not the goal
        single = single_label(block, self.layout.labels, self.layout.fields)
        if single is not None and single[0] != "outcome":
            return False
        start = block.text.index(text)
        label_end = self.goal_label_end(text)  # "Goal A: ..." in a block quote
        goal = single[1] if single is not None else TextField(
            text=text[label_end:], location=block.location_of(start + label_end, start + len(text)))
        if goal is None:
            return False
        self.outcome = goal
        self.stated_goals[id(goal)] = goal
        return True

    def goal_label_end(self, text: str) -> int:
        """Where the goal starts after its label ("Safety goal 1: ", "Goal A – "),
        or 0: the goal, not its label, is the steps' evidence (guide). The label
        must be a goal synonym, so "Dad needs to change: he will ..." keeps it."""
        match = GOAL_SEPARATOR.search(text)
        if match is None or not text[match.end():].strip():
            return 0
        label = strip_number(text[:match.start()])
        if self.layout.fields.scores(label, fuzzy=False).get("outcome", 0) < WHOLE:
            return 0
        return match.end()

    def evidence_label(self, text: str) -> tuple[int, int] | None:
        """The value of a "How we will know: ..." line (an evidence synonym
        as its label), or None."""
        match = GOAL_SEPARATOR.search(text)
        if match is None or not text[match.end():].strip():
            return None
        if self.layout.fields.scores(strip_number(text[:match.start()]), fuzzy=False).get(
                "evidence", 0) < WHOLE:
            return None
        return match.end(), len(text.rstrip())

    def table_goal(self, cell: TextField) -> TextField:
        """A goal from a table (a merged group row, an outcome column) without
        its "Safety goal 1:" label."""
        start = self.goal_label_end(cell.text)
        return after_label(cell, start) if start else cell

    def is_outcome_row(self, cells: dict[str, TextField | None]) -> bool:
        """A table row with only a labelled goal ("Outcome: ...", "Goal 2 – ...")
        in its task column and no owner, date or evidence (guide: an outcome
        with its actions under it is not an action)."""
        task = cells.get("task")
        slots = ("owner", "deadline", "evidence", "frequency")
        if task is None or any(cells.get(f) for f in slots):
            return False
        return self.goal_label_end(task.text) > 0

    def subheading_goal(self, block: Block) -> TextField | None:
        """A deeper heading inside an action section that is not itself a
        known section names a goal ("Maisie and Connor live with parents who
        are not using drugs") for the actions under it."""
        if self.kind not in ACTION_SECTIONS or block.level <= self.section_level:
            return None
        if self.layout.sections.match(block.text) is not None:
            return None
        if is_views_heading(block.text, self.layout.lexicon):
            return None  # "Ben's views" under "Child protection plan" opens his views
        text = block.text.strip()
        return TextField(text=text, location=block.location) if text else None

    def open_section(self, kind: SectionKind, title: str, block: Block) -> None:
        self.section_level = block.level if block.kind == BlockKind.HEADING else 99
        self.kind = kind
        self.section = Section(kind=kind, title=title, text="", location=block.location)
        self.plan.sections.append(self.section)

    # -------------------------------------------------------- text blocks

    def text(self, block: Block) -> None:
        self.add_section_text(block.text, block)
        if self.take_stated_goal(block):
            return
        if self.sub_item_part(block):
            return
        if self.goal_statement(block):
            return
        if self.extra_note(block):
            return
        if self.owner_led(block):
            return
        if self.read_metadata_lines(block):
            return
        for label, value in meta.stated_facts(block):
            meta.record(self.plan.metadata, self.layout.metadata, label, value)
        if self.scope_owner is not None:
            self.owners[self.position] = self.scope_owner
        labelled = self.layout.items.read(block, self.kind in ACTION_SECTIONS)
        if labelled is not None and (labelled.fields.get("owner") or self.scope_owner):
            self.add_action(labelled.fields, labelled.slots, block.text, block.location, "inline")
            return
        if labelled is not None:
            # No owner among the parts: the task may name one ("Mum will ..."),
            # which the sentence parse finds.
            self.explicit[self.position] = labelled
            self.pending_prose.append((self.position, block, SectionKind.ACTIONS, self.outcome))
            return
        single = single_label(block, self.layout.labels, self.layout.fields)
        if single is not None and single[0] == "outcome":
            self.outcome = single[1]
            return
        self.pending_prose.append((self.position, block, self.kind, self.outcome))

    def goal_statement(self, block: Block) -> bool:
        """A paragraph in a section of goals, with no goal stated yet and steps
        (a list or a table) below it in that section, states the goal the
        steps serve (guide: an outcome with its actions under it is not an
        action). True when it was taken."""
        text = block.text.strip()
        if self.kind != SectionKind.OUTCOMES or self.outcome is not None or \
                block.kind != BlockKind.PARAGRAPH or not text or text.endswith(":") or \
                numbering_length(text) or self.layout.prose.opening_evidence(text) is not None:
            return False
        if not self.steps_follow():
            return False
        start = block.text.index(text) + self.goal_label_end(text)
        goal = TextField(text=block.text[start:block.text.index(text) + len(text)],
                         location=block.location_of(start, block.text.index(text) + len(text)))
        self.outcome = goal
        self.stated_goals[id(goal)] = goal
        return True

    def extra_note(self, block: Block) -> bool:
        """One "Label: value" line whose label names none of the parts but a
        score, status, progress or comment ("How Ben scores this now: 3 out
        of 10"): a note in the plan, not an action."""
        if block.kind != BlockKind.PARAGRAPH:
            return False  # a list item is an action, whatever its label ("- Note: ring ...")
        lines = list(meta.labelled_lines(block))
        if len(lines) != 1 or len(block.text.strip().splitlines()) != 1:
            return False
        label = lines[0][0]
        if max(self.layout.fields.scores(label, fuzzy=False).values(), default=0) >= WHOLE:
            return False  # a part's own label ("How we will know: ...")
        return bool(self.layout.extra_notes.scores(label, fuzzy=False))

    def introduces_list(self) -> bool:
        """Whether the block being read stands right before a list item."""
        following = self.document.blocks[self.position + 1:self.position + 2]
        return bool(following) and following[0].kind == BlockKind.LIST_ITEM

    def steps_follow(self) -> bool:
        """Whether a list or a table follows the block being read before the
        current section ends. The scan is made once per section (a long
        section of paragraphs is not scanned again from each of them)."""
        section = len(self.plan.sections)
        if self.steps_scan is None or self.steps_scan[0] != section or \
                self.steps_scan[1] is not None and self.steps_scan[1] <= self.position:
            self.steps_scan = (section, self.next_step())
        return self.steps_scan[1] is not None

    def next_step(self) -> int | None:
        """The position of the next list item or table in this section, or None."""
        for position in range(self.position + 1, len(self.document.blocks)):
            block = self.document.blocks[position]
            if block.kind == BlockKind.HEADING and block.level <= self.section_level:
                return None
            if block.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE):
                return position
        return None

    def owner_led(self, block: Block) -> bool:
        """ "Mark – Go to the group ...": an owner, a dash, then the task text,
        which waits with the sentences. Read before the header facts, whose
        "Label – Value" it resembles ("Social worker – Ask ..."): the parse of
        both sides tells them apart."""
        lead = self.layout.items.owner_lead(block)
        if lead is None or self.parser is None:
            return False
        head, task = self.parser.parse([lead.bare_owner, task_text(block.text[lead.start:lead.end])])
        if not leads_a_task(head, task, self.layout.prose, self.layout.items.people,
                            self.layout.items.verbs):
            return False
        if lead.colon and not self.layout.items.reads_as_person(head):
            return False
        self.led[self.position] = (lead, task)
        self.pending_prose.append((self.position, block, self.kind, self.outcome))
        return True

    def read_metadata_lines(self, block: Block) -> bool:
        """Header facts ("Lead social worker: Anna Webb"). True when the whole
        block is labelled lines that were all understood as metadata."""
        lines = list(meta.labelled_lines(block))
        if not lines:
            return False
        known = [meta.record(self.plan.metadata, self.layout.metadata, label, value,
                             in_header=not self.plan.sections)
                 for label, value in lines]
        if self.kind in ACTION_SECTIONS and not all(known):
            return False
        return all(known) and len(lines) == len(block.text.strip().splitlines())

    # --------------------------------------------------------------- tables

    def table(self, block: Block) -> None:
        self.awaiting_goal = False
        self.add_section_text("\n".join(" ".join(c.text for c in row) for row in block.rows), block)
        rows = action_rows(block, self.layout.fields, self.layout.extra_columns)
        if rows is None:
            if self.kind in ACTION_SECTIONS and len(meta.filled_rows(block)) > 2 and \
                    not meta.is_label_table(block, self.layout.metadata):
                # A table of rows in a plan section that is neither actions nor
                # facts: say so rather than read it silently wrong (PL520).
                self.plan.unread.append(TextField(text=" | ".join(
                    c.text.strip() for c in meta.filled_rows(block)[0]), location=block.location))
            if meta.is_label_table(block, self.layout.metadata):
                # A facts table names the next review beside the other dates
                # (docs/layouts.md): it is never this plan's own conference.
                for label, value in meta.table_pairs(block):
                    meta.record(self.plan.metadata, self.layout.metadata, label, value)
            return
        if self.kind not in ACTION_SECTIONS:
            self.open_section(SectionKind.ACTIONS, self.section.title if self.section else "", block)
        for number, row in enumerate(rows):
            if row.cells.get("outcome") and self.table_goal_evidence(row.cells["outcome"]):
                continue
            if row.title:
                goal = row.cells["outcome"]
                if self.goal_label_end(goal.text):  # "Outcome 1: ...", not "Action plan"
                    self.outcome = self.table_goal(goal)
                continue
            if self.is_outcome_row(row.cells):
                self.outcome = self.table_goal(row.cells["task"])
                continue  # "Outcome: ..." alone in its row heads the actions below
            if row.cells.get("outcome"):
                # A merged group row or an outcome cell: the goal of this row
                # and the rows below (their evidence where the table has no
                # evidence column, see add_action).
                self.outcome = self.table_goal(row.cells["outcome"])
            if not row.cells.get("task") and not any(
                    row.cells.get(f) for f in ("owner", "deadline", "evidence")):
                continue  # an outcome with its actions in the rows below
            location = (row.cells.get("task") or row.first).location
            fields = {**row.cells, "outcome": self.outcome}
            self.add_action(fields, row.slots, row.text, location, "table", number, row.extras)

    def table_goal_evidence(self, cell: TextField) -> bool:
        """A group row that says how we will know ("We will know this is
        achieved when: ...") is the evidence of the goal above it, not a goal.
        True when it was taken."""
        span = self.layout.prose.opening_evidence(cell.text) or self.evidence_label(cell.text)
        if span is None:
            return False
        self.goal_evidence[self.group_key(self.outcome)] = (self.outcome, after_label(cell, span[0]))
        return True

    # -------------------------------------------------------------- actions

    def add_action(self, fields, slots, text, location, layout, order: int = 0,
                   extras: dict[str, TextField] | None = None) -> None:
        outcome = fields.get("outcome") or self.outcome
        evidence = fields.get("evidence")
        if "evidence" not in slots and evidence is None and layout != "prose":
            # No place for evidence in this layout: the goal the action sits
            # under is its evidence (annotation guide, evidence_missing). A
            # sentence has its own place ("so that ..."), so it inherits none.
            evidence = outcome
        elif layout == "prose" and evidence is None and outcome is not None \
                and id(outcome) in self.stated_goals:
            # Steps written as sentences under a stated goal ("Safety goal 1:
            # ...", then bullets) have no evidence place of their own beyond a
            # "so that": the goal is their evidence (annotation guide).
            evidence = outcome
        owner = fields.get("owner") or self.owners.get(self.position)
        action = Action(index=0, task=fields.get("task"), owner=owner,
                        deadline=fields.get("deadline"), evidence=evidence,
                        frequency=fields.get("frequency"), outcome=outcome, text=text,
                        location=location, layout=layout, slots=slots, extras=extras or {})
        self.found.append(((self.position, order), action))
        self.action_sections[id(action)] = len(self.plan.sections)
        self.action_groups[id(action)] = self.group_key(outcome)

    def group_key(self, goal: TextField | None) -> tuple:
        """The group of actions one "how we will know" can serve: the goal
        they sit under, else the section of the block being read."""
        if goal is not None:
            return ("goal", id(goal))
        return ("section", self.block_sections.get(self.position))

    def state_evidence(self, block: Block, span: tuple[int, int]) -> None:
        """A "We will know ... when" sentence: the evidence of the action
        just before it in the same block, else of the goal it stands under
        (guide: where steps have no evidence place, the goal's own evidence
        is theirs)."""
        field = span_field(block, span)
        last = self.found[-1] if self.found else None
        if last is not None and last[0][0] == self.position:
            action = last[1]
            if action.evidence is None or action.evidence is action.outcome:
                action.evidence = field
            return
        self.goal_evidence[self.group_key(self.outcome)] = (self.outcome, field)

    def apply_goal_evidence(self) -> None:
        """Each action with no evidence place of its own takes its goal's
        stated evidence over the goal itself (or over nothing)."""
        for _, action in self.found:
            stated = self.goal_evidence.get(self.action_groups.get(id(action)))
            if stated is None or "evidence" in action.slots:
                continue
            if action.evidence is None or action.evidence is action.outcome:
                action.evidence = stated[1]

    def sub_item_part(self, block: Block) -> bool:
        """A list item under another that is one "Who: ..." / "By when: ..."
        label gives a part of that item's action (its own place for the
        part), not an action of its own."""
        parent = self.parent_item
        if parent is not None and parent[2] != self.position - 1:
            parent = None  # something else came between: not under that item
        single = single_label(block, self.layout.labels, self.layout.fields) \
            if block.kind == BlockKind.LIST_ITEM and parent is not None else None
        if single is None or block.level <= parent[1] or single[0] not in ITEM_PARTS:
            self.parent_item = (self.position, block.level, self.position) \
                if block.kind == BlockKind.LIST_ITEM else None
            return False
        self.sub_fields.setdefault(parent[0], {})[single[0]] = single[1]
        self.parent_item = (parent[0], parent[1], self.position)
        return True

    def fold_sub_fields(self) -> None:
        """The parts sub-items gave go onto their item's action, with a place
        for each (an empty one is a missing part, as in an inline item)."""
        for (position, _), action in self.found:
            parts = self.sub_fields.get(position)
            if not parts:
                continue
            for name, value in parts.items():
                setattr(action, name, value)
            action.slots = sorted(set(action.slots) | {p for p in parts if p != "frequency"})
            action.layout = "inline"
            self.action_sections[id(action)] = self.block_sections.get(position, -1) + 1

    def flush_prose(self) -> None:
        """Sentences are parsed in one batch; in a plan with no recognised action
        section, every block is searched for commitments (unknown layouts)."""
        has_action_section = self.found or any(s.kind in ACTION_SECTIONS for s in self.plan.sections)
        chosen = [entry for entry in self.pending_prose
                  if entry[2] in ACTION_SECTIONS
                  or (not has_action_section and entry[2] in (None, SectionKind.OTHER))]
        if not chosen or self.parser is None:
            return
        docs = iter(self.parser.parse([blank_numbering(block.text) for position, block, _, _ in chosen
                                       if position not in self.led]))
        for position, block, kind, goal in chosen:
            self.position, self.outcome = position, goal
            if position in self.led:
                self.owner_led_action(block, *self.led[position])
            else:
                self.prose_actions(block, next(docs), kind)

    def owner_led_action(self, block: Block, lead: OwnerLead, doc) -> None:
        """One action per owner-first item; the parse of its task text gives
        the task, deadline and evidence (spans shifted to the block's text)."""
        spans = self.layout.items.lead_parts(whole_sentences(doc), self.layout.prose)
        fields = {name: span_field(block, span and (span[0] + lead.start, span[1] + lead.start))
                  for name, span in spans.items()}
        fields["owner"] = lead.owner
        if lead.deadline is not None:
            fields["deadline"] = lead.deadline
        self.add_action(fields, [], block.text, block.location, "prose")

    def prose_actions(self, block: Block, doc, kind: SectionKind | None = None) -> None:
        sentences = whole_sentences(doc)
        if self.position in self.explicit:
            self.inline_with_prose(block, sentences, self.explicit[self.position])
            return
        # A numbered paragraph ("A1<tab>...", "2.1 ...") is an item like a bullet.
        is_item = block.kind == BlockKind.LIST_ITEM or numbering_length(block.text) > 0
        # In a section of goals, an item that commits no one ("Dad attends the
        # programme") and stands under no goal states a goal, not an action
        # (guide); under a goal, or with parts of its own, it is a step.
        items_are_actions = is_item and (kind != SectionKind.OUTCOMES or self.outcome is not None
                                         or self.position in self.sub_fields)
        for sent in sentences:
            stated = self.layout.prose.stated_evidence(sent)
            if stated is not None:
                self.state_evidence(block, stated)
                continue
            if self.layout.lexicon.find("contingency_markers", sent.text):
                continue  # what happens if the plan fails is its contingency, not an action
            commits = self.layout.prose.is_commitment(sent)
            if not commits and not is_item and self.introduces_list():
                # "They agreed these rules so that ...": the list below
                # serves what the introduction says it is for.
                evidence = self.layout.prose.parts(sent).evidence
                if evidence is not None:
                    self.state_evidence(block, evidence)
                continue
            if not (commits or (items_are_actions and sent is sentences[0])):
                continue
            if not is_item and sent is sentences[-1] and block.text.rstrip().endswith(":"):
                continue  # "... will do the following:" introduces the actions below it
            parts = self.layout.prose.parts(sent)
            evidence = parts.evidence
            if is_item and evidence is None:
                # One item is one action, so its next sentence ("His report
                # will say whether ...") says how we will know.
                following = [s for s in sentences if s.start >= sent.end][:1]
                stated = following and self.layout.prose.stated_evidence(following[0])
                evidence = stated or next_sentence(sentences, sent)
            fields = {"task": span_field(block, parts.task), "owner": span_field(block, parts.owner),
                      "deadline": span_field(block, parts.deadline),
                      "evidence": span_field(block, evidence)}
            text = block.text[parts.sentence[0]:parts.sentence[1]]
            self.add_action(fields, [], text, block.location_of(*parts.sentence), "prose",
                            parts.sentence[0])
            if is_item:
                break  # one list item is one action (annotation guide)

    def inline_with_prose(self, block: Block, sentences, labelled: Labelled) -> None:
        """An inline item with no owner part: its task sentence gives the owner
        and what the parts leave out; the parts win where both say."""
        start, end = labelled.head
        fields = dict(labelled.fields)
        sent = next((s for s in sentences if s.end_char > start), None)
        if sent is not None:
            parts = self.layout.prose.parts(sent)
            if clipped(parts.owner, end):
                fields["owner"] = span_field(block, clipped(parts.owner, end))
                fields["task"] = span_field(block, clipped(parts.task, end)) or fields.get("task")
            if fields.get("deadline") is None and clipped(parts.deadline, end):
                fields["deadline"] = span_field(block, clipped(parts.deadline, end))
        self.add_action(fields, labelled.slots, block.text, block.location, "inline")

    def add_section_text(self, text: str, block: Block) -> None:
        if self.section is not None and text.strip():
            self.block_sections[self.position] = len(self.plan.sections) - 1
            self.section.text = (self.section.text + "\n" + text).strip()
            self.section.blocks.append(block)


def whole_sentences(doc) -> list:
    """spaCy's sentences, with a piece that starts in lower case joined to the
    one before: the parser sometimes ends a sentence at a bracket ("... (9pm
    on school nights) every time he is not home, so that ...")."""
    spans = []
    for sent in doc.sents:
        first = sent.text.lstrip()[:1]
        if spans and (not spans[-1].text.strip() or first and (first.islower() or not first.isalnum())):
            # Also joined: the blank left where an item's number was ("1.1<tab>").
            spans[-1] = doc[spans[-1].start:sent.end]
        else:
            spans.append(sent)
    return spans


def share_inline_slots(actions: list[Action], sections: dict[int, int]) -> None:
    """Inline-labelled actions of one section share a layout: where some have a
    "How we will know:" label, an item that leaves it out has an empty place
    for evidence (guide: evidence_missing), not its goal as evidence."""
    groups: dict[int, list[Action]] = {}
    for action in actions:
        if action.layout == "inline":
            groups.setdefault(sections[id(action)], []).append(action)
    for group in groups.values():
        slots = {slot for action in group for slot in action.slots}
        for action in group:
            if "evidence" in slots and "evidence" not in action.slots:
                action.evidence = None
            action.slots = sorted(slots | set(action.slots))


def is_views_heading(heading: str, lexicon: Lexicon) -> bool:
    """A heading that ends in its views words ("Ben's views", "What Skye
    told us"), unlike a goal that mentions them ("Ben's views are heard")."""
    text = heading.rstrip(" :?.")
    return any(m.end() == len(text) for m in lexicon.pattern("views_words").finditer(text))


def clipped(span: tuple[int, int] | None, end: int) -> tuple[int, int] | None:
    """The part of a span that lies before `end` (the first label of an item)."""
    if span is None or span[0] >= end:
        return None
    return span[0], min(span[1], end)


def span_field(block: Block, span: tuple[int, int] | None) -> TextField | None:
    if span is None:
        return None
    return TextField(text=block.text[span[0]:span[1]], location=block.location_of(*span))


def child_names(metadata: Metadata) -> set[str]:
    """The capitalised words of the children field: "Skye Barton (2) and
    Harley Barton" gives Skye, Barton, Harley."""
    if metadata.children is None:
        return set()
    return set(re.findall(r"\b[A-Z][\w'-]+", metadata.children.text))


def after_label(cell: TextField, start: int) -> TextField:
    """The text of a table cell from `start` on, its location narrowed to it:
    an offset into a Word cell's text; in Markdown the columns move too when
    the cell is plain text on one line (source and text then align)."""
    text = cell.text[start:].strip()
    start = cell.text.index(text, start)
    loc = cell.location
    update = {"offset": (loc.offset or 0) + start, "length": len(text)}
    if loc.line is not None and loc.end_line == loc.line and loc.column is not None \
            and loc.end_column is not None and loc.end_column - loc.column == len(cell.text):
        column = loc.column + start
        update.update(column=column, ref=f"line {loc.line}, column {column}")
    return TextField(text=text, location=loc.model_copy(update=update))


def strip_number(label: str) -> str:
    return " ".join(w for w in label.split() if not w.strip(".").isdigit())
