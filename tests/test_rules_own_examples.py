"""The catalogue's own examples of the evidence, outcome and contingency rules
(PL403, PL404, PL513, PL514), through the whole pipeline: each rule finds
each of its bad examples and none of its good ones, so `planlint rule CODE`
never shows advice that planlint itself would flag."""
from __future__ import annotations

import pytest

from conftest import findings_of, markdown_plan, row, table_md

# Ms Davies is the mother in the examples ("Ms Davies confirms the routine is in place").
CORE_GROUP = "Ms Davies (mum), Dad, Anna Webb (social worker), Ms Patel (DSL, Hill Street Primary)"
OUTCOME_HEADER = ("Outcome", "What will be done", "Who", "By when", "How will we know")
STEP = ("Visit the home unannounced and see Ben alone in his bedroom", "Social worker", "12 March 2026",
        "Home conditions rated acceptable at two unannounced visits in a row")


def example_plan(code: str, example: str) -> str:
    """A clean plan with the example in the place it is about: "How will we
    know: ..." in the evidence cell, "Outcome: ..." as an outcome,
    "Contingency plan: ..." as the contingency."""
    label, _, text = example.partition(": ")
    if code in ("PL403", "PL404"):
        assert label == "How will we know", example
        return markdown_plan([row(who="Ms Davies", evidence=text)], core_group=CORE_GROUP)
    if code == "PL513":
        assert label in ("Outcome", "What needs to change"), example
        return markdown_plan(actions=table_md([(text, *STEP)], header=OUTCOME_HEADER))
    assert label == "Contingency plan", example
    return markdown_plan(contingency=text)


def examples(kind: str):
    from planlint.catalogue import load_catalogue

    rules = load_catalogue().rules
    return [pytest.param(code, text, id=f"{code}-{n}")
            for code in ("PL403", "PL404", "PL513", "PL514")
            for n, text in enumerate(getattr(rules[code].examples, kind), 1)]


@pytest.mark.parametrize("code, example", examples("bad"))
def test_each_rule_finds_its_bad_examples(lint_md, code, example):
    assert findings_of(lint_md(example_plan(code, example)), code), example


@pytest.mark.parametrize("code, example", examples("good"))
def test_no_rule_finds_its_own_good_examples(lint_md, code, example):
    result = lint_md(example_plan(code, example))
    new = {"PL403", "PL404", "PL513", "PL514"}
    assert [f.code for f in result.findings if f.code in new] == [], example
