"""Hostile input: files built at run time to attack planlint, and what it must do.

Each topic module here (archives, patterns, outputs, cache, ...) lists `CASES`.
A case writes its files into an empty folder and names the command line to run
on them. `tests/test_hostile.py` runs every case through the real command line
in a child process and asserts that it

- finished (a generous hang guard, `HANG_S`, not a timing test),
- stayed under its memory bound (peak RSS of the whole process tree),
- exited with the expected code and printed the expected one-line error,
- still linted the good plan that sits beside every hostile file (the rest of
  the run goes on),
- changed no input file.

`scripts/measure_hostile.py` runs the same cases and prints the time and the
peak memory of each: the figures in docs/privacy.md.

Nothing here is committed as a file: a 1 GiB zip bomb or a FIFO cannot live in
git, and building them takes well under a second.
"""
from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path

# A child that has not finished by then is stuck (the limits under test are far lower).
HANG_S = 120
MEMORY_MB = 600  # the bound for every hostile case on this machine
TIME_S = 20      # likewise, for the measuring script (not asserted by tests)

GOOD_PLAN = "good-plan.md"
# A finding the good plan always draws (its one action has no owner), so a run
# that still reports it has linted the rest of the folder.
GOOD_PLAN_MARK = "PL101"
GOOD_PLAN_TEXT = """# Child protection plan

Child: Ben Carter (8)
Conference date: 12 February 2026
Lead social worker: Anna Webb

## Actions

| What will be done | Who | By when | How will we know |
|---|---|---|---|
| Visit the home unannounced and see Ben alone | | 12 March 2026 | Home rated acceptable at two visits |
"""


@dataclasses.dataclass(frozen=True)
class Case:
    """One hostile input.

    `make(folder)` writes the hostile files into `folder` (the good plan is
    written beside them first) and returns the arguments after `planlint`, e.g.
    ["check", "bomb.docx", "good-plan.md"]. Paths in them are relative to
    `folder`, the child's working folder.
    """

    name: str
    make: Callable[[Path], list[str]]
    exit_code: int = 2
    # Each must appear in stdout + stderr (e.g. the file's name and its error).
    expect: tuple[str, ...] = ()
    # Must not appear (e.g. "Traceback", a raw escape sequence).
    forbid: tuple[str, ...] = ("Traceback", "internal error")
    # Whether the good plan's finding must be in the output (False for commands
    # that lint nothing, or write their report to a file the case reads itself).
    good_plan_reported: bool = True
    memory_mb: int = MEMORY_MB
    # Files (relative to the folder) the run may create or change; every other
    # file must be byte for byte what `make` left.
    outputs: tuple[str, ...] = ()
    # Extra check on the finished folder and output: (folder, output) -> None,
    # raising AssertionError.
    verify: Callable[[Path, str], None] | None = None
    # Signal to send after this many seconds (clean-termination cases), or None.
    signal_after: tuple[int, float] | None = None
    env: tuple[tuple[str, str], ...] = ()


def write_good_plan(folder: Path) -> Path:
    path = folder / GOOD_PLAN
    path.write_text(GOOD_PLAN_TEXT, encoding="utf-8")
    return path


def all_cases() -> list[Case]:
    """Every topic module's CASES, in a fixed order."""
    cases: list[Case] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        cases.extend(getattr(module, "CASES", ()))
    names = [c.name for c in cases]
    duplicates = {n for n in names if names.count(n) > 1}
    assert not duplicates, f"hostile case names used twice: {duplicates}"
    return cases
