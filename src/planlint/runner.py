"""Linting many plans: the cache, worker processes and results streamed in order.

`lint_files` gives one result per file, in the order of the files (sorted path
order, as `Workspace.files` gives them), as soon as it and every file before it
are done, so a reporter can write it out and forget it: memory stays bounded
whatever the number of files. Each result is slim (`slim`): the findings and
what reporters read of the actions, never the Plan's sections, metadata or
spaCy parses.

Worker processes (`jobs`): each builds the same Workspace from the same RunSpec
(so each file gets the configuration it gets in-process) and loads the spaCy
pipeline once, in its initializer. A plan's parses depend on that plan alone
(nlp.Parser), so the output is byte for byte the same for any number of
workers, with or without the cache.

A time limit per file (`--timeout`): a file that takes longer gets its one-line
error and the run goes on. In worker processes (pebble's pool) the stuck worker
is killed and replaced, so nothing can hold the run. In-process (a handful of
plans), SIGALRM interrupts the file at the next Python instruction (or inside a
regular expression, whose matching loop checks for signals); a loop inside
spaCy's C code finishes first, which is why long runs of punctuation are cut
before spaCy sees them (nlp.py), and every pattern is kept linear anyway
(tests/test_linear_patterns.py).

Workers leave signals to the parent: they ignore SIGINT (the terminal sends it
to the whole process group), and speak only through their results, so no
worker prints a traceback when the run is stopped.
"""
from __future__ import annotations

import contextlib
import dataclasses
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from .engine import FileResult, Linter, Workspace

# Below this many plans to parse, the default (no --jobs) lints in-process:
# starting a worker (Python, spaCy and the pipeline: about 1.5 s of CPU) costs
# more than it saves on a handful of plans.
MIN_PLANS_FOR_WORKERS = 24
PLANS_PER_WORKER = 12  # at least this many plans for each further worker
# Seconds a file may take (--timeout): generous, as a 100-page plan takes a few.
DEFAULT_TIMEOUT = 60.0


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclasses.dataclass(frozen=True)
class RunSpec:
    """The command line's settings for a run: enough to build the same Linter and
    Workspace in another process."""

    model: str | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()  # --ignore and --extend-ignore
    profile: str | None = None  # None: the default ("cp"), and a configuration's wins
    today: date | None = None
    max_bytes: int | None = None
    redact: bool = False
    report_unused_suppressions: bool = False
    config_file: Path | None = None
    isolated: bool = False
    force_exclude: bool = False
    respect_gitignore: bool | None = None  # None: as each configuration says

    def linter(self) -> Linter:
        """The base Linter (the spaCy pipeline is loaded when first needed)."""
        from .checks import Options

        linter = Linter(model=self.model, select=self.select, ignore=self.ignore,
                        profile=self.profile or "cp",
                        options=Options(today=self.today) if self.today else None)
        if self.max_bytes:
            linter.max_bytes = self.max_bytes
        linter.redact = self.redact
        linter.report_unused_suppressions = self.report_unused_suppressions
        return linter

    def workspace(self, linter: Linter) -> Workspace:
        return Workspace(linter, select=self.select, extend_select=self.extend_select,
                         ignore=self.ignore, config_file=self.config_file,
                         isolated=self.isolated, force_exclude=self.force_exclude,
                         profile_given=self.profile is not None,
                         respect_gitignore=self.respect_gitignore)


# ----------------------------------------------------------------- results


def slim(result: FileResult, actions: bool = True) -> FileResult:
    """A result with what `planlint check`'s reporters read of the plan (each
    action's number, layout, location, date and words), and nothing else of
    it: no sections, metadata, document, dates or parses. `actions=False`:
    not even those, only their number (text, GitHub and JUnit reports)."""
    plan = result.plan
    if plan is None:
        return result
    if not actions:
        return dataclasses.replace(result, plan=None, action_count=len(plan.actions))
    from .model import Plan

    actions = [a.model_copy(update={"outcome": None, "frequency": None, "slots": []})
               for a in plan.actions]
    return dataclasses.replace(result, plan=Plan(path=plan.path, format=plan.format,
                                                 actions=actions))


