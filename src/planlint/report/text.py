"""Text output, like a code linter: path:line:col: CODE name message."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ..engine import FileResult
from ..model import Finding, Location
from . import Tally, statistics, summary
from .escape import printable


def where(path: str, location: Location) -> str:
    if location.line is not None:
        return f"{path}:{location.line}:{location.column or 1}"
    return f"{path}:{location.ref}" if location.ref else path


def format_finding(path: str, finding: Finding) -> str:
    """Two lines; the name and the plan's words in them made printable (escape.py)."""
    head = f"{where(path, finding.location)}: {finding.code} {finding.name} {finding.message}"
    return f"{printable(head)}\n    fix: {printable(finding.suggestion)}"


def error_line(path: str, error: str) -> str:
    return printable(f"{path}: error: {error}")


def render(results: Sequence[FileResult], quiet: bool = False) -> str:
    """Each finding (and unreadable file); then a summary line, unless `quiet`."""
    body = "".join(render_file(result) for result in results)
    return body if quiet else body + summary_line(results) + "\n"


def render_file(result: FileResult) -> str:
    """One file's lines (a streamed report writes each file's as it comes)."""
    lines = [error_line(result.path, result.error)] if result.error else []
    lines.extend(format_finding(result.path, f) for f in sorted(result.findings, key=reading_order))
    return "".join(line + "\n" for line in lines)


def reading_order(finding: Finding) -> tuple:
    """Top to bottom, as a person reads the file (Ruff's order) in Markdown.
    Word locations (paragraph or table indices) do not compare across the two,
    so Word findings keep the engine's order: the plan's, then each action's in
    document order (sorted() is stable)."""
    loc = finding.location
    return (loc.line, loc.column or 0, finding.code) if loc.line is not None else (0, 0, "")


def render_statistics(results: Sequence[FileResult], quiet: bool = False) -> str:
    """--statistics: one line per rule, most frequent first, like `ruff --statistics`."""
    lines = [f"{s['count']:>5}  {s['code']}  {s['name']:<28} {s['severity']}"
             for s in statistics(results)]
    lines += [error_line(r.path, r.error) for r in results if r.error]
    if not quiet:
        lines.append(summary_line(results))
    return "".join(line + "\n" for line in lines)


def summary_line(results: Sequence[FileResult] | dict) -> str:
    """The last line; `results` may be their summary() already."""
    s = results if isinstance(results, dict) else summary(results)
    if not s["findings"] and not s["files_with_errors"]:
        return f"All clear: {s['files']} plan(s), {s['actions']} action(s), no findings."
    by = s["by_severity"]
    parts = [f"Found {s['findings']} finding(s) in {s['files_with_findings']} of {s['files']} plan(s)"
             f" ({by['error']} error, {by['warning']} warning, {by['info']} info)"]
    if s["files_with_errors"]:
        parts.append(f"{s['files_with_errors']} file(s) could not be read")
    return "; ".join(parts) + "."


def stream(results: Iterable[FileResult], write: Callable[[str], None], options) -> None:
    """`render(results, options.quiet)`, written file by file."""
    tally = Tally()
    for result in results:
        tally.add(result)
        write(render_file(result))
    if not options.quiet:
        write(summary_line(tally.summary()) + "\n")


def concise_line(path: str, finding: Finding) -> str:
    return printable(f"{where(path, finding.location)}: {finding.code} {finding.message}")


def stream_concise(results: Iterable[FileResult], write: Callable[[str], None],
                   options) -> None:
    """One line a finding (and an unreadable file), no fix text: for editors and
    for skimming a long run; the summary line unless quiet."""
    tally = Tally()
    for result in results:
        tally.add(result)
        lines = [error_line(result.path, result.error)] if result.error else []
        lines += [concise_line(result.path, f)
                  for f in sorted(result.findings, key=reading_order)]
        write("".join(line + "\n" for line in lines))
    if not options.quiet:
        write(summary_line(tally.summary()) + "\n")
