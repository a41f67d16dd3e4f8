"""PL401 evidence-missing and PL402 evidence-vague, through the whole pipeline.

Evidence says how anyone will know the task worked. Where the layout gives each
action a place for it (a "How will we know" column, an "Evidence:" field) an
empty place is missing whatever the goal above says; where the layout has no
such place (next steps under a safety goal) the goal is the evidence and is
judged as evidence (annotation guide: evidence_missing, evidence_vague).
"""
from __future__ import annotations

import pytest

from conftest import (TABLE_HEADER, action_codes, assert_well_formed, bullet, bullets_md,
                      findings_of, markdown_plan, plan_codes, prose_md, row, table_md)

EVIDENCE_MISSING = ["", "-"]
EVIDENCE_VAGUE = ["Things improve", "Mum engages well", "The children are safer",
                  "Positive progress", "Improved home conditions", "Good feedback", "Less worry",
                  "Dad is more open"]
EVIDENCE_CHECKABLE = [
    "Ben's attendance is 95% or more each half term (school register)",
    "Three negative hair-strand tests in a row",
    "Home conditions rated acceptable at two unannounced visits in a row",
    "Lily's weight back on the 25th centile by the review",
    "Assessment report shared with the core group by 1 April 2026",
    "Ben tells his social worker at each visit that he feels safe at home, recorded in his own words",
]


@pytest.mark.parametrize("evidence, vague", [
    # A measured thing needs a level, not only a direction.
    ("Attendance improves", True),
    ("Attendance of 95% or more each half term", False),
    ("Weight improving", True),
    ("Weight on the 25th centile at the review", False),
    # An attitude cannot be seen; what is said or done can.
    ("Dad understands the impact of his drinking on the children", True),
    ("Mum takes responsibility for the state of the house", True),
    ("Mum and Dad put the children first", True),
    ("Dad can name three effects of his drinking on the children at the review, recorded by the SW", False),
    # Seen by someone named: checkable; seen by no one: an impression.
    ("Ben walks to school on his own, seen by the crossing patrol", False),
    ("Ben seems more relaxed", True),
])
def test_measured_things_and_attitudes(lint_md, evidence, vague):
    result = lint_md(markdown_plan([row(evidence=evidence)]))
    assert action_codes(result, 1) == ({"PL402"} if vague else set())


def only_action(result):
    assert len(result.plan.actions) == 1
    return result.plan.actions[0]


def goal_section(goal: str, steps: list[tuple[str, str, str]], number: int = 1) -> str:
    """A Signs of Safety goal heading with its next steps: no evidence column."""
    return f"### Safety goal {number}: {goal}\n\n" + table_md(steps, header=("Next steps", "Who", "By when"))


# ------------------------------------------------------------------ tables


@pytest.mark.parametrize("evidence", EVIDENCE_MISSING)
def test_evidence_missing_in_table_cell(lint_md, evidence):
    result = lint_md(markdown_plan([row(evidence=evidence)]))
    only_action(result)
    assert action_codes(result, 1) == {"PL401"}


@pytest.mark.parametrize("evidence", EVIDENCE_VAGUE)
def test_evidence_vague_in_table_cell(lint_md, evidence):
    result = lint_md(markdown_plan([row(evidence=evidence)]))
    assert only_action(result).evidence.text == evidence
    assert action_codes(result, 1) == {"PL402"}
    [finding] = findings_of(result, "PL402")
    assert finding.quote == evidence


@pytest.mark.parametrize("evidence", EVIDENCE_CHECKABLE)
def test_checkable_evidence_in_table_cell_is_clean(lint_md, evidence):
    result = lint_md(markdown_plan([row(evidence=evidence)]))
    assert only_action(result).evidence.text == evidence
    assert action_codes(result, 1) == set()


@pytest.mark.parametrize("evidence", EVIDENCE_MISSING + EVIDENCE_VAGUE + EVIDENCE_CHECKABLE)
def test_evidence_missing_and_evidence_vague_are_never_both(lint_md, evidence):
    codes = action_codes(lint_md(markdown_plan([row(evidence=evidence)])), 1)
    assert not {"PL401", "PL402"} <= codes
    assert codes & {"PL401", "PL402"} == (
        {"PL401"} if evidence in EVIDENCE_MISSING else
        {"PL402"} if evidence in EVIDENCE_VAGUE else set())


