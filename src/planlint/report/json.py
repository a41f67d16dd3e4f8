"""JSON output: {"files": [...], "summary": {...}}; keys are a contract."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence

from ..engine import FileResult
from ..model import Action, Finding, Location
from . import Tally, statistics, summary
from .escape import utf8

PARTS = ("task", "owner", "deadline", "evidence")


def location(loc: Location) -> dict:
    data = {"line": loc.line, "column": loc.column, "ref": loc.ref}
    extra = loc.model_dump(exclude_none=True, exclude={"line", "column", "ref"})
    return {**data, **extra}


def action(a: Action) -> dict:
    data = {"index": a.index}
    data.update({p: (getattr(a, p).text if getattr(a, p) else None) for p in PARTS})
    data["layout"] = a.layout
    data["location"] = location(a.location)
    # The deadline on the calendar: {"by", "starts", "every_days", "kind"}.
    data["due"] = a.due.model_dump(mode="json", exclude_none=True) if a.due else None
    return data


def finding(f: Finding) -> dict:
    return {"code": f.code, "name": f.name, "severity": f.severity.value, "message": f.message,
            "suggestion": f.suggestion, "location": location(f.location),
            "action_index": f.action_index}


def file_entry(result: FileResult) -> dict:
    plan = None
    if result.plan is not None:
        plan = {"actions": [action(a) for a in result.plan.actions]}
    return {"path": utf8(result.path), "error": result.error, "plan": plan,
            "findings": [finding(f) for f in result.findings]}


def render(results: Sequence[FileResult]) -> str:
    """`redacted` is true when the run was redacted (--redact): findings then carry
    generic messages, and each action's task, owner, deadline, evidence and due
    are null."""
    data = {"files": [file_entry(r) for r in results], "summary": summary(results),
            "redacted": any(r.redacted for r in results)}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def stream(results: Iterable[FileResult], write: Callable[[str], None]) -> Tally:
    """`render(results)`, byte for byte, written file by file as the results come
    (only counts kept), for runs over more files than fit in memory."""
    tally = Tally()
    redacted = False
    write('{\n  "files": [')
    for result in results:
        tally.add(result)
        redacted = redacted or result.redacted
        entry = json.dumps(file_entry(result), indent=2, ensure_ascii=False)
        write(("\n" if tally.files == 1 else ",\n") + _indent(entry, "    ", first=True))
    write("\n  ]" if tally.files else "]")
    write(',\n  "summary": ' + _indent(json.dumps(tally.summary(), indent=2), "  "))
    write(',\n  "redacted": ' + json.dumps(redacted) + "\n}\n")
    return tally


def stream_report(results: Iterable[FileResult], write: Callable[[str], None], options) -> None:
    stream(results, write)


def _indent(text: str, prefix: str, first: bool = False) -> str:
    """Lines of a nested value as json.dumps(indent=2) writes them at a deeper level."""
    lines = text.split("\n")
    return "\n".join((prefix + line) if (i or first) else line for i, line in enumerate(lines))


def render_statistics(results: Sequence[FileResult]) -> str:
    """--statistics: [{"code", "name", "severity", "count"}], most frequent first."""
    return json.dumps(statistics(results), indent=2) + "\n"
