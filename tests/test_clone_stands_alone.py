"""A clone of the repository stands alone, as a new user gets it.

The development checkout has a `shared` folder beside it (the dev corpus, the
first copy of the annotation guide); a user's clone does not. So nothing
committed may point there (`../shared`) or at the development machine's
`/work/`, and the README's commands must run in a clone as documented.

The clone is made with `git clone --no-local` from this repository's last
commit into an empty temporary folder: work not yet committed is not in it.
Nothing is installed: the `planlint` command of this environment runs the
clone's own code (PYTHONPATH is the clone's src) with the clone's rules.
"""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

REPO = Path(__file__).resolve().parents[1]
THIS = Path(__file__).resolve().relative_to(REPO).as_posix()
OUTSIDE = re.compile(rb"\.\./shared|/work/")
# Committed files that must name a path outside the repository, and why.
ALLOWED = {THIS: "it names the paths it looks for"}
PLANLINT = Path(sys.executable).with_name("planlint")
# The exit codes the README gives: `check sample_plans/` is 1 ("five of the
# twelve carry deliberate defects"); `eval` measures and always exits 0.
EXIT_CODES = {"check": 1, "eval": 0}
# What each command's output shows when it ran over the whole set.
SHOWS = {"check": "of 12 plan(s)", "eval": "actions found:"}


def clean_env(**extra: str) -> dict[str, str]:
    """This environment without git's variables (a hook may have set GIT_DIR)
    and without the dev corpus's location."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("GIT_") and k != "PLANLINT_DEV_CORPUS"}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def clone(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("alone") / "planlint"
    done = subprocess.run(["git", "clone", "--quiet", "--no-local", str(REPO), str(target)],
                          env=clean_env(GIT_CONFIG_NOSYSTEM="1"), capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in target.parent.iterdir()) == ["planlint"]  # nothing beside it
    return target


@pytest.fixture(scope="module")
def clone_env(clone) -> dict[str, str]:
    """An environment in which the installed `planlint` runs the clone's code.

    The editable install maps planlint.rules to this checkout's rules/; a link
    inside the clone's package makes it find the clone's rules/ first, as an
    installed copy of the clone would."""
    (clone / "src" / "planlint" / "rules").symlink_to(Path("..", "..", "rules"))
    env = clean_env(PYTHONPATH=str(clone / "src"))
    where = subprocess.run(
        [sys.executable, "-c", "import planlint, planlint.rules as r; "
                               "print(planlint.__file__); print(r.__file__)"],
        env=env, capture_output=True, text=True, timeout=60)
    assert where.returncode == 0, where.stderr
    assert all(Path(line).resolve().is_relative_to(clone) for line in where.stdout.split()), \
        where.stdout
    return env


def tracked_files(root: Path) -> list[str]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=root, env=clean_env(),
                            capture_output=True, text=True, timeout=60)
    assert listed.returncode == 0, listed.stderr
    return [name for name in listed.stdout.split("\0") if name]


def outside_references(path: Path) -> list[str]:
    """Each line of the file that names ../shared or /work/, with its number."""
    if path.is_symlink() or not path.is_file():
        return []
    lines = path.read_bytes().split(b"\n")
    return [f"{n}: {line.strip()[:160].decode('utf-8', 'replace')}"
            for n, line in enumerate(lines, 1) if OUTSIDE.search(line)]


def readme_commands(readme: str) -> list[list[str]]:
    """The planlint commands of the README's ```sh blocks, as argument lists
    (a block's install steps before `&&` need the network and are left out)."""
    commands = []
    for token in MarkdownIt().parse(readme):
        if token.type != "fence" or token.info.strip() != "sh":
            continue
        for line in token.content.splitlines():
            for part in line.split("&&"):
                words = shlex.split(part, comments=True)
                if words and words[0] == ".venv/bin/planlint":
                    commands.append(words[1:])
    return commands


def test_no_committed_file_points_outside_the_repository(clone):
    found = {name: hits for name in tracked_files(clone)
             if name not in ALLOWED and (hits := outside_references(clone / name))}
    assert not found, "paths outside the repository (use a path inside it):\n" + "\n".join(
        f"{name}:{hit}" for name, hits in found.items() for hit in hits)


def test_the_readme_commands_run_in_a_clone_with_their_documented_exit_codes(clone, clone_env):
    commands = readme_commands((clone / "README.md").read_text(encoding="utf-8"))
    assert ["check", "sample_plans/"] in commands
    assert any(args[0] == "eval" for args in commands)
    for args in commands:
        shown = "planlint " + " ".join(args)
        assert args[0] in EXIT_CODES, f"the README runs `{shown}`: add its exit code here"
        done = subprocess.run([str(PLANLINT), *args], cwd=clone, env=clone_env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == EXIT_CODES[args[0]], f"{shown}:\n{done.stdout}\n{done.stderr}"
        assert SHOWS[args[0]] in done.stdout, f"{shown}:\n{done.stdout}"
        assert "Traceback" not in done.stderr, f"{shown}:\n{done.stderr}"
