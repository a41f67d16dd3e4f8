"""Plan facts where real templates put them: a header table under a caption
row, with the plan's facts among others (date of birth, address, team), and
the conference and review named as each nation's templates name them."""
from __future__ import annotations

from conftest import read_md, text


def facts_table(*pairs: tuple[str, str, str, str]) -> str:
    rows = ["| Details | Details | Details | Details |", "|---|---|---|---|"]
    rows += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in pairs]
    return "\n".join(rows) + "\n"


def test_a_facts_table_under_a_caption_gives_the_lead_and_the_review(linter, tmp_path):
    plan = read_md(linter, tmp_path, facts_table(
        ("Child", "Leo Hall", "Date of birth", "12/12/2022 (3)"),
        ("Mother", "Ms Kim Hall", "Address", "4 Mill Lane"),
        ("Date of CPPM", "10 February 2026 (initial)", "Team", "North Team"),
        ("Lead professional", "Euan Baird, social worker", "Named person", "Morag Fleming"),
        ("First core group", "24 February 2026", "Review CPPM", "5 May 2026")))
    assert text(plan.metadata.lead_professional) == "Euan Baird, social worker"
    assert text(plan.metadata.conference_date) == "10 February 2026 (initial)"
    assert text(plan.metadata.review_date) == "5 May 2026"


def test_a_facts_table_is_not_read_as_actions_from_a_row_that_looks_like_a_header(linter, tmp_path):
    plan = read_md(linter, tmp_path, facts_table(
        ("Child", "Conor Hall", "Date of birth", "30/08/2019 (6)"),
        ("Date of initial child protection case conference", "3 February 2026", "Category", "Neglect"),
        ("Social worker (key worker)", "To be confirmed: case to be allocated", "Team leader", "Mairead Quinn"),
        ("First core group meeting", "17 February 2026",
         "Review child protection case conference", "5 May 2026")))
    assert plan.actions == []
    assert text(plan.metadata.review_date) == "5 May 2026"


def test_an_early_help_plan_is_reviewed_at_its_next_team_around_the_family_meeting(linter, tmp_path):
    plan = read_md(linter, tmp_path, "**Lead practitioner:** Lauren Price\n\n"
                   "**Next TAF review:** 18 March 2026, Hillside Family Hub\n")
    assert text(plan.metadata.review_date) == "18 March 2026, Hillside Family Hub"


def test_a_conference_label_without_a_date_is_not_the_conference_date(linter, tmp_path):
    plan = read_md(linter, tmp_path, "**Conference chair:** Graham Lyle\n\n"
                   "**Next review conference:** 21 May 2026\n")
    assert plan.metadata.conference_date is None
    assert text(plan.metadata.review_date) == "21 May 2026"


def test_a_dated_review_wins_over_a_review_label_without_a_date(linter, tmp_path):
    plan = read_md(linter, tmp_path, facts_table(
        ("Child", "Jay Hall", "Date plan started", "2 February 2026"),
        ("Review number", "1 (reviews every 4 weeks)", "Next review meeting", "31 March 2026")))
    assert text(plan.metadata.review_date) == "31 March 2026"


def test_a_welsh_plan_names_its_care_and_support_protection_co_ordinator(linter, tmp_path):
    plan = read_md(linter, tmp_path, facts_table(
        ("Children", "Megan Price (10)", "Mother", "Ms Lisa Price"),
        ("Care and support protection co-ordinator", "Elin Rowlands", "Date of this core group",
         "3 March 2026")))
    assert text(plan.metadata.lead_professional) == "Elin Rowlands"


def test_a_views_heading_naming_only_adults_holds_the_parents_views(linter, tmp_path):
    plan = read_md(linter, tmp_path, "**Children:** Noah Hall (9) and Freya Hall (2)\n\n"
                   "## What Noah and Freya say\n\nNoah said he likes school.\n\n"
                   "## What Laura and Craig say\n\nLaura said the plan is fair.\n")
    assert [s.kind.value for s in plan.sections] == ["child_views", "parent_views"]


def test_a_lead_named_with_their_team_is_the_social_worker_who_visits(lint_md):
    from conftest import findings_of
    result = lint_md("# Child protection plan\n\n**Lead social worker:** Ruth Okafor, Millbrook Team\n\n"
                     "## The plan\n\n- Ruth will visit Ella at home and see her alone every two weeks.\n")
    assert findings_of(result, "PL507") == []


def test_what_matters_to_a_parent_holds_the_parents_views(linter, tmp_path):
    plan = read_md(linter, tmp_path, "**Child:** Tomos Hall (12)\n\n"
                   "## What matters to Tomos\n\nTomos wants his dad to be well.\n\n"
                   "## What matters to Tomos's dad\n\nMr Hall said he wants help.\n")
    assert [s.kind.value for s in plan.sections] == ["child_views", "parent_views"]
