"""Reporters: each turns the same list of results into one output format."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (the format registry is read by --help: no engine import for it)
    from ..engine import FileResult


def summary(results: Sequence[FileResult]) -> dict:
    """Counts shared by every format."""
    tally = Tally()
    for result in results:
        tally.add(result)
    return tally.summary()


class Tally:
    """The counts of `summary` (and `statistics`), kept as results go by, so that
    a streamed report need not hold the results."""

    def __init__(self) -> None:
        self.files = self.files_with_findings = self.files_with_errors = self.actions = 0
        self.rules: Counter = Counter()  # (code, name, severity) -> count

    def add(self, result: FileResult) -> None:
        self.files += 1
        self.files_with_findings += bool(result.findings)
        self.files_with_errors += bool(result.error)
        self.actions += result.actions
        self.rules.update((f.code, f.name, f.severity.value) for f in result.findings)

    def summary(self) -> dict:
        severities: Counter = Counter()
        codes: Counter = Counter()
        for (code, _, severity), count in self.rules.items():
            severities[severity] += count
            codes[code] += count
        return {
            "files": self.files,
            "files_with_findings": self.files_with_findings,
            "files_with_errors": self.files_with_errors,
            "actions": self.actions,
            "findings": sum(severities.values()),
            "by_severity": {s: severities[s] for s in ("error", "warning", "info")},
            "by_rule": dict(sorted(codes.items())),
        }


def statistics(results: Sequence[FileResult]) -> list[dict]:
    """Findings counted per rule, most frequent first (like `ruff --statistics`)."""
    counts = Counter((f.code, f.name, f.severity.value) for r in results for f in r.findings)
    return [{"code": code, "name": name, "severity": severity, "count": count}
            for (code, name, severity), count in sorted(
                counts.items(), key=lambda item: (-item[1], item[0][0]))]


def display_path(path: str) -> str:
    """A path as reports outside a terminal want it: relative to the current folder
    where it lies inside it, with forward slashes."""
    from pathlib import Path

    try:
        absolute = Path(path).resolve()
        relative = absolute.relative_to(Path.cwd().resolve())
    except (ValueError, OSError):
        return Path(path).as_posix()
    return relative.as_posix()
