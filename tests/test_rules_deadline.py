"""PL301 deadline-missing and PL302 deadline-vague, through the whole pipeline.

Any time frame counts as a deadline (a date, an interval, a frequency, an
event), and it may stand in the task itself; a vague one is deadline-vague, not
deadline-missing (annotation guide: deadline_missing, deadline_vague). The
default task of the test plans has no time expression in it, so an empty "By
when" cell really leaves the action without a time frame.
"""
from __future__ import annotations

import pytest

from conftest import (CLEAN_TASK, action_codes, assert_well_formed, bullet, bullets_md,
                      findings_of, markdown_plan, plan_codes, prose_md, row)

DEADLINE_MISSING = ["", "-"]
DEADLINE_VAGUE = ["Ongoing", "Throughout the plan", "ASAP", "As soon as possible", "As required",
                  "As and when", "When appropriate", "In due course", "Soon", "Next few weeks",
                  "Regularly", "TBC", "Asap"]
DEADLINE_CHECKABLE = ["12/03/2026", "12 March 2026", "end of March 2026", "within 10 working days",
                      "within 4 weeks of conference", "weekly", "every two weeks", "fortnightly",
                      "at every visit", "before the first core group", "by the review conference",
                      "before Ben's discharge from hospital", "immediately", "from today"]


def only_action(result):
    assert len(result.plan.actions) == 1
    return result.plan.actions[0]


def test_default_task_has_no_time_frame_of_its_own(lint_md):
    # The premise of the PL301 cases below: with an empty "By when" the clean
    # task is flagged, with a date it is not.
    assert action_codes(lint_md(markdown_plan([row(task=CLEAN_TASK, when="")])), 1) == {"PL301"}
    assert action_codes(lint_md(markdown_plan([row(task=CLEAN_TASK)])), 1) == set()


@pytest.mark.parametrize("when", DEADLINE_MISSING)
def test_deadline_missing_in_table_cell(lint_md, when):
    result = lint_md(markdown_plan([row(when=when)]))
    only_action(result)
    assert action_codes(result, 1) == {"PL301"}


@pytest.mark.parametrize("when", DEADLINE_VAGUE)
def test_deadline_vague_in_table_cell(lint_md, when):
    result = lint_md(markdown_plan([row(when=when)]))
    assert only_action(result).deadline.text == when
    assert action_codes(result, 1) == {"PL302"}
    [finding] = findings_of(result, "PL302")
    assert finding.quote == when


@pytest.mark.parametrize("when", DEADLINE_CHECKABLE)
def test_checkable_deadline_in_table_cell_is_clean(lint_md, when):
    result = lint_md(markdown_plan([row(when=when)]))
    assert only_action(result).deadline.text == when
    assert action_codes(result, 1) == set()


@pytest.mark.parametrize("task", [
    "Weigh Amira at clinic every two weeks",
    "See Ben alone at every home visit",
    "Weigh Amira at the baby clinic before the first core group",
])
def test_time_frame_in_the_task_is_a_deadline(lint_md, task):
    result = lint_md(markdown_plan([row(task=task, when="")], child="Amira Khan (4 months) and Ben Carter (8)"))
    assert only_action(result).deadline is None
    assert action_codes(result, 1) == set()


@pytest.mark.parametrize("when", DEADLINE_MISSING + DEADLINE_VAGUE + DEADLINE_CHECKABLE)
def test_deadline_missing_and_deadline_vague_are_never_both(lint_md, when):
    codes = action_codes(lint_md(markdown_plan([row(when=when)])), 1)
    assert not {"PL301", "PL302"} <= codes
    assert codes & {"PL301", "PL302"} == (
        {"PL301"} if when in DEADLINE_MISSING else {"PL302"} if when in DEADLINE_VAGUE else set())


# ------------------------------------------------------- inline-labelled bullets


@pytest.mark.parametrize("when, expected", [
    ("", {"PL301"}),        # "**When:**" with nothing after it
    (None, {"PL301"}),      # no When label at all
    ("Ongoing", {"PL302"}),
    ("As and when", {"PL302"}),
    ("within 10 working days", set()),
    ("fortnightly", set()),
])
def test_deadline_in_inline_bullet(lint_md, when, expected):
    result = lint_md(markdown_plan(actions=bullets_md([bullet(when=when)])))
    assert only_action(result).layout == "inline"
    assert action_codes(result, 1) == expected


# ------------------------------------------------------------------- prose


