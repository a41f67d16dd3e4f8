"""Shared fixtures: one Linter per session, and builders of whole plans.

The rule tests lint real files through the real pipeline: a Markdown file or a
Word file (made with python-docx) is written to tmp_path and linted with
`Linter().lint_file(path)`, which reads it, builds the Plan, parses it with
spaCy and runs every check.

`markdown_plan()` builds a complete plan that is clean apart from what a test
changes: every plan-level part is present (lead social worker, child's wishes
and feelings, contingency plan, review date) and the default action row has a
concrete task, a named owner, a date and checkable evidence. A test changes one
part and asserts on the exact set of codes that comes back.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from planlint.engine import FileResult, Linter
from planlint.model import Finding

# ------------------------------------------------------------------ defaults

# One clean action: each part is a form the annotation guide calls clean.
CLEAN_TASK = "Visit the home unannounced and see Ben alone in his bedroom"
CLEAN_OWNER = "Social worker"
CLEAN_DEADLINE = "12 March 2026"
CLEAN_EVIDENCE = "Home conditions rated acceptable at two unannounced visits in a row"

CHILD = "Ben Carter (8)"
CATEGORY = "Neglect"
CONFERENCE_DATE = "12 February 2026"
LEAD = "Anna Webb (Northside Safeguarding Team, 01632 960123)"
CORE_GROUP = "Mum, Dad, Anna Webb (social worker), Ms Patel (DSL, Hill Street Primary)"
WORRIES = ("We are worried that Ben often arrives at school hungry and that the home "
           "is cold and has no food in it.")
CHILD_VOICE = ("Ben said he likes his school and his teacher. He told his social worker "
               "that he wants his dad to come to his football matches.")
CONTINGENCY = ("If the home is not rated acceptable at two visits in a row by the review "
               "conference, the local authority will hold a legal planning meeting.")
REVIEW = "Review conference: 12 June 2026"

TABLE_HEADER = ("What will be done", "Who", "By when", "How will we know")

# The names of the rules and their severity (rules/*.yaml).
RULES = {
    "PL101": ("owner-missing", "error"),
    "PL102": ("owner-vague", "warning"),
    "PL201": ("task-vague", "warning"),
    "PL301": ("deadline-missing", "error"),
    "PL302": ("deadline-vague", "warning"),
    "PL401": ("evidence-missing", "error"),
    "PL402": ("evidence-vague", "warning"),
    "PL501": ("contingency-missing", "error"),
    "PL502": ("lead-professional-missing", "error"),
    "PL503": ("review-date-missing", "error"),
    "PL504": ("child-voice-missing", "error"),
}
PLAN_CODES = {"PL501", "PL502", "PL503", "PL504"}


@dataclass(frozen=True)
class Row:
    """One action: its four cells. "" is an empty cell."""

    task: str = CLEAN_TASK
    who: str = CLEAN_OWNER
    when: str = CLEAN_DEADLINE
    evidence: str = CLEAN_EVIDENCE

    def cells(self) -> tuple[str, str, str, str]:
        return (self.task, self.who, self.when, self.evidence)


def row(task: str = CLEAN_TASK, who: str = CLEAN_OWNER, when: str = CLEAN_DEADLINE,
        evidence: str = CLEAN_EVIDENCE) -> Row:
    return Row(task, who, when, evidence)


# ------------------------------------------------------------------ Markdown


def md_cell(text: str) -> str:
    return text.replace("|", "\\|")


def table_md(rows: list[Row], header: tuple[str, ...] = TABLE_HEADER) -> str:
    """A Markdown action table; rows of as many cells as the header."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        cells = r.cells() if isinstance(r, Row) else tuple(r)
        lines.append("| " + " | ".join(md_cell(c) for c in cells) + " |")
    return "\n".join(lines)


def bullet(action: str | None = CLEAN_TASK, who: str | None = CLEAN_OWNER,
           when: str | None = CLEAN_DEADLINE, evidence: str | None = CLEAN_EVIDENCE) -> str:
    """One inline-labelled bullet; None leaves a label out, "" leaves it empty."""
    parts = []
    for label, value in (("Action", action), ("Who", who), ("When", when), ("Evidence", evidence)):
        if value is not None:
            parts.append(f"**{label}:** {value}".rstrip())
    return "- " + " ".join(parts)


