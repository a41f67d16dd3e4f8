"""`planlint annotate`: the plan with its findings as comments in it.

Word: each finding is a Word comment (author "planlint") whose range covers the
cell or the words the finding is about; the comment holds the rule, the message
and the fix. Markdown: an HTML comment at the end of the finding's line. The plan
itself is never changed, the copy is written in one step, and an existing copy
is replaced only with --force.
"""
from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn

from conftest import docx_plan, markdown_plan, row
from planlint.cli import main
from planlint.model import Finding, Location, Severity
from planlint.report.docx import AUTHOR, INITIALS, annotate_docx, comment_text
from planlint.report.markdown import annotate_markdown, comment

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_plans"

DEFECTS = row(task="Support mum", who="All agencies", when="Ongoing", evidence="Mum engages")


def run(*args: str):
    """The command line, in this process (the spaCy pipeline is loaded once)."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ------------------------------------------------------------ reading the copy


def comment_ranges(document) -> dict[int, dict]:
    """For each comment id: the text between its commentRangeStart and
    commentRangeEnd in the body, and the table cell or top-level paragraph the
    range starts in (("cell", table, row, column) or ("paragraph", index))."""
    body = document.element.body
    tables = list(body.iterchildren(qn("w:tbl")))
    paragraphs = list(body.iterchildren(qn("w:p")))
    open_ranges: dict[int, list[str]] = {}
    found: dict[int, dict] = {}
    for element in body.iter():
        if element.tag == qn("w:commentRangeStart"):
            cid = int(element.get(qn("w:id")))
            open_ranges[cid] = []
            found[cid] = {"place": _place(element, tables, paragraphs)}
        elif element.tag == qn("w:commentRangeEnd"):
            cid = int(element.get(qn("w:id")))
            found[cid]["text"] = "".join(open_ranges.pop(cid))
        elif element.tag == qn("w:t"):
            for parts in open_ranges.values():
                parts.append(element.text or "")
    assert not open_ranges, "a comment range is never closed"
    return found


def _place(element, tables, paragraphs):
    tc = next((a for a in element.iterancestors(qn("w:tc"))), None)
    if tc is not None:
        tr = tc.getparent()
        tbl = tr.getparent()
        return ("cell", tables.index(tbl), list(tbl.iterchildren(qn("w:tr"))).index(tr),
                list(tr.iterchildren(qn("w:tc"))).index(tc))
    p = next(a for a in element.iterancestors(qn("w:p")))
    return ("paragraph", paragraphs.index(p))


def comments_by_code(document) -> dict[str, list[dict]]:
    """code -> [{"text", "place", "comment"}] for each planlint comment."""
    ranges = comment_ranges(document)
    out: dict[str, list[dict]] = {}
    for c in document.comments:
        code = c.text.split()[0]
        out.setdefault(code, []).append({**ranges[c.comment_id], "comment": c})
    return out


@pytest.fixture
def word_plan(tmp_path) -> Path:
    """A Word plan: one clean action, one with four defects, one owner with an
    unexplained acronym; no contingency plan; the review date "TBC" in a
    paragraph whose runs break inside the phrase."""
    path = docx_plan(tmp_path / "plan.docx", [row(), DEFECTS, row(who="Nicola Brandt (SW)")],
                     contingency=None, review="Review conference: TBC")
    document = docx.Document(str(path))
    paragraph = next(p for p in document.paragraphs if p.text == "Review conference: TBC")
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    paragraph.add_run("Review con")
    paragraph.add_run("ference: T").bold = True
    paragraph.add_run("BC").italic = True
    document.save(str(path))
    return path


# ------------------------------------------------------------------- Word


def test_each_finding_is_a_comment_on_its_cell_or_words(word_plan, tmp_path):
    out = tmp_path / "plan.reviewed.docx"
    result = run("annotate", str(word_plan), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert f"-> {out}" in result.output

    document = docx.Document(str(out))
    found = comments_by_code(document)
    # Table 0 holds the header facts; table 1 the actions (row 0 its header).
    assert [(c["place"], c["text"]) for c in found["PL201"]] == [(("cell", 1, 2, 0), "Support mum")]
    assert [(c["place"], c["text"]) for c in found["PL102"]] == [(("cell", 1, 2, 1), "All agencies")]
    assert [(c["place"], c["text"]) for c in found["PL302"]] == [(("cell", 1, 2, 2), "Ongoing")]
    assert [(c["place"], c["text"]) for c in found["PL402"]] == [(("cell", 1, 2, 3), "Mum engages")]
    # A finding on a whole cell about one word of it covers that word only.
    assert [(c["place"], c["text"]) for c in found["PL601"]] == [(("cell", 1, 3, 1), "SW")]
    # A plan-level finding sits on the title.
    assert [(c["place"], c["text"]) for c in found["PL501"]] == [(("paragraph", 0),
                                                                   "Child protection plan")]
    # The phrase inside split runs: just "TBC".
    review = next(i for i, p in enumerate(document.paragraphs) if p.text.endswith("TBC"))
    assert [(c["place"], c["text"]) for c in found["PL503"]] == [(("paragraph", review), "TBC")]


def test_comment_says_rule_message_and_fix_by_planlint(word_plan, tmp_path, linter):
    out = tmp_path / "out.docx"
    assert run("annotate", str(word_plan), "-o", str(out)).exit_code == 0
    findings = linter.lint_file(word_plan).findings
    comments = list(docx.Document(str(out)).comments)
    assert len(comments) == len(findings)
    for c in comments:
        assert c.author == AUTHOR == "planlint"
        assert c.initials == INITIALS == "PL"
    texts = {c.text for c in comments}
    for f in findings:
        expected = (f"{f.code} {f.name} ({f.severity.value}): {' '.join(f.message.split())}\n"
                    f"Fix: {' '.join(f.suggestion.split())}")
        assert expected in texts
    vague = next(c.text for c in comments if c.text.startswith("PL102"))
    assert vague.startswith('PL102 owner-vague (warning): "All agencies" does not identify')
    assert "\nFix: " in vague


def test_split_runs_keep_their_formatting_and_the_text_is_unchanged(word_plan, tmp_path):
    out = tmp_path / "out.docx"
    assert run("annotate", str(word_plan), "-o", str(out)).exit_code == 0
    before = docx.Document(str(word_plan))
    after = docx.Document(str(out))
    assert [p.text for p in after.paragraphs] == [p.text for p in before.paragraphs]
    review = next(p for p in after.paragraphs if p.text == "Review conference: TBC")
    runs = [(r.text, bool(r.bold), bool(r.italic)) for r in review.runs if r.text]
    assert runs == [("Review con", False, False), ("ference: ", True, False),
                    ("T", True, False), ("BC", False, True)]


def test_the_annotated_copy_lints_as_the_original(word_plan, tmp_path, linter):
    """The comments are feedback, not suppressions: the same findings come back."""
    out = tmp_path / "out.docx"
    assert run("annotate", str(word_plan), "-o", str(out)).exit_code == 0
    before = [(f.code, f.location) for f in linter.lint_file(word_plan).findings]
    after = [(f.code, f.location) for f in linter.lint_file(out).findings]
    assert after == before


def test_the_plan_itself_is_never_changed(word_plan, tmp_path):
    digest, stat = sha256(word_plan), word_plan.stat()
    assert run("annotate", str(word_plan), "-o", str(tmp_path / "out.docx")).exit_code == 0
    assert run("annotate", str(word_plan)).exit_code == 0  # beside it: plan.reviewed.docx
    assert sha256(word_plan) == digest
    assert word_plan.stat().st_mtime_ns == stat.st_mtime_ns
    assert (tmp_path / "plan.reviewed.docx").exists()


def test_refuses_to_write_over_the_plan(word_plan, tmp_path):
    digest = sha256(word_plan)
    for target in (word_plan, tmp_path / ".." / tmp_path.name / "plan.docx"):
        result = run("annotate", str(word_plan), "-o", str(target), "--force")
        assert result.exit_code == 2
        assert "refusing to write over a plan" in result.output
    link = tmp_path / "link.docx"
    link.symlink_to(word_plan)
    result = run("annotate", str(word_plan), "-o", str(link), "--force")
    assert result.exit_code == 2
    assert sha256(word_plan) == digest


def test_an_existing_copy_is_replaced_only_with_force(word_plan, tmp_path):
    out = tmp_path / "out.docx"
    out.write_bytes(b"an older copy")
    result = run("annotate", str(word_plan), "-o", str(out))
    assert result.exit_code == 2
    assert "already exists; use --force" in result.output
    assert out.read_bytes() == b"an older copy"
    result = run("annotate", str(word_plan), "-o", str(out), "--force")
    assert result.exit_code == 0, result.output
    assert len(docx.Document(str(out)).comments) > 0


def test_the_copy_is_written_atomically_and_leaves_no_temporary_file(word_plan, tmp_path,
                                                                     monkeypatch):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    assert run("annotate", str(word_plan), "-o", str(out_dir / "a.docx")).exit_code == 0
    assert sorted(p.name for p in out_dir.iterdir()) == ["a.docx"]

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    result = run("annotate", str(word_plan), "-o", str(out_dir / "b.docx"))
    assert result.exit_code == 2
    assert "cannot write" in result.output and "No space left on device" in result.output
    assert sorted(p.name for p in out_dir.iterdir()) == ["a.docx"]  # no b.docx, no temp


def test_the_copy_is_as_private_as_the_plan(word_plan, tmp_path):
    word_plan.chmod(0o600)
    out = tmp_path / "out.docx"
    assert run("annotate", str(word_plan), "-o", str(out)).exit_code == 0
    assert out.stat().st_mode & 0o777 == 0o600


def test_a_copy_must_keep_the_plans_kind_of_file(word_plan, tmp_path):
    result = run("annotate", str(word_plan), "-o", str(tmp_path / "out.md"))
    assert result.exit_code == 2
    assert "must end in .docx" in result.output


def test_an_unreadable_plan_is_an_error_and_the_others_are_written(word_plan, tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    out = tmp_path / "copies"
    result = run("annotate", str(word_plan), str(broken), "-o", str(out))
    assert result.exit_code == 2
    assert f"{broken}: error: not a Word document" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["plan.reviewed.docx"]


def test_a_folder_is_annotated_plan_by_plan_and_earlier_copies_are_left_alone(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    docx_plan(folder / "a.docx", [DEFECTS])
    (folder / "b.md").write_text(markdown_plan([DEFECTS]), encoding="utf-8")
    first = run("annotate", str(folder))
    assert first.exit_code == 0, first.output
    assert sorted(p.name for p in folder.iterdir()) == ["a.docx", "a.reviewed.docx", "b.md",
                                                         "b.reviewed.md"]
    again = run("annotate", str(folder), "--force")  # the copies are not annotated again
    assert again.exit_code == 0
    assert "reviewed.reviewed" not in again.output
    assert len(again.output.strip().splitlines()) == 2


def test_unlocated_findings_go_on_the_title_and_say_where(tmp_path):
    """A finding in a content control (no paragraph index) or with no place at all
    is anchored on the title; an empty cell gets a run to hang its comment on; a
    span of a table's text lands in its cell."""
    path = docx_plan(tmp_path / "plan.docx", [row(who="")])
    data = path.read_bytes()

    def finding(code: str, location: Location) -> Finding:
        return Finding(code=code, name="x", severity=Severity.WARNING, message=f"m {code}",
                       suggestion="s", location=location)

    findings = [
        finding("PL901", Location(ref="content control after paragraph 3")),
        finding("PL902", Location(line=1, column=1, ref="start of document")),
        finding("PL903", Location(table=1, row=1, cell=1, ref="table 2, row 2, cell 2")),
        finding("PL904", Location(table=1, offset=len("What will be done | "), length=3,
                                  ref="table 2")),
        finding("PL905", Location(table=7, row=0, cell=0, ref="table 8, row 1, cell 1")),
    ]
    document = docx.Document(io.BytesIO(annotate_docx(data, findings)))
    found = comments_by_code(document)
    assert found["PL901"][0]["place"] == ("paragraph", 0)
    assert found["PL901"][0]["comment"].text.endswith("Where: content control after paragraph 3")
    assert found["PL902"][0]["place"] == ("paragraph", 0)
    assert "Where:" not in found["PL902"][0]["comment"].text
    assert (found["PL903"][0]["place"], found["PL903"][0]["text"]) == (("cell", 1, 1, 1), "")
    assert (found["PL904"][0]["place"], found["PL904"][0]["text"]) == (("cell", 1, 0, 1), "Who")
    assert found["PL905"][0]["place"] == ("paragraph", 0)  # no such table: the title


