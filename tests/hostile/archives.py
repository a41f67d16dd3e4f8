"""Word files built to exhaust memory when unpacked: a zip directory that lies about
a part's size, one that tells the truth about a huge one, and XML nested too deep."""
from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import docx

from . import Case

GIB = 2**30
MIB = 2**20
PART = "word/document.xml"


def _small_docx() -> bytes:
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Mum will ring the GP.")
    document.save(buffer)
    return buffer.getvalue()


def _with_document(path: Path, write_part) -> None:
    """A real .docx at `path` whose document part is written by `write_part(file)`."""
    with zipfile.ZipFile(io.BytesIO(_small_docx())) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != PART:
                target.writestr(info, source.read(info))
        with target.open(PART, "w") as part:
            write_part(part)


def _gib_of_zeros(part) -> None:
    """1 GiB of zeros, a MiB at a time (deflated: about 1 MB)."""
    zeros = bytes(MIB)
    for _ in range(GIB // MIB):
        part.write(zeros)


def _declare_size(path: Path, member: str, size: int) -> None:
    """Make the zip say `member` holds `size` bytes, in its local header and in its
    central directory entry alike (the compressed data is left as it is)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()  # in the central directory's order
    end_record = data.rfind(b"PK\x05\x06")
    at = struct.unpack_from("<I", data, end_record + 16)[0]  # the directory's offset
    for info in infos:
        if info.filename == member:
            struct.pack_into("<I", data, info.header_offset + 22, size)
            struct.pack_into("<I", data, at + 24, size)
        at += 46 + sum(struct.unpack_from("<HHH", data, at + 28))
    path.write_bytes(bytes(data))


def _lying_bomb(folder: Path) -> list[str]:
    _with_document(folder / "bomb.docx", _gib_of_zeros)
    _declare_size(folder / "bomb.docx", PART, 100)
    return ["check", "bomb.docx", "good-plan.md"]


def _honest_bomb(folder: Path) -> list[str]:
    _with_document(folder / "bomb.docx", _gib_of_zeros)
    return ["check", "bomb.docx", "good-plan.md"]


def _deeply_nested(folder: Path) -> list[str]:
    """Well-formed XML 2,000 content controls deep: past libxml2's depth limit."""
    depth = 2000
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def nested(part) -> None:
        part.write(f'<w:document xmlns:w="{w}"><w:body>'.encode())
        part.write(b"<w:sdt><w:sdtContent>" * depth)
        part.write(b"<w:p><w:r><w:t>Mum will ring the GP.</w:t></w:r></w:p>")
        part.write(b"</w:sdtContent></w:sdt>" * depth)
        part.write(b"</w:body></w:document>")

    _with_document(folder / "deep.docx", nested)
    return ["check", "deep.docx", "good-plan.md"]


CASES = [
    Case("archive-docx-whose-directory-understates-a-part", _lying_bomb,
         expect=("bomb.docx: error: Word file looks unsafe: word/document.xml holds more "
                 "than the 100 bytes its zip directory declares",)),
    Case("archive-docx-declaring-1-gib", _honest_bomb,
         expect=("bomb.docx: error: Word file too large when uncompressed (1024.8 MB > limit "
                 "200 MB)",)),
    Case("archive-docx-nested-too-deeply", _deeply_nested,
         expect=("deep.docx: error: Word file nested too deeply to read (word/document.xml",)),
]
