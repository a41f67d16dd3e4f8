"""planlint annotate: a copy of each plan with its findings as comments in it
(Word comments by report/docx.py, HTML comments by report/markdown.py).

Which copy each plan gets (`plan_targets`) is decided for every plan before
the first is written, so that a usage error writes nothing; after that each
plan's failure (unreadable, changed while read, a writer's bug, a copy that
exists already) is that plan's one line, and the others are still written.
The plan itself is never changed.
"""
from __future__ import annotations

from pathlib import Path


class TargetError(Exception):
    """An --output that cannot be used: one line naming it."""


# The suffixes a plan's annotated copy may take: its own kind (a macro-enabled
# document or a template stays one; its parts are copied byte for byte).
ANNOTATE_SUFFIXES = {".docx": (".docx",), ".docm": (".docm",), ".dotx": (".dotx",),
                     ".dotm": (".dotm",), ".md": (".md", ".markdown"),
                     ".markdown": (".md", ".markdown")}


def reviewed_name(path: Path) -> str:
    from .engine import REVIEWED  # (which folder walks skip: no plan of its own)

    return f"{path.stem}{REVIEWED}{path.suffix}"


def plan_targets(plans: list[Path], output: Path | None, single: bool,
                 force: bool) -> tuple[dict[Path, Path], set[Path]]:
    """The copy each plan is written to, and the plans whose copy is there
    already (without --force: their own error). Raises TargetError."""
    targets: dict[Path, Path] = {}
    existing: set[Path] = set()
    for path in plans:
        if output is None:
            target = path.with_name(reviewed_name(path))
        else:
            target = output if single else output / reviewed_name(path)
        refuse_target(path, target, plans, targets)
        if (target.exists() or target.is_symlink()) and not force:
            existing.add(path)
        targets[path] = target
    return targets, existing


def refuse_target(path: Path, target: Path, plans: list[Path], taken: dict) -> None:
    from .output import same_file

    suffix = path.suffix.lower()
    if suffix in ANNOTATE_SUFFIXES and target.suffix.lower() not in ANNOTATE_SUFFIXES[suffix]:
        raise TargetError(f"{target}: error: the annotated copy of a {suffix} plan must end "
                          f"in {' or '.join(ANNOTATE_SUFFIXES[suffix])}")
    if target.is_dir():
        raise TargetError(f"{target}: error: is a folder; give the file to write")
    if any(same_file(target, plan) for plan in plans):
        raise TargetError(f"{target}: error: refusing to write over a plan; choose another "
                          "--output")
    if target in taken.values():
        raise TargetError(f"{target}: error: two plans would be written to the same file; "
                          "annotate them one at a time")


def annotate_one(path: Path, linter, target: Path, timeout: float) -> tuple[bool, str]:
    """Lint one plan and write its annotated copy: whether it was written, and the
    line to print. Whatever goes wrong is this plan's line; the run goes on."""
    from .engine import INTERNAL_ERROR, debugging

    try:
        return _annotate(path, linter, target, timeout)
    except Exception:  # a bug in the writer, on this file's shape
        if debugging():
            raise
        return False, f"{path}: error: {INTERNAL_ERROR}"


def _annotate(path: Path, linter, target: Path, timeout: float) -> tuple[bool, str]:
    from .output import write_atomically
    from .readers import DOCX_SUFFIXES, ReadError, read_file_bytes
    from .runner import lint_in_time

    try:
        data = read_file_bytes(path, linter.max_bytes)
    except ReadError as exc:
        return False, f"{path}: error: {exc}"
    result = lint_in_time(linter, path, timeout, data)
    if result.error:
        return False, f"{path}: error: {result.error}"
    try:
        if read_file_bytes(path, linter.max_bytes) != data:
            return False, f"{path}: error: the file changed while it was read; run again"
        if path.suffix.lower() in DOCX_SUFFIXES:
            from .report.docx import annotate_docx

            out = annotate_docx(data, result.findings, max_unpacked_bytes=linter.max_bytes)
        else:
            from .readers.markdown import decode_markdown
            from .report.markdown import annotate_markdown

            text = decode_markdown(data, linter.max_bytes)
            bom = "\ufeff" if data.startswith(b"\xef\xbb\xbf") else ""
            out = (bom + annotate_markdown(text, result.findings)).encode("utf-8")
    except ReadError as exc:
        return False, f"{path}: error: {exc}"
    try:
        mode = path.stat().st_mode & 0o777  # as private as the plan itself
        write_atomically(target, out, mode=mode)
    except OSError as exc:
        return False, f"{path}: error: cannot write {target} ({exc.strerror or exc})"
    return True, f"{path}: {len(result.findings)} comment(s) -> {target}"
