"""The annotated Word copy as a package: whatever ids, relationships and members the
plan's zip holds, the copy keeps them and adds planlint's comments beside them.

The plans are made with python-docx and edited with lxml (tests/hostile/annotate.py),
annotated with `annotate_docx`, and read back with python-docx and zipfile; where
LibreOffice is installed, it must open the copies too.
"""
from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from hostile.annotate import (COMMENT_TAGS, EXTRA, REVIEWER, drop_relationship_id,
                              edit_members, set_comment_ids, word_plan, xml_edit)
from planlint.readers import ReadError
from planlint.report.docx import annotate_docx

RELS = "word/_rels/document.xml.rels"
_R = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def annotate(path: Path, linter) -> bytes:
    result = linter.lint_file(path)
    assert result.error is None and result.findings, result.error
    return annotate_docx(path.read_bytes(), result.findings)


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def ids_in(data: bytes, name: str) -> dict[str, list[str]]:
    """The w:id of each comment and comment mark in one part, by kind."""
    found: dict[str, list[str]] = {}
    for element in etree.fromstring(members(data)[name]).iter(*COMMENT_TAGS):
        found.setdefault(etree.QName(element).localname, []).append(element.get(qn("w:id")))
    return found


def planlint_ids(data: bytes) -> list[str]:
    comments = etree.fromstring(members(data)["word/comments.xml"])
    return [c.get(qn("w:id")) for c in comments.iter(qn("w:comment"))
            if c.get(qn("w:author")) == "planlint"]


def assert_each_comment_is_anchored_once(data: bytes, new: list[str]) -> None:
    marks = ids_in(data, "word/document.xml")
    for kind in ("commentRangeStart", "commentRangeEnd", "commentReference"):
        assert sorted(i for i in marks[kind] if i in new) == sorted(new), kind


@pytest.mark.parametrize("old_id", ["abc", "-4", "2147483647"])
def test_comment_ids_of_any_shape_are_kept_and_new_ones_never_clash(tmp_path, linter, old_id):
    plan = edit_members(word_plan(tmp_path / "plan.docx"),
                        {"word/comments.xml": set_comment_ids(old_id),
                         "word/document.xml": set_comment_ids(old_id)})
    copy = annotate(plan, linter)

    comments = list(docx.Document(io.BytesIO(copy)).comments)
    assert [c.author for c in comments][0] == REVIEWER  # the plan's own comment, first
    assert comments[0].text == "Please check the dates"
    assert {c.author for c in comments[1:]} == {"planlint"} and len(comments) > 1
    new = planlint_ids(copy)
    assert old_id not in new and len(set(new)) == len(new)
    assert all(0 <= int(i) <= 2**31 - 1 for i in new)  # what Word accepts
    assert ids_in(copy, "word/comments.xml")["comment"][0] == old_id
    assert_each_comment_is_anchored_once(copy, new)


def test_new_comment_ids_skip_those_of_marks_without_a_comment(tmp_path, linter):
    """A range marked "7" in the body whose comment is gone: no new comment is 7."""
    def orphan_marks(root):
        for element in root.iter(*COMMENT_TAGS):
            element.set(qn("w:id"), "7")
    plan = edit_members(word_plan(tmp_path / "plan.docx"),
                        {"word/comments.xml": set_comment_ids("abc"),
                         "word/document.xml": xml_edit(orphan_marks)})
    new = planlint_ids(annotate(plan, linter))
    assert new and "7" not in new


@pytest.mark.parametrize("reviewer_comment", [True, False], ids=["comments", "no-comments"])
def test_a_relationship_without_an_id_is_kept_and_a_new_one_gets_a_free_id(
        tmp_path, linter, reviewer_comment):
    plan = edit_members(word_plan(tmp_path / "plan.docx",
                                  comment="Check" if reviewer_comment else None),
                        {RELS: drop_relationship_id("/styles")})
    copy = annotate(plan, linter)

    authors = [c.author for c in docx.Document(io.BytesIO(copy)).comments]
    assert "planlint" in authors and (REVIEWER in authors) == reviewer_comment
    rels = list(etree.fromstring(members(copy)[RELS]).iter(_R))
    assert [r.get("Id") for r in rels if r.get("Type") == RT.STYLES] == [None]
    ids = [r.get("Id") for r in rels if r.get("Id") is not None]
    assert len(ids) == len(set(ids))
    assert [r.get("Target") for r in rels if r.get("Type") == RT.COMMENTS] == ["comments.xml"]


