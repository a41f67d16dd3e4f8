"""Plan rules PL501 contingency-missing, PL502 lead-professional-missing,
PL503 review-date-missing and PL504 child-voice-missing, through the whole
pipeline (annotation guide: plan labels).

Each case is a complete, otherwise clean plan with one part dropped or
changed; a plan finding has no action (action_index None) and no action is
flagged.
"""
from __future__ import annotations

import pytest

from conftest import (PLAN_CODES, RULES, action_codes, assert_well_formed, bullet, findings_of, markdown_plan,
                      plan_codes, table_md)


def assert_only_plan_codes(result, expected: set[str]) -> None:
    assert plan_codes(result) == expected
    # Nothing about the plan as a whole lands on an action, and the clean
    # action stays clean.
    assert all(f.action_index is None for f in result.findings if f.code in PLAN_CODES)
    assert [action_codes(result, a.index) for a in result.plan.actions] == [set()] * len(result.plan.actions)


def core(result):
    """The findings of the eleven core rules (the timescale and household rules
    have their own tests, tests/test_rules_timescales.py)."""
    return [f for f in result.findings if f.code in RULES]


def test_complete_plan_has_no_findings(lint_md):
    result = lint_md(markdown_plan())
    assert len(result.plan.actions) == 1
    assert core(result) == []


def test_plan_with_every_part_missing_has_all_four_plan_findings(lint_md):
    result = lint_md(markdown_plan(contingency=None, lead=None, review=None, child_voice=None))
    assert_only_plan_codes(result, {"PL501", "PL502", "PL503", "PL504"})
    assert len([f for f in core(result) if f.action_index is None]) == 4


# ------------------------------------------------------------------ PL501


def test_no_contingency_section_is_missing(lint_md):
    assert_only_plan_codes(lint_md(markdown_plan(contingency=None)), {"PL501"})


@pytest.mark.parametrize("contingency", [
    "TBC",
    pytest.param("To be discussed at core group."),
    pytest.param("Social worker to monitor."),
])
def test_contingency_section_that_says_nothing_is_missing(lint_md, contingency):
    assert_only_plan_codes(lint_md(markdown_plan(contingency=contingency)), {"PL501"})


@pytest.mark.parametrize("contingency", [
    "If dad returns to live at the home, mum will phone the police and the social worker the "
    "same day; the social worker will arrange a strategy discussion within 24 hours.",
    "If Lily's weight falls below the 9th centile, the health visitor will refer her to the "
    "paediatrician within 2 working days and tell the social worker.",
    "If the home is not rated acceptable at two visits in a row by the review conference, the "
    "local authority will hold a legal planning meeting.",
])
def test_contingency_section_is_present(lint_md, contingency):
    assert_only_plan_codes(lint_md(markdown_plan(contingency=contingency)), set())


def test_contingency_under_a_synonym_heading_is_present(lint_md):
    text = markdown_plan(contingency=None, extra=(
        "## If things get worse\n\nIf dad returns to live at the home, mum will phone the police "
        "and the social worker the same day."))
    assert_only_plan_codes(lint_md(text), set())




@pytest.mark.parametrize("extra, review", [
    # A sentence in the review section.
    pytest.param(None, "Review conference: 12 June 2026\n\nIf Ben's attendance is not 95% or "
                 "more by the review conference, the local authority will hold a legal planning "
                 "meeting.", id="sentence-in-review-section"),
    # A labelled paragraph, the form of the good examples in rules/plan.yaml.
    pytest.param("## Other information\n\n**Contingency plan:** If dad returns to live at the "
                 "home, mum will phone the police and the social worker the same day.",
                 "Review conference: 12 June 2026", id="labelled-paragraph"),
])
def test_contingency_stated_outside_a_contingency_section_is_present(lint_md, extra, review):
    text = markdown_plan(contingency=None, extra=extra, review=review)
    assert_only_plan_codes(lint_md(text), set())


# ------------------------------------------------------------------ PL502


def test_no_lead_social_worker_line_is_missing(lint_md):
    # The core group still lists "Anna Webb (social worker)", but no one is
    # marked as lead (a bad example in rules/plan.yaml).
    result = lint_md(markdown_plan(lead=None))
    assert "social worker" in result.plan.metadata.core_group.text
    assert_only_plan_codes(result, {"PL502"})


