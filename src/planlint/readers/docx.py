"""Word (.docx) reader: bytes -> Document, using python-docx.

The body is walked element by element rather than with `Document.iter_inner_content()`
and `Paragraph.text`, because those leave out what sits inside content controls (w:sdt)
- the fill-in boxes of many plan templates - and inside tracked insertions (w:ins),
fields and smart tags. The walk follows Word's own reading of the document:

- the text of each paragraph is what Word shows (word_text.py: field results and not
  field codes, drop-down choices, no hidden text, no placeholders);
- tables are read as Word draws them (word_tables.py: a cell merged down the rows
  stands in each of them; a table that only frames others is read as what it holds);
- text boxes are read in place, after the paragraph they are anchored in; a table in
  a field's code (an IF field's text) is not read, as its result shows it again;
- the page headers and footers come first: some templates keep the plan's facts there;
- .docm, .dotx and .dotm files and Strict Open XML are read as .docx is
  (word_package.py).

Locations: a top-level paragraph has `paragraph` = its index in `document.paragraphs`;
a top-level table has `table` = its index in `document.tables`; cells have `row` and
`cell` (= first grid column). Paragraphs and tables that python-docx does not list (in
a content control, a header, a text box, a layout table) have no such index; their
`ref` says where they are.
"""
from __future__ import annotations

import copy
import io
import re
import zipfile
import zlib
from typing import Iterator

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from planlint.model import Block, BlockKind, Directive, Document, Location
from planlint.readers import MAX_UNPACKED_BYTES, ReadError, megabytes
from planlint.readers.word_package import as_transitional_document
from planlint.readers.word_styles import Numbering, heading_level, numbering_of, style_chain
from planlint.readers.word_tables import is_layout, row_cells
from planlint.readers.word_text import (W_P, W_TBL, WRAPPERS, Fields, Visibility, cell_text,
                                        children_of, content_of, inside, is_on, paragraph_text,
                                        text_boxes, text_runs, xpath)

