"""Runs that are stopped (SIGTERM, SIGINT, SIGKILL) or held by a slow file
(--timeout): no half-written report left, no traceback, the conventional exit
code; a slow file is its own one-line error and the rest of the run goes on."""
from __future__ import annotations

import signal
from pathlib import Path

from . import GOOD_PLAN_TEXT, Case

ROW = ("| Visit the home unannounced and see Ben alone in his bedroom | Social worker "
       "| 12 March 2026 | Home rated acceptable at two visits |\n")


def rows(count: int) -> str:
    """`count` actions, each worded apart (a plan's repeated texts are parsed once)."""
    return "".join(ROW.replace("his bedroom", f"room {i}").replace("two visits", f"{i} visits")
                   for i in range(count))


def _many_plans(folder: Path, count: int = 40) -> None:
    """Enough work (about 20 s on one core) to be stopped half way."""
    for i in range(count):
        (folder / f"plan-{i:02}.md").write_text(GOOD_PLAN_TEXT + rows(100), encoding="utf-8")


def _slow_plan(folder: Path) -> None:
    """A plan that takes seconds to check (many actions), not one that hangs."""
    (folder / "slow-plan.md").write_text(GOOD_PLAN_TEXT + rows(1500), encoding="utf-8")


def _stopped_run(*extra: str):
    def make(folder: Path) -> list[str]:
        _many_plans(folder)
        return ["check", ".", "--no-cache", "--format", "json", "-o", "out.json", *extra]
    return make


def _slow(*extra: str):
    def make(folder: Path) -> list[str]:
        _slow_plan(folder)
        return ["check", ".", "--no-cache", "--timeout", "1.5", *extra]
    return make


def _nothing_left(folder: Path, output: str) -> None:
    assert not (folder / "out.json").exists(), "a report of a stopped run was written"
    leftovers = sorted(p.name for p in folder.iterdir() if p.name.startswith("."))
    assert not leftovers, f"left behind: {leftovers}"


SLOW = ("slow-plan.md: error: took more than 1.5 s to check",)

CASES = [
    Case("stop-sigterm-with-workers", _stopped_run("--jobs", "2"), exit_code=143,
         good_plan_reported=False, signal_after=(signal.SIGTERM, 5.0), verify=_nothing_left),
    Case("stop-sigint-with-workers", _stopped_run("--jobs", "2"), exit_code=130,
         good_plan_reported=False, signal_after=(signal.SIGINT, 5.0), verify=_nothing_left),
    Case("stop-sigterm-in-process", _stopped_run("--jobs", "1"), exit_code=143,
         good_plan_reported=False, signal_after=(signal.SIGTERM, 4.0), verify=_nothing_left),
    Case("stop-sigkill-with-workers", _stopped_run("--jobs", "2"), exit_code=-9,
         good_plan_reported=False, signal_after=(signal.SIGKILL, 5.0), verify=_nothing_left),
    Case("timeout-slow-plan-in-process", _slow("--jobs", "1"), expect=SLOW),
    Case("timeout-slow-plan-with-workers", _slow("--jobs", "2"), expect=SLOW),
]
