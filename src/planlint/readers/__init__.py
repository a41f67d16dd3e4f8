"""Readers: a file's bytes -> `planlint.model.Document`.

`read_document(path)` picks the reader by the file's suffix. Anything that stops a file
from being read raises `ReadError`, whose message is one line saying what is wrong and
what to do about it (the caller adds the path in front).
"""
from __future__ import annotations

import errno
import os
import pathlib
import stat

from planlint.model import Document

# A .docx is a zip: refuse to inflate more than this in total (a zip bomb guard). It also
# caps the size of any file read, a .docx as it is on disk (read_file_bytes).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024

MARKDOWN_SUFFIXES = (".md", ".markdown")
DOCX_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")  # macros are never run or read


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
        raise ReadError(f"unsupported file type {shown}; planlint reads Markdown (.md, "
                        ".markdown) and Word (.docx, .docm, .dotx, .dotm)")
    if data is None:
        data = read_file_bytes(path, max_unpacked_bytes)
    if not data:
        raise ReadError("file is empty")
    # The readers are imported here so that reading Markdown never loads python-docx.
    if suffix in DOCX_SUFFIXES:
        from planlint.readers.docx import read_docx

        return read_docx(data, str(path), max_unpacked_bytes=max_unpacked_bytes)
    from planlint.readers.markdown import decode_markdown, read_markdown

    return read_markdown(decode_markdown(data, max_unpacked_bytes), str(path))


def read_file_bytes(path: pathlib.Path | str, max_bytes: int) -> bytes:
    """The bytes of a plan file, never more than `max_bytes` of them read. Anything but a
    regular file (a FIFO would block the run, /dev/zero never ends) and a file over the
    limit are refused before reading; a file that grows past the limit while read is
    refused too."""
    path = pathlib.Path(path)
    try:
        # stat before opening: opening a device can act on it (a tape rewinds, a
        # watchdog starts). The open descriptor is checked again below, in case the
        # file was swapped in between; O_NONBLOCK lets a FIFO open without a writer.
        _check_regular(os.stat(path).st_mode)
        fd = os.open(path, os.O_RDONLY | _NONBLOCK)
    except OSError as exc:
        raise ReadError(_os_problem(path, exc)) from None
    try:
        with open(fd, "rb") as file:
            status = os.fstat(fd)
            _check_regular(status.st_mode)
            _check_size(status.st_size, max_bytes)
            # Sized from the file, not the limit (read(n) sets aside n bytes first); one
            # byte more shows a file growing, or one whose size the system does not know
            # (/proc), and then the rest up to the limit is read.
            data = file.read(min(status.st_size, max_bytes) + 1)
            if len(data) > status.st_size:
                data += file.read(max_bytes + 1 - len(data))
    except OSError as exc:
        raise ReadError(_os_problem(path, exc)) from None
    if len(data) > max_bytes:
        raise ReadError(f"file too large (it grew past the limit of {megabytes(max_bytes)} "
                        "MB while it was read); split the plan into smaller files")
    return data


_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # not on Windows, which has no FIFOs to open
# What a path that is not a regular file is, by the stat test that says so.
_SPECIAL_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                  (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _check_regular(mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise ReadError("this is a folder, not a file; give the path of a plan")
    kind = next((name for test, name in _SPECIAL_KINDS if test(mode)), "a special file")
    raise ReadError(f"this is {kind}, not a regular file; planlint reads plan files only, "
                    "so give the path of the plan itself")


def _check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise ReadError(f"file too large ({megabytes(size)} MB > limit "
                        f"{megabytes(max_bytes)} MB); split the plan into smaller files")


def _os_problem(path: pathlib.Path, exc: OSError) -> str:
    """What to say about a file that could not be looked at, opened or read."""
    if isinstance(exc, FileNotFoundError):
        if path.is_symlink():
            return "broken link: the file it points to is not there; fix or remove the link"
        return "file not found; check the path"
    if isinstance(exc, IsADirectoryError):
        return "this is a folder, not a file; give the path of a plan"
    if isinstance(exc, PermissionError):
        return "permission denied; check that you are allowed to read the file"
    if exc.errno == errno.ELOOP:
        return "link loop: this link points (through other links) back to itself; fix or " \
               "remove the link"
    return f"could not read the file ({exc.strerror or exc}); check that it is available"


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
