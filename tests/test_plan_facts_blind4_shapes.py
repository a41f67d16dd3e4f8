"""Plan facts in shapes that were misread: a lead given as a role with its
name "to follow"; a baby's day observed in words that look like an absence
("has not been seen to wince"); a views section that says the child has not
been seen or asked and gives only others' views; a "said" whose subject is
not the child; the child's views under a subheading of an action section.

Each case is a whole plan linted through the real pipeline, with a failing
and a passing variant.
"""
from __future__ import annotations

import pytest

from conftest import markdown_plan, plan_codes

# ----------------------------------------------------------- PL502 lead


@pytest.mark.parametrize("lead", [
    "Allocated social worker, Children in Need Team 2 – name to follow",
    "Social worker – to follow",
    "Children in Need Team 2",
])
def test_role_or_team_with_name_to_follow_is_no_lead(lint_md, lead):
    result = lint_md(markdown_plan(lead=lead, lead_label="Lead professional"))
    assert "PL502" in plan_codes(result)


def test_named_lead_in_a_children_in_need_team_counts(lint_md):
    lead = "Priya Shah, Children in Need Team 2"
    result = lint_md(markdown_plan(lead=lead, lead_label="Lead professional"))
    assert "PL502" not in plan_codes(result)


def test_word_header_lead_name_to_follow_is_missing(lint_docx):
    assert "PL502" in plan_codes(lint_docx(lead="Duty social worker – name to follow"))
    assert "PL502" not in plan_codes(lint_docx(lead="Tomas Berg (social worker)"))


# --------------------------------------------------------- PL504 voice

BABY = "Ruby Hale (5 months)"


def test_observed_day_with_seen_to_is_the_babys_voice(lint_md):
    day = ("Ruby was settled in her cot at both visits and fed well from her bottle. "
           "She has not been seen to wince or cry out when her nappy is changed.")
    result = lint_md(markdown_plan(child=BABY, child_voice=day,
                                   child_voice_heading="How Ruby's days go"))
    assert "PL504" not in plan_codes(result)


def test_baby_not_yet_seen_records_no_voice(lint_md):
    absent = ("Ruby has not been seen by the social worker yet; a home visit "
              "is booked for next week.")
    result = lint_md(markdown_plan(child=BABY, child_voice=absent,
                                   child_voice_heading="How Ruby's days go"))
    assert "PL504" in plan_codes(result)


NOT_ASKED = ("Kai and Leah have not yet been asked for their views. The social worker "
             "will meet them at school next week. Their childminder says both are "
             "cheerful and eat well.")


def test_not_yet_asked_with_only_others_views_is_missing(lint_md):
    result = lint_md(markdown_plan(child="Kai Moss (9), Leah Moss (6)", child_voice=NOT_ASKED,
                                   child_voice_heading="What Kai and Leah say"))
    assert "PL504" in plan_codes(result)


def test_not_yet_asked_then_the_childs_own_words_counts(lint_md):
    views = NOT_ASKED + " Kai told his teacher he misses his grandad."
    result = lint_md(markdown_plan(child="Kai Moss (9), Leah Moss (6)", child_voice=views,
                                   child_voice_heading="What Kai and Leah say"))
    assert "PL504" not in plan_codes(result)


def test_said_of_another_subject_is_not_the_childs_voice(lint_md):
    other = ("## Background\n\nMum has asked her partner to stay away from the children, "
             "and he has said he will.")
    result = lint_md(markdown_plan(child_voice=None, extra=other))
    assert "PL504" in plan_codes(result)
    own = "## Background\n\nThe children said they feel safer now he has left."
    assert "PL504" not in plan_codes(lint_md(markdown_plan(child_voice=None, extra=own)))


def views_under_plan_heading(heading: str) -> str:
    """A plan whose second heading "Child protection plan" reads as the action
    section, with a views subheading (and the child's words) under it."""
    body = (f"### {heading}\n\nBen told his teacher he wants his dad to stop shouting "
            "and said he likes it when his nan visits.\n\n### Actions\n\n"
            "| What will be done | Who | By when | How will we know |\n|---|---|---|---|\n"
            "| Visit the home unannounced and see Ben alone | Social worker | 12 March 2026 "
            "| Home conditions rated acceptable at two visits in a row |")
    return markdown_plan(title="Westgate Council", actions_heading="Child protection plan",
                         actions=body, child_voice=None)


def test_childs_views_subheading_inside_action_section_counts(lint_md):
    assert "PL504" not in plan_codes(lint_md(views_under_plan_heading("Ben's views")))


def test_parents_views_subheading_inside_action_section_is_not_the_childs(lint_md):
    assert "PL504" in plan_codes(lint_md(views_under_plan_heading("Mum's views")))