def test_comment_text_is_one_line_each():
    f = Finding(code="PL301", name="deadline-missing", severity=Severity.ERROR,
                message="This action\nsays no  time.", suggestion="Add a date.",
                location=Location(paragraph=0))
    assert comment_text(f) == ("PL301 deadline-missing (error): This action says no time.\n"
                               "Fix: Add a date.")


# -------------------------------------------------------------- Markdown


MD_PLAN = markdown_plan([row(), DEFECTS], contingency=None)


def test_markdown_comments_go_at_the_end_of_each_findings_line(tmp_path, linter):
    plan = tmp_path / "plan.md"
    plan.write_text(MD_PLAN, encoding="utf-8")
    out = tmp_path / "plan.reviewed.md"
    result = run("annotate", str(plan), "-o", str(out))
    assert result.exit_code == 0, result.output
    findings = linter.lint_file(plan).findings
    original = MD_PLAN.split("\n")
    reviewed = out.read_text(encoding="utf-8").split("\n")
    assert len(reviewed) == len(original)  # no line added: every line keeps its number
    for f in findings:
        line = reviewed[f.location.line - 1]
        assert comment(f) in line
        assert line.startswith(original[f.location.line - 1].rstrip())
    row_line = next(line for line in reviewed if line.startswith("| Support mum"))
    assert row_line.startswith("| Support mum | All agencies | Ongoing | Mum engages | <!-- ")
    assert "<!-- planlint: PL102 owner-vague: \"All agencies\" does not identify" in row_line
    assert " Fix: " in row_line
    title = reviewed[0]
    assert title.startswith("# Child protection plan <!-- planlint: PL501 contingency-missing: ")


