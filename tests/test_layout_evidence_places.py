"""The guide's evidence rule as the layout reads it: where an action has a
place for its evidence, that place is its evidence (empty: missing); where it
has none, the goal's own "how we will know" is its evidence. A sentence that
says how we will know commits no one and is never an action."""
from __future__ import annotations

from conftest import read_md, text


def test_a_we_will_know_paragraph_under_a_goal_is_the_evidence_of_its_steps(linter, tmp_path):
    plan = read_md(linter, tmp_path,
                   "## What needs to happen\n\n### Ben is safe at home\n\n"
                   "Dad will go to the alcohol service every Monday. "
                   "The social worker will see Ben on his own every two weeks.\n\n"
                   "We will know this is achieved when Ben's breath tests are all clear "
                   "for eight weeks.\n")
    assert [text(a.task) for a in plan.actions] == [
        "go to the alcohol service", "see Ben on his own"]
    assert {text(a.evidence) for a in plan.actions} == {
        "Ben's breath tests are all clear for eight weeks"}


def test_a_we_will_know_sentence_after_an_action_is_that_actions_evidence(linter, tmp_path):
    plan = read_md(linter, tmp_path,
                   "## Outcome 1: Ben goes to school every day\n\n"
                   "Mum will walk Ben to school every morning. We will know this when "
                   "the register shows 95% attendance.\n\n"
                   "The school will ring Mum by 9.30am on any day Ben is absent.\n")
    assert len(plan.actions) == 2
    assert text(plan.actions[0].evidence) == "the register shows 95% attendance"
    # The next paragraph's action has its own evidence place (its sentence)
    # and no "we will know" of its own.
    assert plan.actions[1].evidence is None or \
        text(plan.actions[1].evidence) != "the register shows 95% attendance"


def test_sub_items_with_labels_are_the_parts_of_the_item_above(linter, tmp_path):
    plan = read_md(linter, tmp_path,
                   "## Safety goals\n\n### Goal 1: Zoe is never hit at home\n\n"
                   "1. Use the calm-down plan instead of shouting\n"
                   "    - Who: Mr Hall\n"
                   "    - By when: from today\n"
                   "    - How we will know: Zoe tells her teacher she feels safe, recorded\n"
                   "2. Check Zoe for marks at PE\n"
                   "    - Who: Mrs Evans (class teacher)\n"
                   "    - By when: every Monday\n")
    assert [text(a.task) for a in plan.actions] == [
        "Use the calm-down plan instead of shouting", "Check Zoe for marks at PE"]
    first, second = plan.actions
    assert (text(first.owner), text(first.deadline)) == ("Mr Hall", "from today")
    assert text(first.evidence) == "Zoe tells her teacher she feels safe, recorded"
    # Its sibling has a place for evidence and leaves it empty: missing.
    assert text(second.owner) == "Mrs Evans (class teacher)"
    assert second.evidence is None


def test_a_we_will_know_row_across_a_table_is_the_evidence_of_the_rows_above(linter, tmp_path):
    table = ("| What needs to happen | Who will do it | By when |\n|---|---|---|\n"
             "| Walk Ben to school every morning | Mum | every weekday |\n"
             "| Ring Mum on any day Ben is absent | Class teacher | by 9.30am |\n"
             "| We will know this is achieved when: the register shows 95% attendance "
             "| We will know this is achieved when: the register shows 95% attendance "
             "| We will know this is achieved when: the register shows 95% attendance |\n")
    plan = read_md(linter, tmp_path, "## Outcome: Ben goes to school every day\n\n" + table)
    assert len(plan.actions) == 2
    assert {text(a.evidence) for a in plan.actions} == {"the register shows 95% attendance"}


def test_an_outcome_column_after_the_action_beside_a_need_column_is_its_evidence(linter, tmp_path):
    table = ("| Needs | Actions | People responsible | Outcomes | Completion date |\n"
             "|---|---|---|---|---|\n"
             "| Damp in the bedroom | Report the damp to the landlord | Mum "
             "| Inspection date given by 30 April 2026 | by 23 February 2026 |\n"
             "| Damp in the bedroom | Move the bed away from the wall | Dad |  | by 20 February 2026 |\n")
    plan = read_md(linter, tmp_path, "## The plan\n\n" + table)
    first, second = plan.actions
    assert text(first.evidence) == "Inspection date given by 30 April 2026"
    assert text(first.outcome) == "Damp in the bedroom"
    assert second.evidence is None  # its own place for evidence, left empty


