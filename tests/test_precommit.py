"""The pre-commit hook, end to end, with the real `pre-commit` package.

A throwaway git repository of plans is configured with the README's
`.pre-commit-config.yaml` snippets as they stand (only the placeholders filled
in): the hook from this checkout's `.pre-commit-hooks.yaml` at a commit, and the
`repo: local` hook that runs the planlint already installed. Committing a plan
with a defect is refused with the finding shown, and the fixed plan commits.

pre-commit clones the hook repository at a commit and pip-installs it (spaCy and
its English model: a few minutes the first time). So that the test sees the
working tree as it is (not the last commit) and reruns are fast, the files the
hook needs are copied into a git repository named after a hash of their
content, committed with a fixed date (the same content gives the same commit),
under a persistent cache: $PLANLINT_TEST_CACHE, else ~/.cache/planlint-tests.
pre-commit's own store (PRE_COMMIT_HOME) sits there too and keeps the installed
environment until the package changes.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from conftest import docx_plan, markdown_plan, row

REPO = Path(__file__).resolve().parents[1]
# What pre-commit needs to install the hook: the manifest and the package.
HOOK_FILES = (".pre-commit-hooks.yaml", "pyproject.toml", "README.md", "src/", "rules/")
FIXED_DATE = "2024-01-01T00:00:00+00:00"
# The plans repository's own configuration keeps the test to the core rules.
CORE = ("PL101", "PL102", "PL201", "PL301", "PL302", "PL401", "PL402")
# What the README's snippet asks the user to fill in.
REV_PLACEHOLDER = "<tag or commit of your planlint copy>"

pytestmark = pytest.mark.slow


def cache_dir() -> Path:
    if os.environ.get("PLANLINT_TEST_CACHE"):
        return Path(os.environ["PLANLINT_TEST_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "planlint-tests"


def git_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GIT_", "PRE_COMMIT", "PLANLINT_DEBUG"))}
    env.update(GIT_AUTHOR_NAME="planlint tests", GIT_AUTHOR_EMAIL="tests@example.org",
               GIT_COMMITTER_NAME="planlint tests", GIT_COMMITTER_EMAIL="tests@example.org",
               GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull,  # no signing, hooksPath
               PRE_COMMIT_HOME=str(cache_dir() / "pre-commit"))
    env.update(extra)
    return env


def run(*args: str, cwd: Path, env: dict[str, str] | None = None,
        timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, env=env or git_env(), capture_output=True, text=True,
                          timeout=timeout)


def hook_files() -> list[str]:
    """The hook's files in the working tree: tracked and new, not ignored."""
    listed = run("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=REPO)
    assert listed.returncode == 0, listed.stderr
    return sorted(name for name in set(listed.stdout.split("\0"))
                  if name.startswith(HOOK_FILES) and (REPO / name).is_file())


def hook_repository() -> tuple[Path, str]:
    """A git repository holding the hook's files as they are now, and its commit."""
    files = hook_files()
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode() + b"\0" + (REPO / name).read_bytes() + b"\0")
    target = cache_dir() / f"hook-{digest.hexdigest()[:16]}"
    for old in cache_dir().glob("hook-*"):  # copies of older trees, a day unused
        if old != target and time.time() - old.stat().st_mtime > 86400:
            shutil.rmtree(old, ignore_errors=True)
    if not (target / ".git").is_dir():
        building = target.with_name(target.name + f".{os.getpid()}.tmp")
        shutil.rmtree(building, ignore_errors=True)
        for name in files:
            (building / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, building / name)
        env = git_env(GIT_AUTHOR_DATE=FIXED_DATE, GIT_COMMITTER_DATE=FIXED_DATE)
        for command in (("git", "init", "-q"), ("git", "add", "-A"),
                        ("git", "commit", "-q", "--no-verify", "-m", "planlint hook")):
            done = run(*command, cwd=building, env=env)
            assert done.returncode == 0, done.stderr
        try:
            building.rename(target)
        except OSError:  # another run made it first
            shutil.rmtree(building, ignore_errors=True)
    os.utime(target)  # in use
    head = run("git", "rev-parse", "HEAD", cwd=target)
    assert head.returncode == 0, head.stderr
    return target, head.stdout.strip()