def test_empty_evidence_cell_is_missing_whatever_the_outcome_column_says(lint_md):
    header = ("What needs to change",) + TABLE_HEADER
    rows = [("Ben's attendance is 95% or more each half term (school register)",
             "Walk Ben to school each morning", "Mum", "from today", ""),
            ("Ben's attendance is 95% or more each half term (school register)",
             "Walk Ben to school each morning", "Mum", "from today",
             "Three unannounced checks of the register show Ben in school by 9am")]
    result = lint_md(markdown_plan(actions=table_md(rows, header=header)))
    assert len(result.plan.actions) == 2
    assert action_codes(result, 1) == {"PL401"}
    assert action_codes(result, 2) == set()


# ------------------------------------------------------- inline-labelled bullets


@pytest.mark.parametrize("evidence, expected", [
    ("", {"PL401"}),         # "**Evidence:**" with nothing after it
    (None, {"PL401"}),       # no Evidence label and no goal above
    ("Good feedback", {"PL402"}),
    ("Less worry", {"PL402"}),
    ("Three negative hair-strand tests in a row", set()),
])
def test_evidence_in_inline_bullet(lint_md, evidence, expected):
    result = lint_md(markdown_plan(actions=bullets_md([bullet(evidence=evidence)])))
    assert only_action(result).layout == "inline"
    assert action_codes(result, 1) == expected


def test_empty_evidence_field_under_a_checkable_goal_is_still_missing(lint_md):
    actions = ("### Safety goal 1: Ben's attendance is 95% or more each half term (school register)\n\n"
               + bullets_md([bullet(evidence=""), bullet()]))
    result = lint_md(markdown_plan(actions=actions))
    assert len(result.plan.actions) == 2
    # The first bullet has an "Evidence:" place and leaves it empty: missing,
    # whatever the goal above it says.
    assert action_codes(result, 1) == {"PL401"}
    assert action_codes(result, 2) == set()


@pytest.mark.parametrize("goal, expected", [
    ("Ben's attendance is 95% or more each half term (school register)", set()),
    ("Things improve", {"PL402"}),
])
def test_bullets_with_no_evidence_field_take_the_goal_above_as_evidence(lint_md, goal, expected):
    # No bullet in the section has an "Evidence:" label: the layout gives no
    # place for evidence, so the goal is the evidence and is judged as such.
    actions = f"### Safety goal 1: {goal}\n\n" + bullets_md([bullet(evidence=None), bullet(evidence=None)])
    result = lint_md(markdown_plan(actions=actions))
    assert len(result.plan.actions) == 2
    assert action_codes(result, 1) == action_codes(result, 2) == expected


# ------------------------------------------------------------------- prose


@pytest.mark.parametrize("sentence, expected", [
    ("The social worker will visit the home unannounced by 1 March 2026 and see Ben alone in "
     "his bedroom.", {"PL401"}),
    ("The social worker will visit the home unannounced by 1 March 2026 and see Ben alone in "
     "his bedroom, so that Ben's attendance is 95% or more each half term.", set()),
    ("The health visitor will weigh Amira at the baby clinic every two weeks, so that her "
     "weight is back on the 25th centile by the review.", set()),
    ("The social worker will visit the home unannounced by 1 March 2026 and see Ben alone in "
     "his bedroom, so that things improve.", {"PL402"}),
    ("The social worker will visit the home unannounced by 1 March 2026 and see Ben alone in "
     "his bedroom, so that the children are safer.", {"PL402"}),
    ("The health visitor will weigh Amira at the baby clinic every two weeks, and it will have "
     "worked if her weight is back on the 25th centile by the review.", set()),
    ("The health visitor will weigh Amira at the baby clinic every two weeks, and it will have "
     "helped if things are better.", {"PL402"}),
])
def test_evidence_in_prose_sentence(lint_md, sentence, expected):
    result = lint_md(markdown_plan(actions=prose_md([sentence]), actions_heading="What needs to happen"))
    assert only_action(result).layout == "prose"
    assert action_codes(result, 1) == expected


# ---------------------------------------------------- goals as evidence (SoS)


@pytest.mark.parametrize("goal", EVIDENCE_CHECKABLE)
def test_checkable_safety_goal_is_the_evidence_of_its_next_steps(lint_md, goal):
    steps = [("Walk Ben to school each morning", "Mum", "from today"),
             ("Clear the rubbish from the kitchen and the stairs", "Dad", "by 1 March 2026")]
    result = lint_md(markdown_plan(actions=goal_section(goal, steps)))
    assert [a.evidence.text for a in result.plan.actions] == [goal, goal]
    assert action_codes(result, 1) == action_codes(result, 2) == set()


