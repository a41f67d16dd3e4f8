"""Bad input, run as a user runs it (the installed `planlint`): each file that cannot be
read gets one clear error line and exit 2, and every other file is still linted.

The corpus is tests/nasty/ (built by tests/nasty/make_nasty.py: each file one way a
file can be broken; readable/ holds odd files that must still be read). What git cannot
hold - links that loop or lead nowhere, files and folders without read permission - is
made here in a temporary folder.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_plans"
NASTY = REPO / "tests" / "nasty"
GOOD = SAMPLES / "02-mensah.md"  # a readable plan with findings
SAVE_AGAIN = "open it in Word and save it again as .docx"

# Each bad file and the one line it must get (after "PATH: error: ").
BAD = {
    "broken-xml.docx": f"damaged Word file (broken XML in word/document.xml); {SAVE_AGAIN}",
    "corrupted.docx": f"damaged Word file (corrupted compressed data); {SAVE_AGAIN}",
    "empty.docx": "file is empty",
    "empty.md": "file is empty",
    "encrypted.docx": "this Word file is password-protected; remove the password and save "
                      "it again",
    "entity-expansion.docx": f"damaged Word file (broken XML in word/document.xml); {SAVE_AGAIN}",
    "legacy-renamed.docx": "this is a legacy .doc file; open it in Word and save it as .docx",
    "legacy.doc": "this is a legacy .doc file; open it in Word and save it as .docx",
    "no-body.docx": "could not read the Word file's content ('NoneType' object is not "
                    f"iterable); {SAVE_AGAIN}",
    "no-content-types.docx": "damaged Word file (a part is missing: There is no item named "
                             f"'[Content_Types].xml' in the archive); {SAVE_AGAIN}",
    "not-utf8.md": "not valid UTF-8 text (byte 0xE9 on line 3); save it as UTF-8",
    "not-word.docx": "not a Word document (the zip has no word/document.xml); save it from "
                     "Word as .docx",
    "random-bytes.docx": "not a Word document (not a zip file); save it from Word as .docx",
    "random-bytes.md": "not valid UTF-8 text (byte 0x98 on line 1); save it as UTF-8",
    "rtf-renamed.docx": "this is an RTF file, not .docx; open it in Word and save it as .docx",
    "truncated.docx": f"damaged Word file (the zip is incomplete, perhaps cut short); {SAVE_AGAIN}",
    "utf16.md": "this is UTF-16 text; save it as UTF-8",
    "word-named-md.md": "this looks like a Word (.docx) file, not Markdown; give it the "
                        ".docx extension",
    "zip-bomb-ratio.docx": "Word file looks unsafe: word/document.xml would expand 6781 times "
                           f"to 40 MB; {SAVE_AGAIN}",
    "zip-bomb.docx": "Word file too large when uncompressed (3500 MB > limit 200 MB); remove "
                     "large pictures or split the plan",
}
# Kept with the bad files but read: a Word template (.dotx content type) named .docx.
# Its main part is the same WordprocessingML as a .docx's, and planlint reads .dotx
# templates, so the name's suffix is no reason to refuse it.
READ_ALL_THE_SAME = ["template.docx"]
# Odd but readable: linted like any plan, no error line.
READABLE = ["blank.md", "deep-nesting.md", "external-entities.docx", "huge-grid-span.docx",
            "long-line.md",
            "nul-and-control-characters.md", "only-tables.docx", "table-only-pipes.md"]


PLANLINT = shutil.which("planlint") or str(Path(sys.executable).parent / "planlint")


def planlint(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([PLANLINT, *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


def error_lines(output: str) -> dict[str, list[str]]:
    """The error lines of text output, by path."""
    found: dict[str, list[str]] = {}
    for line in output.splitlines():
        path, sep, message = line.partition(": error: ")
        if sep:
            found.setdefault(path, []).append(message)
    return found


def finding_lines(output: str, path: Path) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(f"{path}:")
            and ": error: " not in line]


def test_the_corpus_is_what_the_expectations_cover():
    on_disk = {p.name for p in NASTY.iterdir() if p.is_file() and p.suffix != ".py"}
    assert on_disk - {"README.md"} == set(BAD) | set(READ_ALL_THE_SAME)
    assert sorted(p.name for p in (NASTY / "readable").iterdir()) == READABLE
    too_big = [p.name for p in NASTY.rglob("*") if p.is_file() and p.stat().st_size > 64 * 1024]
    assert not too_big


def test_each_bad_file_gets_one_error_line_and_the_good_plan_is_still_linted():
    alone = planlint("check", str(GOOD))
    assert alone.returncode == 1 and finding_lines(alone.stdout, GOOD)

    result = planlint("check", str(NASTY), str(GOOD))
    output = result.stdout + result.stderr
    assert result.returncode == 2
    assert "Traceback" not in output
    errors = error_lines(result.stdout)
    assert errors == {str(NASTY / name): [message] for name, message in BAD.items()}
    # The good plan is reported exactly as when it is linted alone.
    assert finding_lines(result.stdout, GOOD) == finding_lines(alone.stdout, GOOD)
    summary = result.stdout.splitlines()[-1]
    assert f" of {len(BAD) + len(READ_ALL_THE_SAME) + len(READABLE) + 1} plan(s) " in summary
    assert summary.endswith(f"; {len(BAD)} file(s) could not be read.")


def test_bad_files_in_json_have_their_error_and_no_plan():
    result = planlint("check", "--format", "json", str(NASTY), str(GOOD))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    files = {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}
    for name, message in BAD.items():
        assert files[name]["error"] == message and files[name]["plan"] is None
        assert files[name]["findings"] == []
    for name in READABLE + READ_ALL_THE_SAME + [GOOD.name]:
        assert files[name]["error"] is None and files[name]["plan"] is not None
    assert files[GOOD.name]["findings"]


def test_secret_file_named_in_an_external_entity_is_not_read():
    result = planlint("parse", "--format", "json", str(NASTY / "readable" / "external-entities.docx"))
    assert result.returncode == 0
    assert "root:" not in result.stdout and "secret" not in result.stdout


def test_size_limit_can_be_set_on_the_command_line():
    result = planlint("check", "--max-size", "0.001", str(GOOD), str(SAMPLES / "07-dawson.docx"))
    assert result.returncode == 2
    errors = error_lines(result.stdout)
    [message] = errors[str(GOOD)]
    assert message.startswith("file too large (")
    assert message.endswith(" MB > limit 0.001 MB); split the plan into smaller files")
    # Refused from its size on disk, before it is unpacked.
    assert errors[str(SAMPLES / "07-dawson.docx")][0].startswith("file too large (")


# ----------------------------------------------- links, loops and permissions


def unprivileged() -> list[str]:
    """A command prefix that takes away root's power to read anything (root ignores
    permissions): run as nobody. Empty when not root."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv:
        prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        try:
            probe = subprocess.run([*prefix, PLANLINT, "--version"], capture_output=True,
                                   cwd="/", timeout=120)
            if probe.returncode == 0:
                return prefix
        except OSError:
            pass
    pytest.skip("running as root, and cannot run planlint as another user here")