def bullets_md(items: list[str]) -> str:
    return "\n".join(items)


def prose_md(sentences: list[str], one_paragraph: bool = False) -> str:
    """Sentences that commit someone to act, each its own paragraph by default."""
    return " ".join(sentences) if one_paragraph else "\n\n".join(sentences)


def markdown_plan(rows: list[Row] | None = None, *, actions: str | None = None,
                  actions_heading: str = "The plan", title: str | None = "Child protection plan",
                  child: str | None = CHILD, category: str | None = CATEGORY,
                  conference_date: str | None = CONFERENCE_DATE, lead: str | None = LEAD,
                  lead_label: str = "Lead social worker", core_group: str | None = CORE_GROUP,
                  worries: str | None = WORRIES, child_voice: str | None = CHILD_VOICE,
                  child_voice_heading: str = "The child's wishes and feelings",
                  contingency: str | None = CONTINGENCY, review: str | None = REVIEW,
                  extra: str | None = None) -> str:
    """A whole plan in Markdown. `rows` fill the action table (one clean row by
    default); `actions` replaces the body of the actions section instead (bullets,
    prose, goal headings). Any plan-level part given as None is left out."""
    out: list[str] = []
    if title is not None:
        out += [f"# {title}", ""]
    header = [(label, value) for label, value in (
        ("Child", child), ("Category", category), ("Date of conference", conference_date),
        (lead_label, lead), ("Core group", core_group)) if value is not None]
    if header:
        # Two trailing spaces: a hard line break, as plans are written.
        out += [f"**{label}:** {value}  " for label, value in header] + [""]
    if worries is not None:
        out += ["## What we are worried about", "", worries, ""]
    if actions is None:
        actions = table_md(rows if rows is not None else [row()])
    out += [f"## {actions_heading}", "", actions, ""]
    if child_voice is not None:
        out += [f"## {child_voice_heading}", "", child_voice, ""]
    if contingency is not None:
        out += ["## Contingency plan", "", contingency, ""]
    if extra is not None:
        out += [extra, ""]
    if review is not None:
        out += ["## Review", "", review, ""]
    return "\n".join(out)


# ---------------------------------------------------------------------- Word


def docx_plan(path: Path, rows: list[Row] | None = None, *,
              header: tuple[str, ...] = TABLE_HEADER, meta_style: str = "table",
              child: str | None = CHILD, category: str | None = CATEGORY,
              conference_date: str | None = CONFERENCE_DATE, lead: str | None = LEAD,
              core_group: str | None = CORE_GROUP, worries: str | None = WORRIES,
              child_voice: str | None = CHILD_VOICE, contingency: str | None = CONTINGENCY,
              review: str | None = REVIEW, paragraphs: list[str] | None = None,
              actions_heading: str = "The plan") -> Path:
    """The same plan as a Word file: Heading styles, the header facts as a
    two-column table (or "Label: value" paragraphs) and the actions as a Word
    table. `paragraphs` replaces the action table with plain paragraphs."""
    import docx

    document = docx.Document()
    document.add_heading("Child protection plan", level=1)
    facts = [(label, value) for label, value in (
        ("Child", child), ("Category", category), ("Date of conference", conference_date),
        ("Lead social worker", lead), ("Core group", core_group)) if value is not None]
    if facts and meta_style == "table":
        table = document.add_table(rows=0, cols=2)
        for label, value in facts:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
    else:
        for label, value in facts:
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{label}:").bold = True
            paragraph.add_run(f" {value}")
    if worries is not None:
        document.add_heading("What we are worried about", level=2)
        document.add_paragraph(worries)
    document.add_heading(actions_heading, level=2)
    if paragraphs is not None:
        for text in paragraphs:
            document.add_paragraph(text)
    else:
        rows = rows if rows is not None else [row()]
        table = document.add_table(rows=1, cols=len(header))
        for cell, text in zip(table.rows[0].cells, header):
            cell.text = text
        for r in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, r.cells() if isinstance(r, Row) else r):
                cell.text = text
    if child_voice is not None:
        document.add_heading("The child's wishes and feelings", level=2)
        document.add_paragraph(child_voice)
    if contingency is not None:
        document.add_heading("Contingency plan", level=2)
        document.add_paragraph(contingency)
    if review is not None:
        document.add_heading("Review", level=2)
        document.add_paragraph(review)
    document.save(str(path))
    return path


