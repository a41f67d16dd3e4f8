"""Word packages that python-docx refuses but that hold a Word document all the same.

- A macro-enabled document (.docm), a template (.dotx) and a macro-enabled template
  (.dotm) hold the same WordprocessingML as a .docx; only their main part's content
  type differs. They are read like a .docx: the content type is changed in the
  in-memory copy, and the macros (vbaProject.bin) are never run or read.
- Strict Open XML (Word's "Strict Open XML Document") writes the same markup under
  other namespaces (http://purl.oclc.org/ooxml/...). They are mapped to the
  transitional ones that python-docx knows, in every XML part of the copy.

The copy is the one `docx.unpack` made (its parts stored, not deflated); the file
itself is never touched.
"""
from __future__ import annotations

import io
import re
import zipfile

DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# Main parts that hold a Word document like .docx's: .docm, .dotx, .dotm.
OTHER_WORD_MAINS = (
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
CONTENT_TYPES = "[Content_Types].xml"

# Strict namespaces are http://purl.oclc.org/ooxml/AREA/NAME where the transitional
# ones are http://schemas.openxmlformats.org/AREA/2006/NAME (ECMA-376 Part 1 and
# Part 4), relationship types included (.../relationships/styles). Two names differ.
STRICT = b"http://purl.oclc.org/ooxml/"
_STRICT_NAMESPACE = re.compile(rb"http://purl\.oclc\.org/ooxml/([A-Za-z]+)/([A-Za-z]+)")
_RENAMED = {b"extendedProperties": b"extended-properties",
            b"customProperties": b"custom-properties"}


def as_transitional_document(package: io.BytesIO) -> io.BytesIO:
    """The package as python-docx reads it: a .docx's content type for a .docm, .dotx
    or .dotm, transitional namespaces for Strict. Returned as it is when it is
    neither (nothing is copied)."""
    with zipfile.ZipFile(package) as archive:
        names = set(archive.namelist())
        types = archive.read(CONTENT_TYPES) if CONTENT_TYPES in names else b""
        rels = archive.read("_rels/.rels") if "_rels/.rels" in names else b""
    other_type = any(kind in types for kind in OTHER_WORD_MAINS)
    strict = STRICT in rels
    package.seek(0)
    if not other_type and not strict:
        return package
    return _rewritten(package, other_type, strict)


def _rewritten(package: io.BytesIO, other_type: bool, strict: bool) -> io.BytesIO:
    copy = io.BytesIO()
    with zipfile.ZipFile(package) as source, \
            zipfile.ZipFile(copy, "w", zipfile.ZIP_STORED) as target:
        for info in source.infolist():
            data = source.read(info)
            if strict and info.filename.endswith((".xml", ".rels")):
                data = _STRICT_NAMESPACE.sub(_transitional, data)
            if other_type and info.filename == CONTENT_TYPES:
                for kind in OTHER_WORD_MAINS:
                    data = data.replace(kind, DOCUMENT_MAIN)
            target.writestr(info.filename, data)
    copy.seek(0)
    return copy


def _transitional(match: re.Match) -> bytes:
    area, name = match.group(1), match.group(2)
    return b"http://schemas.openxmlformats.org/" + area + b"/2006/" + _RENAMED.get(name, name)
