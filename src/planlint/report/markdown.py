"""Comments in a Markdown plan (`planlint annotate plan.md -o plan.reviewed.md`).

Each finding becomes an HTML comment, which no Markdown viewer shows and every
editor keeps:

    | Support mum | All agencies | Ongoing | Mum engages | <!-- planlint: PL102 owner-vague: "All agencies" does not identify anyone accountable for this action. Fix: ... -->

The comment goes at the end of the finding's line, not on a line of its own
before it. A line of its own would change what the Markdown means: it would
cut a table in two, end a list (the items after it start a new list), or split
a paragraph, since an HTML comment starting a line interrupts a paragraph. At
the end of the line it is inline HTML: tables, lists, paragraphs and headings
keep their shape, line numbers do not move, and the reviewed file lints exactly
as the original (`planlint check` reports the same findings at the same lines
and columns). Where a line ends in a hard break (two spaces, or a backslash)
or in a heading's closing #s, the comment goes just before them, so that they
keep working. A finding without a line (none today) goes on the title's line.

The text is `planlint: CODE name: message Fix: suggestion` on one line; "--"
in it is written "- -" so that nothing in a plan can end the comment early.
Such a comment is feedback, not an instruction: it suppresses nothing, and
`--report-unused-suppressions` leaves it alone.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import BlockKind, Finding
from ..readers.markdown import read_markdown

LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# An ATX heading's optional closing sequence: "## Title ##".
CLOSING = re.compile(r"^( {0,3}#{1,6}[ \t].*?)([ \t]+#+)$")


def comment(finding: Finding) -> str:
    """One finding as an HTML comment, on one line."""
    text = " ".join(f"planlint: {finding.code} {finding.name}: {finding.message} "
                    f"Fix: {finding.suggestion}".split())
    while "--" in text:
        text = text.replace("--", "- -")
    return f"<!-- {text} -->"


def annotate_markdown(text: str, findings: Sequence[Finding]) -> str:
    """The Markdown text with each finding's comment at the end of its line."""
    lines = [m.group(0) for m in LINE.finditer(text)]
    if lines and lines[-1] == "":
        lines.pop()  # the empty match after the last line break
    if not lines:
        lines = [""]
    title = _title_line(text, lines)
    by_line: dict[int, list[str]] = {}
    for finding in findings:
        line = finding.location.line
        if line is None or not 1 <= line <= len(lines) or not lines[line - 1].strip():
            line = title
        by_line.setdefault(line, []).append(comment(finding))
    for number, comments in by_line.items():
        lines[number - 1] = _append(lines[number - 1], " ".join(comments))
    return "".join(lines)


def _append(line: str, comments: str) -> str:
    body = line.rstrip("\r\n")
    ending = line[len(body):]
    core = body.rstrip(" \t")
    trail = body[len(core):]
    backslashes = len(core) - len(core.rstrip("\\"))
    if backslashes % 2 == 1 and not trail:  # "text\" : a hard line break
        core, trail = core[:-1], "\\"
    closing = CLOSING.match(core)
    if closing:  # "## Title ##": the comment inside the heading, before the #s
        core, trail = closing.group(1), closing.group(2) + trail
    if not core:
        return f"{comments}{trail}{ending}"
    return f"{core} {comments}{trail}{ending}"


def _title_line(text: str, lines: list[str]) -> int:
    """Where plan-level comments go when a finding has no line: the first heading,
    else the first line with text."""
    try:
        blocks = read_markdown(text.removeprefix("\ufeff")).blocks
    except Exception:  # the lines alone will do
        blocks = []
    heading = next((b for b in blocks if b.kind == BlockKind.HEADING), None)
    block = heading or next(iter(blocks), None)
    if block is not None and block.location.line:
        return block.location.line
    return next((i + 1 for i, line in enumerate(lines) if line.strip()), 1)
