"""Word (.docx) reader: bytes -> Document, using python-docx.

The body is walked element by element rather than with `Document.iter_inner_content()`
and `Paragraph.text`, because those leave out what sits inside content controls (w:sdt)
- the fill-in boxes of many plan templates - and inside tracked insertions (w:ins),
fields and smart tags. Text is taken from every visible run instead (see
`paragraph_text`, which a later tool can reuse to find a block's text again).

Locations: a top-level paragraph has `paragraph` = its index in `document.paragraphs`;
a top-level table has `table` = its index in `document.tables`; cells have `row` and
`cell` (= first grid column). Paragraphs and tables inside a content control have no
such index (python-docx does not list them); their `ref` says where they are.
"""
from __future__ import annotations

import copy
import io
import re
import zipfile
import zlib
from typing import Iterator

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from planlint.model import Block, BlockKind, Cell, Directive, Document, Location
from planlint.readers import MAX_UNPACKED_BYTES, ReadError, megabytes

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc, and encrypted .docx
ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
# A part expanding more than MAX_RATIO times is refused once it is over RATIO_MIN_BYTES
# (text XML compresses 5-20 times; a zip bomb thousands of times).
MAX_RATIO = 100
RATIO_MIN_BYTES = 10 * 2**20
# Parts are inflated this much at a time (see unpack).
CHUNK = 64 * 1024

SAVE_AGAIN = "open it in Word and save it again as .docx"
# Word tables have at most 63 columns; a larger gridSpan or gridBefore (a hostile file
# can say 99999999999) is cut to this, so that no one builds a grid that size.
MAX_COLUMNS = 63

# Visible runs of a paragraph: not deleted, not moved away, not in a text box (its
# paragraphs are separate) and not the fallback copy of alternate content.
VISIBLE_RUNS = (".//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom)"
         " and not(ancestor::w:txbxContent) and not(ancestor::*[local-name()='Fallback'])]")
_WRAPPERS = (qn("w:sdt"), qn("w:customXml"))
_NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
_HEADING_NAME = re.compile(r"heading ([1-9])")
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
        return docx.Document(package)
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


# ------------------------------------------------------------ text


def paragraph_text(p: etree._Element) -> str:
    """Text of a w:p as Word shows it: every visible run, tabs as '\\t', line breaks
    as '\\n' (python-docx's run text does that mapping)."""
    return "".join(run.text for run in xpath(p, VISIBLE_RUNS))


def cell_text(tc: etree._Element) -> str:
    """Text of a table cell: its paragraphs joined with '\\n'; a nested table is
    flattened to one line per row with its cells separated by tabs."""
    return "\n".join(_cell_lines(tc)).strip()


def _cell_lines(container: etree._Element) -> Iterator[str]:
    for child in content_of(container):
        if child.tag == qn("w:p"):
            yield paragraph_text(child)
        elif child.tag == qn("w:tbl"):
            for tr in children_of(child, "w:tr"):
                yield "\t".join(" ".join(cell_text(tc).split())
                                for tc in children_of(tr, "w:tc"))


def content_of(container: etree._Element) -> Iterator[etree._Element]:
    """Children of a body or cell, looking through content controls and custom XML."""
    for child in container:
        if child.tag in _WRAPPERS:
            yield from _inside(child)
        else:
            yield child


def _inside(wrapper: etree._Element) -> Iterator[etree._Element]:
    """What a content control (w:sdt, inside its w:sdtContent) or w:customXml holds."""
    if wrapper.tag == qn("w:sdt"):
        content = wrapper.find(qn("w:sdtContent"))
        return content_of(content) if content is not None else iter(())
    return content_of(wrapper)


