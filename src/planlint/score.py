"""The SMART score of a plan: how much of it passes planlint's core checks, 0-100.

Each action is checked on four parts: the S, M and T of SMART, and the
accountable owner that case reviews ask for beside them:

| part | stands for | passes when none of these is found on the action |
|---|---|---|
| what will be done | Specific | PL201 task-vague |
| how we will know | Measurable | PL401 evidence-missing, PL402 evidence-vague |
| who will do it | Accountable | PL101 owner-missing, PL102 owner-vague |
| by when | Time-bound | PL301 deadline-missing, PL302 deadline-vague |

and the plan as a whole on four: a contingency plan (PL501), a named lead
professional (PL502), a review conference date (PL503) and the child's own
voice (PL504).

    score = 100 x (checks passed) / (checks made)

rounded to a whole number, where a plan with N actions makes 4 x N + 4 checks.
Only the checks that ran count: a rule left out by --select, --ignore, the
configuration or the plan's profile is neither passed nor failed, and a part
whose rules all were left out is not counted. A finding suppressed in the plan
(a "planlint-disable" comment) was accepted, so it counts as passed. A plan in
which no action was found has no score ("no actions found"): there is nothing
to score, and that is itself the first thing to look at. Whether an action is
achievable and relevant (the A and R) is a professional judgement that planlint
does not make.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .engine import FileResult

ACTION_PARTS: dict[str, tuple[str, ...]] = {
    "what": ("PL201",),
    "how we will know": ("PL401", "PL402"),
    "who": ("PL101", "PL102"),
    "by when": ("PL301", "PL302"),
}
PLAN_CHECKS: dict[str, str] = {
    "PL501": "contingency plan",
    "PL502": "lead professional",
    "PL503": "review date",
    "PL504": "child's voice",
}


@dataclass(frozen=True)
class Score:
    """A plan's score and the counts it is made of."""

    actions: int
    action_passed: int
    action_checked: int
    plan_passed: int
    plan_checked: int

    @property
    def passed(self) -> int:
        return self.action_passed + self.plan_passed

    @property
    def checked(self) -> int:
        return self.action_checked + self.plan_checked

    @property
    def value(self) -> int | None:
        """0-100, or None when there is nothing to score (no action found)."""
        if self.actions == 0 or self.checked == 0:
            return None
        return round(100 * self.passed / self.checked)


def smart_score(result: FileResult, codes: Iterable[str]) -> Score | None:
    """The score of one linted plan; `codes` are the rules that ran on it (the
    Linter's `codes`). None for a file that could not be read."""
    if result.plan is None:
        return None
    ran = set(codes)
    parts = [rules for rules in ACTION_PARTS.values() if ran.intersection(rules)]
    on_action = {(f.action_index, f.code) for f in result.findings if f.action_index}
    action_passed = action_checked = 0
    for action in result.plan.actions:
        for rules in parts:
            action_checked += 1
            action_passed += not any((action.index, code) in on_action for code in rules)
    found = {f.code for f in result.findings}
    plan_codes = [code for code in PLAN_CHECKS if code in ran]
    plan_passed = sum(code not in found for code in plan_codes)
    return Score(actions=len(result.plan.actions), action_passed=action_passed,
                 action_checked=action_checked, plan_passed=plan_passed,
                 plan_checked=len(plan_codes))
