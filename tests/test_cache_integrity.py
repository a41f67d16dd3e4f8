"""The findings cache cannot be poisoned: only entries the user wrote, in folders
only the user can write, are trusted, and an entry authenticates only under its
own name (planlint/cache.py, its threat model).

Each end-to-end test runs `planlint check` in this process through click's
CliRunner. A planted entry is a valid "no findings" result for the plan (what
anyone who may write the folder and read the plan could make): where it is
trusted, the plan reports clean; where it must not be, the plan's real
findings are reported.
"""
from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from hostile.cache import plant_clean_entry
from planlint.cli import main

REPO = Path(__file__).resolve().parents[1]
MD_PLAN = REPO / "sample_plans" / "02-mensah.md"  # findings: PL102, PL201, ...
OTHER_PLAN = REPO / "sample_plans" / "06-bennett.md"  # findings too
OTHER_UID = 4321  # a user who is not us

pytestmark = pytest.mark.skipif(not hasattr(os, "geteuid"), reason="no POSIX owners or modes")
needs_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                                reason="giving a file to another user (os.chown) needs root")


def lint(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, ["check", "--jobs", "1", *args], env=env,
                              catch_exceptions=False)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def entries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() or p.is_symlink())


@pytest.fixture
def plan(tmp_path) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    return Path(shutil.copy(MD_PLAN, folder / "a.md"))


@pytest.fixture
def real(plan):
    """The plan's real report, without a cache."""
    result = lint("--no-cache", str(plan))
    assert result.exit_code == 1 and "PL201" in result.stdout
    return result


@pytest.fixture
def planted(tmp_path, plan) -> tuple[Path, Path]:
    """(cache folder, entry): a "no findings" entry for the plan in a folder of
    the user's own. Trusted there (only the user could have written it): the
    plan reports clean, which shows the plant is a working one."""
    folder = tmp_path / "cache"
    entry = plant_clean_entry(folder, plan)
    trusted = lint("--cache-dir", str(folder), str(plan))
    assert trusted.exit_code == 0 and "PL201" not in trusted.stdout
    return folder, entry


def assert_real_findings(result, real) -> None:
    assert result.exit_code == 1
    assert result.stdout == real.stdout


def assert_one_warning(result, *words: str) -> None:
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("warning: not using the cache in "), lines
    for word in words:
        assert word in lines[0]


# ------------------------------------------------------------------ folders


@pytest.mark.parametrize("loose", [0o770, 0o707, 0o777], ids=oct)
def test_a_planted_entry_in_a_folder_others_can_write_is_not_trusted(planted, plan, real, loose):
    folder, entry = planted
    os.chmod(folder, loose)
    result = lint("--cache-dir", str(folder), str(plan))
    assert_real_findings(result, real)
    assert_one_warning(result, str(folder), "other users can write to it")
    assert mode(folder) == loose  # a refused folder is left as it is
    assert entries(folder) == [entry]  # and nothing is written into it


@needs_root
def test_a_folder_of_another_user_is_refused_and_the_run_goes_on_uncached(planted, plan, real):
    folder, entry = planted
    for path in (folder, entry.parent, entry):
        os.chown(path, OTHER_UID, -1)
    result = lint("--cache-dir", str(folder), str(plan))
    assert_real_findings(result, real)
    assert_one_warning(result, "belongs to another user")
    assert entries(folder) == [entry]


@needs_root
def test_a_link_to_another_users_folder_is_refused(planted, plan, real, tmp_path):
    folder, _ = planted
    os.chown(folder, OTHER_UID, -1)
    link = tmp_path / "my-cache"
    link.symlink_to(folder, target_is_directory=True)
    result = lint("--cache-dir", str(link), str(plan))
    assert_real_findings(result, real)
    assert_one_warning(result, "belongs to another user")


