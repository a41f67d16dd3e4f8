"""A progress bar for long runs: on standard error when it is a terminal, and
nothing at all otherwise (CI logs, pipes, files, pre-commit).

    from planlint.progress import progress

    for path in progress(files, desc="Linting", unit="plan"):
        ...

`enabled=None` (the default) decides from the stream; True or False forces it
(`--progress` / `--no-progress`). tqdm is imported only when a bar is shown.
The bar shows counts and rates, never a file name: plan file names can be
personal data, and a terminal may be shared or recorded.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import IO, TypeVar

T = TypeVar("T")
# A run shorter than this is over before a bar would say anything useful.
MIN_ITEMS = 2


def is_terminal(stream: IO | None) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError, OSError):  # closed or not a real stream
        return False


def progress(items: Iterable[T], *, total: int | None = None, desc: str = "planlint",
             unit: str = "plan", enabled: bool | None = None,
             stream: IO | None = None) -> Iterator[T]:
    """`items`, with a progress bar on `stream` (standard error) while they are used."""
    stream = stream if stream is not None else sys.stderr
    if total is None:
        try:
            total = len(items)  # type: ignore[arg-type]
        except TypeError:
            total = None
    if enabled is None:
        enabled = is_terminal(stream) and (total is None or total >= MIN_ITEMS)
    if not enabled:
        yield from items
        return
    from tqdm import tqdm

    with tqdm(items, total=total, desc=desc, unit=unit, file=stream, leave=False,
              dynamic_ncols=True, mininterval=0.2, disable=False) as bar:
        yield from bar


def write(message: str, *, stream: IO | None = None) -> None:
    """A line on standard error that does not break a bar being drawn there."""
    stream = stream if stream is not None else sys.stderr
    if is_terminal(stream):
        from tqdm import tqdm

        tqdm.write(message, file=stream)
    else:
        print(message, file=stream)