@pytest.mark.parametrize("goal", EVIDENCE_VAGUE)
def test_vague_safety_goal_makes_its_next_steps_evidence_vague(lint_md, goal):
    steps = [("Walk Ben to school each morning", "Mum", "from today"),
             ("Clear the rubbish from the kitchen and the stairs", "Dad", "by 1 March 2026")]
    result = lint_md(markdown_plan(actions=goal_section(goal, steps)))
    assert len(result.plan.actions) == 2
    assert action_codes(result, 1) == action_codes(result, 2) == {"PL402"}


def test_each_goal_judges_only_the_steps_under_it(lint_md):
    actions = (goal_section("Ben's attendance is 95% or more each half term (school register)",
                            [("Walk Ben to school each morning", "Mum", "from today")], 1)
               + "\n\n" + goal_section("Things improve at home",
                                       [("Clear the rubbish from the kitchen and the stairs",
                                         "Dad", "by 1 March 2026")], 2))
    result = lint_md(markdown_plan(actions=actions, actions_heading="Safety goals"))
    assert action_codes(result, 1) == set()
    assert action_codes(result, 2) == {"PL402"}
    [finding] = findings_of(result, "PL402")
    assert finding.quote == "Things improve at home"


# -------------------------------------------------------------------- Word


def test_evidence_rules_in_word_table(lint_docx):
    evidence = ["", "-", "Mum engages well", "Positive progress",
                "Three negative hair-strand tests in a row",
                "Assessment report shared with the core group by 1 April 2026"]
    result = lint_docx([row(evidence=e) for e in evidence])
    assert [action_codes(result, i) for i in range(1, 7)] == [
        {"PL401"}, {"PL401"}, {"PL402"}, {"PL402"}, set(), set()]
    assert plan_codes(result) == set()


# ------------------------------------------------------------ findings


def test_evidence_findings_are_well_formed_in_markdown(lint_md):
    text = markdown_plan([row(evidence=""), row(evidence="Good feedback")])
    result = lint_md(text)
    lines = text.split("\n")
    for code, index in (("PL401", 1), ("PL402", 2)):
        [finding] = findings_of(result, code)
        assert finding.action_index == index
        assert_well_formed(finding, "markdown")
        assert result.plan.actions[index - 1].task.text in lines[finding.location.line - 1]


def test_evidence_findings_are_well_formed_in_word(lint_docx):
    result = lint_docx([row(evidence=""), row(evidence="Good feedback")])
    for code, index in (("PL401", 1), ("PL402", 2)):
        [finding] = findings_of(result, code)
        assert finding.action_index == index
        assert_well_formed(finding, "docx")
    [vague] = findings_of(result, "PL402")
    assert (vague.location.row, vague.location.cell) == (2, 3)  # the "How will we know" cell


# ------------------------------------------- PL403 self-report, PL404 output only

NEW_EVIDENCE = {"PL402", "PL403", "PL404"}
# The carers of these plans: the default core group's Mum and Dad, and Ms Davies
# as owner of her own actions.
SELF_REPORTED = [
    ("Ms Davies", "Ms Davies confirms the routine is in place"),
    ("Mum", "Mum reports she has not been drinking"),
    ("Dad", "Dad tells the social worker he has stopped drinking"),
    ("Mum", "She tells the social worker at each visit that Craig has not been to the house"),
    ("Mum", "Confirmed by Mum at each visit"),
    ("Social worker", "No further incidents reported"),
    ("Mum", "According to mum, Ben is in bed by 8pm every night"),
]
INDEPENDENT = [
    # The parent's word beside a record, a test, a visit, the child, another person.
    ("Ms Davies", "Ms Davies says the routine is in place, and the family support worker sees it at two "
                  "unannounced bedtime visits"),
    ("Dad", "Dad says he has stopped drinking, and three negative hair-strand tests in a row by the review"),
    ("Mum", "Mum says Ben is in school every day, shown on the school register"),
    ("Mum", "Ben tells his social worker at each visit that he feels safe at home, recorded in his own words"),
    ("Social worker", "No further incidents reported by the school or the police"),
    ("Mum", "The school confirms Ben has been on time every day this half term"),
    # Telling what she knows is not an account of change.
    ("Mum", "Mum can tell the social worker her safety plan if Dad comes to the house, at every visit"),
    # Ms Patel is the DSL in the core group: another professional's word.
    ("Ms Patel (DSL)", "Ms Patel confirms Ben has had breakfast every day"),
]


def test_the_parents_word_alone_is_a_self_report_and_beside_a_source_is_not(lint_md):
    cases = [(owner, evidence, True) for owner, evidence in SELF_REPORTED] + \
        [(owner, evidence, False) for owner, evidence in INDEPENDENT]
    result = lint_md(markdown_plan([row(who=owner, evidence=evidence) for owner, evidence, _ in cases]))
    for index, (owner, evidence, self_report) in enumerate(cases, 1):
        assert ("PL403" in action_codes(result, index, NEW_EVIDENCE)) == self_report, evidence
    finding = findings_of(result, "PL403")[0]
    assert finding.quote == SELF_REPORTED[0][1] and finding.severity.value == "warning"