@pytest.mark.parametrize("label, lead", [
    ("Lead social worker", "TBC"),
    ("Lead social worker", "To be allocated"),
    ("Lead social worker", "Social worker"),
    ("Lead professional", "Social worker"),
    pytest.param("Lead social worker", "The social worker"),
    pytest.param("Lead social worker", "Social worker, Northside Safeguarding Team"),
])
def test_lead_with_no_name_is_missing(lint_md, label, lead):
    result = lint_md(markdown_plan(lead=lead, lead_label=label))
    assert_only_plan_codes(result, {"PL502"})
    [finding] = findings_of(result, "PL502")
    assert finding.quote == lead


@pytest.mark.parametrize("label, lead", [
    ("Lead social worker", "Amy Hill (Northside Safeguarding Team, 01632 960123)"),
    ("Lead professional", "Tom Reid, social worker, Children's Social Care"),
    ("Allocated social worker", "Priya Shah"),
])
def test_named_lead_is_present(lint_md, label, lead):
    result = lint_md(markdown_plan(lead=lead, lead_label=label))
    assert result.plan.metadata.lead_professional.text == lead
    assert_only_plan_codes(result, set())


# ------------------------------------------------------------------ PL503


def test_no_review_section_is_missing(lint_md):
    assert_only_plan_codes(lint_md(markdown_plan(review=None)), {"PL503"})


@pytest.mark.parametrize("review", [
    "Review conference: TBC",
    "Next review: in 3 months",
    "The date of the review conference is to be confirmed.",
])
def test_review_with_no_date_is_missing(lint_md, review):
    assert_only_plan_codes(lint_md(markdown_plan(review=review)), {"PL503"})


@pytest.mark.parametrize("review", [
    "Review conference: 12 June 2026",
    "Next review conference: 14 May 2026, 10am, Civic Centre",
    "Review conference date: 12/08/2026",
    "The first review conference will be held on 3 June 2026.",
])
def test_review_date_is_present(lint_md, review):
    assert_only_plan_codes(lint_md(markdown_plan(review=review)), set())


def test_review_date_in_the_header_is_present(lint_md):
    text = markdown_plan(review=None, extra="**Review conference:** 12 June 2026")
    assert_only_plan_codes(lint_md(text), set())


# ------------------------------------------------------------------ PL504


def test_no_child_voice_section_is_missing(lint_md):
    assert_only_plan_codes(lint_md(markdown_plan(child_voice=None)), {"PL504"})


def test_parents_views_are_not_the_childs_voice(lint_md):
    text = markdown_plan(child_voice=None, extra=(
        "## Parents' views\n\nMum said she wants the social worker to stop visiting."))
    assert_only_plan_codes(lint_md(text), {"PL504"})


@pytest.mark.parametrize("child, voice", [
    ("Ben Carter (8)", "TBC"),
    ("Ben Carter (8)", "Not seen."),
    pytest.param("Lily Carter (6 months)", "Too young."),
])
def test_child_voice_section_that_records_nothing_is_missing(lint_md, child, voice):
    assert_only_plan_codes(lint_md(markdown_plan(child=child, child_voice=voice)), {"PL504"})


@pytest.mark.parametrize("child, heading, voice", [
    ("Ben Carter (8)", "The child's wishes and feelings",
     "Ben said he likes his school and his teacher. He told his social worker that he wants his "
     "dad to come to his football matches."),
    ("Ben Carter (8)", "Ben's wishes and feelings",
     "Ben (8) told his social worker on 2 February 2026: 'I don't like it when dad shouts. I want "
     "to stay with mum and my dog.'"),
    ("Ella Grant (14)", "Voice of the child",
     "Ella (14) said she wants to see her friends after school and does not want to go to her "
     "nan's every weekend."),
    # A baby: what was observed of her day counts as her voice.
    ("Amira Khan (4 months)", "The child's wishes and feelings",
     "Amira is too young to tell us how she feels. At the home visit on 3 February she was seen "
     "settled in her cot, clean and fed, and she smiled and reached for her mum when she came "
     "into the room."),
    ("Lily Carter (6 months)", "A day in Lily's life",
     "At all three visits Lily (6 months) was in her bouncer, quiet and watchful; she did not "
     "reach for mum and settled only when fed."),
])
def test_child_voice_is_present(lint_md, child, heading, voice):
    text = markdown_plan(child=child, child_voice=voice, child_voice_heading=heading)
    assert_only_plan_codes(lint_md(text), set())


