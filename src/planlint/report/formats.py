"""The registry of output formats: one entry a format, looked up by the command line.

A format is a name, a line of help and a `stream(results, write, options)`
function: it is given the results one by one, in order, and writes its report
through `write` as they come (holding only counts), so that a run over
thousands of plans keeps little in memory. JUnit, whose header holds the
counts, is the one that keeps its (slim) results until the end.

To add a format: a module in this package with a `stream` function, and an
entry here (CONTRIBUTING.md). `reads_actions`: the format shows each action's
words and places, so the runner keeps them in the results (runner.slim).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (read by --help, which imports no engine)
    from ..catalogue import Catalogue
    from ..engine import FileResult

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class ReportOptions:
    catalogue: "Catalogue | None" = None
    quiet: bool = False  # no summary line (text)
    fail_on: str = "info"  # findings at or above this severity fail the run


@dataclass(frozen=True)
class Format:
    name: str
    target: str  # "module:function" in planlint.report
    help: str
    reads_actions: bool = False

    def stream(self, results: Iterable[FileResult], write: Callable[[str], None],
               options: ReportOptions) -> None:
        module, function = self.target.split(":")
        getattr(importlib.import_module(f"planlint.report.{module}"), function)(
            results, write, options)


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("text", "text:stream", "for people: each finding, where it is, and its fix"),
    Format("concise", "text:stream_concise", "one line a finding: path:line:col: CODE message"),
    Format("json", "json:stream_report", "every file, its actions and findings", True),
    Format("sarif", "sarif:stream_report", "SARIF 2.1.0, for code scanning", True),
    Format("github", "github:stream", "GitHub Actions workflow annotations"),
    Format("gitlab", "gitlab:stream", "a GitLab Code Quality report"),
    Format("junit", "junit:stream", "JUnit XML, for CI test reports"),
)}


def fails(severity: str, fail_on: str) -> bool:
    """Whether a finding of `severity` fails a run with --fail-on `fail_on`."""
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[fail_on]


class Outcome:
    """What the exit code needs, noted as the results go by to the reporter."""

    def __init__(self) -> None:
        self.unreadable = 0
        self.worst = -1  # the highest severity rank seen

    def watch(self, results: Iterable[FileResult]) -> Iterator[FileResult]:
        for result in results:
            self.unreadable += bool(result.error)
            for finding in result.findings:
                self.worst = max(self.worst, SEVERITY_RANK[finding.severity.value])
            yield result

    def fails(self, fail_on: str) -> bool:
        return self.worst >= SEVERITY_RANK[fail_on]


def write_statistics(results: Iterable[FileResult], fmt: str, write: Callable[[str], None],
                     quiet: bool) -> None:
    """--statistics: the findings counted per rule (text or JSON)."""
    from . import json as json_report
    from . import text

    results = list(results)  # slim, without actions
    write(json_report.render_statistics(results) if fmt == "json"
          else text.render_statistics(results, quiet=quiet))