def test_the_users_own_folder_that_others_may_read_is_tightened_to_0700(plan, real, tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir()
    os.chmod(folder, 0o755)
    result = lint("--cache-dir", str(folder), str(plan))
    assert_real_findings(result, real)
    assert result.stderr == ""
    assert mode(folder) == 0o700
    assert len(entries(folder)) == 1


def test_a_cache_path_that_is_a_file_is_not_used_or_touched(plan, real, tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine", encoding="utf-8")
    os.chmod(not_a_folder, 0o644)
    result = lint(str(plan), env={"PLANLINT_CACHE_DIR": str(not_a_folder)})
    assert_real_findings(result, real)
    assert_one_warning(result, "it is not a folder")
    assert mode(not_a_folder) == 0o644 and not_a_folder.read_text(encoding="utf-8") == "mine"


def test_every_folder_planlint_makes_is_0700_and_every_entry_0600(plan, real, tmp_path):
    folder = tmp_path / "new" / "nested" / "cache"
    before = os.umask(0)  # nothing taken away by the umask: the modes are planlint's own
    try:
        result = lint("--cache-dir", str(folder), str(plan))
    finally:
        os.umask(before)
    assert_real_findings(result, real)
    [entry] = entries(folder)
    assert mode(entry) == 0o600
    for made in (tmp_path / "new", tmp_path / "new" / "nested", folder, entry.parent):
        assert mode(made) == 0o700, made


# ------------------------------------------------------------------ entries


@pytest.mark.parametrize("loose", [0o620, 0o602, 0o666], ids=oct)
def test_an_entry_others_can_write_is_not_trusted_and_is_written_again(planted, plan, real, loose):
    folder, entry = planted
    os.chmod(entry, loose)
    result = lint("--cache-dir", str(folder), str(plan))
    assert_real_findings(result, real)
    assert result.stderr == ""  # the folder is fine: only the entry is a miss
    assert mode(entry) == 0o600  # replaced by the real result
    assert_real_findings(lint("--cache-dir", str(folder), str(plan)), real)


@needs_root
def test_an_entry_of_another_user_is_not_trusted(planted, plan, real):
    folder, entry = planted
    os.chown(entry, OTHER_UID, -1)
    assert_real_findings(lint("--cache-dir", str(folder), str(plan)), real)


@needs_root
def test_an_entry_in_a_shard_folder_of_another_user_is_not_trusted(planted, plan, real):
    folder, entry = planted
    os.chown(entry.parent, OTHER_UID, -1)
    assert_real_findings(lint("--cache-dir", str(folder), str(plan)), real)


def test_a_linked_entry_is_not_followed(planted, plan, real, tmp_path):
    folder, entry = planted
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    target = entry.rename(elsewhere / "entry")  # the user's own file, 0600: only the link is wrong
    planted_bytes = target.read_bytes()
    entry.symlink_to(target)
    result = lint("--cache-dir", str(folder), str(plan))
    assert_real_findings(result, real)
    assert not entry.is_symlink() and entry.is_file()  # the link replaced by a real entry
    assert target.read_bytes() == planted_bytes  # and what it pointed at left alone


@pytest.mark.parametrize("where", [0, 5, 20, -1], ids=["format", "nonce", "body", "tag"])
def test_one_flipped_byte_anywhere_in_an_entry_is_a_miss(planted, plan, real, where):
    folder, entry = planted
    blob = bytearray(entry.read_bytes())
    blob[where] ^= 0x01
    entry.write_bytes(bytes(blob))
    assert_real_findings(lint("--cache-dir", str(folder), str(plan)), real)


@pytest.mark.parametrize("other", ["another plan", "another configuration"])
def test_an_entry_copied_under_another_name_does_not_authenticate(planted, plan, tmp_path, other):
    folder, entry = planted
    if other == "another plan":
        target, args = Path(shutil.copy(OTHER_PLAN, plan.parent / "b.md")), ()
    else:  # the same plan's bytes (so the same secret), linted with other settings
        target, args = plan, ("--ignore", "PL601")
    real = lint("--no-cache", *args, str(target))
    assert real.exit_code == 1
    lint("--cache-dir", str(folder), *args, str(target))
    [its_entry] = set(entries(folder)) - {entry}
    shutil.copyfile(entry, its_entry)  # the clean result, moved under that name
    assert_real_findings(lint("--cache-dir", str(folder), *args, str(target)), real)
