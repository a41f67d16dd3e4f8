"""Accuracy against labelled plans (the annotation guide's labels.jsonl format).

Two measures:
- extraction: are the gold actions found, and is each part (task, owner,
  deadline, evidence) the same text? Texts match when the token F1 of their
  lowercased words is at least 0.8 (SQuAD-style overlap); both absent matches.
- checks: precision and recall of each rule against the gold labels.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from .model import Finding, Plan

MATCH_F1 = 0.8
PARTS = ("task", "owner", "deadline", "evidence")
# The annotation guide's core labels: every labelled set has each of them.
ACTION_LABELS = {"owner_missing": "PL101", "owner_vague": "PL102", "action_vague": "PL201",
                 "deadline_missing": "PL301", "deadline_vague": "PL302",
                 "evidence_missing": "PL401", "evidence_vague": "PL402"}
PLAN_LABELS = {"contingency_missing": "PL501", "lead_professional_missing": "PL502",
               "review_date_missing": "PL503", "child_voice_missing": "PL504"}
# The guide's Extensions: scored on the plans that carry them, required of none
# (sets labelled before them have none). An action's outcome_not_about_child is
# the label of the outcome it serves; PL513 reports each outcome once, on the plan.
EXTRA_ACTION_LABELS = {"evidence_self_report": "PL403", "evidence_output_only": "PL404",
                       "outcome_not_about_child": "PL513"}
EXTRA_PLAN_LABELS = {"outcome_not_about_child": "PL513", "contingency_vague": "PL514"}
OUTCOME_CODE = "PL513"
LABEL_WIDTH = max(map(len, [*ACTION_LABELS, *EXTRA_ACTION_LABELS]))  # the report's label column
WORD = re.compile(r"[\w']+")


def tokens(text: str | None) -> list[str]:
    return WORD.findall((text or "").lower())


def token_f1(a: str | None, b: str | None) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta and not tb:
        return 1.0
    common = sum((Counter(ta) & Counter(tb)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(ta), common / len(tb)
    return 2 * precision * recall / (precision + recall)


def token_recall(gold: str | None, text: str | None) -> float:
    """Share of the gold words found in the text."""
    tg = tokens(gold)
    if not tg:
        return 0.0
    return sum((Counter(tg) & Counter(tokens(text))).values()) / len(tg)


class CorpusError(Exception):
    """A labelled corpus that cannot be scored: one line naming the file (and the
    line of labels.jsonl) and what is wrong."""


class GoldAction(BaseModel):
    """One labelled action (docs/labelled-corpus.md)."""

    model_config = ConfigDict(extra="allow")
    task: str
    owner: str | None
    deadline: str | None
    evidence: str | None
    labels: dict[str, bool]


class GoldPlan(BaseModel):
    """One line of labels.jsonl: a plan, its actions and its plan-level labels."""

    model_config = ConfigDict(extra="allow")
    plan: str
    plan_labels: dict[str, bool]
    actions: list[GoldAction]


def load_gold(labels_path: Path) -> list[dict]:
    """The labelled plans, each line checked against the format."""
    entries = []
    with open(labels_path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                entries.append(_gold_line(labels_path, number, line))
    return entries


def _gold_line(labels_path: Path, number: int, line: str) -> dict:
    where = f"{labels_path}:{number}: error"
    try:
        entry = GoldPlan.model_validate_json(line)
    except ValidationError as exc:
        problem = exc.errors()[0]
        key = ".".join(str(k) for k in problem["loc"]) or "(line)"
        raise CorpusError(f"{where}: {key}: {problem['msg']} (see docs/labelled-corpus.md)") \
            from None
    missing = [label for label in PLAN_LABELS if label not in entry.plan_labels]
    missing += [label for action in entry.actions for label in ACTION_LABELS
                if label not in action.labels]
    if missing:
        raise CorpusError(f"{where}: label {missing[0]!r} is missing (see "
                          "docs/labelled-corpus.md)")
    for label in extra_action_labels(entry.model_dump()):
        unlabelled = [n for n, action in enumerate(entry.actions, 1) if label not in action.labels]
        if unlabelled:
            raise CorpusError(f"{where}: label {label!r} is on some actions of this plan but not on "
                              f"action {unlabelled[0]} (see docs/labelled-corpus.md)")
    return entry.model_dump()


def extra_action_labels(entry: dict) -> list[str]:
    """The extension labels a plan's actions carry (any action having one is
    enough; load_gold checks that all of them do)."""
    return [label for label in EXTRA_ACTION_LABELS
            if any(label in action["labels"] for action in entry["actions"])]


def action_labels(entry: dict) -> dict[str, str]:
    """Label -> rule for the action labels scored on this plan."""
    return {**ACTION_LABELS, **{label: EXTRA_ACTION_LABELS[label] for label in extra_action_labels(entry)}}


def plan_labels(entry: dict) -> dict[str, str]:
    """Label -> rule for the plan labels scored on this plan."""
    return {**PLAN_LABELS, **{label: code for label, code in EXTRA_PLAN_LABELS.items()
                              if label in entry["plan_labels"]}}


def align(gold_actions: list[dict], plan: Plan) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) matched on task text, in order."""
    pairs, used = [], set()
    for g, gold in enumerate(gold_actions):
        best, best_score = None, MATCH_F1
        for p, action in enumerate(plan.actions):
            if p in used:
                continue
            text = action.task.text if action.task else action.text
            # Found when the task matches, or the gold task stands inside the
            # predicted action's words (a sentence whose task was cut wrongly
            # is still the action found; its task is scored as a field).
            score = max(token_f1(gold["task"], text), token_recall(gold["task"], action.text))
            if score >= best_score:
                best, best_score = p, score
        if best is not None:
            used.add(best)
            pairs.append((g, best))
    return pairs


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, predicted: bool, gold: bool) -> None:
        self.tp += predicted and gold
        self.fp += predicted and not gold
        self.fn += gold and not predicted


