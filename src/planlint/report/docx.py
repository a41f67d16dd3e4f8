"""Word comments on the plan (`planlint annotate PLAN.docx -o PLAN.reviewed.docx`).

The same document, with one Word comment (author "planlint", initials "PL") per
finding, anchored on the words it is about:

- a finding with an offset and length inside a paragraph or cell covers just
  those characters: runs are split at the span's ends where needed, so that the
  comment range starts and ends on run boundaries (python-docx anchors comments
  on whole runs); the split pieces keep the run's formatting;
- a finding on a whole cell (no offset) covers the cell's text; an empty cell
  gets an empty run to hang the comment on;
- a finding without a place in the body (a plan-level finding, or a place inside
  a content control that python-docx does not index) is anchored on the title:
  the first heading, else the first paragraph; its comment then says where it is.

Offsets are those of the reader (readers/docx.py): a paragraph's text is
`paragraph_text` (visible runs, tabs and breaks as characters), a cell's text is
`cell_text` (its paragraphs joined with newlines, stripped). The same walk is
used here, so that a span found by the layout lands on the same characters.

The comment text is "PL301 deadline-missing (error): message", then a second
paragraph "Fix: suggestion". It does not start with "planlint:", so the
annotated document lints as the original does (a Word comment that starts
"planlint:" is a suppression).

The copy is the original zip with only the parts that change rewritten (the
document, its comments, and where a comments part is new its relationships and
[Content_Types].xml); every other member is kept byte for byte, those that
nothing refers to included (package.py). New comments get ids that no comment
or comment mark of the document uses, whatever those are ("abc" included).
A file that cannot be annotated raises ReadError, with one line.
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import posixpath
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.run import Run
from lxml import etree

from ..model import Block, BlockKind, Finding, Location
from ..readers import MAX_UNPACKED_BYTES, ReadError
from ..readers.docx import (cell_text, children_of, content_of, read_docx, row_cells,
                            text_runs, xpath)
from .package import Package

AUTHOR = "planlint"
INITIALS = "PL"
# Run content that stands for characters of the text (python-docx CT_R.text).
_CHARS = {qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen"), qn("w:ptab")}
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# Elements whose w:id is a comment's id: the comment, and the marks of its range.
_COMMENT_TAGS = (qn("w:comment"), qn("w:commentRangeStart"), qn("w:commentRangeEnd"),
                 qn("w:commentReference"))
MAX_COMMENT_ID = 2**31 - 1


def comment_text(finding: Finding, where: str | None = None) -> str:
    """The comment for one finding: rule, severity and message; then the fix.
    `where` is said when the comment could not be put on the finding's own words."""
    lines = [f"{finding.code} {finding.name} ({finding.severity.value}): {finding.message}",
             f"Fix: {finding.suggestion}"]
    if where:
        lines.append(f"Where: {where}")
    return "\n".join(" ".join(line.split()) for line in lines)


def annotate_docx(data: bytes, findings: Sequence[Finding], *,
                  max_unpacked_bytes: int = MAX_UNPACKED_BYTES) -> bytes:
    """The bytes of a .docx with one comment per finding (see the module's doc).
    `data` is the original file, which is not touched. Raises ReadError (one line)
    for a file that cannot be annotated."""
    # The reader's checks first (a zip bomb, a file python-docx cannot open): a file
    # that reads can be opened again here.
    blocks = read_docx(data, max_unpacked_bytes=max_unpacked_bytes).blocks
    if not findings:
        return data  # nothing to add: the copy is the plan as it is
    try:
        return _annotate(data, blocks, findings)
    except ReadError:
        raise
    except Exception as exc:  # a shape of document the writer did not expect
        what = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise ReadError(f"could not put the comments in this Word file ({what}); open it "
                        "in Word and save it again as .docx") from exc


