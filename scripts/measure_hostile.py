"""Measure every hostile-input case (tests/hostile): wall time and peak memory.

Run: .venv/bin/python scripts/measure_hostile.py [NAME ...]

Each case runs through the real command line in a child process, as
tests/test_hostile.py runs it; this prints a table of the figures, and whether
each is within the limits (20 s, 600 MB). The figures in docs/privacy.md come
from here.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile import MEMORY_MB, TIME_S, all_cases  # noqa: E402
from hostile._runner import run_case  # noqa: E402


def main(names: list[str]) -> int:
    cases = [c for c in all_cases() if not names or c.name in names]
    worst = 0
    print(f"{'case':<50} {'exit':>4} {'seconds':>8} {'peak MB':>8}  within")
    for case in cases:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp, "plans")
            folder.mkdir()
            outcome, _, _ = run_case(case, folder)
        within = outcome.code != "hang" and outcome.seconds <= TIME_S \
            and outcome.peak_mb <= MEMORY_MB
        worst = max(worst, 0 if within else 1)
        print(f"{case.name:<50} {outcome.code!s:>4} {outcome.seconds:>8.1f} "
              f"{outcome.peak_mb:>8.0f}  {'yes' if within else 'NO'}")
    return worst


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