@dataclass
class Report:
    gold_actions: int = 0
    found_actions: int = 0
    predicted_actions: int = 0
    part_correct: Counter = field(default_factory=Counter)
    part_misses: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)
    rules: dict[str, Counts] = field(default_factory=dict)
    plan_correct: Counter = field(default_factory=Counter)
    plan_scored: Counter = field(default_factory=Counter)  # plans that carry each plan label
    # Extension labels (EXTRA_*_LABELS) that some plan of the set carries.
    extra_action_scored: set[str] = field(default_factory=set)
    extra_plan_scored: set[str] = field(default_factory=set)
    plans: int = 0
    rule_misses: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)

    def counts(self, code: str) -> Counts:
        return self.rules.setdefault(code, Counts())

    def micro(self, codes: Iterable[str]) -> Counts:
        total = Counts()
        for code in codes:
            c = self.counts(code)
            total.tp, total.fp, total.fn = total.tp + c.tp, total.fp + c.fp, total.fn + c.fn
        return total


Linter = Callable[[Path], tuple[Plan, list[Finding]]]


def evaluate(corpus_dir: Path, lint: Linter) -> Report:
    """Run `lint` on every labelled plan of a corpus and compare with the gold."""
    from .readers import ReadError

    report = Report()
    for entry in load_gold(corpus_dir / "labels.jsonl"):
        path = corpus_dir / entry["plan"]
        try:
            plan, findings = lint(path)
        except ReadError as exc:
            raise CorpusError(f"{path}: error: {exc}") from None
        score_plan(report, entry, plan, findings)
    return report


def score_plan(report: Report, entry: dict, plan: Plan, findings: list[Finding]) -> None:
    gold_actions = entry["actions"]
    pairs = align(gold_actions, plan)
    report.plans += 1
    report.gold_actions += len(gold_actions)
    report.found_actions += len(pairs)
    report.predicted_actions += len(plan.actions)
    by_action = codes_by_action(plan, findings)
    labels = action_labels(entry)
    report.extra_action_scored |= set(labels) - set(ACTION_LABELS)
    matched_pred = {p for _, p in pairs}
    for g, p in pairs:
        gold, action = gold_actions[g], plan.actions[p]
        for part in PARTS:
            value = getattr(action, part)
            predicted = value.text if value else None
            ok = (predicted is None) == (gold[part] is None) and token_f1(predicted, gold[part]) >= MATCH_F1
            report.part_correct[part] += ok
            if not ok:
                report.part_misses.append((entry["plan"], part, gold[part], predicted))
        codes = by_action.get(p, set())
        for label, code in labels.items():
            is_gold, is_pred = gold["labels"][label], code in codes
            report.counts(code).add(is_pred, is_gold)
            if is_gold != is_pred:
                kind = "missed" if is_gold else "false alarm"
                report.rule_misses.append(f"{entry['plan']}: {code} {kind}: {gold['task']!r}")
    for g, gold in enumerate(gold_actions):
        if g not in {gp for gp, _ in pairs}:
            report.unmatched.append(f"{entry['plan']}: not found: {gold['task']!r}")
            for label, code in labels.items():
                report.counts(code).add(False, gold["labels"][label])
    for p in range(len(plan.actions)):
        if p not in matched_pred:
            for code in by_action.get(p, set()) & set(labels.values()):
                report.counts(code).add(True, False)
    score_plan_labels(report, entry, findings)