class FileTimeout(BaseException):
    """A file took longer than its time limit. A BaseException, so that the
    engine's catch-all for a file's own bugs does not turn it into an internal
    error."""


def timeout_message(seconds: float) -> str:
    return (f"took more than {seconds:g} s to check and was stopped; split the plan, or "
            "raise --timeout")


@contextlib.contextmanager
def time_limit(seconds: float | None):
    """Raise FileTimeout in this block after `seconds` (None or 0: no limit).
    Only the main thread can be interrupted (SIGALRM); elsewhere no limit."""
    usable = seconds and hasattr(signal, "setitimer") \
        and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise FileTimeout()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def lint_in_time(linter: Linter, path: Path, timeout: float | None,
                 data: bytes | None = None) -> FileResult:
    """`linter.lint_file(path, data)`, or the file's one-line error once it has
    taken `timeout` seconds."""
    try:
        with time_limit(timeout):
            return linter.lint_file(path, data)
    except FileTimeout:
        return FileResult(path=str(path), error=timeout_message(timeout))


def lint_one(linter: Linter, path: Path, cache=None, entry=None,
             actions: bool = True, timeout: float | None = None) -> FileResult:
    """One file, slim (`slim(result, actions)`): from the cache when it holds it
    (then nothing is read or parsed but the file's bytes, for their hash); else
    linted, and cached. `entry`: the file's cache entry, when it was worked out
    already."""
    tried = None
    if cache is not None and entry is not None:
        cached = cache.get(entry, path, actions)
        if cached is not None:
            return cached
        tried = entry  # not there, or spoilt: worked out again from the bytes read now
    data = None
    if cache is not None:
        entry, data = cache_entry(cache, linter, path)
        if entry is not None and entry != tried:  # the file changed since
            cached = cache.get(entry, path, actions)
            if cached is not None:
                return cached
    result = slim(lint_in_time(linter, path, timeout, data))
    if entry is not None:
        cache.put(entry, result)
    return slim(result, actions)


def cache_entry(cache, linter: Linter, path: Path):
    """(entry, bytes) for a file the cache can hold; (None, None) otherwise (a
    file that cannot be read is read again, and reported, by the reader)."""
    from .cache import SUFFIXES

    from .readers import ReadError, read_file_bytes

    if path.suffix.lower() not in SUFFIXES:
        return None, None
    try:  # (never a FIFO or a device, never more than the size limit)
        data = read_file_bytes(path, linter.max_bytes)
    except ReadError:
        return None, None
    entry = cache.entry(path, data, linter)
    return (entry, data) if entry is not None else (None, None)


# ------------------------------------------------------------------ workers

_WORKER: dict = {}


def _start_worker(spec: RunSpec, cache_dir: str | None, actions: bool = True) -> None:
    """Each worker: the Workspace as the parent builds it, and the pipeline
    loaded once. A pipeline that cannot be loaded is reported by the first task."""
    from .nlp import ModelError

    quiet_worker()
    try:
        linter = spec.linter()
        _WORKER["workspace"] = spec.workspace(linter)
        _WORKER["cache"] = open_cache(cache_dir, spec.model) if cache_dir else None
        _WORKER["actions"] = actions
        linter.parser  # noqa: B018 (load spaCy now, once)
    except ModelError as exc:
        _WORKER["error"] = exc