def _annotate(data: bytes, blocks: Sequence[Block], findings: Sequence[Finding]) -> bytes:
    document = docx.Document(io.BytesIO(data))
    main = document.part.partname.membername
    package = Package(data)
    comments = _comments_part(package, main)
    ids = _free_ids(_used_ids(comments, document.element))
    anchors = _Anchors(document, blocks)
    for finding in findings:
        first, last, where = anchors.runs_for(finding.location, finding.quote)
        number = next(ids)
        comments.append(_comment(number, comment_text(finding, where)))
        Run(first, document).mark_comment_range(Run(last, document), number)
    package.put(main, document.element)
    return package.to_bytes()


# ------------------------------------------------------------ the comments part


def _comments_part(package: Package, main: str) -> etree._Element:
    """The w:comments root to add comments to, in the package: the document's own
    comments part, or a new one where it has none, or where its comments relationship
    points at a part that is missing or is not a list of comments (the relationship
    is pointed at the new part: a second one would make the copy unreadable to
    python-docx, and the odd part stays in the zip as it was)."""
    related = package.related(main, RT.COMMENTS)
    rel = related[0][0] if related else None
    if related:
        name = related[0][1]
        root = package.xml(name)
        if root is not None and root.tag == qn("w:comments"):
            package.put(name, root)
            package.declare(name, CT.WML_COMMENTS)
            return root
    root = OxmlElement("w:comments")
    name = package.free_name(posixpath.dirname(main), "comments", "xml")
    package.put(name, root)
    package.declare(name, CT.WML_COMMENTS)
    if rel is not None:
        package.retarget(main, rel, name)
    else:
        package.relate(main, name, RT.COMMENTS)
    return root


def _used_ids(*roots: etree._Element) -> set[int]:
    """The comment ids (as numbers) that comments and comment marks already use. An id
    that is not a number ("abc") cannot clash with a new, numbered one."""
    used = set()
    for root in roots:
        for element in root.iter(*_COMMENT_TAGS):
            try:
                used.add(int((element.get(qn("w:id")) or "").strip()))
            except ValueError:  # not a number, or no id at all
                continue
    return used


def _free_ids(used: set[int]) -> Iterator[int]:
    """New comment ids: after the largest one used, as Word numbers them; past the
    largest id Word accepts (a 32-bit number), the smallest unused ones from 0."""
    used = set(used)
    number = max(used, default=-1) + 1
    while True:
        if number > MAX_COMMENT_ID or number < 0:
            number = 0
        if number not in used:
            used.add(number)
            yield number
        number += 1


