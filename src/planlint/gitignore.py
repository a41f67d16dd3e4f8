"""Which files git ignores: a repository's .gitignore files and its
.git/info/exclude, matched with pathspec's GitIgnoreSpec (git's own rules).

A path is judged within its repository: the nearest folder upwards holding a
`.git` (a folder, or the file of a worktree or submodule). Outside any
repository nothing is ignored, as for git. Each .gitignore applies to the
paths below its folder, its patterns relative to that folder; the deepest
.gitignore that matches a path decides (the last matching line in it), and
.git/info/exclude comes after them all. A path inside an ignored folder is
ignored whatever a `!` line says of it: git does not look inside an ignored
folder. The user's global excludes file (git's core.excludesFile) is not
read: planlint reads no git configuration.
"""
from __future__ import annotations

import os
from pathlib import Path

from pathspec import GitIgnoreSpec
from pathspec.patterns.gitignore.spec import GitIgnoreSpecPattern

GITIGNORE = ".gitignore"


class GitIgnore:
    """Answers for many paths, reading each .gitignore once."""

    def __init__(self) -> None:
        self._repositories: dict[Path, Path | None] = {}  # folder -> its repository
        self._specs: dict[Path, GitIgnoreSpec | None] = {}  # ignore file -> patterns
        self._folders: dict[Path, bool] = {}  # folder -> whether git ignores it

    def ignores(self, path: Path, is_dir: bool = False) -> bool:
        """Whether git ignores this file (or, `is_dir`, this folder)."""
        path = Path(os.path.abspath(path))
        root = self.repository(path.parent)
        if root is None:
            return False
        if is_dir:
            return self._folder_ignored(path, root)
        return self._folder_ignored(path.parent, root) or self._matched(path, root, False)

    def repository(self, folder: Path) -> Path | None:
        """The root of the repository `folder` is in (None: in none)."""
        if folder not in self._repositories:
            if os.path.lexists(folder / ".git"):
                found = folder
            else:
                found = None if folder.parent == folder else self.repository(folder.parent)
            self._repositories[folder] = found
        return self._repositories[folder]

    def _folder_ignored(self, folder: Path, root: Path) -> bool:
        if folder == root or root not in folder.parents:
            return False
        if folder not in self._folders:
            self._folders[folder] = (self._folder_ignored(folder.parent, root)
                                     or self._matched(folder, root, True))
        return self._folders[folder]

    def _matched(self, path: Path, root: Path, is_dir: bool) -> bool:
        """What the patterns say of the path itself: the deepest ignore file with
        a matching line decides."""
        tail = "/" if is_dir else ""  # so that "build/" matches the folder build
        for base in (path.parent, *path.parent.parents):
            decision = self._decide(base / GITIGNORE, path.relative_to(base), tail)
            if decision is not None:
                return decision
            if base == root:
                break
        return bool(self._decide(root / ".git" / "info" / "exclude", path.relative_to(root),
                                 tail))

    def _decide(self, ignore_file: Path, relative: Path, tail: str) -> bool | None:
        spec = self._spec(ignore_file)
        return None if spec is None else spec.check_file(relative.as_posix() + tail).include

    def _spec(self, ignore_file: Path) -> GitIgnoreSpec | None:
        if ignore_file not in self._specs:
            self._specs[ignore_file] = read_ignore_file(ignore_file)
        return self._specs[ignore_file]


def read_ignore_file(path: Path) -> GitIgnoreSpec | None:
    """Its patterns (None: no such file, or one that cannot be read). A line git
    would not understand is passed over, as git passes over it."""
    try:
        # Regular files only: a FIFO named .gitignore would block the run.
        if not path.is_file():
            return None
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:  # not readable: no patterns, as for git
        return None
    patterns = []
    for line in text.splitlines():
        try:
            patterns.append(GitIgnoreSpecPattern(line))
        except ValueError:  # pathspec's GitIgnorePatternError
            continue
    return GitIgnoreSpec(patterns)
