"""PL101 owner-missing and PL102 owner-vague, through the whole pipeline.

Each case is a complete plan, clean apart from the owner of one action, so the
exact set of codes on that action is asserted (annotation guide: owner_missing,
owner_vague).
"""
from __future__ import annotations

import pytest

from conftest import (action_codes, assert_well_formed, bullet, bullets_md, findings_of,
                      markdown_plan, plan_codes, prose_md, row)

OWNER_MISSING = ["", "-", "N/A"]
OWNER_VAGUE = ["All", "All professionals", "All agencies", "Everyone", "Core group",
               "Professionals", "Agencies involved", "Relevant services", "Health",
               "Education", "Family", "TBC", "?", "Whoever is available"]
OWNER_NAMED = ["Social worker", "SW", "Health visitor", "GP", "Class teacher",
               "Designated safeguarding lead", "Sarah Jones (health visitor)",
               "Turning Point drug and alcohol service", "School (Ms Patel, DSL)",
               "Mum", "Dad", "Parents", "Dad and Mum"]


def only_action(result):
    assert len(result.plan.actions) == 1
    return result.plan.actions[0]


# ------------------------------------------------------------------ tables


@pytest.mark.parametrize("who", OWNER_MISSING)
def test_owner_missing_in_table_cell(lint_md, who):
    result = lint_md(markdown_plan([row(who=who)]))
    only_action(result)
    assert action_codes(result, 1) == {"PL101"}
    assert plan_codes(result) == set()


@pytest.mark.parametrize("who", OWNER_VAGUE)
def test_owner_vague_in_table_cell(lint_md, who):
    result = lint_md(markdown_plan([row(who=who)]))
    action = only_action(result)
    assert action_codes(result, 1) == {"PL102"}
    [finding] = findings_of(result, "PL102")
    assert finding.quote == who == action.owner.text


@pytest.mark.parametrize("who", OWNER_NAMED)
def test_named_owner_in_table_cell_is_clean(lint_md, who):
    result = lint_md(markdown_plan([row(who=who)]))
    assert only_action(result).owner.text == who
    assert action_codes(result, 1) == set()


def test_passive_task_with_no_owner_cell_is_missing(lint_md):
    # "Parenting course to be arranged": passive, nobody named, Who cell empty.
    result = lint_md(markdown_plan([row(task="Parenting course to be arranged", who="")]))
    assert action_codes(result, 1) == {"PL101"}


@pytest.mark.parametrize("task", [
    "Mum to attend her GP appointment on 3 February",
    "Nursery to record Ben's arrival time in the daily log",
])
def test_task_that_names_its_owner_needs_no_who_cell(lint_md, task):
    result = lint_md(markdown_plan([row(task=task, who="")]))
    assert only_action(result).owner is None
    assert action_codes(result, 1) == set()


def test_each_row_is_judged_on_its_own_owner(lint_md):
    rows = [row(who="Health visitor"), row(who=""), row(who="All agencies"), row(who="Mum")]
    result = lint_md(markdown_plan(rows))
    assert [action_codes(result, i) for i in (1, 2, 3, 4)] == [set(), {"PL101"}, {"PL102"}, set()]


# ------------------------------------------------------- inline-labelled bullets


@pytest.mark.parametrize("who, expected", [
    ("", {"PL101"}),           # "**Who:**" with nothing after it
    (None, {"PL101"}),         # no Who label at all
    ("N/A", {"PL101"}),
    ("All agencies", {"PL102"}),
    ("Everyone", {"PL102"}),
    ("Whoever is available", {"PL102"}),
    ("Sarah Jones (health visitor)", set()),
    ("Dad and Mum", set()),
])
def test_owner_in_inline_bullet(lint_md, who, expected):
    result = lint_md(markdown_plan(actions=bullets_md([bullet(who=who)])))
    assert only_action(result).layout == "inline"
    assert action_codes(result, 1) == expected


# ------------------------------------------------------------------- prose