def children_of(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with `tag` (rows of a table, cells of a row), through wrappers."""
    return (child for child in content_of(element) if child.tag == qn(tag))


def _val(element: etree._Element | None, path: str) -> str | None:
    """The w:val attribute of the first element at `path` under `element`, if any."""
    if element is None:
        return None
    found = xpath(element, f"{path}/@w:val")
    return str(found[0]) if found else None


def _has(element: etree._Element, path: str) -> bool:
    return bool(xpath(element, path))


def xpath(element: etree._Element, path: str) -> list:
    # etree's own XPath: python-docx's elements override xpath() without `namespaces`,
    # and not every element in the tree is one of python-docx's classes. Each path is
    # compiled once.
    compiled = _XPATHS.get(path)
    if compiled is None:
        if len(_XPATHS) > 1024:  # paths naming a document's list ids: bounded
            _XPATHS.clear()
        compiled = _XPATHS[path] = etree.XPath(path, namespaces=_NS)
    return compiled(element)


_XPATHS: dict[str, etree.XPath] = {}


# ------------------------------------------------------------ blocks


class _Reader:
    def __init__(self, document: docx.document.Document):
        self.document = document
        self.numbering = _Numbering(document)
        self.blocks: list[Block] = []
        self.paragraphs = 0  # top-level paragraphs seen: index into document.paragraphs
        self.tables = 0  # top-level tables seen: index into document.tables
        # Where Word comments are anchored: every paragraph and cell in reading order,
        # and for each comment id the places holding its range start, end and reference.
        self.places: list[Location] = []
        self.marks: dict[str, list[int]] = {}
        self.pending_marks: list[str] = []  # range starts between paragraphs
        self.styles: dict[str | None, list] = {}  # style id -> _style_chain

    def read(self) -> list[Block]:
        body = self.document.element.body
        for child in body:
            self._element(child, top=True)
        return self.blocks

    def _element(self, child: etree._Element, top: bool) -> None:
        if child.tag == qn("w:p"):
            self._paragraph(child, top)
        elif child.tag == qn("w:tbl"):
            self._table(child, top)
        elif child.tag in _WRAPPERS:  # content controls: python-docx does not look in
            for inner in _inside(child):
                self._element(inner, top=False)
        elif child.tag in _COMMENT_MARKS:  # a comment range opening between blocks
            self.pending_marks.append(str(child.get(qn("w:id"))))

    def _paragraph(self, p: etree._Element, top: bool) -> None:
        index = self.paragraphs if top else None
        if top:
            self.paragraphs += 1
        if index is not None:
            ref = f"paragraph {index + 1}"
        else:
            ref = _in_control("paragraph", self.paragraphs)
        self._place(p, Location(paragraph=index, ref=ref))
        text = paragraph_text(p).rstrip()  # right only: offsets stay those of the paragraph
        if not text.strip():
            return
        location = Location(paragraph=index, offset=0, length=len(text), ref=ref)
        kind, level, ordered = self._classify(p)
        self.blocks.append(Block(kind=kind, text=text, location=location, level=level,
                                 ordered=ordered))

    def _classify(self, p: etree._Element) -> tuple[BlockKind, int, bool]:
        """Heading, list item or paragraph, from the style (and its base styles) and the
        numbering. Numbers typed by hand are not numbering: such paragraphs stay
        paragraphs."""
        style_id = _val(p, "w:pPr/w:pStyle")
        styles = self.styles.get(style_id)
        if styles is None:  # worked out once per style of the document
            styles = self.styles[style_id] = _style_chain(self.document, style_id)
        level = _heading_level(p, styles)
        if level:
            return BlockKind.HEADING, level, False
        num_id, ilvl = _numbering_of(p, styles)
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

    def _table(self, tbl: etree._Element, top: bool) -> None:
        index = self.tables if top else None
        if top:
            self.tables += 1
        label = f"table {index + 1}" if index is not None else _in_control("table", self.tables)
        rows = [row_cells(tr, r, index, label, self._place)
                for r, tr in enumerate(children_of(tbl, "w:tr"))]
        text = "\n".join(" | ".join(cell.text for cell in row) for row in rows)
        self.blocks.append(Block(kind=BlockKind.TABLE, text=text, rows=rows,
                                 location=Location(table=index, ref=label)))


    # -- comments

    def _place(self, element: etree._Element, location: Location) -> None:
        """Note a paragraph or cell, and the comment marks inside it."""
        if self.places and self.places[-1] == location:
            number = len(self.places) - 1  # another piece of the same (merged) cell
        else:
            self.places.append(location)
            number = len(self.places) - 1
        ids = self.pending_marks + [str(mark.get(qn("w:id"))) for mark in element.iter(*_COMMENT_MARKS)]
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


def row_cells(tr: etree._Element, r: int, table: int | None, label: str,
               place=None) -> list[Cell]:
    """The distinct cells of a row. A w:tc is one cell whatever its gridSpan (python-docx
    `row.cells` would repeat it once per grid column); a cell continuing a vertical merge
    is given with empty text. `place(tc, location)` is told of each w:tc and the
    location of the cell it belongs to."""
    column = min(_int(_val(tr, "w:trPr/w:gridBefore"), 0), MAX_COLUMNS)
    cells: list[Cell] = []
    for tc in children_of(tr, "w:tc"):
        span = min(max(1, _int(_val(tc, "w:tcPr/w:gridSpan"), 1)), MAX_COLUMNS)
        if _continues(tc, "w:hMerge") and cells:
            # old-style horizontal merge: this cell widens the one before it
            cells[-1] = cells[-1].model_copy(update={"span": cells[-1].span + span})
            column += span
            if place is not None:
                place(tc, cells[-1].location)
            continue
        location = Location(table=table, row=r, cell=column,
                            ref=f"{label}, row {r + 1}, cell {column + 1}")
        if place is not None:
            place(tc, location)
        text = "" if _continues(tc, "w:vMerge") else cell_text(tc)
        cells.append(Cell(text=text, location=location, column=column, span=span))
        column += span
    return cells


def _continues(tc: etree._Element, merge: str) -> bool:
    """Whether the cell continues a merge (w:vMerge or w:hMerge without val="restart":
    a missing val means "continue")."""
    return _has(tc, f"w:tcPr/{merge}") and _val(tc, f"w:tcPr/{merge}") != "restart"


def _int(value: str | None, default: int) -> int:
    return int(value) if value and value.isdigit() else default


# ------------------------------------------------------------ styles and numbering


def _style_chain(document: docx.document.Document, style_id: str | None) -> list:
    """A paragraph's style (by id) followed by the styles it is based on."""
    style = document.part.get_style(style_id, WD_STYLE_TYPE.PARAGRAPH)
    chain = []
    while style is not None and len(chain) < 10:  # 10: a guard against a loop
        chain.append(style)
        style = style.base_style
    return chain


def _heading_level(p: etree._Element, styles: list) -> int | None:
    for style in styles:
        name = (style.name or "").lower()
        if name == "title":
            return 1
        match = _HEADING_NAME.fullmatch(name)
        if match:
            return int(match.group(1))
    # A custom style (or the paragraph itself) may set an outline level instead.
    for element in [p] + [style.element for style in styles]:
        outline = _val(element, "w:pPr/w:outlineLvl")
        if outline is not None:
            level = _int(outline, 9) + 1
            return level if level <= 9 else None  # outline level 9 is body text
    return None


def _numbering_of(p: etree._Element, styles: list) -> tuple[str | None, int | None]:
    """(numId, ilvl): each from the paragraph itself, else from the nearest style that
    sets it (a paragraph may set only the level of its style's list)."""
    elements = [p] + [style.element for style in styles]
    num_id = next(filter(None, (_val(e, "w:pPr/w:numPr/w:numId") for e in elements)), None)
    ilvl = next(filter(None, (_val(e, "w:pPr/w:numPr/w:ilvl") for e in elements)), None)
    return num_id, int(ilvl) if ilvl and ilvl.isdigit() else None


class _Numbering:
    """Number formats ("decimal", "bullet", ...) from word/numbering.xml."""

    def __init__(self, document: docx.document.Document):
        try:  # not `document.part.numbering_part`: that adds an empty part when missing
            self.root = document.part.part_related_by(RT.NUMBERING).element
        except KeyError:
            self.root = None

    def format(self, num_id: str | None, ilvl: int | None) -> str | None:
        if self.root is None or num_id is None:
            return None
        level = str(ilvl or 0)
        num = self._find(f"w:num[@w:numId='{num_id}']")
        if num is None:
            return None
        override = _val(num, f"w:lvlOverride[@w:ilvl='{level}']/w:lvl/w:numFmt")
        if override:
            return override
        abstract_id = _val(num, "w:abstractNumId")
        abstract = self._find(f"w:abstractNum[@w:abstractNumId='{abstract_id}']")
        if abstract is None:
            return None
        if not _has(abstract, f"w:lvl[@w:ilvl='{level}']"):
            level = "0"  # a single-level list asked for a deeper level: use its only one
        if not _has(abstract, f"w:lvl[@w:ilvl='{level}']"):
            return None
        # numFmt left out means decimal (ECMA-376 17.9.17)
        return _val(abstract, f"w:lvl[@w:ilvl='{level}']/w:numFmt") or "decimal"

    def _find(self, path: str) -> etree._Element | None:
        found = xpath(self.root, path)
        return found[0] if found else None
