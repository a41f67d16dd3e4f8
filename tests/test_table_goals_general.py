"""Goals and outcomes in action tables, and the columns around them.

A goal written in a table (a Word row merged across all columns, a row with only
"Outcome: ..." in it, an area-of-concern column merged down its rows) heads the
actions below it. Where the table has no evidence column the goal, without its
"Goal 2:" label, is those actions' evidence and is judged like any evidence
(annotation guide, evidence_missing). A bare "By" column is the deadline. The
plans, headers and goals here are invented for these tests.
"""
from __future__ import annotations

from conftest import markdown_plan, table_md

VAGUE_GOAL = "Things get better for Zara at home."
CONCRETE_GOAL = ("Zara is in school every day, checked on the register each Friday by the "
                 "social worker.")
STEPS = [
    ("Take Zara to her eye test at Kingsway Opticians", "Mum", "by 4 May 2026"),
    ("Walk Zara to the school gate each morning", "Grandad Ken", "from 20 April 2026"),
]


def word_goal_table(path, goals: list[tuple[str, list[tuple[str, str, str]]]]):
    """A Word plan with one table `Ref | Next step | Lead person | Target date`, each
    goal in a row merged across all four columns and its steps below it."""
    import docx

    document = docx.Document()
    document.add_heading("Child protection plan", level=1)
    document.add_paragraph("Lead social worker: Anna Webb")
    document.add_heading("Safety goals and next steps", level=2)
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ("Ref", "Next step", "Lead person", "Target date")):
        cell.text = text
    for number, (goal, steps) in enumerate(goals, 1):
        cells = table.add_row().cells
        cells[0].merge(cells[3]).text = goal
        for step, (task, owner, when) in enumerate(steps, 1):
            for cell, text in zip(table.add_row().cells, (f"{number}.{step}", task, owner, when)):
                cell.text = text
    document.save(str(path))
    return path


def codes_of(result, index: int) -> set[str]:
    return {f.code for f in result.findings if f.action_index == index}


def test_a_merged_goal_row_is_the_evidence_of_the_steps_below_it(tmp_path, linter):
    path = word_goal_table(tmp_path / "goals.docx", [
        (f"Wellbeing goal 1: {CONCRETE_GOAL}", STEPS),
        (f"Wellbeing goal 2 – {VAGUE_GOAL}", STEPS)])
    result = linter.lint_file(path)
    actions = result.plan.actions
    assert [a.task.text for a in actions] == [s[0] for s in STEPS] * 2  # goal rows are no actions
    assert [a.evidence.text for a in actions] == [CONCRETE_GOAL] * 2 + [VAGUE_GOAL] * 2
    # The concrete goal gives its steps no evidence defect; the vague one makes
    # every step under it evidence_vague, however concrete the step.
    assert not {"PL401", "PL402"} & (codes_of(result, 1) | codes_of(result, 2))
    assert "PL402" in codes_of(result, 3) and "PL402" in codes_of(result, 4)


def test_the_goal_without_its_label_keeps_its_exact_place_in_the_cell(tmp_path, linter):
    label = "Safety goal 1: "
    path = word_goal_table(tmp_path / "goal.docx", [(label + CONCRETE_GOAL, STEPS[:1])])
    evidence = linter.lint_file(path).plan.actions[0].evidence
    assert evidence.location.row == 1 and evidence.location.offset == len(label)
    assert evidence.location.length == len(CONCRETE_GOAL)


def test_a_group_row_whose_words_are_not_a_goal_label_is_kept_whole(tmp_path, linter):
    group = "Home: warm, fed and clean"  # "Home" names no goal: not a label
    path = word_goal_table(tmp_path / "topic.docx", [(group, STEPS[:1])])
    assert linter.lint_file(path).plan.actions[0].evidence.text == group


def test_a_block_quoted_goal_is_the_evidence_of_the_steps_in_the_table_under_it(lint_md):
    goal_line = f"> **Goal 1:** {VAGUE_GOAL}"
    steps = table_md([(o, t, w) for t, o, w in STEPS],
                     header=("Who", "What will happen next", "When"))
    plan = markdown_plan(actions=f"### Goal 1\n\n{goal_line}\n\n{steps}")
    result = lint_md(plan)
    actions = result.plan.actions
    assert [a.evidence.text for a in actions] == [VAGUE_GOAL] * 2
    line = plan.splitlines()[actions[0].evidence.location.line - 1]
    column = actions[0].evidence.location.column
    assert line[column - 1:column - 1 + len(VAGUE_GOAL)] == VAGUE_GOAL
    assert "PL402" in codes_of(result, 1) and "PL401" not in codes_of(result, 1)


def test_an_outcome_row_in_the_task_column_is_no_action_but_heads_the_rows_below(lint_md):
    header = ("No.", "Action", "Responsible", "Timescale", "How we will know")
    rows = [("**1**", "**Outcome: Zara sleeps in a safe, warm bed**", "", "", ""),
            ("1.1", STEPS[0][0], "Mum", "by 4 May 2026", ""),
            ("1.2", "Buy Zara a bed guard and fit it", "", "", "")]
    actions = lint_md(markdown_plan(actions=table_md(rows, header=header))).plan.actions
    assert [a.task.text for a in actions] == [STEPS[0][0], "Buy Zara a bed guard and fit it"]
    assert actions[0].outcome.text == "Zara sleeps in a safe, warm bed"
    # The table has an evidence column: an empty cell is missing, whatever the outcome.
    assert actions[0].evidence is None


def test_a_bare_by_column_is_the_deadline_beside_a_merged_area_of_concern(tmp_path, linter):
    import docx

    document = docx.Document()
    document.add_heading("Child protection plan", level=1)
    document.add_heading("The plan", level=2)
    table = document.add_table(rows=3, cols=5)
    header = ("Area of concern", "Action", "Responsible", "By", "Outcome / evidence")
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    table.cell(1, 0).merge(table.cell(2, 0)).text = "1. Zara is safe around the stairs"
    tasks = ("Fit a gate at the top of the stairs", "Move the baby's cot out of the landing")
    for index, when in ((1, "by 4 May 2026"), (2, "")):
        for col, text in enumerate((tasks[index - 1], "Mum", when, "Gate seen shut at visits"), 1):
            table.cell(index, col).text = text
    path = tmp_path / "by.docx"
    document.save(str(path))
    result = linter.lint_file(path)
    first, second = result.plan.actions
    assert first.deadline.text == "by 4 May 2026" and "PL301" not in codes_of(result, 1)
    assert second.deadline is None and "PL301" in codes_of(result, 2)
    assert first.outcome.text == second.outcome.text == "1. Zara is safe around the stairs"


def test_a_goal_title_row_above_the_header_heads_the_table_but_a_plain_title_does_not(
        tmp_path, linter):
    import docx

    def plan(title: str):
        document = docx.Document()
        document.add_heading("Child protection plan", level=1)
        document.add_heading("The plan", level=2)
        table = document.add_table(rows=3, cols=3)
        table.cell(0, 0).merge(table.cell(0, 2)).text = title
        for cell, text in zip(table.rows[1].cells, ("Next steps", "Who", "By when")):
            cell.text = text
        for cell, text in zip(table.rows[2].cells, STEPS[0]):
            cell.text = text
        path = tmp_path / "title.docx"
        document.save(str(path))
        return linter.lint_file(path).plan.actions

    (action,) = plan(f"Outcome 3: {CONCRETE_GOAL}")
    assert action.outcome.text == action.evidence.text == CONCRETE_GOAL
    (action,) = plan("Action plan agreed at conference")
    assert action.outcome is None and action.evidence is None
