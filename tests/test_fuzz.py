"""Fuzzing: whatever a plan holds, linting it does not crash and the result is well formed.

Hypothesis writes Markdown (random text, and plan-shaped text: headings, action tables
with odd headers and random cells, labelled bullets, prose) and Word documents (headings,
paragraphs, tables with merged cells, empty rows, odd headers and random text in cells),
and each is linted through the real pipeline with the session's Linter. An exception is
a failure (PLANLINT_DEBUG lets it through instead of becoming an "internal error" line);
so is a result whose action indices or finding references do not hold together, or
whose JSON does not parse.
"""
from __future__ import annotations

import importlib.util
import itertools
import json
import os
from pathlib import Path
from xml.sax.saxutils import escape
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from planlint.engine import FileResult
from planlint.report import json as json_report, text as text_report

from conftest import TABLE_HEADER

FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

HEADERS = list(TABLE_HEADER) + [
    "Outcome", "Action", "Lead", "Timescale", "Evidence of progress", "Need", "Next steps",
    "Person responsible", "Review by", "What will be different", "Who", "When", "By when",
    "How will we know", "Frequency", "Task", "", "Notes", "Who?", "WHEN:", "Date", "1"]
WORDS = ["Mum", "Dad", "social worker", "will", "visit", "ring", "the GP", "Ben", "by",
         "12 March 2026", "weekly", "ongoing", "ASAP", "so that", "we will know", "school",
         "attend", "Health visitor", "TBC", "n/a", "all agencies", "if", "not", "review",
         "Contingency", "Lead social worker:", "Review conference:", "-", "•", "1.", "**",
         "|", "\\", "`", "<br>", "&amp;", "_", "#", "[", "]", "(", ")", ":", "?", "\t",
         "é", "ü", "ß", "中文", "🙂", "\u200b", "\u00a0", "\u202e", "\x00", "\x1b"]

# Any text, but not surrogates (cannot be written as UTF-8).
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)
word = st.sampled_from(WORDS)
phrase = st.lists(word, max_size=12).map(" ".join) | st.text(
    st.characters(exclude_categories=("Cs",)), max_size=30)
header = st.sampled_from(HEADERS) | phrase


def one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ")


# ------------------------------------------------------------------ Markdown


@st.composite
def md_table(draw) -> str:
    columns = draw(st.integers(1, 6))
    heads = [one_line(draw(header)) for _ in range(columns)]
    lines = ["| " + " | ".join(heads) + " |", "|" + "---|" * columns]
    for _ in range(draw(st.integers(0, 5))):
        cells = [one_line(draw(phrase)).replace("|", "\\|")
                 for _ in range(draw(st.integers(0, columns + 1)))]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


@st.composite
def md_bullets(draw) -> str:
    items = []
    for _ in range(draw(st.integers(1, 4))):
        labels = draw(st.lists(st.sampled_from(["Action", "Who", "When", "By when",
                                                "Evidence", "How we will know"]), max_size=4))
        body = " ".join(f"**{label}:** {one_line(draw(phrase))}" for label in labels)
        marker = draw(st.sampled_from(["-", "*", "1.", "  -", "    -"]))
        items.append(f"{marker} {body or one_line(draw(phrase))}")
    return "\n".join(items)


md_heading = st.builds(lambda level, text: "#" * level + " " + one_line(text),
                       st.integers(1, 6), st.sampled_from([
                           "Child protection plan", "The plan", "Contingency plan", "Review",
                           "The child's wishes and feelings", "Outcome 1: Ben is safe",
                           "What we are worried about", "Safety goal"]) | phrase)
md_block = st.one_of(md_heading, md_table(), md_bullets(), phrase, any_text,
                     st.builds(lambda t: f"**Lead social worker:** {one_line(t)}  ", phrase))
markdown_plan = st.lists(md_block, max_size=10).map("\n\n".join)


# ---------------------------------------------------------------------- Word


