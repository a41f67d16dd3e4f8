"""Build the corpus of nasty input files in this folder (tests/test_bad_input.py).

Run: .venv/bin/python tests/nasty/make_nasty.py

Every file is small (a few KB at most) and built from fixed bytes or a seeded random
generator with fixed zip timestamps, so re-running gives byte-identical files. Each
file is one kind of input that planlint must refuse with one clear line (or, in
readable/, read without crashing); tests/test_bad_input.py holds the message each
one must get.

What cannot live in git (a file or folder without read permission, symbolic link
loops, a broken link) is made at test time instead.
"""
from __future__ import annotations

import io
import random
import struct
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
READABLE = HERE / "readable"
STAMP = (2026, 1, 1, 0, 0, 0)  # fixed zip timestamps: byte-identical output

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOTX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


# ----------------------------------------------------------------- Word parts


def content_types(main_type: str = DOCX_MAIN) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>'
        "</Types>").encode()


RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>").encode()


def paragraph(text: str, style: str | None = None) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def table(rows: list[list[str]]) -> str:
    body = "".join("<w:tr>" + "".join(f"<w:tc>{paragraph(c)}</w:tc>" for c in r) + "</w:tr>"
                   for r in rows)
    return f"<w:tbl>{body}</w:tbl>"


def document_xml(body: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
            f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>').encode()


PLAN_BODY = (
    paragraph("Child protection plan", "Heading1")
    + paragraph("Lead social worker: Anna Webb")
    + paragraph("The plan", "Heading2")
    + table([["What will be done", "Who", "By when", "How will we know"],
             ["Visit the home and see Ben alone", "Social worker", "12 March 2026",
              "Home rated acceptable at two visits"]])
    + paragraph("Review conference: 12 June 2026"))


def zip_bytes(members: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return out.getvalue()


def docx_bytes(document: bytes | None = None, *, main_type: str = DOCX_MAIN,
               method: int = zipfile.ZIP_DEFLATED, types: bool = True) -> bytes:
    """A minimal Word package: content types, package relationships, document part."""
    members = [("[Content_Types].xml", content_types(main_type))] if types else []
    members += [("_rels/.rels", RELS), ("word/document.xml", document or document_xml(PLAN_BODY))]
    return zip_bytes(members, method)


def declare_size(data: bytes, member: str, size: int) -> bytes:
    """The zip with `member`'s uncompressed size changed in its local header and in the
    central directory: a small file that says it inflates to `size` bytes."""
    data = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo(member)
    struct.pack_into("<I", data, info.header_offset + 22, size)  # local file header
    name = member.encode()
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46: central + 46 + name_len] == name:
            struct.pack_into("<I", data, central + 24, size)  # central directory entry
            return bytes(data)
        central = data.find(b"PK\x01\x02", central + 4)
    raise ValueError(f"{member} not found in the central directory")


def corrupt_member(data: bytes, member: str) -> bytes:
    """The zip with the middle of `member`'s compressed data overwritten."""
    data = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo(member)
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_len + extra_len
    middle = start + info.compress_size // 2
    data[middle: middle + 16] = b"\xff" * 16
    return bytes(data)


LAUGHS = ("<!DOCTYPE w:document [<!ENTITY a \"lollollollollol\">"
          + "".join(f"<!ENTITY {chr(98 + k)} \"{('&' + chr(97 + k) + ';') * 10}\">"
                    for k in range(8))
          + "]>\n")


def ole_file(extra: bytes = b"") -> bytes:
    """The start of an OLE compound file (legacy .doc, or an encrypted .docx)."""
    header = OLE_MAGIC + bytes(16) + struct.pack("<HHH", 0x3E, 3, 0xFFFE) + bytes(482)
    return header + extra + bytes(2048 - len(header) - len(extra))


# ----------------------------------------------------------------- the corpus


def bad_files() -> dict[str, bytes]:
    """Files planlint must refuse, each with one error line."""
    rng = random.Random(20260101)
    noise = bytes(rng.randrange(256) for _ in range(1024))
    noise = b"\x00" + noise[1:]  # not PK, OLE or RTF by chance
    plan = docx_bytes()
    bomb_xml = document_xml(paragraph("x") + " " * (40 * 2**20))  # 40 MB of spaces
    return {
        "empty.md": b"",
        "empty.docx": b"",
        "random-bytes.docx": noise,
        "random-bytes.md": noise,
        "legacy.doc": ole_file(),
        "legacy-renamed.docx": ole_file(),
        "encrypted.docx": ole_file("EncryptedInfo\0EncryptedPackage".encode("utf-16-le")),
        "rtf-renamed.docx": b"{\\rtf1\\ansi Child protection plan\\par}\n",
        "not-word.docx": zip_bytes([("notes.txt", b"Not a Word document.\n"),
                                    ("photo.jpg", bytes(range(256)))]),
        "template.docx": docx_bytes(main_type=DOTX_MAIN),
        "no-content-types.docx": docx_bytes(types=False),
        "truncated.docx": plan[: len(plan) // 2],
        "corrupted.docx": corrupt_member(plan, "word/document.xml"),
        "broken-xml.docx": docx_bytes(
            document_xml(PLAN_BODY).replace(b"</w:body></w:document>", b"<w:p><w:r>")),
        # Declares 3.5 GB inflated from a few hundred bytes: refused from the directory.
        "zip-bomb.docx": declare_size(plan, "word/document.xml", 3_500 * 2**20),
        # Really inflates 40 MB from a few KB (LZMA): refused for its ratio.
        "zip-bomb-ratio.docx": docx_bytes(bomb_xml, method=zipfile.ZIP_LZMA),
        "not-utf8.md": "# Child protection plan\n\nCaf\u00e9 visit on 12 March\n".encode("latin-1"),
        "utf16.md": "# Child protection plan\n\nVisit Ben\n".encode("utf-16"),
        "word-named-md.md": plan,
        # A billion laughs: entities that expand each other ten times, nine deep.
        "entity-expansion.docx": docx_bytes(document_xml(
            paragraph("Child protection plan", "Heading1") + paragraph("&i;"), LAUGHS)),
        "no-body.docx": docx_bytes(
            f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"/>'.encode()),
    }


def readable_files() -> dict[str, bytes]:
    """Odd files that are still plans of a sort: read without crashing, no error line."""
    xxe = ('<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">'
           '<!ENTITY remote SYSTEM "http://192.0.2.1/plan.xml">]>\n')
    deep = "".join("  " * k + "- Social worker will visit\n" for k in range(60))
    return {
        "external-entities.docx": docx_bytes(document_xml(
            paragraph("Child protection plan", "Heading1") + paragraph("&secret; &remote;"),
            xxe)),
        "only-tables.docx": docx_bytes(document_xml(
            table([[""] * 4] * 3) + table([["Who"], [""]]) + table([]))),
        # Cells that say they span 99999999999 grid columns, after as many: a grid that
        # size would need terabytes.
        "huge-grid-span.docx": docx_bytes(document_xml(
            '<w:tbl><w:tr><w:trPr><w:gridBefore w:val="99999999999"/></w:trPr>'
            '<w:tc><w:tcPr><w:gridSpan w:val="99999999999"/></w:tcPr>'
            + paragraph("What will be done") + "</w:tc>"
            '<w:tc><w:tcPr><w:gridSpan w:val="99999999999"/></w:tcPr>'
            + paragraph("Who") + "</w:tc></w:tr>"
            "<w:tr><w:tc>" + paragraph("Visit Ben") + "</w:tc><w:tc>"
            + paragraph("Social worker") + "</w:tc></w:tr></w:tbl>")),
        "blank.md": b"\n \n\t\n",
        "nul-and-control-characters.md": (
            b"# Plan\x00\x01\x1b[31m\n\n| Who | What |\n|---|---|\n| \x00 | \x7f\x08 |\n"),
        "deep-nesting.md": ("# Plan\n\n" + deep + "\n" + ">" * 200 + " Mum will ring\n"
                            + "[" * 500 + "x" + "]" * 500 + "\n").encode(),
        "long-line.md": ("# Plan\n\n- Social worker will visit " + "very " * 4000
                         + "soon\n").encode(),
        "table-only-pipes.md": b"|||\n|-|-|\n|||\n| | |\n",
    }


def main() -> None:
    READABLE.mkdir(exist_ok=True)
    for folder, files in ((HERE, bad_files()), (READABLE, readable_files())):
        keep = set(files) | {"README.md", Path(__file__).name, "readable"}
        for old in folder.iterdir():  # a file dropped from the lists goes
            if old.name not in keep and old.is_file() and not old.name.startswith("."):
                old.unlink()
        for name, data in files.items():
            (folder / name).write_bytes(data)
            assert len(data) < 64 * 1024, f"{name} is {len(data)} bytes: keep the corpus small"


if __name__ == "__main__":
    main()
