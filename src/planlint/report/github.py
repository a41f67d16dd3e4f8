"""GitHub Actions workflow commands: each finding becomes an annotation on the
pull request (`::error file=...,line=...,col=...,title=PL301 deadline-missing::...`).

error -> `::error`, warning -> `::warning`, info -> `::notice`; an unreadable file
is an `::error` on the file. A Word finding has no line: the annotation is on the
file and its message starts with the table/row/cell or paragraph. Values are
escaped as GitHub's toolkit does (`%`, CR and LF in messages; also `:` and `,`
in properties), so no text in a plan can end a command early or start another.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ..engine import FileResult
from ..model import Finding
from . import display_path
from .escape import printable

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    # Control characters (an escape sequence would colour the log) are written as
    # visible escapes first; CR and LF are the toolkit's to escape.
    return printable(value, keep="\r\n").replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}"
                     for key, value in properties.items() if value is not None)
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def annotation(path: str, finding: Finding) -> str:
    loc = finding.location
    props: dict[str, object] = {"file": path}
    message = f"{finding.message} Fix: {finding.suggestion}"
    if loc.line is not None:
        props.update(line=loc.line, col=loc.column or 1)
        if loc.end_line is not None and loc.end_line != loc.line:
            props["endLine"] = loc.end_line
        elif loc.end_column is not None and loc.end_line == loc.line:
            props["endColumn"] = loc.end_column
    elif loc.ref:
        message = f"{loc.ref}: {message}"
    props["title"] = f"{finding.code} {finding.name}"
    return command(COMMANDS[finding.severity.value], props, message)


def render(results: Sequence[FileResult]) -> str:
    lines = []
    for result in results:
        path = display_path(result.path)
        if result.error:
            lines.append(command("error", {"file": path, "title": "planlint: unreadable file"},
                                 result.error))
        lines.extend(annotation(path, f) for f in result.findings)
    return "".join(line + "\n" for line in lines)


def stream(results: Iterable[FileResult], write: Callable[[str], None], options) -> None:
    for result in results:
        write(render([result]))
