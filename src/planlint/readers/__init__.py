"""Readers: a file's bytes -> `planlint.model.Document`.

`read_document(path)` picks the reader by the file's suffix. Anything that stops a file
from being read raises `ReadError`, whose message is one line saying what is wrong and
what to do about it (the caller adds the path in front).
"""
from __future__ import annotations

import pathlib

from planlint.model import Document

# A .docx is a zip: refuse to inflate more than this in total (a zip bomb guard). It also
# caps the size of a Markdown file.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024

MARKDOWN_SUFFIXES = (".md", ".markdown")
DOCX_SUFFIXES = (".docx",)


class ReadError(Exception):
    """A file that cannot be read. str() is a single line: what is wrong; what to do."""


def megabytes(size: int) -> str:
    """A size in MB for messages: "200", "3.5", "0.001"."""
    value = size / 2**20
    return f"{value:.1f}".removesuffix(".0") if value >= 0.1 else f"{value:.3f}"


def read_document(path: pathlib.Path | str, *,
                  max_unpacked_bytes: int = MAX_UNPACKED_BYTES) -> Document:
    """Read a .md, .markdown or .docx file into a Document. Never modifies the file."""
    path = pathlib.Path(path)
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise ReadError("this is a legacy .doc file; open it in Word and save it as .docx")
    if suffix not in MARKDOWN_SUFFIXES + DOCX_SUFFIXES:
        shown = f"'{suffix}'" if suffix else "(no extension)"
        raise ReadError(f"unsupported file type {shown}; planlint reads .md, .markdown "
                        "and .docx")
    data = _read_bytes(path)
    if not data:
        raise ReadError("file is empty")
    # The readers are imported here so that reading Markdown never loads python-docx.
    if suffix in DOCX_SUFFIXES:
        from planlint.readers.docx import read_docx

        return read_docx(data, str(path), max_unpacked_bytes=max_unpacked_bytes)
    from planlint.readers.markdown import decode_markdown, read_markdown

    return read_markdown(decode_markdown(data, max_unpacked_bytes), str(path))


def _read_bytes(path: pathlib.Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ReadError("file not found; check the path") from None
    except IsADirectoryError:
        raise ReadError("this is a folder, not a file; give the path of a plan") from None
    except PermissionError:
        raise ReadError("permission denied; check that you are allowed to read the "
                        "file") from None
    except OSError as exc:
        raise ReadError(f"could not read the file ({exc.strerror or exc}); check that "
                        "it is available") from None
