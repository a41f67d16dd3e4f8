"""A plan read from standard input (`planlint check -`, `--stdin-filename NAME`).

Read once, never more than the size limit, and linted under its name (whose
suffix chooses the reader, and whose folder the configuration); nothing is
written, not even a cache entry.
"""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

STDIN = Path("-")  # the path that means standard input


def lint_stdin(linters, name: Path, *, timeout: float, actions: bool):
    """Standard input's one result (none when its name was excluded), linted
    under `name`. Read once, never more than the size limit; nothing is written."""
    from .engine import FileResult
    from .readers import ReadError
    from .runner import lint_in_time, slim

    if not linters:
        return
    linter = linters[0]
    try:
        data = read_stdin(linter.max_bytes)
    except ReadError as exc:
        yield FileResult(path=str(name), error=str(exc))
        return
    if timeout:  # loading spaCy is no file's time
        linter.parser  # noqa: B018
    result = lint_in_time(linter, reading_name(name, data), timeout, data)
    yield slim(dataclasses.replace(result, path=str(name)), actions)


def reading_name(name: Path, data: bytes) -> Path:
    """The name whose suffix chooses the reader: NAME's; for a nameless `-`, Word
    when the bytes are a zip (a .docx), else Markdown."""
    if name != STDIN:
        return name
    return Path("-.docx" if data.startswith(b"PK\x03\x04") else "-.md")


def read_stdin(max_bytes: int) -> bytes:
    """Standard input's bytes, refused (ReadError) past `max_bytes` (--max-size)
    without reading more than one chunk beyond it."""
    from .readers import ReadError, megabytes

    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise ReadError("standard input is closed; pipe the plan in, or give its path")
    chunks, size = [], 0
    try:
        while size <= max_bytes:
            chunk = stream.read(min(2**20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise ReadError(f"could not read standard input ({exc.strerror or exc})") from None
    if size > max_bytes:
        raise ReadError(f"file too large (more than the limit of {megabytes(max_bytes)} MB); "
                        "split the plan into smaller files")
    return b"".join(chunks)