def test_reviewed_markdown_lints_as_the_original(tmp_path, linter):
    """Tables stay tables and lines keep their numbers: the same findings at the
    same lines and columns; the comments are not suppressions, and are not
    reported as unknown planlint comments."""
    plan = tmp_path / "plan.md"
    plan.write_text(MD_PLAN, encoding="utf-8")
    out = tmp_path / "plan.reviewed.md"
    assert run("annotate", str(plan), "-o", str(out)).exit_code == 0
    before = [(f.code, f.location.line, f.location.column) for f in linter.lint_file(plan).findings]
    after = [(f.code, f.location.line, f.location.column) for f in linter.lint_file(out).findings]
    assert after == before
    check = run("check", "--isolated", "--report-unused-suppressions", str(out))
    assert "PL001" not in check.output


def test_markdown_input_unchanged_and_refusals(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text(MD_PLAN, encoding="utf-8")
    digest = sha256(plan)
    assert run("annotate", str(plan)).exit_code == 0
    assert sha256(plan) == digest
    assert "already exists" in run("annotate", str(plan)).output
    assert run("annotate", str(plan), "--force").exit_code == 0
    assert run("annotate", str(plan), "-o", str(plan), "--force").exit_code == 2
    assert sha256(plan) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.md", "plan.reviewed.md"]


def test_markdown_hard_breaks_line_endings_and_bom_are_kept():
    f = Finding(code="PL502", name="lead-professional-missing", severity=Severity.ERROR,
                message="No lead -- named -->.", suggestion="Name one.",
                location=Location(line=1, column=1))
    g = f.model_copy(update={"location": Location(line=2, column=1)})
    h = f.model_copy(update={"location": Location(line=3, column=1)})
    text = "**Child:** Ben  \r\nSecond line\\\r\n## Title ##\r\n"
    out = annotate_markdown(text, [f, g, h])
    lines = out.split("\r\n")
    c = comment(f)
    assert "-->" not in c[4:-3] and "--" not in c[4:-3]  # nothing can end the comment early
    assert lines[0] == f"**Child:** Ben {c}  "  # the hard break (two spaces) still ends it
    assert lines[1] == f"Second line {c}\\"  # and the backslash one
    assert lines[2] == f"## Title {c} ##"  # inside the heading, before its closing #s
    assert out.endswith("\r\n") and out.count("\r\n") == 3


def test_markdown_findings_without_a_line_go_on_the_title():
    f = Finding(code="PL501", name="contingency-missing", severity=Severity.ERROR,
                message="m", suggestion="s", location=Location(ref="nowhere"))
    out = annotate_markdown("\nSome words.\n\n# The plan\n", [f])
    assert out.split("\n")[3].startswith("# The plan <!-- planlint: PL501")


# ------------------------------------------------- LibreOffice and progress


def _pdf_annotation_texts(pdf: bytes) -> str:
    """The text of a PDF's text annotations (how LibreOffice exports comments when
    it does not print them in the margin): /Contents strings, plain or UTF-16 hex,
    in the file or inside its compressed streams."""
    chunks = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            chunks.append(zlib.decompress(match.group(1)))
        except zlib.error:
            pass
    texts = []
    for chunk in chunks:
        for hexed in re.findall(rb"/Contents\s*<FEFF([0-9A-Fa-f]*)>", chunk):
            texts.append(bytes.fromhex(hexed.decode()).decode("utf-16-be", "replace"))
        for plain in re.findall(rb"/Contents\s*\(((?:\\.|[^\\)])*)\)", chunk):
            texts.append(plain.decode("latin-1"))
    return "\n".join(texts)


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice is not installed (Debian: apt-get install "
                    "libreoffice-writer-nogui poppler-utils; see .ci/apt-packages.txt)")
def test_libreoffice_opens_the_copy_and_puts_the_comments_in_its_pdf(word_plan, tmp_path):
    out = tmp_path / "plan.reviewed.docx"
    assert run("annotate", str(word_plan), "-o", str(out)).exit_code == 0
    office = shutil.which("soffice") or shutil.which("libreoffice")
    profile = (tmp_path / "lo-profile").as_uri()
    pdf_filter = 'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}'
    convert = subprocess.run(
        [office, "--headless", "--norestore", f"-env:UserInstallation={profile}",
         "--convert-to", pdf_filter, "--outdir", str(tmp_path / "pdf"), str(out)],
        capture_output=True, text=True, timeout=240)
    pdf = tmp_path / "pdf" / "plan.reviewed.pdf"
    assert pdf.exists(), convert.stdout + convert.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    # Newer LibreOffice prints the comments in the margin (page text); older ones
    # (7.4) ignore that option and export them as PDF text annotations.
    page_text = ""
    if shutil.which("pdftotext"):
        page_text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, timeout=60).stdout
    shown = " ".join((page_text + "\n" + _pdf_annotation_texts(data)).split())
    assert "All agencies" in page_text  # the plan itself
    for expected in ('PL102 owner-vague (warning): "All agencies" does not identify',
                     "PL302 deadline-vague", "PL501 contingency-missing", "Fix:"):
        assert expected in shown, shown[:2000]
    if shutil.which("pdftoppm"):  # a picture of the first page, to look at by eye
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", str(pdf),
                        str(tmp_path / "page")], capture_output=True, timeout=60)
        assert list(tmp_path.glob("page*.png"))