OUTPUTS = [
    "Course certificate of completion",
    "GP appointment attended",
    "Visits recorded",
    "Referral made",
    "Family have received support",
    "Mum has completed the Freedom Programme",
    "Attendance at all 12 sessions of the Freedom Programme",
    "Course register shows 9 of 10 sessions attended",
]
CHANGES = [
    # An output joined to a change for the child or in what the adult does.
    "Mum attends all 10 sessions and the family worker sees the new bedtime routine at two unannounced visits",
    "Certificate of completion, and Mum can tell the social worker her safety plan if Dad comes to the house",
    # The child's own day at school is not a service taken up.
    "Ben's attendance is 95% or more each half term (school register)",
    "Ben attends school every day, on time (school register)",
    "Home conditions rated acceptable at two unannounced visits in a row",
    "Assessment report shared with the core group by 1 April 2026",
]


def test_a_service_delivered_is_output_only_and_joined_to_a_change_is_not(lint_md):
    cases = OUTPUTS + CHANGES
    result = lint_md(markdown_plan([row(evidence=e) for e in cases]))
    for index, evidence in enumerate(cases, 1):
        expected = {"PL404"} if evidence in OUTPUTS else set()
        assert action_codes(result, index, NEW_EVIDENCE) == expected, evidence


# A service taken up, in wordings the parse reads less plainly.
OUTPUTS_AS_WRITTEN = [
    # A service's name the tagger splits, reading "programme" as a verb.
    "Mr Lee completes the Caring Dads programme",
    # A verb the tagger reads as a noun or an adjective: it has a subject and an object.
    "Mr and Mrs Patel complete the Triple P course",
    "Mr and Ms Begum complete the Incredible Years programme",
    # "Been to" is a going.
    "Mum has been to two of the group sessions",
    # Having a certificate of one.
    "She has a certificate from the course",
    # A piece of work done.
    "Medication review completed",
    "Safer sleep training completed",
    # Nothing but that the action itself was done.
    "Completed",
    "Done",
]
NOT_OUTPUTS_AS_WRITTEN = [
    "Things are going well at home",
    "Mum has a tenancy for a two-bedroom flat",
    "Ben has been to school every day this half term (school register)",
    "Ben has his own bed and a bedtime routine",
    # The child's own step: may be the change asked for.
    "Ben has sent in a college application",
]


def test_services_taken_up_are_output_only_however_the_parse_reads_them(lint_md):
    cases = OUTPUTS_AS_WRITTEN + NOT_OUTPUTS_AS_WRITTEN
    result = lint_md(markdown_plan([row(evidence=e) for e in cases]))
    for index, evidence in enumerate(cases, 1):
        assert ("PL404" in action_codes(result, index, NEW_EVIDENCE)) == (evidence in OUTPUTS_AS_WRITTEN), \
            evidence


def test_a_parent_saying_they_have_been_going_is_both_a_self_report_and_an_output(lint_md):
    result = lint_md(markdown_plan([row(who="Mum", evidence="Mum says she has been going every week")]))
    assert action_codes(result, 1, NEW_EVIDENCE) == {"PL403", "PL404"}


def test_a_parent_reporting_attendance_is_both_a_self_report_and_an_output(lint_md):
    result = lint_md(markdown_plan([row(who="Mum", evidence="Mum reports she has attended every session")]))
    assert action_codes(result, 1, NEW_EVIDENCE) == {"PL403", "PL404"}


def test_new_evidence_findings_sit_on_the_evidence_cell_in_word(lint_docx):
    result = lint_docx([row(who="Mum", evidence="Mum reports she has attended every session")])
    for code in ("PL403", "PL404"):
        [finding] = findings_of(result, code)
        assert finding.action_index == 1
        assert (finding.location.row, finding.location.cell) == (1, 3)


def test_vague_standards_and_claims_to_prove_are_vague_evidence_and_a_thing_shown_is_not(lint_md):
    vague = ["Suitable accommodation found", "Mum demonstrates capacity to change"]
    shown = ["Dad shows the social worker his payslips each month"]
    result = lint_md(markdown_plan([row(evidence=e) for e in vague + shown]))
    for index, evidence in enumerate(vague + shown, 1):
        assert action_codes(result, index) == ({"PL402"} if evidence in vague else set()), evidence
