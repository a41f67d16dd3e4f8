"""Suppressions: findings that a plan's own comments switch off.

The readers collect the comments that speak to planlint (Document.directives,
copied onto Plan.directives); this module reads them and filters the findings.

Markdown, as markdownlint does it (codes or rule names, separated by spaces or
commas; none means every rule; words after the codes are a free-text reason):

    <!-- planlint-disable PL301 PL302 -->   from here to a matching enable, or the end
    <!-- planlint-enable PL301 -->          (no codes: every rule back on)
    <!-- planlint-disable-line PL102 -->    the lines the comment is on
    <!-- planlint-disable-next-line PL102 -->  the line after the comment
    <!-- planlint-disable-file PL504 -->    the whole file

Word: a comment (Review > New Comment) whose text starts "planlint: ignore",
then codes ("planlint: ignore PL301, PL302 - agreed at conference"), suppresses
those findings (every finding when no code is given) located in the paragraphs
or cells the comment is anchored on.

A plan-level finding (a missing contingency plan, a missing review date) is
about the whole document: a suppression that names its code explicitly
suppresses it wherever the comment stands.

Unused suppressions (`--report-unused-suppressions`) are reported as findings
PL001 unused-suppression (info) at the comment, as Ruff's RUF100 does for
unused `noqa` comments.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from .catalogue import Catalogue, Examples, Rule
from .model import Directive, Finding, Location, Severity

UNUSED = Rule(
    code="PL001", name="unused-suppression", family="meta", scope="plan",
    severity=Severity.INFO,
    summary="A suppression comment in the plan suppressed no finding.",
    message="This suppression comment suppressed nothing.",
    suggestion="Remove the comment, or the rule codes in it that no longer apply.",
    why=("A suppression that no longer suppresses anything hides the next real problem: "
         "when the action it was written for is rewritten, or the rule improves, the "
         "comment stays and silently switches the rule off for whatever is written there "
         "later. Reporting unused suppressions keeps the exceptions in a plan few, "
         "deliberate and current, as Ruff does for unused noqa comments."),
    source="planlint itself (reported with `planlint check --report-unused-suppressions`).",
    examples=Examples(
        bad=["<!-- planlint-disable-line PL302 --> on an action whose deadline is now "
             "a date", "A Word comment \"planlint: ignore PL504\" in a plan that now "
             "records the child's views"],
        good=["A suppression only where a finding is accepted, with a reason: "
              "<!-- planlint-disable-line PL302 agreed at conference -->",
              "No suppression comment once the plan is fixed"]),
)

MARKDOWN_VERB = re.compile(
    r"^planlint-(disable-next-line|disable-line|disable-file|disable|enable)(?![\w-])(.*)$",
    re.IGNORECASE | re.DOTALL)
# `planlint annotate`'s feedback in a reviewed Markdown plan ("planlint: PL301
# deadline-missing: ... Fix: ..."): a note to the reader, not an instruction.
MARKDOWN_NOTE = re.compile(r"^planlint\s*:\s*PL\d{3}\b", re.IGNORECASE)
WORD_VERB = re.compile(r"^planlint\s*:\s*(ignore|disable)(?![\w-])(.*)$", re.IGNORECASE | re.DOTALL)
TOKEN = re.compile(r"[^\s,;]+")


@dataclass
class Suppression:
    """One suppressing comment: which codes (None: all) and how far it reaches."""

    directive: Directive
    # disable, disable-line, disable-next-line, disable-file, enable, word, unknown,
    # note (annotate's feedback: suppresses nothing, never reported as unused)
    kind: str
    codes: frozenset[str] | None
    used: set[str] = field(default_factory=set)  # codes of the findings it suppressed

    def names(self, code: str) -> bool:
        return self.codes is None or code in self.codes


def parse(directive: Directive, fmt: str, catalogue: Catalogue) -> Suppression:
    text = directive.text.strip()
    match = (MARKDOWN_VERB if fmt == "markdown" else WORD_VERB).match(text)
    if match is None and fmt == "markdown" and MARKDOWN_NOTE.match(text):
        return Suppression(directive, "note", frozenset())
    if match is None:
        return Suppression(directive, "unknown", frozenset())
    kind = match.group(1).lower() if fmt == "markdown" else "word"
    return Suppression(directive, kind, read_codes(match.group(2), catalogue))


def read_codes(text: str, catalogue: Catalogue) -> frozenset[str] | None:
    """The codes at the start of `text` (codes or rule names); the rest is a reason."""
    codes = []
    for token in TOKEN.findall(text):
        code = _code_of(token.strip(".:"), catalogue)
        if code is None:
            break
        codes.append(code)
    return frozenset(codes) if codes else None


def _code_of(word: str, catalogue: Catalogue) -> str | None:
    if re.fullmatch(r"PL\d{3}", word, re.IGNORECASE):
        return word.upper()
    if "-" in word.strip("-"):  # a rule name, like deadline-missing
        try:
            return catalogue.rule(word).code
        except KeyError:
            return None
    return None


# ------------------------------------------------------------------ filtering


def _start(loc: Location) -> tuple[int, int] | None:
    return (loc.line, loc.column or 1) if loc.line is not None else None


def _lines(loc: Location) -> range:
    if loc.line is None:
        return range(0)
    return range(loc.line, max(loc.line, loc.end_line or loc.line) + 1)


def _place_of(loc: Location) -> tuple:
    """What identifies a Word paragraph or cell in a location."""
    if loc.table is not None and loc.row is not None:
        return ("cell", loc.table, loc.row, loc.cell)
    if loc.paragraph is not None:
        return ("paragraph", loc.paragraph)
    return ("ref", (loc.ref or "").split(",")[0])


class _Ranges:
    """Markdown disable/enable comments as a state at each point of the file."""

    def __init__(self, suppressions: list[Suppression]):
        self.points: list[tuple[int, int]] = []
        self.states: list[tuple[Suppression | None, frozenset[str], dict[str, Suppression]]] = []
        every: Suppression | None = None  # a disable of every rule
        back_on: set[str] = set()  # codes enabled again after `every`
        by_code: dict[str, Suppression] = {}
        for s in suppressions:
            if s.kind == "disable" and s.codes is None:
                every, back_on = s, set()
            elif s.kind == "disable":
                for code in s.codes:
                    by_code[code] = s
                    back_on.discard(code)
            elif s.kind == "enable" and s.codes is None:
                every, back_on, by_code = None, set(), {}
            elif s.kind == "enable":
                for code in s.codes:
                    by_code.pop(code, None)
                    back_on.add(code)
            else:
                continue
            self.points.append(_start(s.directive.location))
            self.states.append((every, frozenset(back_on), dict(by_code)))

    def find(self, finding: Finding) -> Suppression | None:
        start = _start(finding.location)
        if start is None or not self.points:
            return None
        at = bisect_right(self.points, start) - 1
        if at < 0:
            return None
        every, back_on, by_code = self.states[at]
        if finding.code in by_code:
            return by_code[finding.code]
        return every if every is not None and finding.code not in back_on else None


def _matches(s: Suppression, finding: Finding) -> bool:
    """A line, file or Word suppression that covers the finding."""
    if not s.names(finding.code):
        return False
    if s.kind == "disable-file":
        return True
    if s.kind in ("disable-line", "disable-next-line"):
        loc = s.directive.location
        lines = set(_lines(loc))
        if s.kind == "disable-next-line":
            lines = {(loc.end_line or loc.line or 0) + 1}
        return bool(lines & set(_lines(finding.location)))
    if s.kind == "word":
        place = _place_of(finding.location)
        return any(_place_of(loc) == place for loc in s.directive.covers)
    return False


def _names_plan_code(s: Suppression, finding: Finding) -> bool:
    return (finding.action_index is None and s.codes is not None and finding.code in s.codes
            and s.kind in ("disable", "disable-line", "disable-next-line", "disable-file", "word"))


def apply(findings: list[Finding], suppressions: list[Suppression]) -> list[Finding]:
    """The findings that no suppression covers; each suppression records what it
    suppressed (in `used`)."""
    ranges = _Ranges(suppressions)
    kept = []
    for finding in findings:
        by = ranges.find(finding)
        if by is None:
            by = next((s for s in suppressions if _matches(s, finding)), None)
        if by is None:
            by = next((s for s in suppressions if _names_plan_code(s, finding)), None)
        if by is None:
            kept.append(finding)
        else:
            by.used.add(finding.code)
    return kept


def unused(suppressions: Iterable[Suppression], active: Iterable[str],
           catalogue: Catalogue) -> list[Finding]:
    """PL001 findings: suppressions that suppressed nothing (codes that were not
    checked in this run are not counted against them), and planlint comments
    that are not understood."""
    active = set(active)
    found = []
    for s in suppressions:
        if s.kind in ("enable", "note"):
            continue
        if s.kind == "unknown":
            known = ("planlint-disable, planlint-enable, planlint-disable-line, "
                     "planlint-disable-next-line or planlint-disable-file"
                     if s.directive.location.line is not None else "planlint: ignore")
            found.append(_finding(s, f"This planlint comment is not understood; write {known}, "
                                     "then rule codes."))
        elif s.codes is None:
            if not s.used:
                found.append(_finding(s, "This suppression (every rule) suppressed nothing."))
        else:
            unknown = sorted(c for c in s.codes if c not in catalogue.rules)
            idle = sorted(c for c in s.codes if c in active and c not in s.used)
            if unknown:
                found.append(_finding(s, f"This suppression names unknown rule code(s) "
                                         f"{', '.join(unknown)}."))
            if idle:
                found.append(_finding(s, f"This suppression of {', '.join(idle)} "
                                         "suppressed nothing."))
    return found


def _finding(s: Suppression, message: str) -> Finding:
    return Finding(code=UNUSED.code, name=UNUSED.name, severity=UNUSED.severity,
                   message=message, suggestion=UNUSED.suggestion,
                   location=s.directive.location, action_index=None)


def suppressions_of(directives: Iterable[Directive], fmt: str,
                    catalogue: Catalogue) -> list[Suppression]:
    return [parse(d, fmt, catalogue) for d in directives]
