"""Readers: a file's bytes -> `planlint.model.Document`.

`read_document(path)` picks the reader by the file's suffix. Anything that stops a file
from being read raises `ReadError`, whose message is one line saying what is wrong and
what to do about it (the caller adds the path in front).
"""
from __future__ import annotations

import errno
import os
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
                  max_unpacked_bytes: int = MAX_UNPACKED_BYTES,
                  data: bytes | None = None) -> Document:
    """Read a .md, .markdown or .docx file into a Document. Never modifies the file.
    `data`: the file's bytes, already read (the cache hashes exactly what is read)."""
    path = pathlib.Path(path)
    if _is_dir(path):
        raise ReadError(_folder_problem(path))
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise ReadError("this is a legacy .doc file; open it in Word and save it as .docx")
    if suffix not in MARKDOWN_SUFFIXES + DOCX_SUFFIXES:
        shown = f"'{suffix}'" if suffix else "(no extension)"
        raise ReadError(f"unsupported file type {shown}; planlint reads .md, .markdown "
                        "and .docx")
    if data is None:
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
        if path.is_symlink():
            raise ReadError("broken link: the file it points to is not there; fix or "
                            "remove the link") from None
        raise ReadError("file not found; check the path") from None
    except IsADirectoryError:
        raise ReadError("this is a folder, not a file; give the path of a plan") from None
    except PermissionError:
        raise ReadError("permission denied; check that you are allowed to read the "
                        "file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReadError("link loop: this link points (through other links) back to "
                            "itself; fix or remove the link") from None
        raise ReadError(f"could not read the file ({exc.strerror or exc}); check that "
                        "it is available") from None


def _is_dir(path: pathlib.Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # not even its kind can be known (e.g. in a folder that cannot be
        return False  # opened): reading it will say why


def _folder_problem(path: pathlib.Path) -> str:
    """What to say about a folder given where a file was expected (a folder that could
    not be listed while looking for plans, or a folder link that leads nowhere)."""
    try:
        os.scandir(path).close()
    except PermissionError:
        return "permission denied: this folder cannot be opened; check that you are " \
               "allowed to read it"
    except OSError as exc:
        return f"could not open this folder ({exc.strerror or exc}); check that it is available"
    return "this is a folder, not a file; give the path of a plan"