@pytest.fixture
def shared_tmp():
    """A temporary folder that another user (see `unprivileged`) can enter: not under
    pytest's own, which only its owner may enter."""
    folder = Path(tempfile.mkdtemp(prefix="planlint-bad-input-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


def run_unprivileged(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*unprivileged(), PLANLINT, *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def test_links_loops_and_unreadable_files_and_folders(shared_tmp):
    plans = shared_tmp / "plans"
    (plans / "sub").mkdir(parents=True)
    (plans / "private").mkdir()
    shutil.copy(GOOD, plans / "sub" / "good.md")
    shutil.copy(GOOD, plans / "private" / "hidden-by-permissions.md")
    shutil.copy(GOOD, plans / "secret.md")
    (plans / "loop.md").symlink_to("loop.md")  # a link to itself
    (plans / "ping.md").symlink_to("pong.md")  # two links that point at each other
    (plans / "pong.md").symlink_to("ping.md")
    (plans / "broken.md").symlink_to("nowhere.md")
    (plans / "sub" / "up").symlink_to("..")  # a folder loop: not followed
    (plans / "sub" / "again").symlink_to("../sub")
    for path in [shared_tmp, plans, *plans.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)
    (plans / "secret.md").chmod(0)
    (plans / "private").chmod(0)
    outside = shared_tmp / "unreadable.md"
    shutil.copy(GOOD, outside)
    outside.chmod(0)

    result = run_unprivileged("check", "plans", "plans/loop.md", "plans/broken.md",
                              "unreadable.md", "plans/private/hidden-by-permissions.md",
                              cwd=shared_tmp)
    output = result.stdout + result.stderr
    assert result.returncode == 2, output
    assert "Traceback" not in output
    loop = "link loop: this link points (through other links) back to itself; fix or remove the link"
    denied = "permission denied; check that you are allowed to read the file"
    assert error_lines(result.stdout) == {
        "plans/broken.md": ["broken link: the file it points to is not there; fix or remove "
                            "the link"],
        "plans/loop.md": [loop], "plans/ping.md": [loop], "plans/pong.md": [loop],
        "plans/private": ["permission denied: this folder cannot be opened; check that you "
                          "are allowed to read it"],
        "plans/private/hidden-by-permissions.md": [denied],
        "plans/secret.md": [denied],
        "unreadable.md": [denied],
    }
    # The readable plan is linted once, however many links lead to its folder.
    good = [line for line in result.stdout.splitlines() if "good.md" in line]
    assert good and all(line.startswith("plans/sub/good.md:") for line in good)
    assert finding_lines(result.stdout, Path("plans/sub/good.md")) == [
        line.replace(str(GOOD), "plans/sub/good.md")
        for line in finding_lines(planlint("check", str(GOOD)).stdout, GOOD)]


def test_a_missing_path_stops_the_run_as_a_usage_error(tmp_path):
    result = planlint("check", str(tmp_path / "nope.md"), str(GOOD))
    assert result.returncode == 2
    assert result.stderr.strip() == f"{tmp_path / 'nope.md'}: error: no such file or folder"


# ----------------------------------------------------------- internal errors

BOOM = """
import sys
import planlint.engine as engine
real_check = engine.Linter.check

def check(self, plan):
    if plan.path.endswith("boom.md"):
        raise RuntimeError("a bug in a check")
    return real_check(self, plan)

engine.Linter.check = check
from planlint.cli import main
main(sys.argv[1:], prog_name="planlint")
"""


def run_with_a_bug(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PLANLINT_DEBUG"}
    return subprocess.run([sys.executable, "-c", BOOM, *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=300)


def test_a_bug_on_one_file_is_one_error_line_and_the_run_goes_on(tmp_path):
    shutil.copy(GOOD, tmp_path / "boom.md")
    shutil.copy(GOOD, tmp_path / "good.md")
    result = run_with_a_bug("check", "boom.md", "good.md", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    assert error_lines(result.stdout) == {"boom.md": [
        "internal error while checking this file; run with --debug and report it"]}
    assert finding_lines(result.stdout, Path("good.md"))


def test_debug_shows_the_traceback(tmp_path):
    shutil.copy(GOOD, tmp_path / "boom.md")
    result = run_with_a_bug("--debug", "check", "boom.md", cwd=tmp_path)
    assert result.returncode != 0
    assert "Traceback" in result.stderr and "RuntimeError: a bug in a check" in result.stderr


BROKEN_REPORT = """
import sys
import planlint.report.text as text

def stream(*args, **kwargs):
    raise KeyError("a bug in a reporter")

text.stream = stream  # the text format's entry in report/formats.py
from planlint.cli import main
main(sys.argv[1:], prog_name="planlint")
"""


def test_a_bug_outside_any_file_is_one_line_and_exit_2(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PLANLINT_DEBUG"}
    result = subprocess.run([sys.executable, "-c", BROKEN_REPORT, "check", str(GOOD)],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 2
    assert result.stderr == "error: internal error (KeyError); run with --debug and report it\n"
    debug = subprocess.run([sys.executable, "-c", BROKEN_REPORT, "--debug", "check", str(GOOD)],
                           capture_output=True, text=True, env=env, timeout=300)
    assert "Traceback" in debug.stderr and "a bug in a reporter" in debug.stderr