def score_plan_labels(report: Report, entry: dict, findings: list[Finding]) -> None:
    """Each plan label against whether its rule was reported on the plan."""
    plan_codes = {f.code for f in findings if f.action_index is None}
    scored = plan_labels(entry)
    report.extra_plan_scored |= set(scored) - set(PLAN_LABELS)
    for label, code in scored.items():
        is_gold, is_pred = entry["plan_labels"][label], code in plan_codes
        report.counts(plan_counts_key(code)).add(is_pred, is_gold)
        report.plan_correct[code] += is_gold == is_pred
        report.plan_scored[code] += 1
        if is_gold != is_pred:
            report.rule_misses.append(f"{entry['plan']}: {code} {'missed' if is_gold else 'false alarm'}")


def codes_by_action(plan: Plan, findings: list[Finding]) -> dict[int, set[str]]:
    """0-based action index -> the codes reported on it; an action also has
    PL513 when the outcome it serves is one PL513 reports."""
    found: dict[int, set[str]] = {}
    for f in findings:
        if f.action_index is not None:
            found.setdefault(f.action_index - 1, set()).add(f.code)
    flagged = [f.location for f in findings if f.code == OUTCOME_CODE]
    for p, action in enumerate(plan.actions):
        if action.outcome is not None and action.outcome.location in flagged:
            found.setdefault(p, set()).add(OUTCOME_CODE)
    return found


def plan_counts_key(code: str) -> str:
    """Where a plan rule's P/R is kept: PL513 is also an action label, whose
    counts are the rule's own, so its plan-level counts are kept apart."""
    return f"{code} plan" if code in EXTRA_ACTION_LABELS.values() else code


def format_report(report: Report, title: str = "planlint", verbose: bool = False) -> str:
    lines = [f"# {title}", "",
             f"actions found: {report.found_actions}/{report.gold_actions} "
             f"({pct(report.found_actions, report.gold_actions)}); "
             f"predicted {report.predicted_actions}", ""]
    lines.append("field      correct")
    for part in PARTS:
        lines.append(f"{part:<10} {report.part_correct[part]:>3}/{report.found_actions} "
                     f"({pct(report.part_correct[part], report.found_actions)})")
    lines += ["", f"rule    {'label':<{LABEL_WIDTH}} P      R      F1    tp  fp  fn"]
    for label, code in ACTION_LABELS.items():
        c = report.counts(code)
        lines.append(f"{code}   {label:<{LABEL_WIDTH}} {c.precision:.2f}   {c.recall:.2f}   {c.f1:.2f}  "
                     f"{c.tp:>3} {c.fp:>3} {c.fn:>3}")
    micro = report.micro(ACTION_LABELS.values())
    lines.append(f"micro   {'action rules':<{LABEL_WIDTH}} {micro.precision:.2f}   {micro.recall:.2f}   {micro.f1:.2f}")
    for label, code in EXTRA_ACTION_LABELS.items():
        if label in report.extra_action_scored:
            c = report.counts(code)
            lines.append(f"{code}   {label:<{LABEL_WIDTH}} {c.precision:.2f}   {c.recall:.2f}   {c.f1:.2f}  "
                         f"{c.tp:>3} {c.fp:>3} {c.fn:>3}   (extension)")
    lines += ["", "rule    plan label                  accuracy"]
    for label, code in PLAN_LABELS.items():
        lines.append(f"{code}   {label:<27} {report.plan_correct[code]}/{report.plans} "
                     f"({pct(report.plan_correct[code], report.plans)})")
    for label, code in EXTRA_PLAN_LABELS.items():
        if label in report.extra_plan_scored:
            c, scored = report.counts(plan_counts_key(code)), report.plan_scored[code]
            lines.append(f"{code}   {label:<27} {report.plan_correct[code]}/{scored} "
                         f"({pct(report.plan_correct[code], scored)})   P {c.precision:.2f} "
                         f"R {c.recall:.2f} (extension)")
    if verbose:
        lines += ["", "field mismatches (plan, field, gold, predicted):"]
        lines += [f"  {m}" for m in report.part_misses]
        lines += ["", "rule mismatches:"] + [f"  {m}" for m in report.rule_misses]
        lines += ["", "gold actions not found:"] + [f"  {m}" for m in report.unmatched]
    return "\n".join(lines)


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.0f}%" if b else "n/a"
