"""SARIF 2.1.0 output, for GitHub code scanning and other SARIF viewers.

One run: the tool (planlint, with every rule of the catalogue as a
reportingDescriptor: summary, why it matters, how to fix, examples), one
invocation (unreadable files are its toolExecutionNotifications, and make
`executionSuccessful` false) and one result per finding.

Locations: every result has a region, as GitHub code scanning needs one with
a startLine of 1 or more to show a result on its file. Markdown findings have
their lines and columns (counted in Unicode code points, end column exclusive
as SARIF wants). A Word file has no lines, so its results are on line 1 (the
file: a line number that no viewer can show is not made up, and it does not
move when paragraphs are added above), and the exact place is the message's
first words, "table 2, row 3, cell 4: ..." (or "paragraph 12: ..."), and the
result's logical location. Not `charOffset`/`charLength`: SARIF counts them in
the artifact's own contents, and a .docx is a ZIP of compressed XML, so an
offset into it points at no word; the reader's offsets count characters of a
paragraph's or cell's text, which only the logical location names.
Unreadable files are notifications of the invocation, on the file (no region).

Paths inside the current folder are relative to it (`uriBaseId` %SRCROOT%):
run planlint from the repository root so they match the repository's files.

`partialFingerprints["planlint/v1"]` lets a viewer follow a finding from run to
run: a hash of the rule, the file and the words of the action it is about (not
its line), so it holds when lines are added above it or actions are reordered.
In a redacted run the action's number stands for its words.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..catalogue import Catalogue, Rule, load_catalogue
from ..engine import FileResult
from ..model import Finding, Location
from . import display_path
from .escape import utf8

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/planlint/"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SRCROOT = "%SRCROOT%"
FINGERPRINT = "planlint/v1"
START = "start of document"  # a Word place with no paragraph or cell of its own


def render(results: Sequence[FileResult], catalogue: Catalogue | None = None) -> str:
    return json.dumps(sarif_log(results, catalogue), indent=2, ensure_ascii=False) + "\n"


def sarif_log(results: Sequence[FileResult], catalogue: Catalogue | None = None) -> dict:
    from ..suppress import UNUSED

    rules = list((catalogue or load_catalogue()).rules.values()) + [UNUSED]
    index = {rule.code: i for i, rule in enumerate(rules)}
    out = []
    for result in results:
        for finding, fingerprint in zip(result.findings, fingerprints(result)):
            out.append(sarif_result(result, finding, index, fingerprint))
    notifications = [{"level": "error", "message": {"text": r.error},
                      "descriptor": {"id": "unreadable-file"},
                      "locations": [{"physicalLocation": {"artifactLocation": artifact(r.path)}}]}
                     for r in results if r.error]
    run = {
        "tool": {"driver": {"name": "planlint", "version": __version__,
                            "semanticVersion": __version__,
                            "informationUri": INFORMATION_URI,
                            "rules": [descriptor(rule) for rule in rules]}},
        "invocations": [{"executionSuccessful": not notifications,
                         "toolExecutionNotifications": notifications}],
        "originalUriBaseIds": {SRCROOT: {"uri": Path.cwd().resolve().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": out,
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def stream(results: Iterable[FileResult], write: Callable[[str], None],
           catalogue: Catalogue | None = None) -> None:
    """`render(results, catalogue)`, byte for byte, holding no result: each file's
    SARIF results go to a temporary file as they come (only the unreadable
    files, which the log lists before the results, are kept), then the log is
    written around them."""
    import tempfile

    from ..suppress import UNUSED

    rules = list((catalogue or load_catalogue()).rules.values()) + [UNUSED]
    index = {rule.code: i for i, rule in enumerate(rules)}
    errors: list[FileResult] = []
    count = 0
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        for result in results:
            for finding, fingerprint in zip(result.findings, fingerprints(result)):
                item = json.dumps(sarif_result(result, finding, index, fingerprint), indent=2,
                                  ensure_ascii=False)
                spool.write((",\n" if count else "") + _indent(item, " " * 8))
                count += 1
            if result.error:
                errors.append(FileResult(path=result.path, error=result.error))
        if not count:
            write(render(errors, catalogue))
            return
        log = sarif_log(errors, catalogue)
        log["runs"][0]["results"] = [_PLACE]
        head, tail = json.dumps(log, indent=2, ensure_ascii=False).split(json.dumps(_PLACE), 1)
        write(head.rstrip(" "))
        spool.seek(0)
        while chunk := spool.read(1 << 20):
            write(chunk)
        write(tail + "\n")


def stream_report(results: Iterable[FileResult], write: Callable[[str], None], options) -> None:
    stream(results, write, options.catalogue)


_PLACE = "\u0000planlint results\u0000"


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in text.split("\n"))


# ------------------------------------------------------------------ rules


def descriptor(rule: Rule) -> dict:
    suggestion = _plain(rule.suggestion)
    bad = "\n".join(f"- {example}" for example in rule.examples.bad)
    good = "\n".join(f"- {example}" for example in rule.examples.good)
    text = (f"{rule.summary}\n\nWhy it matters: {rule.why}\n\nHow to fix: {suggestion}\n\n"
            f"Source: {rule.source}\n\nExamples of the problem:\n{bad}\n\nInstead:\n{good}")
    markdown = (f"**{rule.summary}**\n\n## Why it matters\n\n{rule.why}\n\n"
                f"## How to fix\n\n{suggestion}\n\n## Source\n\n{rule.source}\n\n"
                f"## Example\n\n{bad}\n\n## Use instead\n\n{good}")
    if rule.examples.fix is not None:
        markdown += (f"\n\nFor example, instead of:\n\n> {rule.examples.fix.before}\n\n"
                     f"write:\n\n> {rule.examples.fix.after}")
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.why},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": LEVELS[rule.severity.value]},
        "properties": {"tags": ["child-protection-plan", rule.family], "scope": rule.scope},
    }


def _plain(template: str) -> str:
    return (template.replace("{text}", "...").replace("{detail}", "...")
            .replace("{{", "{").replace("}}", "}"))


# ---------------------------------------------------------------- results


def sarif_result(result: FileResult, finding: Finding, index: dict[str, int],
                 fingerprint: str) -> dict:
    loc = finding.location
    location: dict = {"physicalLocation": {"artifactLocation": artifact(result.path),
                                           "region": region(loc)}}
    message = finding.message
    if loc.line is None:  # Word: the place in words (see the module's doc)
        place = loc.ref or START
        message = f"{place}: {message}"
        location["logicalLocations"] = [{"fullyQualifiedName": place, "kind": "element"}]
    data = {"ruleId": finding.code, "level": LEVELS[finding.severity.value],
            "message": {"text": message}, "locations": [location],
            "partialFingerprints": {FINGERPRINT: fingerprint},
            "properties": {"suggestion": finding.suggestion}}
    if finding.code in index:
        data["ruleIndex"] = index[finding.code]
    if finding.action_index is not None:
        data["properties"]["actionIndex"] = finding.action_index
    return data


def region(loc: Location) -> dict:
    """Lines and columns; line 1, the file, for a place that has no line (Word)."""
    if loc.line is None:
        return {"startLine": 1}
    data = {"startLine": max(1, loc.line), "startColumn": max(1, loc.column or 1)}
    if loc.end_line is not None and loc.end_column is not None:
        end = (loc.end_line, loc.end_column)
        if end >= (data["startLine"], data["startColumn"]):
            data["endLine"], data["endColumn"] = end
    return data


def artifact(path: str) -> dict:
    """The file's URI, percent-encoding the name's own bytes (a name that is not
    UTF-8 keeps its bytes: %FF)."""
    shown = display_path(path)
    if Path(shown).is_absolute():
        return {"uri": Path(shown).as_uri()}
    return {"uri": quote(os.fsencode(shown)), "uriBaseId": SRCROOT}


# ----------------------------------------------------------- fingerprints


def fingerprints(result: FileResult) -> list[str]:
    """One stable fingerprint per finding of a file (see the module's doc)."""
    path = utf8(display_path(result.path))
    actions = {a.index: a for a in result.plan.actions} if result.plan else {}
    seen: dict[str, int] = {}
    out = []
    for finding in result.findings:
        action = actions.get(finding.action_index) if finding.action_index else None
        if action is not None and action.text.strip():
            context = "action:" + _normal(action.text)
        elif finding.action_index is not None:
            context = f"action #{finding.action_index}"
        elif finding.code == "PL001":  # about a comment: where it is
            context = f"comment at {finding.location.describe()}"
        else:
            context = "plan"
        key = "\0".join((finding.code, path, context, _normal(finding.quote or "")))
        seen[key] = seen.get(key, 0) + 1
        digest = hashlib.sha256(f"{key}\0{seen[key]}".encode("utf-8")).hexdigest()
        out.append(digest)
    return out


def _normal(text: str) -> str:
    return " ".join(text.lower().split())