@st.composite
def word_plan(draw, path: Path) -> Path:
    import docx

    document = docx.Document()
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["heading", "paragraph", "list", "table"]))
        if kind == "heading":
            document.add_heading(clean(draw(phrase)), level=draw(st.integers(0, 4)))
        elif kind == "paragraph":
            document.add_paragraph(clean(draw(phrase)))
        elif kind == "list":
            document.add_paragraph(clean(draw(phrase)),
                                   style=draw(st.sampled_from(["List Bullet", "List Number"])))
        else:
            word_table(draw, document)
    document.save(str(path))
    return path


def word_table(draw, document) -> None:
    rows, columns = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    table = document.add_table(rows=rows, cols=columns)
    if draw(st.booleans()):  # a header row
        for cell in table.rows[0].cells:
            cell.text = clean(draw(header))
    for r in range(1 if rows > 1 else 0, rows):
        if draw(st.booleans()):
            continue  # an empty row
        for cell in table.rows[r].cells:
            cell.text = clean(draw(phrase)) + draw(st.sampled_from(["", "\n" + clean(draw(phrase))]))
    for _ in range(draw(st.integers(0, 3))):  # merged cells, across and down
        r1, r2 = sorted(draw(st.integers(0, rows - 1)) for _ in range(2))
        c1, c2 = sorted(draw(st.integers(0, columns - 1)) for _ in range(2))
        try:
            table.cell(r1, c1).merge(table.cell(r2, c2))
        except Exception:  # python-docx refuses merges that overlap others oddly
            pass


def clean(text: str) -> str:
    """Text python-docx can store: XML forbids most control characters."""
    return "".join(c for c in text if c in "\t\n" or (ord(c) >= 0x20 and c not in "\ufffe\uffff"))


# ------------------------------------------------- raw WordprocessingML

# What python-docx never writes but a file may hold: content controls around rows and
# cells, custom XML, tracked changes, merges and spans with any value (99999999999,
# "abc", -1), numbering and styles that do not exist.
_spec = importlib.util.spec_from_file_location(
    "make_nasty", Path(__file__).parent / "nasty" / "make_nasty.py")
make_nasty = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_nasty)

value = st.sampled_from(["0", "1", "2", "-1", "abc", "", "99999999999", "restart",
                         "continue", "9", "10", "1.5"])