def _comment(number: int, text: str) -> etree._Element:
    """A w:comment by planlint, as Word writes one: a paragraph per line of `text` in
    the CommentText style, the first starting with the annotation mark."""
    comment = OxmlElement("w:comment", attrs={
        qn("w:id"): str(number), qn("w:author"): AUTHOR, qn("w:initials"): INITIALS,
        qn("w:date"): dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")})
    for i, line in enumerate(text.split("\n")):
        p = etree.SubElement(comment, qn("w:p"))
        etree.SubElement(etree.SubElement(p, qn("w:pPr")), qn("w:pStyle"),
                         {qn("w:val"): "CommentText"})
        if i == 0:
            mark = etree.SubElement(p, qn("w:r"))
            etree.SubElement(etree.SubElement(mark, qn("w:rPr")), qn("w:rStyle"),
                             {qn("w:val"): "CommentReference"})
            etree.SubElement(mark, qn("w:annotationRef"))
        t = etree.SubElement(etree.SubElement(p, qn("w:r")), qn("w:t"))
        t.text = line
        t.set(_SPACE, "preserve")
    return comment


# ------------------------------------------------------------ text -> runs


@dataclass
class _Piece:
    """A visible run and the characters it holds in its container's text."""

    run: etree._Element
    start: int
    end: int


def _run_length(child: etree._Element) -> int:
    return len(str(child)) if child.tag in _CHARS else 0


def _pieces(container: etree._Element) -> tuple[list[_Piece], str]:
    """The visible runs of a paragraph or cell with their character ranges, and the
    container's text as the reader builds it (before a cell's strip())."""
    pieces: list[_Piece] = []
    parts: list[str] = []
    position = 0

    def paragraph(p: etree._Element) -> None:
        nonlocal position
        for run, text in text_runs(p):
            pieces.append(_Piece(run, position, position + len(text)))
            parts.append(text)
            position += len(text)

    if container.tag == qn("w:p"):
        paragraph(container)
        return pieces, "".join(parts)
    # A cell: one line per paragraph, and one per row of a nested table (as text only,
    # its cells separated by tabs), joined with newlines, as `cell_text` builds them.
    lines: list[etree._Element | str] = []
    for child in content_of(container):
        if child.tag == qn("w:p"):
            lines.append(child)
        elif child.tag == qn("w:tbl"):
            lines += ["\t".join(" ".join(cell_text(tc).split()) for tc in children_of(tr, "w:tc"))
                      for tr in children_of(child, "w:tr")]
    for i, line in enumerate(lines):
        if i:
            parts.append("\n")
            position += 1
        if isinstance(line, str):
            parts.append(line)
            position += len(line)
        else:
            paragraph(line)
    return pieces, "".join(parts)


def _split(run: etree._Element, k: int) -> etree._Element:
    """Split a run after its k-th character: the part before becomes a new run just
    before it (same properties); returns that new run. 0 < k < len(run text)."""
    first = copy.deepcopy(run)
    position = 0
    for original, duplicate in zip(list(run), list(first)):
        if original.tag == qn("w:rPr"):
            continue
        n = _run_length(original)
        if n and position < k < position + n:  # a w:t holding the split point
            text = original.text or ""
            duplicate.text, original.text = text[: k - position], text[k - position:]
            duplicate.set(_SPACE, "preserve")
            original.set(_SPACE, "preserve")
        elif position + n <= k and not (n == 0 and position >= k):
            run.remove(original)  # wholly before the split: in the first part only
        else:
            first.remove(duplicate)  # at or after the split: in the second part only
        position += n
    run.addprevious(first)
    return first


class _Anchors:
    """Finds (and makes, by splitting runs) the runs a comment is anchored on."""

    def __init__(self, document, blocks: Sequence[Block]):
        self.document = document
        self.body = document.element.body
        self.blocks = blocks
        self._title: Location | None = None

    # -- places

    def runs_for(self, location: Location, quote: str | None = None
                 ) -> tuple[etree._Element, etree._Element, str | None]:
        """First and last run of the comment's range, and where the finding is when the
        range is not on its own words (None when it is). A location without a span
        (a whole cell) is narrowed to the finding's quote where the cell holds it."""
        container, span = self._container(location)
        if container is not None:
            found = self._span_runs(container, span, quote)
            if found is not None:
                return found[0], found[1], None
        title = self._title_location()
        container, span = self._container(title) if title is not None else (None, None)
        if container is None:
            container = self._first_paragraph()
            span = None
        first, last = self._span_runs(container, span) or self._span_runs(container, None)
        return first, last, _where(location)

    def _container(self, loc: Location) -> tuple[etree._Element | None, tuple[int, int] | None]:
        """The w:p or w:tc a location names, and the span inside its text (None: all)."""
        span = None
        if loc.offset is not None and loc.length:
            span = (loc.offset, loc.offset + loc.length)
        try:
            if loc.table is not None:
                tbl = self.body.tbl_lst[loc.table]
                if loc.row is not None and loc.cell is not None:
                    return self._cell(tbl, loc.table, loc.row, loc.cell), span
                if span is not None:  # a span of the table's text (rows joined)
                    return self._in_table(tbl, loc.table, span)
                return None, None
            if loc.paragraph is not None:
                return self.body.p_lst[loc.paragraph], span
        except IndexError:
            return None, None
        return None, None

    def _cells(self, tbl: etree._Element, index: int) -> list[list[tuple]]:
        """Rows of (Cell, first w:tc) as the reader sees them."""
        rows, merges = [], {}
        for r, tr in enumerate(children_of(tbl, "w:tr")):
            placed: list[tuple[Location, etree._Element]] = []
            cells = row_cells(tr, r, index, "", lambda tc, loc: placed.append((loc, tc)), merges)
            first_tc = {}
            for loc, tc in placed:
                first_tc.setdefault((loc.row, loc.cell), tc)
            rows.append([(cell, first_tc[(cell.location.row, cell.location.cell)])
                         for cell in cells])
        return rows

    def _cell(self, tbl, index: int, row: int, column: int) -> etree._Element | None:
        rows = self._cells(tbl, index)
        if row >= len(rows):
            return None
        return next((tc for cell, tc in rows[row] if cell.location.cell == column), None)

    def _in_table(self, tbl, index: int, span: tuple[int, int]):
        """A span of the table block's text ("a | b\\nc | d") -> the cell and the span in
        it (a span across cells is cut to the first)."""
        position = 0
        for r, row in enumerate(self._cells(tbl, index)):
            if r:
                position += 1
            for i, (cell, tc) in enumerate(row):
                if i:
                    position += 3
                end = position + len(cell.text)
                if position <= span[0] < max(end, position + 1):
                    return tc, (span[0] - position, min(span[1], end) - position)
                position = end
        return None, None

    def _title_location(self) -> Location | None:
        if self._title is None:
            heading = next((b for b in self.blocks if b.kind == BlockKind.HEADING), None)
            block = heading or next(iter(self.blocks), None)
            if block is None:
                return None
            if block.kind == BlockKind.TABLE:
                cells = [c for row in block.rows for c in row if c.text.strip()]
                self._title = cells[0].location if cells else block.location
            else:
                self._title = block.location.model_copy(update={"offset": None, "length": None})
        return self._title

    def _first_paragraph(self) -> etree._Element:
        paragraphs = xpath(self.body, ".//w:p")
        if paragraphs:
            return paragraphs[0]
        return self.document.add_paragraph()._p

    # -- runs

    def _span_runs(self, container: etree._Element, span: tuple[int, int] | None,
                   quote: str | None = None):
        pieces, text = _pieces(container)
        if container.tag == qn("w:tc"):
            lead = len(text) - len(text.lstrip())
            if span is not None:
                span = (span[0] + lead, span[1] + lead)
        if span is None and quote and quote.strip():
            found = re.search(rf"(?<!\w){re.escape(quote)}(?!\w)", text) or \
                re.search(re.escape(quote), text)
            span = found.span() if found else None
        if span is None or not (0 <= span[0] < span[1] <= len(text)):
            words = [p for p in pieces if p.end > p.start and text[p.start:p.end].strip()]
            chosen = words or pieces
            if chosen:
                return chosen[0].run, chosen[-1].run
            return self._empty_run(container)
        start, end = span
        for piece in pieces:  # split the runs that the span's ends fall inside
            if piece.start < start < piece.end:
                _split(piece.run, start - piece.start)
        pieces, _ = _pieces(container)
        for piece in pieces:
            if piece.start < end < piece.end:
                _split(piece.run, end - piece.start)
        pieces, _ = _pieces(container)
        inside = [p for p in pieces if p.start >= start and p.end <= end and p.end > p.start]
        if not inside:
            return None
        return inside[0].run, inside[-1].run

    def _empty_run(self, container: etree._Element):
        """An empty cell or paragraph: an empty run in it to anchor the comment on."""
        paragraphs = [container] if container.tag == qn("w:p") else \
            [c for c in content_of(container) if c.tag == qn("w:p")]
        if not paragraphs:
            p = OxmlElement("w:p")
            container.append(p)
            paragraphs = [p]
        run = OxmlElement("w:r")
        paragraphs[0].append(run)
        return run, run


def _where(location: Location) -> str | None:
    """Where a finding is, when its comment sits on the title instead."""
    if location.ref and location.ref != "start of document":
        return location.ref
    return None


