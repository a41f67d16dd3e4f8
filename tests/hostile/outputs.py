"""Outputs that would overwrite an input (issue: `check PLAN -o PLAN` lost the plan)."""
from __future__ import annotations

from pathlib import Path

from . import GOOD_PLAN, Case


def _over_the_plan(folder: Path) -> list[str]:
    return ["check", GOOD_PLAN, "-o", GOOD_PLAN]


CASES = [
    Case("check-output-over-its-plan", _over_the_plan, exit_code=2,
         expect=(GOOD_PLAN, "refusing to write over a plan"), good_plan_reported=False),
]
