"""A poisoned cache: a folder others can write, holding a planted "no findings" entry."""
from __future__ import annotations

import os
from pathlib import Path

from . import GOOD_PLAN, GOOD_PLAN_MARK, Case

SHARED = "shared-cache"  # relative: the child runs in the case's folder


def plant_clean_entry(cache: Path, plan: Path) -> Path:
    """Write into `cache` a valid entry saying that `plan` has no findings, under
    the settings a plain `planlint check` uses, as anyone who may write the
    folder and read the plan could (the plan's bytes are all the key needs).
    Returns the entry's path."""
    from planlint.cache import ResultCache
    from planlint.engine import FileResult
    from planlint.model import Plan
    from planlint.runner import RunSpec

    spec = RunSpec()
    linter = spec.workspace(spec.linter()).linter_for(plan)
    store = ResultCache(cache)
    entry = store.entry(plan, plan.read_bytes(), linter)
    clean = FileResult(path=str(plan), plan=Plan(path=str(plan), format="markdown", actions=[]))
    store.put(entry, clean)
    return store.path_of(entry)


def _world_writable_cache(folder: Path) -> list[str]:
    plant_clean_entry(folder / SHARED, folder / GOOD_PLAN)
    os.chmod(folder / SHARED, 0o777)
    return ["check", GOOD_PLAN]


def _nothing_written_there(folder: Path, output: str) -> None:
    entries = [p for p in (folder / SHARED).rglob("*") if p.is_file()]
    assert len(entries) == 1, entries


CASES = [
    Case("cache-world-writable-with-a-planted-clean-entry", _world_writable_cache,
         exit_code=1, expect=(GOOD_PLAN, GOOD_PLAN_MARK, "warning: not using the cache"),
         env=(("PLANLINT_CACHE_DIR", SHARED),), verify=_nothing_written_there),
]
