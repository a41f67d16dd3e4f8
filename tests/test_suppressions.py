"""Suppression comments in the plan itself: Markdown HTML comments
(markdownlint style) and Word review comments ("planlint: ignore PL301").

The readers collect the comments (Document.directives); the engine filters the
findings. Each behaviour is checked through the real command line.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import docx

from conftest import docx_plan, markdown_plan, row, table_md
from planlint.readers import read_document
from planlint.readers.markdown import read_markdown

# Only the rules these tests are about, so that rules added later do not move them.
SELECT = "PL102,PL201,PL301,PL302,PL402,PL501,PL504"
VAGUE = row(task="Support mum", who="All agencies", when="Ongoing", evidence="Mum engages")


def planlint(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    exe = shutil.which("planlint") or str(Path(sys.executable).parent / "planlint")
    return subprocess.run([exe, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def lint(path: Path, *args: str) -> list[dict]:
    """The findings of one plan, as JSON."""
    result = planlint("check", "--isolated", "--format", "json", "--select", SELECT, *args,
                      str(path))
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)["files"][0]["findings"]


def codes_at(findings: list[dict], action: int | None) -> set[str]:
    return {f["code"] for f in findings if f["action_index"] == action}


def write(tmp_path: Path, text: str, name: str = "plan.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------ Markdown


def test_markdown_reader_collects_planlint_comments_with_their_lines():
    text = ("# Plan\n\n<!-- planlint-disable PL302 -->\n\n| a | b |\n|---|---|\n"
            "| x <!-- planlint-disable-line PL102 --> | y |\n\n"
            "Not this: `<!-- planlint-disable -->`. <!-- a note for the team -->\n"
            "```\n<!-- planlint-disable-file -->\n```\n")
    directives = read_markdown(text, "plan.md").directives
    found = [(d.text, d.location.line, d.location.column) for d in directives]
    assert found == [("planlint-disable PL302", 3, 1), ("planlint-disable-line PL102", 7, 5)]


def test_disable_runs_until_the_matching_enable(tmp_path):
    actions = "\n\n".join([
        "<!-- planlint-disable PL302 -->", table_md([VAGUE]), "<!-- planlint-enable PL302 -->",
        table_md([VAGUE])])
    findings = lint(write(tmp_path, markdown_plan(actions=actions)))
    assert "PL302" not in codes_at(findings, 1)
    assert {"PL102", "PL201", "PL402"} <= codes_at(findings, 1)  # only PL302 was disabled
    assert "PL302" in codes_at(findings, 2)


def test_disable_without_codes_silences_every_rule_until_enable(tmp_path):
    actions = "\n\n".join(["<!-- planlint-disable -->", table_md([VAGUE]),
                           "<!-- planlint-enable -->", table_md([VAGUE])])
    findings = lint(write(tmp_path, markdown_plan(actions=actions)))
    assert codes_at(findings, 1) == set()
    assert {"PL102", "PL201", "PL302", "PL402"} <= codes_at(findings, 2)


def test_disable_without_enable_runs_to_the_end_of_the_file(tmp_path):
    actions = "\n\n".join([table_md([VAGUE]), "<!-- planlint-disable PL201 PL402 -->",
                           table_md([VAGUE])])
    findings = lint(write(tmp_path, markdown_plan(actions=actions)))
    assert {"PL201", "PL402"} <= codes_at(findings, 1)
    assert not {"PL201", "PL402"} & codes_at(findings, 2)
    assert "PL102" in codes_at(findings, 2)


def test_disable_line_at_the_end_of_a_table_row_covers_that_row_only(tmp_path):
    table = table_md([VAGUE, VAGUE]).splitlines()
    table[2] += " <!-- planlint-disable-line PL102, deadline-vague agreed at conference -->"
    findings = lint(write(tmp_path, markdown_plan(actions="\n".join(table))))
    assert not {"PL102", "PL302"} & codes_at(findings, 1)
    assert "PL201" in codes_at(findings, 1)  # the reason's words are not codes
    assert {"PL102", "PL302"} <= codes_at(findings, 2)


def test_disable_next_line_covers_the_line_after_the_comment(tmp_path):
    actions = ("<!-- planlint-disable-next-line PL302 -->\n"
               "- **Action:** Support mum **Who:** All agencies **When:** Ongoing\n"
               "- **Action:** Support mum **Who:** All agencies **When:** Ongoing\n")
    findings = lint(write(tmp_path, markdown_plan(actions=actions)))
    assert "PL302" not in codes_at(findings, 1)
    assert "PL302" in codes_at(findings, 2)


def test_a_plan_level_rule_named_in_any_suppression_is_off_for_the_plan(tmp_path):
    plan = markdown_plan(child_voice=None, contingency=None,
                         extra="<!-- planlint-disable PL504 -->")
    findings = lint(write(tmp_path, plan))
    assert "PL504" not in codes_at(findings, None)
    assert "PL501" in codes_at(findings, None)  # not named: still reported


def test_disable_file_covers_the_whole_file(tmp_path):
    plan = markdown_plan([VAGUE], extra="<!-- planlint-disable-file PL201 PL302 -->")
    findings = lint(write(tmp_path, plan))
    assert not {"PL201", "PL302"} & codes_at(findings, 1)
    assert "PL102" in codes_at(findings, 1)


def test_a_comment_in_a_code_span_is_not_a_suppression(tmp_path):
    plan = markdown_plan([VAGUE], extra="To switch a rule off, write `<!-- planlint-disable-file -->`.")
    findings = lint(write(tmp_path, plan))
    assert {"PL102", "PL201", "PL302"} <= codes_at(findings, 1)


def test_unused_suppressions_are_reported_only_when_asked(tmp_path):
    table = table_md([VAGUE, row()]).splitlines()
    table[2] += " <!-- planlint-disable-line PL302 -->"  # used
    table[3] += " <!-- planlint-disable-line PL102 -->"  # the clean row: unused
    plan = markdown_plan(actions="\n".join(table), extra="<!-- planlint-disabel PL101 -->")
    path = write(tmp_path, plan)
    assert not [f for f in lint(path) if f["code"] == "PL001"]
    unused = [f for f in lint(path, "--report-unused-suppressions") if f["code"] == "PL001"]
    lines = path.read_text().splitlines()
    clean_row = next(i for i, line in enumerate(lines, 1) if "disable-line PL102" in line)
    typo = next(i for i, line in enumerate(lines, 1) if "disabel" in line)
    assert sorted(f["location"]["line"] for f in unused) == [clean_row, typo]
    assert all(f["severity"] == "info" and f["name"] == "unused-suppression" for f in unused)
    by_line = {f["location"]["line"]: f["message"] for f in unused}
    assert "PL102" in by_line[clean_row] and "suppressed nothing" in by_line[clean_row]
    assert "not understood" in by_line[typo]


def test_a_suppressed_plan_exits_0(tmp_path):
    plan = markdown_plan([VAGUE], extra="<!-- planlint-disable-file -->")
    result = planlint("check", "--isolated", str(write(tmp_path, plan)))
    assert result.returncode == 0, result.stdout
    assert "All clear" in result.stdout


# ---------------------------------------------------------------------- Word


def comment_on_cell(path: Path, table: int, row_index: int, cell: int, text: str) -> None:
    document = docx.Document(str(path))
    paragraph = document.tables[table].rows[row_index].cells[cell].paragraphs[0]
    document.add_comment(paragraph.runs, text=text, author="Anna Webb", initials="AW")
    document.save(str(path))


def comment_on_paragraph(path: Path, contains: str, text: str) -> None:
    document = docx.Document(str(path))
    paragraph = next(p for p in document.paragraphs if contains in p.text)
    document.add_comment(paragraph.runs, text=text, author="Anna Webb", initials="AW")
    document.save(str(path))


def test_docx_reader_collects_planlint_comments_with_their_cell(tmp_path):
    path = docx_plan(tmp_path / "plan.docx", [VAGUE, VAGUE])
    comment_on_cell(path, 1, 1, 1, "planlint: ignore PL102")
    comment_on_cell(path, 1, 2, 0, "Please check this with the family")  # a reviewer's
    directives = read_document(path).directives
    assert [d.text for d in directives] == ["planlint: ignore PL102"]
    location = directives[0].location
    assert (location.table, location.row, location.cell) == (1, 1, 1)
    assert location.ref == "table 2, row 2, cell 2"
    assert directives[0].covers == (location,)


def test_a_word_comment_on_a_cell_suppresses_the_findings_in_that_cell(tmp_path):
    path = docx_plan(tmp_path / "plan.docx", [VAGUE, VAGUE])
    comment_on_cell(path, 1, 1, 1, "planlint: ignore PL102 - the family agreed")
    comment_on_cell(path, 1, 1, 2, "planlint: ignore")  # every rule, in the deadline cell
    findings = lint(path)
    assert not {"PL102", "PL302"} & codes_at(findings, 1)
    assert {"PL201", "PL402"} <= codes_at(findings, 1)  # other cells of the row
    assert {"PL102", "PL302"} <= codes_at(findings, 2)  # the same words in another row


def test_a_word_comment_naming_a_plan_rule_suppresses_it_anywhere(tmp_path):
    path = docx_plan(tmp_path / "plan.docx", child_voice=None, contingency=None)
    comment_on_paragraph(path, "worried", "planlint: ignore PL504, PL999")
    findings = lint(path, "--report-unused-suppressions")
    assert "PL504" not in codes_at(findings, None)
    assert "PL501" in codes_at(findings, None)
    unused = [f for f in findings if f["code"] == "PL001"]
    assert len(unused) == 1 and "PL999" in unused[0]["message"]
    assert unused[0]["location"]["ref"].startswith("paragraph ")


def test_a_word_comment_that_is_not_for_planlint_changes_nothing(tmp_path):
    path = docx_plan(tmp_path / "plan.docx", [VAGUE])
    before = lint(path)
    comment_on_cell(path, 1, 1, 1, "Who exactly? (planlint: ignore PL102 would hide this)")
    assert lint(path) == before


def test_rule_explains_the_unused_suppression_finding():
    result = planlint("rule", "PL001")
    assert result.returncode == 0
    assert result.stdout.startswith("PL001 unused-suppression (info)")
    assert "## Why it matters" in result.stdout