# ------------------------------------------------------------------ results


def read_md(linter: Linter, tmp_path: Path, body: str):
    """Read (not check) a Markdown plan of `body` under a "# Child protection
    plan" title, written to tmp_path/plan.md."""
    path = tmp_path / "plan.md"
    path.write_text("# Child protection plan\n\n" + body, encoding="utf-8")
    return linter.read(path)


def text(field) -> str | None:
    return field.text if field else None


def action_codes(result: FileResult, index: int, codes=RULES) -> set[str]:
    """The codes found on one action (1-based index), among `codes` (by default
    the eleven core rules: the other families have tests of their own)."""
    return {f.code for f in result.findings if f.action_index == index and f.code in codes}


def plan_codes(result: FileResult, codes=RULES) -> set[str]:
    """The codes found on the plan as a whole (action_index None), among `codes`."""
    return {f.code for f in result.findings if f.action_index is None and f.code in codes}


def findings_of(result: FileResult, code: str) -> list[Finding]:
    return [f for f in result.findings if f.code == code]


def assert_well_formed(finding: Finding, fmt: str) -> None:
    """A finding carries its rule's name and severity, a message, a suggestion
    and a location in the file: a line for Markdown, a ref for Word."""
    name, severity = RULES[finding.code]
    assert finding.name == name
    assert finding.severity.value == severity
    assert finding.message.strip()
    assert finding.suggestion.strip()
    if fmt == "markdown":
        assert finding.location.line is not None and finding.location.line >= 1
    else:
        assert finding.location.ref
        assert finding.location.line is None
    if finding.code in PLAN_CODES:
        assert finding.action_index is None
    else:
        assert finding.action_index is not None and finding.action_index >= 1


# ------------------------------------------------------------ dev corpus

# The dev corpus (the labelled plans the checks were first built on) is not in
# the repository: it sits in shared/corpus/dev in the folder beside a
# development checkout, or where $PLANLINT_DEV_CORPUS says. A clone has none;
# the repository's own labelled sets are in tests/data.
DEV_CORPUS = Path(os.environ.get("PLANLINT_DEV_CORPUS")
                  or Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev")


def has_dev_corpus() -> bool:
    return (DEV_CORPUS / "labels.jsonl").is_file()


def dev_corpus() -> Path:
    """The dev corpus folder; the calling test is skipped where it is absent."""
    if not has_dev_corpus():
        pytest.skip(f"no dev corpus at {DEV_CORPUS}: it is kept outside the repository "
                    "(set PLANLINT_DEV_CORPUS to a labelled folder to run this test)")
    return DEV_CORPUS


# ------------------------------------------------------------------ fixtures


@pytest.fixture(autouse=True)
def own_result_cache(tmp_path_factory, monkeypatch):
    """Each test's `planlint check` runs (in-process or in a subprocess, which
    inherits the environment) keep their cache of results in a folder of their
    own: a test never gets results cached by another, or by a run before."""
    monkeypatch.setenv("PLANLINT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(scope="session")
def linter() -> Linter:
    """One Linter (catalogue, layout and spaCy pipeline) for the whole session."""
    linter = Linter()
    linter.parser  # load spaCy now, once
    return linter


@pytest.fixture
def lint_md(linter, tmp_path):
    """Write Markdown text to a file and lint it; the file must read cleanly."""
    counter = iter(range(1_000_000))

    def lint(text: str) -> FileResult:
        path = tmp_path / f"plan{next(counter)}.md"
        path.write_text(text, encoding="utf-8")
        result = linter.lint_file(path)
        assert result.error is None, result.error
        assert result.plan is not None and result.plan.format == "markdown"
        return result

    return lint


@pytest.fixture
def lint_docx(linter, tmp_path):
    """Build a Word plan with `docx_plan` (same keywords) and lint it."""
    counter = iter(range(1_000_000))

    def lint(rows: list[Row] | None = None, **kwargs) -> FileResult:
        path = docx_plan(tmp_path / f"plan{next(counter)}.docx", rows, **kwargs)
        result = linter.lint_file(path)
        assert result.error is None, result.error
        assert result.plan is not None and result.plan.format == "docx"
        return result

    return lint
