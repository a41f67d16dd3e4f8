"""Files that are not plans on disk: too big to read (a sparse one costs nothing to
make), a FIFO that blocks whoever opens it, a link to a device that never ends.
Each is found in a folder walk, beside the good plan."""
from __future__ import annotations

import os
from pathlib import Path

from . import Case

PLAN = "plan.md"
ONE_LINE = "; planlint reads plan files only, so give the path of the plan itself"


def _three_mb_markdown(folder: Path) -> list[str]:
    line = "Mum will ring the GP every week.\n"
    (folder / PLAN).write_text("# Plan\n\n" + line * (3 * 2**20 // len(line)))
    return ["check", "--max-size", "1", PLAN, "good-plan.md"]


def _sparse_three_gb_markdown(folder: Path) -> list[str]:
    with open(folder / PLAN, "wb") as file:
        file.truncate(3 * 2**30)  # no block written: reading it is what would cost
    return ["check", "."]


def _fifo(folder: Path) -> list[str]:
    os.mkfifo(folder / PLAN)
    return ["check", "."]


def _link_to_fifo(folder: Path) -> list[str]:
    os.mkfifo(folder / "pipe")
    (folder / PLAN).symlink_to("pipe")
    return ["check", "."]


def _link_to_dev_zero(folder: Path) -> list[str]:
    (folder / PLAN).symlink_to("/dev/zero")
    return ["check", "."]


CASES = [
    Case("special-markdown-over-max-size", _three_mb_markdown,
         expect=(f"{PLAN}: error: file too large (3 MB > limit 1 MB); split the plan into "
                 "smaller files",)),
    Case("special-sparse-3-gb-markdown", _sparse_three_gb_markdown,
         expect=(f"{PLAN}: error: file too large (3072 MB > limit 200 MB); split the plan "
                 "into smaller files",)),
    Case("special-fifo-named-like-a-plan", _fifo,
         expect=(f"{PLAN}: error: this is a FIFO (named pipe), not a regular file{ONE_LINE}",)),
    Case("special-link-to-a-fifo", _link_to_fifo,
         expect=(f"{PLAN}: error: this is a FIFO (named pipe), not a regular file{ONE_LINE}",)),
    Case("special-link-to-dev-zero", _link_to_dev_zero,
         expect=(f"{PLAN}: error: this is a character device, not a regular file{ONE_LINE}",)),
]
