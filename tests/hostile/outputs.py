"""Outputs that would take a plan's place: refused in every command, the plan kept."""
from __future__ import annotations

import os
from pathlib import Path

from . import GOOD_PLAN, Case

REFUSED = "refusing to write over a plan"


def _args(*args: str):
    return lambda folder: list(args)


def _through_a_link(folder: Path) -> list[str]:
    (folder / "report.txt").symlink_to(GOOD_PLAN)
    return ["check", GOOD_PLAN, "-o", "report.txt"]


def _through_a_hard_link(folder: Path) -> list[str]:
    os.link(folder / GOOD_PLAN, folder / "report.json")
    return ["check", GOOD_PLAN, "--format", "json", "-o", "report.json"]


def _plan_in_a_subfolder(folder: Path) -> list[str]:
    (folder / "team").mkdir()
    (folder / "team" / "other.md").write_text("# Plan\n", encoding="utf-8")
    return ["check", ".", "--format", "sarif", "-o", "team/other.md"]


def _no_file_was_written(name: str):
    def verify(folder: Path, output: str) -> None:
        assert not (folder / name).exists(), f"{name} was written"
        leftovers = [p.name for p in folder.rglob(".*.tmp")]
        assert not leftovers, leftovers
    return verify


CASES = [
    Case("output-check-over-its-plan", _args("check", GOOD_PLAN, "-o", GOOD_PLAN),
         expect=(GOOD_PLAN, REFUSED), good_plan_reported=False),
    Case("output-check-json-over-its-plan",
         _args("check", GOOD_PLAN, "--format", "json", "-o", GOOD_PLAN),
         expect=(REFUSED,), good_plan_reported=False),
    Case("output-check-folder-over-a-plan-in-it", _plan_in_a_subfolder,
         expect=("team/other.md", REFUSED), good_plan_reported=False),
    # Not there yet, but the next run over the folder would read it as a plan.
    Case("output-check-folder-to-a-new-plan-name-in-it",
         _args("check", ".", "-o", "new-plan.docx"),
         expect=(REFUSED,), good_plan_reported=False, verify=_no_file_was_written("new-plan.docx")),
    Case("output-check-through-a-link-to-the-plan", _through_a_link,
         expect=(REFUSED,), good_plan_reported=False),
    Case("output-check-through-a-hard-link-to-the-plan", _through_a_hard_link,
         expect=(REFUSED,), good_plan_reported=False),
    Case("output-report-over-its-plan", _args("report", GOOD_PLAN, "-o", GOOD_PLAN),
         expect=(REFUSED,), good_plan_reported=False),
    Case("output-annotate-over-its-plan", _args("annotate", GOOD_PLAN, "-o", GOOD_PLAN),
         expect=(REFUSED,), good_plan_reported=False),
]
