"""Writing output files so that no reader ever sees half of one, and nothing is
left behind, whatever happens to the run.

`AtomicFile` is the one writer: the report of `check` (`ReportSink`), the
annotated copies of `annotate`, the page of `report` and the cache's entries
go through it.
The data goes to a temporary file in the target's folder (same file system),
flushed to disk, then renamed over the target (os.replace), so a reader sees
the old file or the whole new one.

Where the system allows it (Linux, with O_TMPFILE), the temporary file has no
name until the very end: a run killed with SIGKILL, or a machine that loses
power, leaves no half-written report of plan findings beside the target.
Elsewhere it is a named `.NAME.*.tmp` file, removed on every failure and on
SIGINT and SIGTERM (the command line turns both into exceptions).
"""
from __future__ import annotations

import contextlib
import errno
import os
import secrets
import tempfile
from pathlib import Path
from typing import BinaryIO

# O_TMPFILE is refused with one of these where a file system cannot make
# unnamed files (then a named temporary file is used).
_NO_TMPFILE = {errno.EOPNOTSUPP, errno.EISDIR, errno.ENOENT, errno.EINVAL}


def default_mode() -> int:
    """0o666 less the umask: what any new file gets."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


class AtomicFile:
    """`with AtomicFile(path) as out: out.write(b"...")`: `path` is replaced when
    the block ends without an exception, and left as it was otherwise.
    `mode`: the file's permission bits (default: as for any new file).
    `durable`: flushed to disk before it replaces the target (a cache entry,
    which is only a miss when lost, need not be). Raises OSError."""

    def __init__(self, path: Path, mode: int | None = None, durable: bool = True):
        self.path = Path(path)
        self.mode = mode
        self.durable = durable
        self.folder = self.path.parent if str(self.path.parent) else Path(".")
        self.named: str | None = None  # the named temporary file, when there is one
        self.out: BinaryIO | None = None

    def __enter__(self) -> BinaryIO:
        fd = self._unnamed()
        if fd is None:
            fd, self.named = tempfile.mkstemp(dir=self.folder, prefix=f".{self.path.name}.",
                                              suffix=".tmp")
        self.out = os.fdopen(fd, "wb")
        return self.out

    def _unnamed(self) -> int | None:
        flag = getattr(os, "O_TMPFILE", None)
        if flag is None or not os.path.isdir("/proc/self/fd"):
            return None
        try:
            return os.open(self.folder, flag | os.O_WRONLY | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            if exc.errno in _NO_TMPFILE:
                return None
            raise

    def __exit__(self, kind, value, traceback) -> bool:
        out, self.out = self.out, None
        if kind is not None:
            self._discard(out)
            return False
        try:
            self._commit(out)
        except BaseException:
            self._discard(out)
            raise
        return False

    def _commit(self, out: BinaryIO) -> None:
        out.flush()
        if self.durable:
            os.fsync(out.fileno())
        os.chmod(out.fileno(), default_mode() if self.mode is None else self.mode)
        if self.named is None:
            # Give the unnamed file a name for the last instant only, then rename it
            # over the target (link() cannot replace an existing file).
            name = f".{self.path.name}.{secrets.token_hex(6)}.tmp"
            folder = os.open(self.folder, os.O_RDONLY | os.O_DIRECTORY)
            try:  # (a dst_dir_fd makes CPython call linkat, which follows the /proc link)
                os.link(f"/proc/self/fd/{out.fileno()}", name, dst_dir_fd=folder,
                        follow_symlinks=True)
            finally:
                os.close(folder)
            self.named = str(self.folder / name)
        out.close()
        os.replace(self.named, self.path)
        self.named = None

    def _discard(self, out: BinaryIO | None) -> None:
        if out is not None:
            with contextlib.suppress(OSError):
                out.close()
        if self.named is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.named)
            self.named = None


def write_atomically(path: Path, data: bytes, mode: int | None = None,
                     durable: bool = True) -> None:
    """Write `data` to `path` in one step (see AtomicFile). Raises OSError."""
    with AtomicFile(path, mode, durable) as out:
        out.write(data)


class OutputError(Exception):
    """A report that cannot be written: one line naming the file and why."""


class ReportSink:
    """Where a report goes, written as it comes: standard output, or a file
    written whole or not at all (AtomicFile: the target is replaced at the end,
    never on a failure or when the run is stopped). Raises OutputError."""

    def __init__(self, path: Path | None):
        self.path = path
        self.atomic: AtomicFile | None = None
        self.out: BinaryIO | None = None

    def __enter__(self) -> "ReportSink":
        if self.path is not None:
            atomic = AtomicFile(self.path)
            try:
                self.out = atomic.__enter__()
            except OSError as exc:
                raise self.cannot_write(exc) from None
            self.atomic = atomic
        return self

    def write(self, text: str) -> None:
        if not text:
            return
        # Reporters escape names and plan text already (report/escape.py); this
        # only keeps a stray undecodable byte from failing the whole report.
        data = text.encode("utf-8", "backslashreplace")
        if self.out is None:
            import click

            click.echo(data.decode("utf-8"), nl=False)
            return
        try:
            self.out.write(data)
        except OSError as exc:
            raise self.cannot_write(exc) from None

    def cannot_write(self, exc: OSError) -> OutputError:
        return OutputError(f"{self.path}: error: cannot write the report "
                           f"({exc.strerror or exc})")

    def __exit__(self, kind, value, traceback) -> bool:
        atomic, self.atomic, self.out = self.atomic, None, None
        if atomic is not None:
            try:
                atomic.__exit__(kind, value, traceback)
            except OSError as exc:
                raise self.cannot_write(exc) from None
        return False


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name the same file (through links, or the same path)."""
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    except OSError:
        return a.absolute() == b.absolute()