# What the Word annotator (report/docx.py) walks the same way as the reader.
__all__ = ["cell_text", "children_of", "content_of", "paragraph_text", "read_docx",
           "row_cells", "text_runs", "unpack", "xpath"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc, and encrypted .docx
ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
# A part expanding more than MAX_RATIO times is refused once it is over RATIO_MIN_BYTES
# (text XML compresses 5-20 times; a zip bomb thousands of times).
MAX_RATIO = 100
RATIO_MIN_BYTES = 10 * 2**20
# Parts are inflated this much at a time (see unpack).
CHUNK = 64 * 1024

SAVE_AGAIN = "open it in Word and save it again as .docx"
_FURNITURE = (qn("w:hdr"), qn("w:ftr"))
# A Word comment that speaks to planlint: "planlint: ignore PL301".
_DIRECTIVE = re.compile(r"\s*planlint\s*:", re.IGNORECASE)
_COMMENT_MARKS = (qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:commentReference"))


def read_docx(data: bytes, path: str = "", *,
              max_unpacked_bytes: int = MAX_UNPACKED_BYTES) -> Document:
    """Read the bytes of a .docx file. Raises ReadError for anything unreadable."""
    document = _open(unpack(data, max_unpacked_bytes))
    try:
        reader = _Reader(document)
        blocks = reader.read()
        directives = reader.directives()
    except Exception as exc:  # a shape of document the walk did not expect
        raise ReadError(f"could not read the Word file's content ({_describe(exc)}); "
                        f"{SAVE_AGAIN}") from exc
    return Document(path=path, format="docx", blocks=blocks, directives=directives)


# ------------------------------------------------------------ checks


def unpack(data: bytes, max_unpacked_bytes: int) -> io.BytesIO:
    """The package to give python-docx: every part inflated here under a hard cap and
    written uncompressed into an in-memory zip. Refused on the way: what is not a .docx
    zip, a zip whose directory declares too much, a part that inflates to more than it
    declares, a zip with no document part.

    Why a copy: python-docx reads parts with ZipFile.read, and zipfile inflates up to
    2 GiB in one go before cutting that to the size the directory declares, so a 1 MB
    file whose directory lies would cost gigabytes. The copy's parts are stored, not
    deflated, and their sizes are true: reading them back costs what they hold."""
    check_container(data)
    with _zip(data) as archive:
        _check_sizes(archive.infolist(), max_unpacked_bytes)
        _check_methods(archive.infolist())
        package = _inflate(archive, max_unpacked_bytes)
    with zipfile.ZipFile(package) as inflated:
        main = _main_part(inflated)
        if main not in inflated.namelist():
            raise ReadError(f"not a Word document (the zip has no {main}); save it from "
                            "Word as .docx")
    package.seek(0)
    return package


def check_container(data: bytes) -> None:
    """Refuse what is plainly not a .docx zip: a legacy .doc, an encrypted file, RTF."""
    if data.startswith(OLE_MAGIC):
        if ENCRYPTED_MARK in data:
            raise ReadError("this Word file is password-protected; remove the password "
                            "and save it again")
        raise ReadError("this is a legacy .doc file; open it in Word and save it as .docx")
    if data.lstrip()[:5] == b"{\\rtf":
        raise ReadError("this is an RTF file, not .docx; open it in Word and save it "
                        "as .docx")


def _zip(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, ValueError, OSError):
        if data.startswith(b"PK"):
            raise ReadError("damaged Word file (the zip is incomplete, perhaps cut short); "
                            f"{SAVE_AGAIN}") from None
        raise ReadError("not a Word document (not a zip file); save it from Word as "
                        ".docx") from None


def _check_sizes(infos: list[zipfile.ZipInfo], limit: int) -> None:
    """Fast checks from the zip's directory, before anything is inflated."""
    total = sum(info.file_size for info in infos)
    if total > limit:
        raise ReadError(f"Word file too large when uncompressed ({megabytes(total)} MB > limit "
                        f"{megabytes(limit)} MB); remove large pictures or split the plan")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_MIN_BYTES and ratio > MAX_RATIO:
            raise ReadError(f"Word file looks unsafe: {info.filename} would expand "
                            f"{ratio:.0f} times to {megabytes(info.file_size)} MB; {SAVE_AGAIN}")


def _check_methods(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse parts packed in ways Word never uses: zipfile inflates bzip2 and LZMA with
    no bound on what one read gives back, and an encrypted part needs a password."""
    for info in infos:
        if info.flag_bits & 0x1:
            raise ReadError(f"this Word file's zip is encrypted ({info.filename} needs a "
                            "password); remove the password and save it again")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            method = zipfile.compressor_names.get(info.compress_type, info.compress_type)
            raise ReadError(f"Word file packed in a way Word never uses ({info.filename} "
                            f"is compressed with {method}); {SAVE_AGAIN}")


def _inflate(archive: zipfile.ZipFile, limit: int) -> io.BytesIO:
    """Every part of `archive`, CHUNK bytes at a time, into a new uncompressed zip;
    refused at the first part to pass its declared size, or when the package passes
    `limit`. (No cap per part: each part's declared size is one already, and they add
    up to no more than `limit`.)"""
    package = io.BytesIO()
    total = 0
    # One part per name, the last entry winning, as in ZipFile.read. Folder entries
    # too: one declared empty can still hold a stream that zipfile would inflate.
    parts = {info.filename: info for info in archive.infolist()}
    try:
        with zipfile.ZipFile(package, "w", zipfile.ZIP_STORED) as stored:
            for info in parts.values():
                with stored.open(_stored_info(info), "w") as out:
                    for chunk in _chunks(archive, info):
                        total += len(chunk)
                        if total > limit:
                            raise ReadError("Word file too large when uncompressed (over "
                                            f"the limit of {megabytes(limit)} MB); remove "
                                            "large pictures or split the plan")
                        out.write(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError):  # a bad checksum, a cut stream
        raise ReadError(f"damaged Word file (corrupted compressed data); {SAVE_AGAIN}") \
            from None
    except (RuntimeError, NotImplementedError) as exc:  # what zipfile cannot inflate
        raise ReadError(f"could not open this Word file ({_describe(exc)}); {SAVE_AGAIN}") \
            from None
    return package


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """A part's bytes, CHUNK at a time; refused once past its declared size."""
    # zipfile would stop at the declared size itself and then fail the checksum, a
    # "damaged" file that could not be told from a lying one. So it is asked for a
    # chunk more, which is only read if the part really holds more, to say so.
    beyond = copy.copy(info)
    beyond.file_size = info.file_size + CHUNK + 1
    size = 0
    with archive.open(beyond) as source:
        while chunk := source.read(CHUNK):  # deflate: never more than CHUNK per read
            size += len(chunk)
            if size > info.file_size:
                raise ReadError(f"Word file looks unsafe: {info.filename} holds more than "
                                f"the {info.file_size:,} bytes its zip directory declares; "
                                f"{SAVE_AGAIN}")
            yield chunk


def _stored_info(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """An entry of the uncompressed copy for `info`'s part."""
    entry = zipfile.ZipInfo(info.filename)
    entry.file_size = info.file_size  # the most it will hold: zipfile picks zip64 from it
    return entry


def _main_part(archive: zipfile.ZipFile) -> str:
    """Name of the main document part: word/document.xml, unless the package's
    relationships point elsewhere (Word Online sometimes writes word/document2.xml)."""
    try:
        root = etree.fromstring(archive.read("_rels/.rels"), _safe_parser())
    except Exception:  # missing or broken: python-docx will say so when it opens it
        return "word/document.xml"
    for rel in root:
        if str(rel.get("Type", "")).endswith("/officeDocument"):
            return str(rel.get("Target", "")).lstrip("/") or "word/document.xml"
    return "word/document.xml"


def _open(package: io.BytesIO) -> docx.document.Document:
    """python-docx's Document of the package `unpack` made, with each way it can fail
    turned into a ReadError."""
    try:
        return docx.Document(as_transitional_document(package))
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise ReadError(f"damaged Word file (corrupted compressed data); {SAVE_AGAIN}") \
            from None
    except etree.XMLSyntaxError as exc:
        raise ReadError(_xml_problem(exc, _broken_part(package))) from None
    except KeyError as exc:  # str() of a KeyError would add quotes around the message
        what = exc.args[0] if exc.args else exc
        raise ReadError(f"damaged Word file (a part is missing: {_describe(what)}); "
                        f"{SAVE_AGAIN}") from None
    except ValueError as exc:  # "... is not a Word file, content type is '...'"
        kind = re.search(r"content type is '([^']*)'", str(exc))
        if kind:
            raise ReadError(f"not a Word .docx document (its content type is "
                            f"'{kind.group(1)}'); save it as .docx") from None
        raise ReadError(f"could not open this Word file ({_describe(exc)}); {SAVE_AGAIN}") \
            from None
    except Exception as exc:
        raise ReadError(f"could not open this Word file ({_describe(exc)}); {SAVE_AGAIN}") \
            from None


def _xml_problem(exc: etree.XMLSyntaxError, part: str) -> str:
    """What to say about XML that did not parse: broken, or well formed but nested
    deeper than libxml2 allows (python-docx keeps its limits: no huge_tree)."""
    # The depth limit shares its code with others (an entity expanding too far, a
    # huge text node), so libxml2's message is what tells it apart.
    too_deep = exc.code == etree.ErrorTypes.ERR_RESOURCE_LIMIT and "depth" in str(exc).lower()
    if too_deep:
        return (f"Word file nested too deeply to read ({part} has tables or content "
                "controls inside one another hundreds of levels deep); flatten them in "
                "Word and save it again")
    return f"damaged Word file (broken XML in {part}); {SAVE_AGAIN}"


def _broken_part(package: io.BytesIO) -> str:
    """The first XML part of the package that does not parse (to name it to the user)."""
    with zipfile.ZipFile(package) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                try:
                    etree.fromstring(archive.read(name), _safe_parser())
                except etree.XMLSyntaxError:
                    return name
    return "the document"


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True)


def _describe(exc: object) -> str:
    """An exception as a short single line (python-docx messages may hold newlines)."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


# ------------------------------------------------------------ blocks


class _Scope:
    """A story that python-docx does not index (a page header or footer, a text box,
    the cells of a layout table): its paragraphs and tables are named after it, in
    reading order ("header, paragraph 2"; "table 1, paragraph 3" and "table 1.1" in a
    layout table)."""

    def __init__(self, name: str, tables: str | None = None):
        self.name = name
        self.tables_name = tables if tables is not None else f"{name}, table "
        self.paragraphs = 0
        self.tables = 0

    def paragraph(self) -> str:
        self.paragraphs += 1
        return f"{self.name}, paragraph {self.paragraphs}"

    def table(self) -> str:
        self.tables += 1
        return f"{self.tables_name}{self.tables}"


class _Reader:
    def __init__(self, document: docx.document.Document):
        self.document = document
        self.numbering = Numbering(document)
        self.visibility = Visibility.of(document)
        self.fields = Fields()  # the fields open in the story being read
        self.blocks: list[Block] = []
        self.paragraphs = 0  # top-level paragraphs seen: index into document.paragraphs
        self.tables = 0  # top-level tables seen: index into document.tables
        # Where Word comments are anchored: every paragraph and cell in reading order,
        # and for each comment id the places holding its range start, end and reference.
        self.places: list[Location] = []
        self.marks: dict[str, list[int]] = {}
        self.pending_marks: list[str] = []  # range starts between paragraphs
        self.styles: dict[str | None, list] = {}  # style id -> style_chain

    def read(self) -> list[Block]:
        # Page headers and footers first: they hold the plan's facts (the child, the
        # conference date) that some templates write nowhere else, and they belong to
        # no section of the body (a footer read after the body would join its last).
        for name, root in page_furniture(self.document):
            self._story(root, _Scope(name))
        self._story(self.document.element.body, None)
        return self.blocks

    def _story(self, root: etree._Element, scope: _Scope | None) -> None:
        """The paragraphs and tables of a body, header, text box or layout cell; a
        field may run from one of its paragraphs into the next."""
        children = list(root)
        outer, self.fields = self.fields, Fields.for_story(root)
        for child in children:
            self._element(child, scope, top=scope is None)
        self.fields = outer

    def _element(self, child: etree._Element, scope: _Scope | None, top: bool) -> None:
        if child.tag == W_P:
            self._paragraph(child, scope, top)
        elif child.tag == W_TBL:
            self._table(child, scope, top)
        elif child.tag in WRAPPERS:  # content controls: python-docx does not look in
            for element in inside(child):
                self._element(element, scope, top=False)
        elif child.tag in _COMMENT_MARKS:  # a comment range opening between blocks
            self.pending_marks.append(str(child.get(qn("w:id"))))

    def _numbered(self, kind: str, scope: _Scope | None, top: bool) -> tuple[int | None, str]:
        """A block's index among the body's own paragraphs or tables (`kind`; None
        below the top level) and its ref: its place in its scope, "paragraph 3",
        or its place in a content control."""
        counter = f"{kind}s"
        index = getattr(self, counter) if top else None
        if top:
            setattr(self, counter, index + 1)
        if scope is not None:
            return index, getattr(scope, kind)()
        if index is not None:
            return index, f"{kind} {index + 1}"
        return index, _in_control(kind, getattr(self, counter))

    def _paragraph(self, p: etree._Element, scope: _Scope | None, top: bool) -> None:
        index, ref = self._numbered("paragraph", scope, top)
        self._place(p, Location(paragraph=index, ref=ref))
        # right only: offsets stay those of the paragraph
        text = paragraph_text(p, self.visibility, self.fields).rstrip()
        if text.strip():
            location = Location(paragraph=index, offset=0, length=len(text), ref=ref)
            kind, level, ordered = self._classify(p)
            self.blocks.append(Block(kind=kind, text=text, location=location, level=level,
                                     ordered=ordered))
        for box in text_boxes(p):  # read in place, after the paragraph it is anchored in
            self._story(box, _Scope(f"text box in {ref}"))

    def _classify(self, p: etree._Element) -> tuple[BlockKind, int, bool]:
        """Heading, list item or paragraph, from the style (and its base styles) and the
        numbering. Numbers typed by hand are not numbering: such paragraphs stay
        paragraphs."""
        style_id = _val(p, "w:pPr/w:pStyle")
        styles = self.styles.get(style_id)
        if styles is None:  # worked out once per style of the document
            styles = self.styles[style_id] = style_chain(self.document, style_id)
        level = heading_level(p, styles)
        if level:
            return BlockKind.HEADING, level, False
        num_id, ilvl = numbering_of(p, styles)
        names = [(s.name or "").lower() for s in styles]
        listed = num_id not in (None, "0") or (num_id is None and
                                                any(n.startswith("list") for n in names))
        if not listed:
            return BlockKind.PARAGRAPH, 0, False
        fmt = self.numbering.format(num_id, ilvl)
        if fmt is None:
            ordered = any(n.startswith("list number") for n in names)
        else:
            ordered = fmt not in ("bullet", "none")
        if ilvl is None:  # "List Bullet 2" without numbering of its own: level 2
            digits = re.search(r"(\d)$", names[0]) if names else None
            ilvl = int(digits.group(1)) - 1 if digits else 0
        return BlockKind.LIST_ITEM, ilvl + 1, ordered

    # -- tables

    def _table(self, tbl: etree._Element, scope: _Scope | None, top: bool) -> None:
        index, label = self._numbered("table", scope, top)
        if self.fields.hides_tables:
            return  # in a field's code: its result shows what Word shows
        if is_layout(tbl, self.visibility):
            self._layout(tbl, label)
            return
        merges: dict[int, str] = {}  # what each column shows, for merges down the rows
        rows = [row_cells(tr, r, index, label, self._place, merges, self.visibility)
                for r, tr in enumerate(children_of(tbl, "w:tr"))]
        text = "\n".join(" | ".join(cell.text for cell in row) for row in rows)
        self.blocks.append(Block(kind=BlockKind.TABLE, text=text, rows=rows,
                                 location=Location(table=index, ref=label)))

    def _layout(self, tbl: etree._Element, label: str) -> None:
        """A table that frames others: each cell's content is read as the document's
        own, its paragraphs and tables named after the frame."""
        scope = _Scope(label, tables=f"{label}.")
        for tr in children_of(tbl, "w:tr"):
            for tc in children_of(tr, "w:tc"):
                self._story(tc, scope)

    # -- comments

    def _place(self, element: etree._Element, location: Location) -> None:
        """Note a paragraph or cell, and the comment marks inside it."""
        if self.places and self.places[-1] == location:
            number = len(self.places) - 1  # another piece of the same (merged) cell
        else:
            self.places.append(location)
            number = len(self.places) - 1
        ids = self.pending_marks + [str(mark.get(qn("w:id")))
                                    for mark in element.iter(*_COMMENT_MARKS)]
        self.pending_marks = []
        for comment_id in ids:
            self.marks.setdefault(comment_id, []).append(number)

    def directives(self) -> list[Directive]:
        """Word comments whose text starts "planlint:", each with the paragraphs and
        cells its range covers (from the first marked place to the last)."""
        try:  # not `document.comments`: that adds an empty comments part when missing
            root = self.document.part.part_related_by(RT.COMMENTS).element
        except KeyError:
            return []
        found = []
        for comment in xpath(root, "w:comment"):
            text = "\n".join(paragraph_text(p) for p in xpath(comment, ".//w:p")).strip()
            places = self.marks.get(str(comment.get(qn("w:id"))))
            if not _DIRECTIVE.match(text) or not places:
                continue  # a reviewer's comment, or one anchored nowhere
            covers = tuple(self.places[min(places):max(places) + 1])
            found.append(Directive(text=" ".join(text.split()), location=covers[0],
                                   covers=covers))
        return found


def _in_control(what: str, before: int) -> str:
    """A readable place for a paragraph or table inside a content control, which has no
    index of its own: after the last top-level one of its kind."""
    if before:
        return f"content control after {what} {before}"
    return f"content control before {what} 1"


def page_furniture(document: docx.document.Document) -> list[tuple[str, etree._Element]]:
    """The page headers, then the page footers, that the document's sections print: the
    default ones, and the first page's where a section has a different first page.
    Each part once, named "header", "header 2", ... ("footer", ...)."""
    found: dict[str, list[etree._Element]] = {"header": [], "footer": []}
    related = document.part.related_parts
    for section in xpath(document.element, "w:body//w:sectPr[not(ancestor::w:sectPrChange)]"):
        first_page = is_on(section.find(qn("w:titlePg")))
        for kind in found:
            for reference in xpath(section, f"w:{kind}Reference"):
                shown = reference.get(qn("w:type"), "default")
                part = related.get(reference.get(qn("r:id")))
                root = getattr(part, "element", None)
                if (shown == "default" or (shown == "first" and first_page)) and \
                        root is not None and root.tag in _FURNITURE and \
                        all(root is not seen for seen in found[kind]):
                    found[kind].append(root)
    return [(kind if n == 0 else f"{kind} {n + 1}", root)
            for kind, roots in found.items() for n, root in enumerate(roots)]


def _val(element: etree._Element | None, path: str) -> str | None:
    """The w:val attribute of the first element at `path` under `element`, if any."""
    if element is None:
        return None
    found = xpath(element, f"{path}/@w:val")
    return str(found[0]) if found else None
