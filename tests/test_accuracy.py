"""Accuracy floors on labelled plans, a little under what planlint reaches.

The floors are carried by the repository's own labelled sets: the held-out
set in tests/data/heldout and the five blind sets in tests/data/blind and
blind2 to blind5. The dev corpus is an extra, kept outside the repository
(conftest.DEV_CORPUS); its tests skip where it is absent. Figures reached are
in the README; a change that drops below a floor fails here.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from planlint.baseline import KeywordBaseline
from planlint.evaluate import ACTION_LABELS, PARTS, PLAN_LABELS, Report, evaluate

from conftest import DEV_CORPUS, dev_corpus, has_dev_corpus

REPO = Path(__file__).resolve().parents[1]
HELDOUT = REPO / "tests" / "data" / "heldout"
BLIND = REPO / "tests" / "data" / "blind"  # written without seeing the code; see its README
BLIND2 = REPO / "tests" / "data" / "blind2"  # the same, later, in new layouts
BLIND3 = REPO / "tests" / "data" / "blind3"  # the same again: common and new layouts
BLIND4 = REPO / "tests" / "data" / "blind4"  # the dev corpus's six layouts, written anew
BLIND5 = REPO / "tests" / "data" / "blind5"  # written after the fourth round of fixes
# Real authority templates (docs/layouts.md), and plans rich in evidence: no
# longer blind (their first runs are in the README), floors after general fixes.
BLIND6 = REPO / "tests" / "data" / "blind6"
BLIND7 = REPO / "tests" / "data" / "blind7"
BLIND_EVIDENCE = REPO / "tests" / "data" / "blind-evidence"
GOOD_PLANS = REPO / "tests" / "data" / "good-plans" / "plans"  # written to best practice

# (actions found, each field, each rule's precision and recall, micro F1, plan accuracy)
FLOORS = {
    "dev": dict(found=0.97, field=0.95, rule=0.9, micro=0.97, plan=1.0),
    "heldout": dict(found=0.97, field=0.9, rule=0.9, micro=0.95, plan=0.95),
    "blind": dict(found=0.97, field=0.85, rule=0.7, micro=0.9, plan=0.95),
    "blind2": dict(found=0.97, field=0.9, rule=0.75, micro=0.9, plan=0.95),
    "blind3": dict(found=0.97, field=0.9, rule=0.8, micro=0.93, plan=0.95),
    "blind4": dict(found=0.97, field=0.9, rule=0.8, micro=0.92, plan=0.95),
    "blind5": dict(found=0.97, field=0.9, rule=0.75, micro=0.88, plan=0.75),
    "blind6": dict(found=0.97, field=0.9, rule=0.7, micro=0.94, plan=0.85),
    "blind7": dict(found=0.97, field=0.9, rule=0.6, micro=0.91, plan=0.7),
    # The seven core rules only (its extension rules have floors of their own).
    "blind-evidence": dict(found=0.97, field=0.95, rule=0.55, micro=0.91, plan=0.9),
}
SETS = ["dev", "heldout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7",
        "blind-evidence"]
# Findings a plan written to best practice may still draw (none an error).
GOOD_PLAN_MOST_FINDINGS = 3
# The evidence, outcome and contingency rules' own labelled examples, written
# with the rules (not blind): floors that keep them from slipping.
EXTENSIONS = REPO / "tests" / "data" / "extensions"
EXTENSION_FLOORS = {"PL403": 0.9, "PL404": 0.75, "PL513": 0.9, "PL513 plan": 0.9, "PL514": 0.9}


@pytest.fixture(scope="module")
def reports(linter) -> dict[str, Report]:
    def lint(path):
        plan = linter.read(path)
        return plan, linter.check(plan)

    found = {"heldout": evaluate(HELDOUT, lint), "blind": evaluate(BLIND, lint),
             "blind2": evaluate(BLIND2, lint), "blind3": evaluate(BLIND3, lint),
             "blind4": evaluate(BLIND4, lint), "blind5": evaluate(BLIND5, lint),
             "blind6": evaluate(BLIND6, lint), "blind7": evaluate(BLIND7, lint),
             "blind-evidence": evaluate(BLIND_EVIDENCE, lint)}
    if has_dev_corpus():
        found["dev"] = evaluate(DEV_CORPUS, lint)
    return found


def report_for(reports, name) -> Report:
    if name not in reports:
        dev_corpus()  # the one set that may be absent: skips, saying why
    return reports[name]


@pytest.mark.parametrize("name", SETS)
def test_actions_are_found(reports, name):
    report = report_for(reports, name)
    assert report.found_actions / report.gold_actions >= FLOORS[name]["found"]
    # No invented actions: every predicted action is a gold one.
    assert report.predicted_actions - report.found_actions <= FLOORS[name].get("extra", 1)


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("part", PARTS)
def test_each_field_is_extracted(reports, name, part):
    report = report_for(reports, name)
    assert report.part_correct[part] / report.found_actions >= FLOORS[name]["field"], \
        [m for m in report.part_misses if m[1] == part]


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("code", sorted(ACTION_LABELS.values()))
def test_each_action_rule_is_precise_and_complete(reports, name, code):
    counts = report_for(reports, name).counts(code)
    floor = FLOORS[name]["rule"]
    assert counts.precision >= floor and counts.recall >= floor, report_for(reports, name).rule_misses


@pytest.mark.parametrize("name", SETS)
def test_micro_f1_over_action_rules(reports, name):
    report = report_for(reports, name)
    assert report.micro(ACTION_LABELS.values()).f1 >= FLOORS[name]["micro"]


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("code", sorted(PLAN_LABELS.values()))
def test_plan_rules(reports, name, code):
    report = report_for(reports, name)
    assert report.plan_correct[code] / report.plans >= FLOORS[name]["plan"]


def test_the_parse_beats_a_keyword_baseline(linter, reports):
    """The point of the NLP: keywords alone score lower on the same plans."""
    keywords = evaluate(HELDOUT, KeywordBaseline(linter).lint)
    ours = reports["heldout"].micro(ACTION_LABELS.values()).f1
    assert keywords.micro(ACTION_LABELS.values()).f1 < ours
    assert keywords.counts("PL201").f1 < reports["heldout"].counts("PL201").f1


@pytest.fixture(scope="module")
def extensions(linter) -> Report:
    def lint(path):
        plan = linter.read(path)
        return plan, linter.check(plan)
    return evaluate(EXTENSIONS, lint)


@pytest.mark.parametrize("key", sorted(EXTENSION_FLOORS))
def test_extension_rules_on_their_own_examples(extensions, key):
    counts = extensions.counts(key)  # "PL513 plan": PL513 scored on each plan
    assert counts.tp and counts.precision >= EXTENSION_FLOORS[key] and \
        counts.recall >= EXTENSION_FLOORS[key], extensions.rule_misses


# The evidence, outcome and contingency rules on the blind set written for
# them (README, Accuracy): (precision, recall) floors a little under what they
# reach after the general fixes made once its first run was recorded.
BLIND_EVIDENCE_FLOORS = {"PL403": (0.88, 0.95), "PL404": (0.95, 0.87), "PL513": (0.95, 0.85),
                         "PL513 plan": (0.95, 0.85), "PL514": (0.95, 0.85)}


@pytest.mark.parametrize("key", sorted(BLIND_EVIDENCE_FLOORS))
def test_extension_rules_on_the_blind_evidence_set(reports, key):
    report = reports["blind-evidence"]
    counts = report.counts(key)  # "PL513 plan": PL513 scored on each plan
    precision, recall = BLIND_EVIDENCE_FLOORS[key]
    assert counts.precision >= precision and counts.recall >= recall, report.rule_misses


@pytest.mark.parametrize("path", sorted(GOOD_PLANS.iterdir()), ids=lambda p: p.name)
def test_a_plan_written_to_best_practice_draws_no_error_and_few_findings(linter, path):
    findings = linter.check(linter.read(path))
    assert not [f for f in findings if f.severity.value == "error"], findings
    assert len(findings) <= GOOD_PLAN_MOST_FINDINGS, [(f.code, f.quote) for f in findings]