def test_childs_views_as_a_labelled_paragraph_are_present(lint_md):
    text = markdown_plan(child_voice=None, extra=(
        "## Other information\n\n**Child's views:** Ben said he wants to stay with mum."))
    assert_only_plan_codes(lint_md(text), set())


# -------------------------------------------------------------------- Word


@pytest.mark.parametrize("meta_style", ["table", "lines"])
def test_complete_word_plan_has_no_findings(lint_docx, meta_style):
    result = lint_docx(meta_style=meta_style)
    assert result.plan.metadata.lead_professional is not None
    assert core(result) == []


@pytest.mark.parametrize("drop, code", [
    ("contingency", "PL501"), ("lead", "PL502"), ("review", "PL503"), ("child_voice", "PL504"),
])
def test_each_missing_part_of_a_word_plan(lint_docx, drop, code):
    assert_only_plan_codes(lint_docx(**{drop: None}), {code})


def test_word_plan_with_lead_and_review_tbc(lint_docx):
    result = lint_docx(lead="TBC", review="Review conference: TBC")
    assert_only_plan_codes(result, {"PL502", "PL503"})
    assert {f.quote for f in core(result)} == {"TBC"}


# ------------------------------------------------------------ findings


def test_plan_findings_are_well_formed_in_markdown(lint_md):
    result = lint_md(markdown_plan(contingency=None, lead=None, review=None, child_voice=None))
    assert {f.code for f in core(result)} == PLAN_CODES
    for finding in core(result):
        assert_well_formed(finding, "markdown")
        assert finding.location.line == 1  # an absence is reported at the plan's title


def test_plan_findings_on_a_stated_value_point_at_it(lint_md):
    text = markdown_plan(lead="TBC", review="Review conference: TBC")
    result = lint_md(text)
    lines = text.split("\n")
    for code, line_text in (("PL502", "**Lead social worker:** TBC"),
                            ("PL503", "Review conference: TBC")):
        [finding] = findings_of(result, code)
        assert_well_formed(finding, "markdown")
        assert lines[finding.location.line - 1].strip() == line_text
        assert lines[finding.location.line - 1][finding.location.column - 1:].startswith("TBC")


def test_plan_findings_are_well_formed_in_word(lint_docx):
    result = lint_docx(contingency=None, lead="TBC", review=None, child_voice=None)
    assert {f.code for f in core(result)} == PLAN_CODES
    for finding in core(result):
        assert_well_formed(finding, "docx")
    [lead] = findings_of(result, "PL502")
    # The "TBC" cell of the header table: table 0, the lead's row, second cell.
    assert (lead.location.table, lead.location.row, lead.location.cell) == (0, 3, 1)


# ------------------------------------------- PL513 outcome-not-about-the-child

OUTCOME_HEADER = ("Outcome", "What will be done", "Who", "By when", "How will we know")
STEP = ("Visit the home unannounced and see Ben alone in his bedroom", "Social worker", "12 March 2026",
        "Home conditions rated acceptable at two unannounced visits in a row")
ABOUT_SERVICES = [
    "Mum engages with services",
    "Family receives support",
    "Dad attends a parenting course",
    "Professionals work together to support the family",
    "Support is in place for mum",
    "Engagement with services",
]
ABOUT_THE_CHILD = [
    "Ben is safe at home and goes to school every day",
    "Ben and his sister live in a warm, clean home",
    "Mum engages with services so that Ben is never left alone",
    "Mum and Dad are calmer with each other",
    "The family has enough room to live safely",
    "A safe home for Ben",
]


def outcome_plan(outcomes: list[str]) -> str:
    rows = [(outcome, *STEP) for outcome in outcomes]
    return markdown_plan(actions=table_md(rows, header=OUTCOME_HEADER))


