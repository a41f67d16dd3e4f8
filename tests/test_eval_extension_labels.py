"""`planlint eval` scores the annotation guide's extension labels
(evidence_self_report, evidence_output_only, outcome_not_about_child,
contingency_vague) on the plans that carry them, and requires them of none."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planlint.evaluate import (ACTION_LABELS, PLAN_LABELS, CorpusError, evaluate, format_report,
                               load_gold)

from conftest import markdown_plan, table_md

REPO = Path(__file__).resolve().parents[1]
HEADER = ("Outcome", "What will be done", "Who", "By when", "How will we know")
ROWS = [
    ("Mum engages with services", "Attend the Freedom Programme at the family hub", "Mum",
     "every Tuesday from 3 March 2026", "Course certificate of completion"),
    ("Ben goes to school every day", "Walk Ben to school", "Mum", "every school day",
     "Mum reports Ben has been on time every day"),
]


def labels(core: dict | None = None, **extra) -> dict:
    return {**{label: False for label in ACTION_LABELS}, **(core or {}), **extra}


def gold_action(cells, **extra) -> dict:
    _, task, owner, deadline, evidence = cells
    return {"task": task, "owner": owner, "deadline": deadline, "evidence": evidence,
            "labels": labels(**extra)}


def corpus(tmp_path: Path, actions: list[dict], **plan_extra) -> Path:
    folder = tmp_path / "corpus"
    (folder / "plans").mkdir(parents=True)
    (folder / "plans" / "p1.md").write_text(
        markdown_plan(actions=table_md(ROWS, header=HEADER), contingency="If Ben is hurt, the case will "
                      "be escalated."), encoding="utf-8")
    entry = {"plan": "plans/p1.md", "plan_labels": {**{k: False for k in PLAN_LABELS}, **plan_extra},
             "actions": actions}
    (folder / "labels.jsonl").write_text(json.dumps(entry) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def lint(linter):
    def run(path):
        plan = linter.read(path)
        return plan, linter.check(plan)
    return run


def test_extension_labels_are_scored_where_a_set_has_them(tmp_path, lint):
    folder = corpus(tmp_path, [
        gold_action(ROWS[0], evidence_self_report=False, evidence_output_only=True, outcome_not_about_child=True),
        gold_action(ROWS[1], evidence_self_report=True, evidence_output_only=False, outcome_not_about_child=False),
    ], outcome_not_about_child=True, contingency_vague=True)
    report = evaluate(folder, lint)
    assert (report.counts("PL403").tp, report.counts("PL403").fp) == (1, 0)
    assert (report.counts("PL404").tp, report.counts("PL404").fp) == (1, 0)
    # PL513 reports the outcome once, on the plan; each action under it carries it.
    assert (report.counts("PL513").tp, report.counts("PL513").fp, report.counts("PL513").fn) == (1, 0, 0)
    assert report.plan_correct["PL513"] == report.plan_correct["PL514"] == 1
    text = format_report(report)
    assert "PL403   evidence_self_report" in text and "PL514   contingency_vague" in text
    # The seven core rules are still the micro-F1, whatever else is scored.
    assert report.micro(ACTION_LABELS.values()).tp == 0


def test_an_extension_label_on_some_actions_of_a_plan_must_be_on_all(tmp_path):
    folder = corpus(tmp_path, [gold_action(ROWS[0], evidence_self_report=False), gold_action(ROWS[1])])
    with pytest.raises(CorpusError) as error:
        load_gold(folder / "labels.jsonl")
    assert str(error.value) == (f"{folder}/labels.jsonl:1: error: label 'evidence_self_report' is on some "
                                "actions of this plan but not on action 2 (see docs/labelled-corpus.md)")
    exe = shutil.which("planlint") or str(Path(sys.executable).parent / "planlint")
    result = subprocess.run([exe, "eval", str(folder)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == str(error.value)
