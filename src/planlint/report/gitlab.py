"""GitLab Code Quality report: a JSON array of issues, for a merge request's
Code Quality widget (`artifacts: reports: codequality:` in .gitlab-ci.yml).

Each finding is one issue, with the fields GitLab reads (its documented
subset of the Code Climate format): `description` (the message; for a Word
plan it starts with the table, row and cell or the paragraph, as a Word file
has no lines), `check_name` (the rule's code), `fingerprint` (the same stable
hash as SARIF's, so an issue is followed from run to run), `severity` (error
-> major, warning -> minor, info -> info) and `location` (`path` relative to
the current folder, `lines.begin`: the line, 1 for a Word plan). An unreadable
file is an issue of its own, check_name `planlint/unreadable-file`, severity
critical. tests/test_output_formats.py validates the output against
tests/data/schemas/gitlab-code-quality.json, written from GitLab's
documentation of the format.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable

from ..engine import FileResult
from ..model import Finding
from . import display_path
from .escape import utf8
from .sarif import fingerprints

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def issue(path: str, finding: Finding, fingerprint: str) -> dict:
    loc = finding.location
    place = "" if loc.line is not None or not loc.ref else f"{loc.ref}: "
    return {"description": f"{place}{finding.message}", "check_name": finding.code,
            "fingerprint": fingerprint, "severity": SEVERITIES[finding.severity.value],
            "location": {"path": path, "lines": {"begin": loc.line or 1}}}


def unreadable(path: str, error: str) -> dict:
    digest = hashlib.sha256(f"unreadable\0{path}".encode("utf-8")).hexdigest()
    return {"description": f"This file could not be read: {error}",
            "check_name": "planlint/unreadable-file", "fingerprint": digest,
            "severity": "critical", "location": {"path": path, "lines": {"begin": 1}}}


def issues_of(result: FileResult) -> list[dict]:
    path = utf8(display_path(result.path))
    found = [unreadable(path, result.error)] if result.error else []
    found += [issue(path, f, fp) for f, fp in zip(result.findings, fingerprints(result))]
    return found


def stream(results: Iterable[FileResult], write: Callable[[str], None], options) -> None:
    first = True
    write("[")
    for result in results:
        for item in issues_of(result):
            write(("\n  " if first else ",\n  ") + json.dumps(item, ensure_ascii=False))
            first = False
    write("\n]\n" if not first else "]\n")