def test_outcomes_about_services_or_inputs_are_found_and_about_the_child_are_not(lint_md):
    result = lint_md(outcome_plan(ABOUT_SERVICES + ABOUT_THE_CHILD))
    flagged = [f.quote for f in findings_of(result, "PL513")]
    assert flagged == ABOUT_SERVICES
    assert all(f.action_index is None and f.severity.value == "warning"
               for f in findings_of(result, "PL513"))


# Inputs in wordings the parse reads less plainly, and look-alikes about the child.
ABOUT_SERVICES_AS_WRITTEN = [
    # A verb the tagger reads as a noun: it has a subject and an object.
    "Mr and Mrs Carter complete the Triple P course",
    # A service's name the tagger splits, reading "programme" as a verb.
    "Mr Carter completes the Caring Dads programme",
    # Time with those who give a service.
    "Mum and Dad work with the family support team",
    "Mum meets with her drug worker every week",
    # A service given to the child.
    "Ben is referred to the young carers service",
]
ABOUT_THE_CHILD_AS_WRITTEN = [
    "Ben spends every weekend with his dad",
    "Ben lives with his mum and is safe from Mr Cole",
    "Ben goes to school every day and is collected on time",
]


def test_inputs_are_found_however_the_parse_reads_them_and_the_childs_day_is_not(lint_md):
    result = lint_md(outcome_plan(ABOUT_SERVICES_AS_WRITTEN + ABOUT_THE_CHILD_AS_WRITTEN))
    assert [f.quote for f in findings_of(result, "PL513")] == ABOUT_SERVICES_AS_WRITTEN


def test_an_outcome_shared_by_several_actions_is_one_finding_on_its_words(lint_md):
    text = markdown_plan(actions=table_md([("Mum engages with services", *STEP), ("", *STEP), ("", *STEP)],
                                          header=OUTCOME_HEADER))
    result = lint_md(text)
    [finding] = findings_of(result, "PL513")
    assert "Mum engages with services" in text.split("\n")[finding.location.line - 1]


def test_a_goal_heading_about_a_service_is_found(lint_md):
    goals = ("### Outcome 1: Ben is safe from his dad's violence\n\n" + bullet() + "\n\n"
             "### Outcome 2: Family receives support\n\n" + bullet())
    result = lint_md(markdown_plan(actions=goals))
    assert [f.quote for f in findings_of(result, "PL513")] == ["Family receives support"]


# ---------------------------------------------------- PL514 contingency-vague

VAGUE_CONTINGENCIES = [
    "If things do not improve, the case will be escalated.",
    "If the plan is not followed, other options will be considered.",
    "If there are further concerns, legal advice may be sought and the plan will be reviewed.",
    "If Dad comes back to the house, professionals will discuss next steps.",
]
SPECIFIC_CONTINGENCIES = [
    "If Ms Davies lets Craig into the house again, the social worker will ask for a legal planning "
    "meeting within 2 working days.",
    "If Dad returns to the home, the police will be called and a strategy discussion will be held the same day.",
    "If Lily's weight falls below the 9th centile, the health visitor will refer her to the paediatrician "
    "within 2 working days; a placement with her grandmother will be considered.",
    "Should Ben have another unexplained injury, the local authority will take legal advice about care "
    "proceedings that week.",
]


@pytest.mark.parametrize("contingency", VAGUE_CONTINGENCIES)
def test_a_contingency_that_names_no_step_is_vague(lint_md, contingency):
    result = lint_md(markdown_plan(contingency=contingency))
    [finding] = findings_of(result, "PL514")
    assert finding.action_index is None and finding.quote == contingency
    assert "PL501" not in plan_codes(result)


def test_only_an_existing_contingency_that_names_no_step_is_vague(lint_md):
    """A trigger and a named step pass; a deferral is no contingency at all
    (PL501), not a vague one."""
    cases = [(c, {"PL514"}) for c in VAGUE_CONTINGENCIES[:1]] + \
        [(c, set()) for c in SPECIFIC_CONTINGENCIES] + [("To be discussed at core group.", {"PL501"})]
    for contingency, expected in cases:
        result = lint_md(markdown_plan(contingency=contingency))
        assert plan_codes(result, {"PL501", "PL514"}) == expected, contingency