@pytest.mark.parametrize("sentence, expected", [
    # No time expression at all; a bare sentence also has no evidence.
    ("The school will refer Ben to the school nurse.", {"PL301", "PL401"}),
    ("The school will refer Ben to the school nurse, so that Ben's attendance is 95% or more "
     "each half term.", {"PL301"}),
    ("The social worker will visit the home as soon as possible, so that Ben's attendance is "
     "95% or more each half term.", {"PL302"}),
    ("The school will refer Ben to the school nurse in due course, so that Ben's attendance is "
     "95% or more each half term.", {"PL302"}),
    ("Mum will keep Ben's inhaler in his school bag going forward, so that he has it at every "
     "PE lesson (class teacher's check sheet).", {"PL302"}),
    ("Dad will go to the alcohol service for an assessment when he feels ready, so that the "
     "assessment report is shared with the core group.", {"PL302"}),
    ("The school will refer Ben to the school nurse within 10 working days, so that Ben's "
     "attendance is 95% or more each half term.", set()),
    ("Mum will attend the Freedom Programme every Tuesday until the review conference, so that "
     "she can name three warning signs of domestic abuse by the review.", set()),
])
def test_deadline_in_prose_sentence(lint_md, sentence, expected):
    result = lint_md(markdown_plan(actions=prose_md([sentence]), actions_heading="What needs to happen"))
    assert only_action(result).layout == "prose"
    assert action_codes(result, 1) == expected


# -------------------------------------------------------------------- Word


def test_deadline_rules_in_word_table(lint_docx):
    whens = ["", "-", "Ongoing", "ASAP", "12/03/2026", "within 4 weeks of conference", "fortnightly"]
    result = lint_docx([row(when=w) for w in whens]
                       + [row(task="Weigh Amira at clinic every two weeks", when="")])
    assert [action_codes(result, i) for i in range(1, 9)] == [
        {"PL301"}, {"PL301"}, {"PL302"}, {"PL302"}, set(), set(), set(), set()]
    assert plan_codes(result) == set()


# ------------------------------------------------------------ findings


def test_deadline_findings_are_well_formed_in_markdown(lint_md):
    text = markdown_plan([row(when=""), row(when="Ongoing")])
    result = lint_md(text)
    lines = text.split("\n")
    for code, index in (("PL301", 1), ("PL302", 2)):
        [finding] = findings_of(result, code)
        assert finding.action_index == index
        assert_well_formed(finding, "markdown")
    # PL302 points at the vague words themselves.
    [vague] = findings_of(result, "PL302")
    line = lines[vague.location.line - 1]
    assert line[vague.location.column - 1:].startswith("Ongoing")


def test_deadline_findings_are_well_formed_in_word(lint_docx):
    result = lint_docx([row(when=""), row(when="Ongoing")])
    for code, index in (("PL301", 1), ("PL302", 2)):
        [finding] = findings_of(result, code)
        assert finding.action_index == index
        assert_well_formed(finding, "docx")
    [vague] = findings_of(result, "PL302")
    assert (vague.location.row, vague.location.cell) == (2, 2)  # the "By when" cell


@pytest.mark.parametrize("when, expected", [
    # A vague phrase that spaCy reads as a date is still vague.
    ("Over the coming months", {"PL302"}),
    ("In the next few weeks", {"PL302"}),
    ("Regularly over the next 6 weeks", set()),
    # A named period ends on a day anyone can see.
    ("This term", set()),
    ("By the end of term", set()),
    # An event anyone will see happen
    ("Before the baby is born", set()),
    ("As soon as she can", {"PL302"}),
    ("At the next health visitor visit", set()),
    ("Until the parenting assessment is finished", set()),
])
def test_vague_dates_and_named_periods(lint_md, when, expected):
    result = lint_md(markdown_plan([row(when=when)]))
    assert action_codes(result, 1) == expected


@pytest.mark.parametrize("task, expected", [
    # A number in the task is a time frame only when it counts time.
    ("Give Ben a mobile phone with 999 and the social worker's number saved", {"PL301"}),
    ("Give Ben six sessions with the school counsellor", {"PL301"}),
    ("Give Ben a session with the school counsellor every 2 weeks", set()),
])
def test_numbers_in_a_task_with_no_deadline(lint_md, task, expected):
    result = lint_md(markdown_plan([row(task=task, when="")]))
    assert action_codes(result, 1) & {"PL301", "PL302"} == expected
