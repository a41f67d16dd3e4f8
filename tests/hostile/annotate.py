"""Word files that `annotate` must copy whole: comment ids that are not numbers, a
relationship without an Id, members of the zip that nothing refers to.

Each is a real Word plan made with python-docx and then edited with lxml, in a
folder with the good plan; `annotate .` must write a copy of both, keeping the
plan's own comments and every member of its zip.
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
from docx.oxml.ns import qn
from lxml import etree

from . import Case

REVIEWER = "A reviewer"
COMMENT_TAGS = (qn("w:comment"), qn("w:commentRangeStart"), qn("w:commentRangeEnd"),
                qn("w:commentReference"))
# Members that no relationship and no content type names.
EXTRA = {"customXml/item9.xml": b'<?xml version="1.0"?><data>kept</data>',
         "docProps/custom.xml": b'<?xml version="1.0"?><Properties/>',
         "word/unreferenced.bin": bytes(range(256)) * 4}
GOOD_COPY = "good-plan.reviewed.md"


def word_plan(path: Path, comment: str | None = "Please check the dates") -> Path:
    """A small Word plan with a vague owner (a finding to comment on) and, unless
    `comment` is None, a reviewer's comment on its title."""
    document = docx.Document()
    title = document.add_heading("Child protection plan", level=1)
    document.add_paragraph("Child: Ben Carter (8)")
    document.add_paragraph("Conference date: 12 February 2026")
    table = document.add_table(rows=2, cols=4)
    for cell, text in zip(table.rows[0].cells, ("What will be done", "Who", "By when",
                                                 "How will we know")):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("Visit the home and see Ben alone",
                                                 "All agencies", "12 March 2026",
                                                 "Home rated acceptable at two visits")):
        cell.text = text
    if comment is not None:
        document.add_comment(title.runs, text=comment, author=REVIEWER, initials="AR")
    document.save(str(path))
    return path


def edit_members(path: Path, edits: dict[str, Callable[[bytes], bytes]],
                 extra: dict[str, bytes] | None = None) -> Path:
    """Rewrite a zip in place: each member named in `edits` through its edit, then
    the `extra` members added (stored, not compressed)."""
    with zipfile.ZipFile(path) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            archive.writestr(info, edits.get(info.filename, lambda b: b)(data))
        for name, data in (extra or {}).items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_STORED)
    path.write_bytes(out.getvalue())
    return path


def xml_edit(change: Callable[[etree._Element], None]) -> Callable[[bytes], bytes]:
    """An edit of one member's XML, made with lxml on its root."""
    def edit(data: bytes) -> bytes:
        root = etree.fromstring(data)
        change(root)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return edit


def set_comment_ids(value: str) -> Callable[[bytes], bytes]:
    """Every comment's id and every comment mark's id set to `value`."""
    def change(root: etree._Element) -> None:
        for element in root.iter(*COMMENT_TAGS):
            element.set(qn("w:id"), value)
    return xml_edit(change)


def drop_relationship_id(kind: str) -> Callable[[bytes], bytes]:
    """The relationships whose Type ends in `kind` lose their Id attribute."""
    def change(root: etree._Element) -> None:
        for rel in root:
            if str(rel.get("Type", "")).endswith(kind):
                del rel.attrib["Id"]
    return xml_edit(change)


# ------------------------------------------------------------------ cases


def _ids_not_numbers(folder: Path) -> list[str]:
    edit_members(word_plan(folder / "ids.docx"), {"word/comments.xml": set_comment_ids("abc"),
                                                  "word/document.xml": set_comment_ids("abc")})
    return ["annotate", "."]


def _relationship_without_id(folder: Path) -> list[str]:
    # No comments part yet: annotate must add a relationship beside the one with no Id.
    edit_members(word_plan(folder / "rels.docx", comment=None),
                 {"word/_rels/document.xml.rels": drop_relationship_id("/styles")})
    return ["annotate", "."]


def _unreferenced_members(folder: Path) -> list[str]:
    edit_members(word_plan(folder / "extra.docx"), {}, EXTRA)
    return ["annotate", "."]


def _copies(name: str, reviewer_comment: bool) -> Callable[[Path, str], None]:
    """The check on the folder after `annotate .`: both copies written; the Word copy
    opens with python-docx and holds planlint's comments (and the reviewer's)."""
    def verify(folder: Path, output: str) -> None:
        assert (folder / GOOD_COPY).is_file(), output
        copy = folder / name
        authors = [c.author for c in docx.Document(str(copy)).comments]
        assert "planlint" in authors, authors
        assert (REVIEWER in authors) == reviewer_comment, authors
    return verify


def _members_kept(folder: Path, output: str) -> None:
    _copies("extra.reviewed.docx", True)(folder, output)
    with zipfile.ZipFile(folder / "extra.reviewed.docx") as archive:
        for name, data in EXTRA.items():
            assert archive.read(name) == data, name


def _case(name: str, make, copy: str, verify) -> Case:
    return Case(name, make, exit_code=0, expect=(f"-> {copy}", f"-> {GOOD_COPY}"),
                good_plan_reported=False, outputs=(copy, GOOD_COPY), verify=verify)


CASES = [
    _case("annotate-word-comment-ids-not-numbers", _ids_not_numbers, "ids.reviewed.docx",
          _copies("ids.reviewed.docx", True)),
    _case("annotate-word-relationship-without-id", _relationship_without_id,
          "rels.reviewed.docx", _copies("rels.reviewed.docx", False)),
    _case("annotate-word-unreferenced-members-kept", _unreferenced_members,
          "extra.reviewed.docx", _members_kept),
]
