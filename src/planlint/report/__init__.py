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