@pytest.mark.parametrize("sentence, expected", [
    # Passive with no agent: nobody is responsible. A bare sentence also has no
    # evidence (guide: evidence_missing), hence PL401 beside PL101.
    ("A referral will be made to CAMHS by 1 March 2026.", {"PL101", "PL401"}),
    # Passive WITH an agent names its owner.
    ("Ben will be referred to CAMHS by the school nurse by 1 March 2026.", {"PL401"}),
    ("A referral will be made to CAMHS by 1 March 2026, so that Ben is seen by a CAMHS "
     "practitioner before the review conference.", {"PL101"}),
    ("All agencies will tell the social worker about any new injury on the same day, so that "
     "every injury is recorded on Ben's file within 24 hours.", {"PL102"}),
    ("The health visitor will weigh Amira at the baby clinic every two weeks, so that her "
     "weight is back on the 25th centile by the review.", set()),
])
def test_owner_in_prose_sentence(lint_md, sentence, expected):
    result = lint_md(markdown_plan(actions=prose_md([sentence]), actions_heading="What needs to happen"))
    assert only_action(result).layout == "prose"
    assert action_codes(result, 1) == expected


def test_passive_owner_missing_finding_quotes_the_task(lint_md):
    result = lint_md(markdown_plan(actions=prose_md(["A referral will be made to CAMHS by 1 March 2026."]),
                                   actions_heading="What needs to happen"))
    [finding] = findings_of(result, "PL101")
    assert finding.quote == "A referral will be made to CAMHS"


# ------------------------------------------------------------ never both


@pytest.mark.parametrize("who", OWNER_MISSING + OWNER_VAGUE + OWNER_NAMED)
def test_owner_missing_and_owner_vague_are_never_both(lint_md, who):
    result = lint_md(markdown_plan([row(who=who)]))
    codes = action_codes(result, 1)
    assert not {"PL101", "PL102"} <= codes
    assert codes & {"PL101", "PL102"} == (
        {"PL101"} if who in OWNER_MISSING else {"PL102"} if who in OWNER_VAGUE else set())


# -------------------------------------------------------------------- Word


def test_owner_rules_in_word_table(lint_docx):
    rows = [row(who=""), row(who="N/A"), row(who="All agencies"), row(who="Health"),
            row(who="Sarah Jones (health visitor)"), row(who="Mum"),
            row(task="Mum to attend her GP appointment on 3 February", who="")]
    result = lint_docx(rows)
    assert [action_codes(result, i) for i in range(1, 8)] == [
        {"PL101"}, {"PL101"}, {"PL102"}, {"PL102"}, set(), set(), set()]
    assert plan_codes(result) == set()


def test_owner_rules_in_word_prose(lint_docx):
    result = lint_docx(actions_heading="What needs to happen", paragraphs=[
        "A referral will be made to CAMHS by 1 March 2026, so that Ben is seen by a CAMHS "
        "practitioner before the review conference.",
        "Ben will be referred to CAMHS by the school nurse by 1 March 2026, so that Ben is seen "
        "by a CAMHS practitioner before the review conference.",
    ])
    assert [a.layout for a in result.plan.actions] == ["prose", "prose"]
    assert [action_codes(result, i) for i in (1, 2)] == [{"PL101"}, set()]
    [finding] = findings_of(result, "PL101")
    assert_well_formed(finding, "docx")


# ------------------------------------------------------------ findings


def test_owner_findings_are_well_formed_in_markdown(lint_md):
    text = markdown_plan([row(who=""), row(who="Everyone")])
    result = lint_md(text)
    lines = text.split("\n")
    for code, index in (("PL101", 1), ("PL102", 2)):
        [finding] = findings_of(result, code)
        assert finding.action_index == index
        assert_well_formed(finding, "markdown")
        # The line given is the row of the table the action is on.
        assert result.plan.actions[index - 1].task.text in lines[finding.location.line - 1]


def test_owner_findings_are_well_formed_in_word(lint_docx):
    result = lint_docx([row(who=""), row(who="Everyone")])
    for code, index in (("PL101", 1), ("PL102", 2)):
        [finding] = findings_of(result, code)
        assert finding.action_index == index
        assert_well_formed(finding, "docx")
        assert finding.location.table is not None
        assert finding.location.row == index  # row 0 is the header row


@pytest.mark.parametrize("who, vague", [
    # A group named by whom it gathers round is no one in particular.
    ("Team around Jayden", True),
    ("The network around the family", True),
    ("Wider family", True),
    ("Family and friends", True),
    ("Mental health services", True),
    ("Housing", True),
    ("Housing officer, Ms Grant", False),
    ("The community mental health nurse", False),
    ("Jayden's nan, Mrs Cole", False),
    ("Family support worker, Ava Reid", False),
])
def test_groups_named_by_whom_they_serve(lint_md, who, vague):
    result = lint_md(markdown_plan([row(who=who)]))
    assert action_codes(result, 1) == ({"PL102"} if vague else set())
