"""Dates against the plan's own timeline, statutory timescales, the social
worker's visits, the child seen alone, parents' views and the household's
adults (PL303-PL306, PL505-PL512), through the real pipeline."""
from __future__ import annotations

import json
from datetime import date

import pytest

from planlint.checks import Options
from planlint.engine import FileResult, Linter
from planlint.report import json as json_report

CODES = {"PL303", "PL304", "PL305", "PL306", "PL505", "PL506", "PL507", "PL508", "PL509",
         "PL510", "PL511", "PL512"}
HEADER = "| What will be done | Who | By when | How will we know |\n|---|---|---|---|"
VISIT = ("Visit the home unannounced and see Ben alone in his bedroom", "Anna Webb (social worker)",
         "every two weeks", "Ben's own words recorded on his file after each visit")
DAD = ("Attend the Calm Dads course at Riverside Family Hub, booked by the social worker", "Mr Carter",
       "every Thursday from 12 March 2026",
       "Course register shows 9 of 10 sessions attended, and Ben tells his social worker that Dad no "
       "longer shouts at home")
MUM = ("Take Ben to his dental check-up at Hill Street Dental", "Ms Carter", "by 20 March 2026",
       "Dentist's letter shown to the social worker")
HELP_MUM = ("Drive Ms Carter and Ben to the dental check-up", "Family support worker (Jo Lee)",
            "by 20 March 2026", "Ben seen by the dentist; letter on file")


def plan(rows=(VISIT, DAD, MUM, HELP_MUM), *, conference="Date of initial conference: 3 March 2026",
         child="Ben Carter (8)", first_core_group="13 March 2026", review="26 May 2026",
         parents_views="Ms Carter says she wants help with the routines; Mr Carter agrees to the course.",
         extra_meta="") -> str:
    meta = [f"**Child:** {child}  ", f"**{conference.split(': ')[0]}:** {conference.split(': ')[1]}  ",
            "**Lead social worker:** Anna Webb  ",
            "**Core group:** Ms Carter (mum), Mr Carter (dad), Anna Webb (social worker), Jo Lee (family support worker)  "]
    if first_core_group:
        meta.append(f"**First core group:** {first_core_group}  ")
    if extra_meta:
        meta.append(extra_meta)
    table = "\n".join("| " + " | ".join(r) + " |" for r in rows)
    parts = ["# Child protection plan", "", *meta, "", "## The plan", "", HEADER, table, "",
             "## The child's wishes and feelings", "",
             "Ben said he likes his school and wants his dad to come to his football matches.", ""]
    if parents_views:
        parts += ["## Parents' views", "", parents_views, ""]
    parts += ["## Contingency plan", "", "If Ben is hurt again, the social worker will hold a "
              "strategy discussion the same day.", ""]
    if review:
        parts += ["## Review", "", f"Review conference: {review}", ""]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def dated_linter():
    """A linter judging the plans as of 10 March 2026 (a week after the conference)."""
    linter = Linter(options=Options(today=date(2026, 3, 10)))
    linter.parser
    return linter


def lint(linter, tmp_path, text: str) -> FileResult:
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    result = linter.lint_file(path)
    assert result.error is None, result.error
    return result


def codes(result: FileResult, index: int | None = None) -> set[str]:
    return {f.code for f in result.findings if f.code in CODES and f.action_index == index}


def all_codes(result: FileResult) -> set[str]:
    return {f.code for f in result.findings if f.code in CODES}


def test_a_plan_whose_dates_are_all_fine_gives_no_finding(dated_linter, tmp_path):
    result = lint(dated_linter, tmp_path, plan())
    assert result.findings == []


def test_json_carries_each_resolved_deadline(dated_linter, tmp_path):
    result = lint(dated_linter, tmp_path, plan())
    data = json.loads(json_report.render([result]))
    actions = data["files"][0]["plan"]["actions"]
    assert actions[0]["due"] == {"every_days": 14, "kind": "frequency"}
    assert actions[1]["due"] == {"starts": "2026-03-12", "every_days": 7.0, "kind": "date"}
    assert actions[2]["due"] == {"by": "2026-03-20", "kind": "date"}
    assert result.plan.timeline.conference == date(2026, 3, 3)
    assert result.plan.timeline.review == date(2026, 5, 26)


@pytest.mark.parametrize("deadline", ["28/02/2026", "end of Feb", "by 2.3.26"])
def test_deadline_before_the_conference(dated_linter, tmp_path, deadline):
    rows = (VISIT, DAD, MUM[:2] + (deadline,) + MUM[3:], HELP_MUM)
    assert codes(lint(dated_linter, tmp_path, plan(rows)), 3) == {"PL303"}