def test_a_goal_paragraph_with_steps_below_is_their_goal_not_an_action(linter, tmp_path):
    goal = "Ben always has a sober adult looking after him, seen every day for six months."
    plan = read_md(linter, tmp_path,
                   f"## Our safety goal\n\n{goal}\n\n### Our rules to reach the goal\n\n"
                   "- From today, Mum will not drink when she is looking after Ben.\n"
                   "- Nan will collect Ben within half an hour of Mum ringing.\n")
    assert [text(a.owner) for a in plan.actions] == ["Mum", "Nan"]
    assert {text(a.evidence) for a in plan.actions} == {goal}


def test_a_header_row_below_rows_of_need_goal_and_evidence_is_found(linter, tmp_path):
    def across(line: str) -> str:
        return f"| {line} | {line} | {line} |\n"
    table = (across("SAFE") + "|---|---|---|\n" + across("Need: Ben is out late")
             + across("Desired outcome: Ben is home by 9pm")
             + across("How we will know: Mum's log shows 9pm every night for four weeks")
             + "| Action | Person responsible | Timescale |\n"
             + "| Keep a log of when Ben comes home | Mum | every night |\n")
    plan = read_md(linter, tmp_path, "## Action plan\n\n" + table)
    assert [text(a.task) for a in plan.actions] == ["Keep a log of when Ben comes home"]
    assert text(plan.actions[0].evidence) == "Mum's log shows 9pm every night for four weeks"


def test_a_written_agreement_lists_what_the_parent_will_do_and_how_we_will_know(linter, tmp_path):
    plan = read_md(linter, tmp_path,
                   "## What we expect you to do\n\n"
                   "The Local Authority expects that you will do the following:\n\n"
                   "- You will take Amy to nursery every weekday.\n"
                   "- You will go to the parenting group every Wednesday.\n\n"
                   "We will know things are improving when Amy's nursery attendance is 95% "
                   "for the three months of this agreement.\n")
    assert [text(a.task) for a in plan.actions] == [
        "take Amy to nursery", "go to the parenting group"]
    assert {text(a.evidence) for a in plan.actions} == {
        "Amy's nursery attendance is 95% for the three months of this agreement"}


def test_an_introduction_saying_what_the_rules_below_are_for_is_their_evidence(linter, tmp_path):
    plan = read_md(linter, tmp_path,
                   "## Our safety rules\n\n"
                   "Laura and Craig agreed these rules so that Noah is never hit by anyone.\n\n"
                   "- At every contact, Craig will use time-out, not smacking, when Noah breaks a rule.\n"
                   "- If Craig comes to the house, Laura will phone the police straight away.\n")
    assert [text(a.owner) for a in plan.actions] == ["Craig", "Laura"]
    assert {text(a.evidence) for a in plan.actions} == {"Noah is never hit by anyone"}


def test_a_measurable_outcome_column_after_the_action_beside_a_need_column_is_its_evidence(
        linter, tmp_path):
    table = ("| Risk or need | Action | Lead | Timescale | Measurable outcome |\n"
             "|---|---|---|---|---|\n"
             "| Alcohol use | Attend an alcohol assessment | Mum | by 19 February 2026 "
             "| Recovery plan shared by 3 March 2026 |\n"
             "| Alcohol use | Give a breath test at each home visit | Mum | at every visit |  |\n")
    plan = read_md(linter, tmp_path, "## The plan\n\n" + table)
    first, second = plan.actions
    assert text(first.evidence) == "Recovery plan shared by 3 March 2026"
    assert text(first.outcome) == "Alcohol use"
    assert second.evidence is None  # not the row above's


def test_a_list_of_goals_that_commits_no_one_is_not_actions(linter, tmp_path):
    plan = read_md(linter, tmp_path,
                   "## Our goals\n\n1. Ben is cared for by a sober adult every day\n"
                   "2. Dad attends the alcohol service\n\n"
                   "## Action plan\n\n- Dad will go to the alcohol service every Monday.\n")
    assert [text(a.owner) for a in plan.actions] == ["Dad"]


def test_a_contingency_sentence_among_the_actions_is_not_an_action(linter, tmp_path):
    plan = read_md(linter, tmp_path,
                   "## What will happen\n\nMum will take Ben to nursery every weekday. "
                   "If the plan is not followed, the social worker will call a legal planning "
                   "meeting within a week.\n")
    assert [text(a.owner) for a in plan.actions] == ["Mum"]