def test_no_progress_bar_when_standard_error_is_not_a_terminal(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.md").write_text(markdown_plan([DEFECTS]), encoding="utf-8")
    exe = shutil.which("planlint") or str(Path(sys.executable).parent / "planlint")
    result = subprocess.run([exe, "annotate", str(folder)], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 3


def test_rule_choice_and_configuration_apply_as_for_check(word_plan, tmp_path):
    out = tmp_path / "selected.docx"
    assert run("annotate", str(word_plan), "-o", str(out), "--select", "PL102,PL302").exit_code == 0
    assert sorted(c.text.split()[0] for c in docx.Document(str(out)).comments) == ["PL102", "PL302"]
    (tmp_path / "planlint.toml").write_text('ignore = ["PL6", "PL5"]\n', encoding="utf-8")
    configured = tmp_path / "configured.docx"
    assert run("annotate", str(word_plan), "-o", str(configured)).exit_code == 0
    codes = {c.text.split()[0] for c in docx.Document(str(configured)).comments}
    assert codes == {"PL102", "PL201", "PL302", "PL402"}
    isolated = tmp_path / "isolated.docx"
    assert run("annotate", str(word_plan), "-o", str(isolated), "--isolated").exit_code == 0
    assert "PL501" in {c.text.split()[0] for c in docx.Document(str(isolated)).comments}


@pytest.mark.parametrize("suffix", [".docm", ".dotx"])
def test_macro_enabled_documents_and_templates_are_annotated_as_their_own_kind(
        word_plan, tmp_path, suffix):
    plan = tmp_path / f"plan{suffix}"
    shutil.copy(word_plan, plan)
    result = run("annotate", str(plan))
    assert result.exit_code == 0, result.output
    copy = tmp_path / f"plan.reviewed{suffix}"
    assert copy.exists()
    with zipfile.ZipFile(copy) as package:
        assert "word/comments.xml" in package.namelist()