def test_deadline_passed_while_the_plan_is_in_force(dated_linter, tmp_path):
    rows = (VISIT, DAD, MUM[:2] + ("by 5 March 2026",) + MUM[3:], HELP_MUM)
    result = lint(dated_linter, tmp_path, plan(rows))
    assert codes(result, 3) == {"PL304"}
    # The same plan judged after its review: it has been replaced, no finding.
    later = Linter(options=Options(today=date(2026, 7, 1)))
    assert codes(lint(later, tmp_path, plan(rows)), 3) == set()


@pytest.mark.parametrize("deadline, flagged", [
    ("31 July 2026", True), ("by end of June", True),
    ("by the review conference", False), ("26/05/2026", False), ("within 6 weeks of conference", False),
])
def test_deadline_after_the_review(dated_linter, tmp_path, deadline, flagged):
    rows = (VISIT, DAD, MUM[:2] + (deadline,) + MUM[3:], HELP_MUM)
    assert codes(lint(dated_linter, tmp_path, plan(rows)), 3) == ({"PL305"} if flagged else set())


@pytest.mark.parametrize("task, deadline, flagged", [
    ("Continue to visit Ben at school and ask how home is", "by the review conference", True),
    ("Attend the parenting sessions at Riverside Family Hub", "from 12 March 2026", True),
    ("Attend the parenting sessions at Riverside Family Hub", "every Tuesday from 12 March 2026", False),
    ("Take Ben to two taster sessions at the football club", "by 30 April 2026", False),
    ("Continue to visit Ben at school", "Regularly", False),  # PL302 already says it
])
def test_recurring_action_without_a_frequency(dated_linter, tmp_path, task, deadline, flagged):
    rows = (VISIT, DAD, MUM, HELP_MUM, (task, "Jo Lee (family support worker)", deadline,
                                        "Ben's attendance logged by the hub at every session"))
    assert codes(lint(dated_linter, tmp_path, plan(rows)), 5) == ({"PL306"} if flagged else set())


@pytest.mark.parametrize("conference, first, flagged", [
    ("3 March 2026", "31 March 2026", True),
    ("3 March 2026", "17 March 2026", False),  # exactly 10 working days
    # Easter: Good Friday 3 April and Easter Monday 6 April 2026 are bank holidays.
    ("27 March 2026", "14 April 2026", False),
    ("27 March 2026", "15 April 2026", True),
])
def test_first_core_group_within_10_working_days(dated_linter, tmp_path, conference, first, flagged):
    text = plan(conference=f"Date of initial conference: {conference}", first_core_group=first)
    assert codes(lint(dated_linter, tmp_path, text)) == ({"PL505"} if flagged else set())


@pytest.mark.parametrize("conference, review, flagged", [
    ("Date of initial conference: 3 March 2026", "30 June 2026", True),
    ("Date of initial conference: 3 March 2026", "3 June 2026", False),
    ("Date of review conference: 20 January 2026", "14 July 2026", False),
    ("Date of review conference: 20 January 2026", "14 September 2026", True),
])
def test_review_within_3_months_of_initial_and_6_of_review(dated_linter, tmp_path, conference, review, flagged):
    result = lint(dated_linter, tmp_path, plan(conference=conference, review=review, first_core_group=None))
    assert ("PL506" in codes(result)) == flagged


def test_no_social_worker_visits_in_the_plan(dated_linter, tmp_path):
    result = lint(dated_linter, tmp_path, plan(rows=(DAD, MUM, HELP_MUM)))
    assert codes(result) == {"PL507", "PL509"}


def test_visits_less_often_than_the_minimum(dated_linter, tmp_path):
    monthly = VISIT[:2] + ("monthly",) + VISIT[3:]
    result = lint(dated_linter, tmp_path, plan(rows=(monthly, DAD, MUM, HELP_MUM)))
    assert codes(result) == {"PL508"}
    relaxed = Linter(options=Options(today=date(2026, 3, 10), min_visit_days=31))
    assert codes(lint(relaxed, tmp_path, plan(rows=(monthly, DAD, MUM, HELP_MUM)))) == set()


def test_child_never_seen_alone(dated_linter, tmp_path):
    visit = ("Visit the family at home", ) + VISIT[1:]
    assert codes(lint(dated_linter, tmp_path, plan(rows=(visit, DAD, MUM, HELP_MUM)))) == {"PL509"}


