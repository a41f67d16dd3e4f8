"""Every finding that quotes the plan points at the words it quotes: in
Markdown the reported line and column start them; in Word the named paragraph
or table cell holds them (at the reported offset, when there is one). Checked
with every rule selected over every sample plan, the source read on its own
(the file's lines; python-docx for Word), not through planlint's reader."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from planlint.checks import Options
from planlint.engine import Linter
from planlint.checks.passages import section_source
from planlint.model import Finding, Location

SAMPLES = Path(__file__).resolve().parents[1] / "sample_plans"
PLANS = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".md", ".docx")
               and p.name != "README.md")
ELLIPSIS = " ..."  # a long quote is cut short (PL603): its first words must match


@pytest.fixture(scope="module")
def every_rule():
    return Linter(select=["PL"], options=Options(today=date(2027, 1, 1)))


def normal(text: str) -> str:
    """Case and runs of whitespace (a line break, a list's indent) aside."""
    return " ".join(text.split()).casefold()


def quoted(finding: Finding) -> str:
    return normal(finding.quote.removesuffix(ELLIPSIS))


def markdown_text_at(path: Path, loc: Location) -> str:
    """The file's text from the reported line and column (both 1-based) on."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert loc.line is not None and 1 <= loc.line <= len(lines), loc
    return "\n".join([lines[loc.line - 1][(loc.column or 1) - 1:], *lines[loc.line:]])


def word_text_at(document, loc: Location) -> str:
    """The text of the named paragraph or cell (from the offset on, if given)."""
    if loc.paragraph is not None:
        text = document.paragraphs[loc.paragraph].text
    else:
        assert None not in (loc.table, loc.row, loc.cell), loc
        # python-docx gives a cell per grid column, as planlint counts them.
        text = document.tables[loc.table].rows[loc.row].cells[loc.cell].text
    return text[loc.offset:] if loc.offset is not None else text


def misplaced(path: Path, findings: list[Finding]) -> list[str]:
    document = docx.Document(str(path)) if path.suffix == ".docx" else None
    wrong = []
    for finding in findings:
        if not finding.quote:
            continue
        if document is None:
            here = normal(markdown_text_at(path, finding.location))
            ok = here.startswith(quoted(finding))
        else:
            here = normal(word_text_at(document, finding.location))
            ok = here.startswith(quoted(finding)) if finding.location.offset is not None \
                else quoted(finding) in here
        if not ok:
            wrong.append(f"{finding.code} {finding.quote!r} at {finding.location.describe()}: "
                         f"{here[:60]!r}")
    return wrong


@pytest.mark.parametrize("name", PLANS)
def test_every_quoted_finding_stands_on_its_words(every_rule, name):
    result = every_rule.lint_file(SAMPLES / name)
    assert result.error is None
    assert misplaced(SAMPLES / name, result.findings) == []


def test_the_plain_language_rules_quote_words_in_the_samples(every_rule):
    """The check above is not empty: each language rule that quotes words has
    findings in the samples to check (PL607's plans all record an interpreter)."""
    codes = {f.code for name in PLANS for f in every_rule.lint_file(SAMPLES / name).findings
             if f.quote}
    assert {"PL601", "PL602", "PL603", "PL604", "PL605"} <= codes


@pytest.mark.parametrize("name", PLANS)
def test_a_sections_text_is_traced_to_its_blocks_word_for_word(every_rule, name):
    """What the language rules read of a section is its text as the layout
    joined it, each character from the block or cell it came from."""
    plan = every_rule.read(SAMPLES / name)
    assert any(section.blocks for section in plan.sections)
    for section in plan.sections:
        assert bool(section.blocks) == bool(section.text)
        assert section_source(section).text == section.text