def test_every_member_of_the_zip_is_kept_byte_for_byte_in_its_place(tmp_path, linter):
    plan = edit_members(word_plan(tmp_path / "plan.docx", comment=None), {}, EXTRA)
    original = plan.read_bytes()
    copy = annotate(plan, linter)

    before, after = members(original), members(copy)
    assert list(after)[:len(before)] == list(before)  # same order, new parts at the end
    assert list(after)[len(before):] == ["word/comments.xml"]
    changed = {name for name in before if after[name] != before[name]}
    assert changed == {"[Content_Types].xml", "word/document.xml", RELS}
    with zipfile.ZipFile(io.BytesIO(original)) as a, zipfile.ZipFile(io.BytesIO(copy)) as b:
        assert [i.compress_type for i in a.infolist()] == \
            [i.compress_type for i in b.infolist()][:len(before)]
    assert len(docx.Document(io.BytesIO(copy)).comments) > 0


def test_a_plan_without_findings_is_copied_as_it_is(tmp_path):
    plan = edit_members(word_plan(tmp_path / "plan.docx"), {}, EXTRA)
    assert annotate_docx(plan.read_bytes(), []) == plan.read_bytes()


def test_a_comments_part_that_holds_no_comments_list_is_replaced_and_kept(tmp_path, linter):
    """The comments relationship points at a part whose root is something else: the
    comments go to a new part, the relationship points there, the odd part stays."""
    odd = b'<?xml version="1.0"?><notes>not comments</notes>'
    plan = edit_members(word_plan(tmp_path / "plan.docx"), {"word/comments.xml": lambda _: odd})
    copy = annotate(plan, linter)

    after = members(copy)
    assert after["word/comments.xml"] == odd
    rels = etree.fromstring(after[RELS]).iter(_R)
    assert [r.get("Target") for r in rels if r.get("Type") == RT.COMMENTS] == ["comments2.xml"]
    authors = {c.author for c in docx.Document(io.BytesIO(copy)).comments}
    assert authors == {"planlint"}


def test_an_empty_comments_part_gets_the_comments(tmp_path, linter):
    empty = b'<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
    plan = edit_members(word_plan(tmp_path / "plan.docx"), {"word/comments.xml": lambda _: empty})
    copy = annotate(plan, linter)
    assert "word/comments2.xml" not in members(copy)
    assert {c.author for c in docx.Document(io.BytesIO(copy)).comments} == {"planlint"}


def test_a_file_that_cannot_be_annotated_is_a_read_error(tmp_path):
    with pytest.raises(ReadError, match="not a Word document"):
        annotate_docx(b"not a zip", [])
    plan = word_plan(tmp_path / "plan.docx")
    with pytest.raises(ReadError) as refused:
        annotate_docx(plan.read_bytes()[:200], [])
    assert "\n" not in str(refused.value) and "; " in str(refused.value)


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice is not installed (Debian: apt-get install "
                    "libreoffice-writer-nogui; see .ci/apt-packages.txt)")
def test_libreoffice_opens_the_copies(tmp_path, linter):
    """(Not the copy of a plan with a relationship without an Id: LibreOffice cannot
    open that plan itself, and the copy keeps the relationship as it was.)"""
    plans = {
        "ids": edit_members(word_plan(tmp_path / "ids.docx"),
                            {"word/comments.xml": set_comment_ids("abc"),
                             "word/document.xml": set_comment_ids("abc")}),
        "extra": edit_members(word_plan(tmp_path / "extra.docx"), {}, EXTRA),
    }
    copies = tmp_path / "copies"
    copies.mkdir()
    for name, plan in plans.items():
        (copies / f"{name}.docx").write_bytes(annotate(plan, linter))
    convert = subprocess.run(
        ["soffice", "--headless", "--norestore",
         f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"),
         *sorted(str(p) for p in copies.iterdir())],
        capture_output=True, text=True, timeout=240)
    for name in plans:
        pdf = tmp_path / "pdf" / f"{name}.pdf"
        assert pdf.exists(), convert.stdout + convert.stderr
        assert pdf.read_bytes().startswith(b"%PDF")
        if shutil.which("pdftotext"):  # the plan itself was laid out, not an empty page
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                  text=True, timeout=60).stdout
            assert "All agencies" in text, (name, text)
