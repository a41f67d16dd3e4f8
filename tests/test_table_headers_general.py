"""Action tables with column headers planlint has not been given as synonyms.

Authorities word their headers in their own way, so a header is read by its words
(rules/headers.yaml: field_keywords), each column's field is chosen with the rest
of the header row in mind, a table that names who, when and how-we-know takes its
one column of long free text as the task, and a row of one text across the whole
table (a merged group row) names a group of actions instead of being one. The
headers and rows here are invented for these tests.
"""
from __future__ import annotations

import pytest
from conftest import markdown_plan, table_md

from planlint.catalogue import load_catalogue
from planlint.layout import Layout
from planlint.layout.tables import action_rows, column_map
from planlint.model import BlockKind
from planlint.readers import read_document

LONG_TASK = "Take Zara to the dentist at Kingsway Clinic and stay with her for the check-up"
LONG_TASK_2 = "Fit a stair gate at the top of the stairs and keep it shut"
EVIDENCE = "Dental record shows the check-up took place, seen by the social worker"


@pytest.fixture(scope="module")
def fields():
    return Layout(load_catalogue()).fields


@pytest.fixture
def md_table_block(tmp_path):
    """The first table of a Markdown file holding `rows` (header first)."""
    def build(rows: list[tuple[str, ...]]):
        lines = ["# Plan", "", "| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        path = tmp_path / "table.md"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return next(b for b in read_document(path).blocks if b.kind == BlockKind.TABLE)
    return build


def header_fields(md_table_block, fields, header: tuple[str, ...]) -> list[str | None]:
    block = md_table_block([header, tuple(LONG_TASK for _ in header)])
    columns = column_map(block.rows[0], fields)
    return [columns.get(col) for col in range(len(header))]


# ------------------------------------------------------------- keywords


@pytest.mark.parametrize("label, field", [
    ("Who will see the family", "owner"),          # "who" before "see"
    ("How we can tell it is done", "evidence"),    # "tell" before "done"
    ("Start and finish", "deadline"),
    ("Due", "deadline"),
    ("Signs we will see", "evidence"),
    ("What", "task"),
    ("Agreed", "task"),
])
def test_a_header_word_names_its_field(fields, label, field):
    assert fields.match(label) == field


def test_a_header_with_no_field_word_names_nothing(fields):
    assert fields.match("Comments") is None
    assert fields.match("Our commitment") is None


# ---------------------------------------------------- whole-row assignment


def test_the_evidence_column_is_not_read_as_the_task_for_its_word_done(md_table_block, fields):
    header = ("Responsible", "What we will do", "Finish by", "What shows it is done")
    assert header_fields(md_table_block, fields, header) == ["owner", "task", "deadline", "evidence"]


def test_a_column_of_task_and_outcome_words_is_the_task_when_no_other_is(md_table_block, fields):
    header = ("Steps for each concern", "Accountable", "Due", "What we will see")
    assert header_fields(md_table_block, fields, header) == ["task", "owner", "deadline", "evidence"]


def test_an_outcome_column_stays_an_outcome_beside_a_task_column(md_table_block, fields):
    header = ("Concern", "Steps", "Accountable", "Due")
    assert header_fields(md_table_block, fields, header) == ["outcome", "task", "owner", "deadline"]


def test_what_alone_is_the_task_column_even_after_the_deadline(md_table_block, fields):
    header = ("Deadline", "What", "Agency", "Measure")
    assert header_fields(md_table_block, fields, header) == ["deadline", "task", "owner", "evidence"]


def test_two_owner_headers_give_the_owner_to_the_first(md_table_block, fields):
    header = ("Task", "Lead agency", "Lead worker", "Due")
    assert header_fields(md_table_block, fields, header) == ["task", "owner", None, "deadline"]


# ----------------------------------------------------- free-text fallback


def test_the_long_free_text_column_is_the_task_when_the_header_names_who_and_when(
        md_table_block, fields):
    block = md_table_block([
        ("No.", "Our commitment", "Named worker", "Due", "Evidence"),
        ("1", LONG_TASK, "Mum", "by 4 May 2026", EVIDENCE),
        ("2", LONG_TASK_2, "Dad", "this week", ""),
    ])
    rows = action_rows(block, fields)
    assert [r.cells["task"].text for r in rows] == [LONG_TASK, LONG_TASK_2]
    assert [r.cells["owner"].text for r in rows] == ["Mum", "Dad"]
    assert rows[1].cells["evidence"] is None
    assert rows[0].slots == ["owner", "deadline", "evidence"]


def test_an_unnamed_column_of_short_words_is_not_taken_as_the_task(md_table_block, fields):
    block = md_table_block([
        ("Our commitment", "Named worker", "Due", "Evidence"),
        ("Yes", "Mum", "by 4 May 2026", EVIDENCE),
        ("No", "Dad", "this week", EVIDENCE),
    ])
    assert action_rows(block, fields) is None


def test_a_table_of_labels_and_values_is_not_an_action_table(md_table_block, fields):
    block = md_table_block([
        ("Named worker", "Priya Shah", "Due date", "3 May 2026"),
        ("Child", "Zara Ahmed (6), living at home with her mum and her brother Sam",
         "Category", "Neglect"),
        ("Core group", "Mum, Priya Shah (social worker), Mr Lee (class teacher), the GP",
         "Language", "English"),
    ])
    assert action_rows(block, fields) is None


# ------------------------------------------------------------- group rows


def test_a_row_repeating_one_text_across_the_table_is_a_group_not_an_action(
        md_table_block, fields):
    group = "B. Zara sleeps safely"
    block = md_table_block([
        ("By when", "Task", "Who", "How we will know"),
        (group, group, group, group),
        ("from tonight", LONG_TASK_2, "Dad", EVIDENCE),
    ])
    rows = action_rows(block, fields)
    assert set(rows[0].cells) == {"outcome"} and rows[0].cells["outcome"].text == group
    assert rows[1].cells["task"].text == LONG_TASK_2


def test_a_row_with_the_same_text_in_some_cells_only_is_still_an_action(md_table_block, fields):
    block = md_table_block([
        ("By when", "Task", "Who", "How we will know"),
        ("TBC", LONG_TASK, "TBC", ""),
    ])
    rows = action_rows(block, fields)
    assert rows[0].cells["task"].text == LONG_TASK
    assert rows[0].cells["deadline"].text == "TBC" and "outcome" not in rows[0].cells


def test_a_merged_full_width_word_row_groups_the_actions_below_it(tmp_path, linter):
    import docx

    document = docx.Document()
    document.add_heading("Child protection plan", level=1)
    document.add_heading("The plan", level=2)
    table = document.add_table(rows=4, cols=4)
    for cell, text in zip(table.rows[0].cells, ("By when", "What", "Who", "How we will see it")):
        cell.text = text
    table.cell(1, 0).merge(table.cell(1, 3)).text = "A. Zara is warm, fed and clean"
    for index, task in ((2, LONG_TASK), (3, LONG_TASK_2)):
        for cell, text in zip(table.rows[index].cells, ("by 4 May 2026", task, "Mum", EVIDENCE)):
            cell.text = text
    path = tmp_path / "merged.docx"
    document.save(str(path))
    actions = linter.lint_file(path).plan.actions
    assert [a.task.text for a in actions] == [LONG_TASK, LONG_TASK_2]
    assert [a.deadline.text for a in actions] == ["by 4 May 2026"] * 2
    assert actions[0].outcome.text == "A. Zara is warm, fed and clean"


# ------------------------------------------------------ through the linter


def test_a_plan_with_unseen_headers_reads_each_part_from_its_own_column(lint_md):
    header = ("Named worker", "What we agreed to do", "Start / end", "How we can tell it is done")
    rows = [("Mum", LONG_TASK, "by 4 May 2026", EVIDENCE),
            ("Priya Shah (social worker)", LONG_TASK_2, "", "")]
    result = lint_md(markdown_plan(actions=table_md(rows, header=header)))
    first, second = result.plan.actions
    assert (first.owner.text, first.task.text, first.deadline.text, first.evidence.text) == (
        "Mum", LONG_TASK, "by 4 May 2026", EVIDENCE)
    assert second.deadline is None and second.evidence is None
    codes = {f.code for f in result.findings if f.action_index == 2}
    assert {"PL301", "PL401"} <= codes