def quiet_worker() -> None:
    """The parent handles SIGINT and reports every failure; a worker stopped
    with the run (SIGTERM, a closed pipe) says nothing."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    devnull = open(os.devnull, "w")  # noqa: SIM115 (for the worker's whole life)
    sys.stdout = sys.stderr = devnull
    os.dup2(devnull.fileno(), 2)


def _work(path: Path) -> FileResult:
    error = _WORKER.get("error")
    if error is not None:
        raise error
    workspace: Workspace = _WORKER["workspace"]
    # The time limit is the pool's (the worker is killed): none in here.
    return lint_one(workspace.linter_for(path), path, _WORKER["cache"],
                    actions=_WORKER["actions"])


def open_cache(folder: str | Path | None, model: str | None):
    from .cache import ResultCache

    return ResultCache.open(Path(folder), model) if folder else None


def workers_for(jobs: int | None, todo: int) -> int:
    """How many worker processes for `todo` plans to parse (1: in-process)."""
    if todo <= 0:
        return 1
    if jobs is not None:
        return max(1, min(jobs, todo))
    if todo < MIN_PLANS_FOR_WORKERS:
        return 1
    return max(1, min(available_cores(), todo // PLANS_PER_WORKER))


def lint_files(spec: RunSpec, workspace: Workspace, files: Sequence[Path],
               linters: Sequence[Linter], *, jobs: int | None = None,
               cache=None, actions: bool = True,
               timeout: float | None = DEFAULT_TIMEOUT) -> Iterator[FileResult]:
    """Slim results for `files` (each with its Linter, `workspace.linter_for`), in
    order, streamed. `jobs`: worker processes (None: as many as the cores when
    there are enough plans to parse; 1: in-process). `actions`: whether the
    report reads the actions (see `slim`). `timeout`: seconds a file may take
    (None or 0: no limit)."""
    entries = []
    todo = []
    for i, (path, linter) in enumerate(zip(files, linters)):
        entry = cache_entry(cache, linter, path)[0] if cache is not None else None
        entries.append(entry)
        if entry is None or not cache.has(entry):
            todo.append(i)
    workers = workers_for(jobs, len(todo))
    if workers <= 1:
        if todo and timeout:  # loading spaCy is no file's time
            linters[todo[0]].parser  # noqa: B018
        for path, linter, entry in zip(files, linters, entries):
            yield lint_one(linter, path, cache, entry, actions, timeout)
        return
    from .nlp import limit_threads

    limit_threads()  # inherited by the workers
    import multiprocessing

    from pebble import ProcessPool

    cache_dir = str(cache.folder) if cache is not None else None
    pool = ProcessPool(workers, initializer=_start_worker, initargs=(spec, cache_dir, actions),
                       context=multiprocessing.get_context("spawn"))
    try:
        done = pool.map(_work, [files[i] for i in todo], timeout=timeout or None,
                        chunksize=1).result()
        pending = set(todo)
        for i, (path, linter) in enumerate(zip(files, linters)):
            if i in pending:
                yield worker_result(done, path, timeout)
                continue
            # (An entry spoilt since it was seen is linted here after all.)
            yield lint_one(linter, path, cache, entries[i], actions, timeout)
        pool.close()
    finally:
        pool.stop()  # (at once when the run ends early: an error, SIGINT, SIGTERM)
        pool.join()


def worker_result(done: Iterator[FileResult], path: Path, timeout: float | None) -> FileResult:
    """The next result from the pool; a worker that took too long or died is that
    file's one-line error. A pipeline that cannot be loaded stops the run."""
    from concurrent.futures import TimeoutError as PoolTimeout

    from pebble import ProcessExpired

    from .nlp import ModelError

    try:
        return next(done)
    except PoolTimeout:
        return FileResult(path=str(path), error=timeout_message(timeout))
    except ProcessExpired as exc:
        return FileResult(path=str(path), error=f"the process checking this file stopped "
                          f"(exit code {exc.exitcode}), perhaps out of memory; check it alone")
    except ModelError:
        raise
    except Exception:  # a failure of the pool itself, for this file: the run goes on
        from .engine import INTERNAL_ERROR, debugging

        if debugging():
            raise
        return FileResult(path=str(path), error=INTERNAL_ERROR)
