"""The SMART score of a plan: how much of it passes planlint's core checks, 0-100.

Each action is checked on four parts: the S, M and T of SMART, and the
accountable owner that case reviews ask for beside them:

| part | stands for | passes when none of these is found on the action |
|---|---|---|
| what will be done | Specific | PL201 task-vague |
| how we will know | Measurable | PL401 evidence-missing, PL402 evidence-vague, PL403 evidence-self-report, PL404 evidence-output-only |
| who will do it | Accountable | PL101 owner-missing, PL102 owner-vague |
| by when | Time-bound | PL301 deadline-missing, PL302 deadline-vague |

and the plan as a whole on four: a contingency plan (PL501), a named lead
professional (PL502), a review conference date (PL503) and the child's own
voice (PL504). Evidence that rests on the parent's word alone (PL403) or says
only that a service was delivered (PL404) cannot show change either, so it
fails the Measurable part as vague evidence does; it adds no check. An outcome
about services rather than the child (PL513) and a vague contingency (PL514)
are reported, but are not among the four must-haves and are not scored.

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

The report colours each plan by its band (BANDS): green, amber or red by its
score, but capped by what the score alone would hide. A plan with any
error-severity finding is never green, and a plan missing one of the four
must-haves above (PLAN_CHECKS) is red whatever its score, as is a plan in
which no action was found.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .engine import FileResult
from .model import Severity

ACTION_PARTS: dict[str, tuple[str, ...]] = {
    "what": ("PL201",),
    "how we will know": ("PL401", "PL402", "PL403", "PL404"),
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
    errors: int = 0  # error-severity findings of any rule, scored or not
    missing: tuple[str, ...] = ()  # the PLAN_CHECKS codes found: must-haves missing

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
                 plan_checked=len(plan_codes),
                 errors=sum(f.severity is Severity.ERROR for f in result.findings),
                 missing=tuple(code for code in plan_codes if code in found))


@dataclass(frozen=True)
class Band:
    """One colour of the report: the lowest score that earns it, and what it
    tells the reader, in plain words."""

    name: str
    lowest: int
    meaning: str


# The bands, best first, and what caps a plan's band whatever its score. A table
# in code rather than rules/*.yaml: it is not vocabulary of plans but part of how
# the score is read, like ACTION_PARTS and PLAN_CHECKS, and the report's legend is
# written from it, so the page always says what the colours do.
BANDS: tuple[Band, ...] = (
    Band("green", 80, "in good shape: most checks pass and nothing is badly wrong"),
    Band("amber", 50, "needs work: look at it after the red ones"),
    Band("red", 0, "look at this plan first"),
)
ERROR_CAP = "amber"  # the best band of a plan with any error-severity finding
MISSING_CAP = "red"  # the band of a plan missing a must-have (PLAN_CHECKS), or with no action


def band_named(name: str) -> Band:
    return next(band for band in BANDS if band.name == name)


def banding(score: Score) -> tuple[Band, str | None]:
    """A plan's band, and what capped it below the band of its score (None when
    the score alone set it)."""
    if score.actions == 0:
        return band_named(MISSING_CAP), "no actions found"
    if score.value is None:  # no scored rule ran (--select): only the caps can tell
        by_score = BANDS[0]
    else:
        by_score = next(band for band in BANDS if score.value >= band.lowest)
    caps = []
    if score.missing:
        caps.append((MISSING_CAP, " and ".join(PLAN_CHECKS[code] for code in score.missing)
                     + " missing"))
    if score.errors:
        caps.append((ERROR_CAP, f"{score.errors} error(s)"))
    for cap, why in caps:  # the harshest first
        if BANDS.index(band_named(cap)) > BANDS.index(by_score):
            return band_named(cap), why
    return by_score, None