def test_a_baby_is_not_asked_to_be_seen_alone(dated_linter, tmp_path):
    visit = ("Visit the family at home and see Ben in his cot", ) + VISIT[1:]
    text = plan(rows=(visit, DAD, MUM, HELP_MUM), child="Ben Carter (6 months)")
    assert codes(lint(dated_linter, tmp_path, text)) == set()


def test_parents_views_missing(dated_linter, tmp_path):
    assert codes(lint(dated_linter, tmp_path, plan(parents_views=None))) == {"PL510"}


def test_a_carer_with_no_action(dated_linter, tmp_path):
    result = lint(dated_linter, tmp_path, plan(rows=(VISIT, MUM, HELP_MUM)))
    assert codes(result) == {"PL511"}
    [finding] = [f for f in result.findings if f.code == "PL511"]
    assert finding.quote == "Mr Carter (dad)"


def test_change_demanded_with_no_help_offered(dated_linter, tmp_path):
    house = ("Keep the house clean and tidy", "Ms Carter", "by 20 March 2026",
             "Home conditions rated acceptable at two unannounced visits in a row")
    result = lint(dated_linter, tmp_path, plan(rows=(VISIT, DAD, house)))
    assert codes(result) == {"PL512"}
    helped = lint(dated_linter, tmp_path, plan(rows=(VISIT, DAD, house, (
        "Help Ms Carter make a cleaning rota and a shopping list", "Jo Lee (family support worker)",
        "by 13 March 2026", "Rota on the fridge at the next visit"))))
    assert codes(helped) == set()


def test_a_grandparent_is_not_a_household_carer(dated_linter, tmp_path):
    text = plan().replace("Jo Lee (family support worker)  ",
                          "Jo Lee (family support worker), Mrs Carter (grandmother)  ", 1)
    assert codes(lint(dated_linter, tmp_path, text)) == set()


def test_every_new_rule_is_in_the_catalogue_with_its_source(dated_linter):
    for code in CODES:
        rule = dated_linter.catalogue.rules[code]
        assert rule.source and rule.why and rule.examples.bad and rule.examples.good


UNHELPED_DAD = ("Attend the Calm Dads course at Riverside Family Hub", "Mr Carter",
                "every Thursday from 12 March 2026", DAD[3])


@pytest.mark.parametrize("help_row, helped", [
    (None, False),  # told to attend, and nobody makes it happen
    (("Check with Mr Carter each week that he has gone to the course", "Anna Webb (social worker)",
      "every Friday", "Course register seen by the social worker"), False),  # watching is not help
    (("Refer Mr Carter to the Calm Dads course and book his place", "Anna Webb (social worker)",
      "by 11 March 2026", "Place confirmed by the hub, and Ben tells his social worker Dad no longer "
      "shouts at home"), True),
    (("Pay for a place on the Calm Dads course", "Jo Lee (family support worker)", "by 11 March 2026",
      "Place confirmed by the hub, and Ben tells his social worker Dad no longer shouts at home"), True),
])
def test_attending_a_service_is_helped_only_when_a_professional_makes_it_happen(
        dated_linter, tmp_path, help_row, helped):
    rows = (VISIT, UNHELPED_DAD, MUM, HELP_MUM) + ((help_row,) if help_row else ())
    result = lint(dated_linter, tmp_path, plan(rows))
    assert codes(result) == (set() if helped else {"PL512"})
    if not helped:
        [finding] = [f for f in result.findings if f.code == "PL512"]
        assert finding.quote == "Mr Carter (dad)"


def test_change_without_help_is_found_in_a_plan_with_no_core_group(dated_linter, tmp_path):
    drink = ("Stop drinking when caring for Ben", "Mum", "from today",
             "Three negative breath tests at unannounced visits before the review")
    unhelped = plan(rows=(VISIT, drink)).replace(
        "**Core group:** Ms Carter (mum), Mr Carter (dad), Anna Webb (social worker), Jo Lee (family support worker)  \n", "")
    result = lint(dated_linter, tmp_path, unhelped)
    assert result.plan.metadata.core_group is None
    assert codes(result) == {"PL512"}
    helper = ("Refer Mum to the Turning Point alcohol service and drive her to the first appointment",
              "Jo Lee (family support worker)", "by 13 March 2026", drink[3])
    helped = plan(rows=(VISIT, drink, helper)).replace(
        "**Core group:** Ms Carter (mum), Mr Carter (dad), Anna Webb (social worker), Jo Lee (family support worker)  \n", "")
    assert codes(lint(dated_linter, tmp_path, helped)) == set()
