"""Action tables turned sideways: the field labels run down the first column and
each column after it is one action.

Such a table is read as its transpose when its first column holds short labels,
most of which name a field (the task and at least one more), and it names more
fields than any header row of the table: a real header row still wins, and a
two-column table of plan facts ("Child | ...", "Lead social worker | ...") stays
a table of facts. Every part keeps the location of its own cell. The plans and
words here are invented for these tests.
"""
from __future__ import annotations

import docx
import pytest

from planlint.catalogue import load_catalogue
from planlint.layout import Layout
from planlint.layout.tables import action_rows
from planlint.model import BlockKind
from planlint.readers import read_document

TASK_A = "Book Maya a hearing test at Riverside Clinic and go with her to it"
TASK_B = "Put a lock on the medicine cabinet and keep the key on Dad's keyring"
TASK_C = "Walk Maya to breakfast club and sign her in at the office"
EVIDENCE_A = "Audiology letter on file with the test result"
EVIDENCE_B = "Lock seen fitted and locked at two unannounced visits"

SIDEWAYS = [
    ("Ref", "A", "B", "C"),
    ("What we will do", TASK_A, TASK_B, TASK_C),
    ("Person responsible", "Grace Obi (health visitor)", "Dad", "Mum"),
    ("Target date", "by 9 June 2026", "within 7 days", ""),
    ("Evidence of change", EVIDENCE_A, EVIDENCE_B, ""),
]


@pytest.fixture(scope="module")
def fields():
    return Layout(load_catalogue()).fields


def word_plan(tmp_path, rows, merges=(), title: str | None = None):
    """A Word plan with a header, one table of `rows` (None leaves a cell to a
    merge) and a contingency; `merges` are ((row, col), (row, col)) pairs
    with the merged cell's text set from the first."""
    document = docx.Document()
    document.add_heading("Child protection plan", level=1)
    document.add_paragraph("Lead social worker: Tom Hale")
    document.add_paragraph("Review conference: 3 September 2026")
    document.add_heading("What Maya says", level=2)
    document.add_paragraph("Maya said she likes her new teacher and wants to go swimming.")
    document.add_heading("Our plan", level=2)
    offset = 1 if title else 0
    table = document.add_table(rows=len(rows) + offset, cols=len(rows[0]))
    if title:
        table.cell(0, 0).merge(table.cell(0, len(rows[0]) - 1)).text = title
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            if text is not None:
                table.cell(r + offset, c).text = text
    for (r1, c1), (r2, c2) in merges:
        text = rows[r1][c1]
        table.cell(r1 + offset, c1).merge(table.cell(r2 + offset, c2)).text = text
    document.add_heading("Contingency plan", level=2)
    document.add_paragraph("If the lock is not fitted by the review, a legal planning meeting will be held.")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    return path


def first_table(path):
    return next(b for b in read_document(path).blocks if b.kind == BlockKind.TABLE)


# --------------------------------------------------------------- sideways


def test_each_column_of_a_sideways_table_is_one_action_with_its_cells_places(tmp_path, linter):
    actions = linter.lint_file(word_plan(tmp_path, SIDEWAYS)).plan.actions
    assert [a.task.text for a in actions] == [TASK_A, TASK_B, TASK_C]
    assert [a.owner.text for a in actions] == ["Grace Obi (health visitor)", "Dad", "Mum"]
    assert actions[2].deadline is None and actions[2].evidence is None
    # Each part sits in its own cell: label rows are Word rows, actions are columns.
    second = actions[1]
    assert (second.task.location.row, second.task.location.cell) == (1, 2)
    assert (second.owner.location.row, second.owner.location.cell) == (2, 2)
    assert (second.evidence.location.row, second.evidence.location.cell) == (4, 2)
    assert second.slots == ["owner", "deadline", "evidence"]


def test_empty_places_in_a_sideways_table_are_reported_missing(tmp_path, linter):
    result = linter.lint_file(word_plan(tmp_path, SIDEWAYS))
    codes = {f.code for f in result.findings if f.action_index == 3}
    assert {"PL301", "PL401"} <= codes
    assert not {"PL301", "PL401"} & {f.code for f in result.findings if f.action_index == 1}


def test_a_title_row_across_a_sideways_table_is_not_a_field(tmp_path, fields):
    path = word_plan(tmp_path, SIDEWAYS, title="Actions agreed at conference")
    rows = action_rows(first_table(path), fields)
    assert [r.cells["task"].text for r in rows] == [TASK_A, TASK_B, TASK_C]


def test_an_outcome_merged_across_two_action_columns_serves_both(tmp_path, fields):
    goal = "Maya is safe from harm at home"
    table = [("Outcome", goal, None, "Maya goes to school every day")] + SIDEWAYS[1:]
    path = word_plan(tmp_path, table, merges=[((0, 1), (0, 2))])
    rows = action_rows(first_table(path), fields)
    assert [r.cells["outcome"].text for r in rows] == [goal, goal, "Maya goes to school every day"]
    assert rows[1].cells["task"].text == TASK_B


# ----------------------------------------------------- what stays the same


def test_a_real_header_row_still_wins_over_a_first_column_of_labels(tmp_path, fields):
    # The first column holds field words too ("Who", "When"), but the header
    # row names four fields: the table is read row by row.
    table = [("Action", "Who", "When", "How we will know"),
             ("Who", "Mum", "by 9 June 2026", EVIDENCE_A),
             ("When", "Dad", "weekly", EVIDENCE_B)]
    rows = action_rows(first_table(word_plan(tmp_path, table)), fields)
    assert [r.cells["owner"].text for r in rows] == ["Mum", "Dad"]
    assert rows[0].cells["task"].location.row == 1


def test_a_two_column_table_of_plan_facts_is_not_an_action_table(tmp_path, fields, linter):
    table = [("Child", "Maya Reid (7)"), ("Lead social worker", "Tom Hale"),
             ("Review date", "3 September 2026"), ("Category", "Neglect"),
             ("Person responsible for the plan", "Tom Hale")]
    path = word_plan(tmp_path, table)
    assert action_rows(first_table(path), fields) is None
    result = linter.lint_file(path)
    assert result.plan.actions == []
    assert result.plan.metadata.lead_professional.text == "Tom Hale"


def test_a_first_column_of_mostly_other_words_is_not_read_sideways(tmp_path, fields):
    # Two field labels among notes are not a label column.
    table = [("Action", TASK_A, TASK_B), ("Lead", "Mum", "Dad"),
             ("Notes from Monday", "seen", "not seen"),
             ("Room", "kitchen", "hall"), ("Colour code", "red", "amber")]
    assert action_rows(first_table(word_plan(tmp_path, table)), fields) is None


def test_a_first_column_of_long_sentences_is_not_read_sideways(tmp_path, fields):
    table = [("What we will do about the worries raised by the school last term", TASK_A),
             ("Who will make sure this happens", "Mum")]
    assert action_rows(first_table(word_plan(tmp_path, table)), fields) is None
