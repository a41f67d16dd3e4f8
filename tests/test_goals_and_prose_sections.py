"""Goals stated under a bare goal heading, deadline choice in sentences, and
action sections named by a heading synonym ("Further actions ...")."""
from __future__ import annotations

from pathlib import Path

import docx

from conftest import read_md, text


def source_text(path: Path, field) -> str:
    """The field's text as its location points to it in a Markdown file."""
    line = path.read_text(encoding="utf-8").splitlines()[field.location.line - 1]
    return line[field.location.column - 1:field.location.end_column - 1]


# ------------------------------------------------------ goals under a bare heading

GOAL = "Amira's weight is back on the 25th centile, shown in her red book at each clinic visit."


def test_a_bare_goal_heading_takes_its_goal_from_the_bold_paragraph_below(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Safety goals\n\n### Wellbeing goal 2\n\n"
                   f"**{GOAL}**\n\nNext steps:\n\n"
                   "- Mum will take Amira to the baby clinic every fortnight.\n"
                   "- The health visitor will weigh Amira at home on 4 May 2026.\n")
    assert [text(a.evidence) for a in plan.actions] == [GOAL, GOAL]
    assert source_text(tmp_path / "plan.md", plan.actions[0].evidence) == GOAL
    assert all(text(a.outcome) == GOAL for a in plan.actions)


def test_a_goal_heading_ending_in_a_colon_takes_a_plain_paragraph(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Goal:\n\nThe flat is free of dog mess at every visit.\n\n"
                   "- Dad will clear the garden every Saturday morning.\n")
    assert text(plan.actions[0].evidence) == "The flat is free of dog mess at every visit."


def test_steps_under_a_plain_topic_heading_get_no_goal_as_evidence(linter, tmp_path):
    # A topic heading names no goal: the paragraph under it is no evidence.
    plan = read_md(linter, tmp_path, "## Actions\n\n### At home\n\n"
                   "Things have been hard since the move.\n\n"
                   "- Dad will clear the garden every Saturday morning.\n")
    assert plan.actions[0].evidence is None


def test_an_intro_line_under_a_bare_goal_heading_is_not_the_goal(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Safety goals\n\n### Goal 1\n\nWhat will happen:\n\n"
                   "- Dad will clear the garden every Saturday morning.\n")
    assert plan.actions[0].evidence is None


def test_a_step_with_its_own_so_that_keeps_it_over_the_goal(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Safety goals\n\n### Outcome 3\n\n"
                   "Kian is in school every day.\n\n"
                   "- Mum will walk Kian to school every morning, so that the register shows him in.\n")
    assert text(plan.actions[0].evidence) == "the register shows him in"


def test_a_numbered_goal_label_heading_in_a_plain_section_opens_actions(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Worries\n\nMum drinks.\n\n## Goal 4\n\n"
                   "Mum is sober at every visit.\n\n"
                   "- Mum will give a breath test at each visit.\n")
    assert [text(a.evidence) for a in plan.actions] == ["Mum is sober at every visit."]


def test_a_goal_heading_with_its_goal_still_gives_it_to_sentence_steps(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Safety goals\n\n### Safety goal 1: Mum is sober at every visit\n\n"
                   "- Mum will give a breath test at each visit.\n")
    assert text(plan.actions[0].evidence) == "Mum is sober at every visit"


def test_an_empty_evidence_cell_under_a_goal_heading_stays_missing(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Safety goals\n\n### Goal 1\n\nMum is sober at every visit.\n\n"
                   "| Action | Who | When | Evidence |\n|---|---|---|---|\n"
                   "| Give a breath test at each visit | Mum | weekly | |\n")
    assert plan.actions[0].evidence is None


# ------------------------------------------------------ deadlines in sentences

def test_a_week_commencing_start_beats_a_time_word_in_the_task(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Actions\n\n"
                   "- Jo Hart (youth worker) will run eight 'Safe Choices' sessions with Ben, "
                   "two a week starting w/c 7 September 2026.\n")
    action = plan.actions[0]
    assert text(action.deadline) == "two a week starting w/c 7 September 2026"
    assert text(action.task) == "run eight 'Safe Choices' sessions with Ben"


def test_a_start_of_term_beats_an_earlier_event_phrase(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Actions\n\n"
                   "- Mrs Cole will greet Ben on his first day and give him a daily check-in "
                   "with the learning mentor from the start of the spring term.\n")
    action = plan.actions[0]
    assert text(action.deadline) == "from the start of the spring term"
    assert text(action.task) == ("greet Ben on his first day and give him a daily check-in "
                                 "with the learning mentor")


def test_a_dated_phrase_beats_an_event_phrase_before_it(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Actions\n\n"
                   "- The school nurse will see Lily at the drop-in session and send the notes "
                   "to the GP by 12 June 2026.\n")
    assert text(plan.actions[0].deadline) == "by 12 June 2026"


def test_a_start_date_joined_to_the_sentence_by_a_conjunct_is_found(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Actions\n\n"
                   "- Sam and Kerry will only talk about contact by text, and never at the school "
                   "gate, from 3 August 2026.\n")
    action = plan.actions[0]
    assert text(action.deadline) == "from 3 August 2026"
    assert source_text(tmp_path / "plan.md", action.deadline) == "from 3 August 2026"


def test_a_vague_phrase_keeps_its_short_clause(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Actions\n\n"
                   "- Nan will tell the social worker about any new worries as and when they come up.\n")
    assert text(plan.actions[0].deadline) == "as and when they come up"


def test_an_owner_in_brackets_keeps_its_closing_bracket(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Actions\n\n"
                   "- Lee Hart (Ben's uncle) will collect Ben from school every Friday.\n")
    assert text(plan.actions[0].owner) == "Lee Hart (Ben's uncle)"


# ------------------------------------------------------ sections named as actions

def build_docx(tmp_path: Path, heading: str) -> Path:
    document = docx.Document()
    document.add_heading("Child protection plan", 1)
    document.add_heading("Actions", 1)
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(table.rows[0].cells, ("Action", "Who", "By when")):
        cell.text = value
    for cell, value in zip(table.rows[1].cells, ("Fit a stair gate", "Dad", "by 1 May 2026")):
        cell.text = value
    document.add_heading(heading, 1)
    document.add_paragraph(
        "These were added after the meeting closed. Aunt Jo (Mum's sister) will have Tia "
        "to stay every other Saturday, shown by the diary she keeps. A referral to the "
        "Young Carers service will be made.")
    path = tmp_path / "plan.docx"
    document.save(path)
    return path


def test_a_further_actions_section_after_the_table_holds_sentence_actions(linter, tmp_path):
    plan = linter.read(build_docx(tmp_path, "Further actions agreed at the meeting"))
    tasks = [text(a.task) for a in plan.actions]
    assert tasks == ["Fit a stair gate", "have Tia to stay",
                     "A referral to the Young Carers service will be made"]
    stay = plan.actions[1]
    assert text(stay.deadline) == "every other Saturday"
    assert text(stay.owner) == "Aunt Jo (Mum's sister)"
    assert text(stay.evidence) == "the diary she keeps"
    paragraph = docx.Document(tmp_path / "plan.docx").paragraphs[-1].text
    start = stay.owner.location.offset
    assert paragraph[start:start + stay.owner.location.length] == "Aunt Jo (Mum's sister)"


def test_sentences_under_a_topic_heading_after_the_table_are_not_actions(linter, tmp_path):
    plan = linter.read(build_docx(tmp_path, "Notes from the meeting"))
    assert [text(a.task) for a in plan.actions] == ["Fit a stair gate"]