def readme_hook_configs() -> list[str]:
    """The README's .pre-commit-config.yaml snippets that use the planlint hook."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return [token.content for token in MarkdownIt().parse(readme)
            if token.type == "fence" and token.info.strip() == "yaml"
            and token.content.startswith("repos:") and "id: planlint" in token.content]


def readme_config(kind: str) -> str:
    """The README's snippet with `repo: local` ("local"), or the one with a
    repo and rev ("remote")."""
    configs = [c for c in readme_hook_configs() if ("repo: local" in c) == (kind == "local")]
    assert len(configs) == 1, configs
    return configs[0]


def plans_repository(tmp_path: Path, config: str, env: dict[str, str]) -> Path:
    """A git repository of plans with `config` as its pre-commit configuration,
    the hook installed and its environment ready."""
    repo = tmp_path / "plans-repo"
    repo.mkdir()
    assert run("git", "init", "-q", cwd=repo).returncode == 0
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    (repo / "planlint.toml").write_text(f"select = {list(CORE)!r}\n", encoding="utf-8")
    pre_commit = [sys.executable, "-m", "pre_commit"]
    installed = run(*pre_commit, "install", cwd=repo, env=env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    run(*pre_commit, "gc", cwd=repo, env=env)  # drop environments of older versions of the hook
    ready = run(*pre_commit, "install-hooks", cwd=repo, env=env, timeout=1800)
    assert ready.returncode == 0, ready.stdout + ready.stderr
    return repo


def commit(repo: Path, message: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    run("git", "add", "-A", cwd=repo, env=env)
    return subprocess.run(["git", "commit", "-m", message], cwd=repo, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          timeout=1800)


def assert_refuses_a_defective_plan_and_accepts_the_fixed_one(repo: Path,
                                                              env: dict[str, str]) -> None:
    plans = repo / "plans"
    plans.mkdir()
    vague = row(when="Ongoing")
    (plans / "ben.md").write_text(markdown_plan([vague]), encoding="utf-8")
    docx_plan(plans / "mia.docx", [row(who="All agencies")])
    (repo / "README.md").write_text("# Our plans\n\nNot a plan: the hook leaves it alone.\n")
    refused = commit(repo, "Add plans", env)
    assert refused.returncode != 0, refused.stdout
    assert "planlint" in refused.stdout and "Failed" in refused.stdout
    assert "plans/ben.md:" in refused.stdout and "PL302 deadline-vague" in refused.stdout
    assert "plans/mia.docx:table 2, row 2, cell 2: PL102 owner-vague" in refused.stdout
    assert "README.md" not in refused.stdout
    assert run("git", "rev-parse", "--verify", "HEAD", cwd=repo).returncode != 0  # no commit

    (plans / "ben.md").write_text(markdown_plan([row()]), encoding="utf-8")
    docx_plan(plans / "mia.docx", [row()])
    accepted = commit(repo, "Add plans", env)
    assert accepted.returncode == 0, accepted.stdout
    assert "Passed" in accepted.stdout
    assert run("git", "rev-parse", "--verify", "HEAD", cwd=repo).returncode == 0


def test_the_readme_hook_at_a_commit_refuses_a_defective_plan_and_accepts_the_fixed_one(tmp_path):
    hooks, rev = hook_repository()
    config = readme_config("remote")
    assert config.count(REV_PLACEHOLDER) == 1, config
    config = re.sub(r"(?m)^(\s*- repo: )\S+", lambda m: m[1] + hooks.as_posix(), config, count=1)
    env = git_env()
    repo = plans_repository(tmp_path, config.replace(REV_PLACEHOLDER, rev), env)
    assert_refuses_a_defective_plan_and_accepts_the_fixed_one(repo, env)


def test_the_readme_local_hook_runs_the_installed_planlint(tmp_path):
    # As in the plans repository's own environment: planlint on the PATH.
    env = git_env(PATH=os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]]))
    repo = plans_repository(tmp_path, readme_config("local"), env)
    assert_refuses_a_defective_plan_and_accepts_the_fixed_one(repo, env)
