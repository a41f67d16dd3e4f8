"""Reporters: each turns the same list of results into one output format."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..engine import FileResult


def summary(results: Sequence[FileResult]) -> dict:
    """Counts shared by every format."""
    severities = Counter(f.severity.value for r in results for f in r.findings)
    codes = Counter(f.code for r in results for f in r.findings)
    return {
        "files": len(results),
        "files_with_findings": sum(1 for r in results if r.findings),
        "files_with_errors": sum(1 for r in results if r.error),
        "actions": sum(len(r.plan.actions) for r in results if r.plan),
        "findings": sum(severities.values()),
        "by_severity": {s: severities[s] for s in ("error", "warning", "info")},
        "by_rule": dict(sorted(codes.items())),
    }


SEVERITY_ORDER = ("info", "warning", "error")


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
