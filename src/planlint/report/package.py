"""The zip of a Word file, copied member by member with a few parts changed.

python-docx's `Document.save` writes only the parts that relationships reach, and
serialises each of them again: customXml items, a `docProps/custom.xml` that
nothing names, or any other file in the zip would be lost from an annotated copy.
So `annotate` edits the document with python-docx but writes the copy from here:
every member of the original in its order, with its compression, date and
permissions and its bytes unchanged; the parts that were changed in their place;
new parts at the end.

Relationships and content types are edited here as XML, not through python-docx's
package model, which cannot write a relationship without an `Id` (a hostile or
badly made file can hold one; it is kept as it is).

Anything that stops a member from being copied raises `ReadError` (one line).
"""
from __future__ import annotations

import io
import posixpath
import zipfile

from docx.opc.packuri import PackURI
from lxml import etree

from ..readers import ReadError

CONTENT_TYPES = "[Content_Types].xml"
RELATIONSHIPS_TYPE = "application/vnd.openxmlformats-package.relationships+xml"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
SAVE_AGAIN = "open it in Word and save it again as .docx"


def serialise(element: etree._Element) -> bytes:
    """An XML part as python-docx and Word write one."""
    return etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)


class Package:
    """The members of a .docx (a zip), and the parts to write in place of some."""

    def __init__(self, data: bytes):
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, EOFError, ValueError, OSError):
            raise ReadError(f"damaged Word file (the zip cannot be opened); {SAVE_AGAIN}") \
                from None
        # A name given twice: every zip reader (python-docx too) sees the last entry,
        # and so does the copy; the hidden one is not copied.
        self._members = [info for info in self._zip.infolist()
                         if self._zip.getinfo(info.filename) is info]
        self._names = {info.filename.lower() for info in self._members}
        self._trees: dict[str, etree._Element | None] = {}  # parsed, by member name
        self._changed: list[str] = []  # parts to write anew, in the order first changed

    # -- members

    def has(self, name: str) -> bool:
        """Whether a member or a new part has this name (part names ignore case)."""
        return name.lower() in self._names

    def xml(self, name: str) -> etree._Element | None:
        """A part's XML, to read or to edit (and then `put`); None when there is no
        such member or it is not XML."""
        if name not in self._trees:
            self._trees[name] = self._parse(name)
        return self._trees[name]

    def put(self, name: str, element: etree._Element) -> None:
        """Write this XML for the part: in the member's place, or as a new member."""
        self._trees[name] = element
        self._names.add(name.lower())
        if name not in self._changed:
            self._changed.append(name)

    def free_name(self, folder: str, stem: str, extension: str) -> str:
        """A member name in `folder` that nothing has: stem.ext, else stem2.ext, ..."""
        number = 1
        while True:
            name = posixpath.join(folder, f"{stem}{number if number > 1 else ''}.{extension}")
            if not self.has(name):
                return name
            number += 1

    def _parse(self, name: str) -> etree._Element | None:
        if name not in self._zip.NameToInfo:
            return None
        try:
            return etree.fromstring(self._read(self._zip.getinfo(name)),
                                    etree.XMLParser(resolve_entities=False, no_network=True))
        except (etree.XMLSyntaxError, ValueError):
            return None

    # -- relationships

    def relationships(self, part: str) -> etree._Element:
        """The relationships of a part (its .rels, or an empty one), for editing."""
        name = rels_name(part)
        root = self.xml(name)
        if root is None and self.has(name):
            raise ReadError(f"damaged Word file (broken XML in {name}); {SAVE_AGAIN}")
        if root is None:
            root = etree.Element(f"{{{_RELS}}}Relationships", nsmap={None: _RELS})
        if root.tag != f"{{{_RELS}}}Relationships":
            raise ReadError(f"damaged Word file ({name} is not a list of relationships); "
                            f"{SAVE_AGAIN}")
        return root

    def related(self, part: str, kind: str) -> list[tuple[etree._Element, str]]:
        """The part's internal relationships of a type, each with the member name it
        points at (resolved as python-docx resolves it). A relationship without a
        target points at nothing and is left out."""
        found = []
        for rel in _children(self.relationships(part), _RELS, "Relationship"):
            target = rel.get("Target")
            if rel.get("Type") != kind or rel.get("TargetMode") == "External" or not target:
                continue
            base = "/" + posixpath.dirname(part)
            found.append((rel, PackURI.from_rel_ref(base, target).membername))
        return found

    def retarget(self, part: str, rel: etree._Element, target: str) -> None:
        """Point a relationship of `part` at another member."""
        root = rel.getparent()
        rel.set("Target", _relative(part, target))
        self.put(rels_name(part), root)

    def relate(self, part: str, target: str, kind: str) -> None:
        """A new relationship from `part` to the member `target`, with an Id that no
        relationship of the part has (those without an Id are skipped, not refused)."""
        root = self.relationships(part)
        taken = {rel.get("Id") for rel in _children(root, _RELS, "Relationship")}
        number = next(n for n in range(1, len(taken) + 2) if f"rId{n}" not in taken)
        etree.SubElement(root, f"{{{_RELS}}}Relationship",
                         {"Id": f"rId{number}", "Type": kind, "Target": _relative(part, target)})
        self.put(rels_name(part), root)
        self.declare(rels_name(part), RELATIONSHIPS_TYPE)

    # -- content types

    def declare(self, name: str, content_type: str) -> None:
        """Make `content_type` the type of the part `name` in [Content_Types].xml (an
        Override, unless its extension's Default already says so)."""
        root = self.xml(CONTENT_TYPES)
        if root is None or root.tag != f"{{{_TYPES}}}Types":
            raise ReadError(f"damaged Word file ({CONTENT_TYPES} is missing or broken); "
                            f"{SAVE_AGAIN}")
        partname = "/" + name
        for override in _children(root, _TYPES, "Override"):
            if (override.get("PartName") or "").lower() == partname.lower():
                if override.get("ContentType") != content_type:
                    override.set("ContentType", content_type)
                    self.put(CONTENT_TYPES, root)
                return
        extension = posixpath.splitext(name)[1].lstrip(".").lower()
        for default in _children(root, _TYPES, "Default"):
            if (default.get("Extension") or "").lower() == extension and \
                    default.get("ContentType") == content_type:
                return
        etree.SubElement(root, f"{{{_TYPES}}}Override",
                         {"PartName": partname, "ContentType": content_type})
        self.put(CONTENT_TYPES, root)

    # -- the copy

    def to_bytes(self) -> bytes:
        """The new zip: each member as it was, or its new XML; then the new parts."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as copy:
            copy.comment = self._zip.comment
            for info in self._members:
                if info.filename in self._changed:
                    data = serialise(self._trees[info.filename])
                else:
                    data = self._read(info)
                copy.writestr(_same_header(info), data)
            kept = {info.filename for info in self._members}
            for name in self._changed:
                if name not in kept:
                    copy.writestr(name, serialise(self._trees[name]),
                                  compress_type=zipfile.ZIP_DEFLATED)
        return out.getvalue()

    def _read(self, info: zipfile.ZipInfo) -> bytes:
        # Bounded: annotate_docx reads the file with readers.docx.read_docx first,
        # which refuses a part that inflates past its declared size or the limit.
        try:
            return self._zip.read(info)
        except Exception as exc:  # encrypted, an unknown compression, a bad CRC, ...
            what = " ".join(str(exc).split()) or type(exc).__name__
            raise ReadError(f"cannot copy {info.filename} from the Word file ({what[:120]}); "
                            f"{SAVE_AGAIN}") from None


def rels_name(part: str) -> str:
    """word/document.xml -> word/_rels/document.xml.rels"""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _relative(part: str, target: str) -> str:
    """The Target of a relationship from `part` to the member `target`."""
    return posixpath.relpath("/" + target, "/" + posixpath.dirname(part))


def _children(root: etree._Element, namespace: str, name: str) -> list[etree._Element]:
    return list(root.iterchildren(f"{{{namespace}}}{name}"))


def _same_header(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """A header for the copy of a member: its name, date, compression, permissions and
    comment (not its extra fields: zipfile writes its own, and an old zip64 field
    would be wrong for the new sizes)."""
    header = zipfile.ZipInfo(info.filename, info.date_time)
    header.compress_type = info.compress_type
    header.external_attr = info.external_attr
    header.create_system = info.create_system
    header.comment = info.comment
    return header