xml_text = phrase.map(lambda t: escape(clean(t)))
run = st.one_of(
    xml_text.map(lambda t: f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>'),
    xml_text.map(lambda t: f"<w:ins><w:r><w:t>{t}</w:t></w:r></w:ins>"),
    xml_text.map(lambda t: f"<w:del><w:r><w:delText>{t}</w:delText></w:r></w:del>"),
    st.sampled_from(["<w:r><w:tab/></w:r>", "<w:r><w:br/></w:r>", "<w:r/>",
                     "<w:fldSimple><w:r><w:t>7</w:t></w:r></w:fldSimple>"]))
paragraph_props = st.builds(
    lambda style, num, outline: "<w:pPr>" + (
        f'<w:pStyle w:val="{style}"/>' if style is not None else "") + (
        f'<w:numPr><w:ilvl w:val="{num[0]}"/><w:numId w:val="{num[1]}"/></w:numPr>'
        if num else "") + (f'<w:outlineLvl w:val="{outline}"/>' if outline else "") + "</w:pPr>",
    st.none() | st.sampled_from(["Heading1", "Heading9", "Title", "ListBullet", "ListNumber",
                                 "NoSuchStyle", ""]),
    st.none() | st.tuples(value, value), st.none() | value)
xml_paragraph = st.builds(lambda props, runs: f"<w:p>{props}{''.join(runs)}</w:p>",
                          st.just("") | paragraph_props, st.lists(run, max_size=3))
cell_props = st.builds(
    lambda span, vmerge, hmerge: "<w:tcPr>" + "".join(filter(None, (span, vmerge, hmerge)))
    + "</w:tcPr>",
    st.none() | value.map(lambda v: f'<w:gridSpan w:val="{v}"/>'),
    st.none() | st.just("<w:vMerge/>") | value.map(lambda v: f'<w:vMerge w:val="{v}"/>'),
    st.none() | st.just("<w:hMerge/>") | value.map(lambda v: f'<w:hMerge w:val="{v}"/>'))


def control(xml: str) -> str:
    return f"<w:sdt><w:sdtPr/><w:sdtContent>{xml}</w:sdtContent></w:sdt>"


def xml_tables(blocks):
    cell = st.builds(lambda props, inner: f"<w:tc>{props}{''.join(inner)}</w:tc>",
                     st.just("") | cell_props, st.lists(blocks, max_size=2))
    row = st.builds(lambda before, cells: f"<w:tr>{before}{''.join(cells)}</w:tr>",
                    st.just("") | value.map(
                        lambda v: f'<w:trPr><w:gridBefore w:val="{v}"/></w:trPr>'),
                    st.lists(cell | cell.map(control), max_size=5))
    table = st.lists(row | row.map(control), max_size=4).map(
        lambda rows: f"<w:tbl>{''.join(rows)}</w:tbl>")
    return table | blocks.map(control) | blocks.map(lambda b: f"<w:customXml>{b}</w:customXml>") \
        | st.just("<w:sdt/>")


xml_body = st.lists(st.recursive(xml_paragraph, xml_tables, max_leaves=12), max_size=8).map("".join)


# ------------------------------------------------------------------ checking


def assert_well_formed(result: FileResult, path: Path) -> None:
    assert result.path == str(path)
    if result.error is not None:
        assert result.plan is None and not result.findings
        assert result.error.strip() and "\n" not in result.error
    else:
        actions = result.plan.actions
        assert [a.index for a in actions] == list(range(1, len(actions) + 1))
        for finding in result.findings:
            assert finding.action_index is None or 1 <= finding.action_index <= len(actions)
            assert finding.message.strip() and finding.code
    data = json.loads(json_report.render([result]))
    assert data["files"][0]["path"] == str(path)
    assert data["summary"]["findings"] == len(result.findings)
    assert text_report.render([result]).endswith("\n")


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module", autouse=True)
def debug():
    with mock.patch.dict(os.environ, {"PLANLINT_DEBUG": "1"}):  # exceptions show themselves
        yield


names = itertools.count()


@FUZZ
@given(text=any_text | markdown_plan)
def test_any_markdown_lints_without_crashing(linter, folder, text):
    path = folder / f"plan{next(names)}.md"
    path.write_text(text, encoding="utf-8")
    assert_well_formed(linter.lint_file(path), path)


@FUZZ
@given(data=st.data())
def test_any_word_document_lints_without_crashing(linter, folder, data):
    path = data.draw(word_plan(folder / f"plan{next(names)}.docx"))
    result = linter.lint_file(path)
    assert result.error is None, result.error  # python-docx wrote it: it must read
    assert_well_formed(result, path)


@FUZZ
@given(body=xml_body)
def test_any_wordprocessingml_body_reads_without_crashing(linter, folder, body):
    path = folder / f"raw{next(names)}.docx"
    path.write_bytes(make_nasty.docx_bytes(make_nasty.document_xml(body)))
    result = linter.lint_file(path)
    assert result.error is None, result.error  # well-formed: the reader must cope
    assert_well_formed(result, path)


@FUZZ
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".md", ".docx"]))
def test_any_bytes_give_a_result_not_an_exception(linter, folder, data, suffix):
    path = folder / f"bytes{next(names)}{suffix}"
    path.write_bytes(data)
    assert_well_formed(linter.lint_file(path), path)


# ------------------------------------------------------- found by fuzzing

# Crashes once found by a longer run of the tests above, in layout/prose.py
# (IndexError on an empty token list); kept as regression tests.


def test_markdown_sentence_whose_subject_is_punctuation(linter, folder):
    path = folder / "underscore.md"
    path.write_text("_will 001", encoding="utf-8")  # prose.subtree_span: empty subtree
    assert_well_formed(linter.lint_file(path), path)


def test_word_bullet_of_dashes(linter, folder):
    import docx

    document = docx.Document()
    document.add_heading("The plan", 2)
    document.add_paragraph("  -   -", style="List Bullet")  # prose.clause_root: no tops
    path = folder / "dashes.docx"
    document.save(str(path))
    assert_well_formed(linter.lint_file(path), path)
