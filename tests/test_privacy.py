"""Plan data stays private: planlint runs offline, writes nothing but the output asked
for, never changes its input, and gives the same bytes for the same input every time.

Each test runs the whole command line in a fresh process, as a user runs it.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_plans"
NASTY = REPO / "tests" / "nasty"

# The command line, with every way out to the network blocked before planlint is
# imported. A blocked attempt is reported on stderr, so that one swallowed by a
# library (a fallback, a retry) still shows.
OFFLINE = r"""
import socket, sys

def blocked(*args, **kwargs):
    if armed:
        sys.stderr.write("NETWORK ATTEMPT %r\n" % (args,))
    raise OSError("network access is blocked in this test")

class NoNetwork(socket.socket):
    # Making a socket is allowed (urllib3, imported by spaCy, probes for IPv6 by binding
    # one to ::1); reaching anything with it is not.
    connect = connect_ex = sendto = sendmsg = blocked

socket.socket = NoNetwork
socket.create_connection = socket.getaddrinfo = socket.gethostbyname = blocked
armed = False
for attempt in (lambda: socket.create_connection(("192.0.2.1", 80)),
                lambda: socket.socket().connect(("192.0.2.1", 80))):
    try:
        attempt()
    except OSError:
        pass
    else:
        raise SystemExit("the network block did not work")
armed = True

from planlint.cli import main
main(sys.argv[1:], prog_name="planlint")
"""


def planlint(*args: str, cwd: Path | None = None, env: dict | None = None,
             offline: bool = False) -> subprocess.CompletedProcess:
    if offline:
        command = [sys.executable, "-c", OFFLINE, *args]
    else:
        exe = shutil.which("planlint") or str(Path(sys.executable).parent / "planlint")
        command = [exe, *args]
    return subprocess.run(command, capture_output=True, cwd=cwd, env=env, timeout=300)


def test_check_runs_with_the_network_blocked():
    result = planlint("check", "--format", "json", str(SAMPLES), offline=True)
    stderr = result.stderr.decode()
    assert result.returncode == 1, stderr  # the samples have findings; nothing failed
    assert stderr == ""
    assert b'"files_with_errors": 0' in result.stdout


def test_parse_and_bad_input_run_with_the_network_blocked():
    parse = planlint("parse", str(SAMPLES / "07-dawson.docx"), offline=True)
    assert parse.returncode == 0 and parse.stderr.decode() == ""
    # external-entities.docx names a file and a web address in entities: neither is fetched.
    bad = planlint("check", str(NASTY), offline=True)
    assert bad.returncode == 2
    assert bad.stderr.decode() == ""


# ----------------------------------------------------------- nothing written


def snapshot(root: Path) -> dict[str, tuple[str, int]]:
    """Every file and folder under root: its content hash (or "dir") and its mtime."""
    found = {}
    for path in sorted(root.rglob("*")):
        stat = path.lstat()
        if path.is_dir() and not path.is_symlink():
            found[str(path.relative_to(root))] = ("dir", stat.st_mtime_ns)
        else:
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "?"
            found[str(path.relative_to(root))] = (digest, stat.st_mtime_ns)
    return found


# The report asked for with --output; and a cache, if one is added, here and nowhere else.
ALLOWED = ("cwd/report.json", "cwd/.planlint_cache", "cache/planlint", "home/.cache/planlint")


def test_nothing_is_written_but_the_output_and_no_input_changes(tmp_path):
    for name in ("home", "cache", "tmp", "cwd"):
        (tmp_path / name).mkdir()
    shutil.copytree(SAMPLES, tmp_path / "plans")
    shutil.copytree(NASTY, tmp_path / "nasty")
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "TMPDIR": str(tmp_path / "tmp")}
    env.pop("PLANLINT_CACHE_DIR", None)  # the cache in its default place (XDG_CACHE_HOME)
    before = snapshot(tmp_path)

    runs = [("check", "../plans"), ("check", "--format", "json", "../plans", "../nasty"),
            ("parse", "../plans/08-lowe.docx"), ("parse", "--format", "json", "../plans/01-holt.md"),
            ("check", "--format", "json", "--output", "report.json", "../plans"),
            ("rules",), ("rule", "PL101")]
    for args in runs:
        result = planlint(*args, cwd=tmp_path / "cwd", env=env)
        assert result.returncode in (0, 1, 2) and b"Traceback" not in result.stderr, args

    after = snapshot(tmp_path)
    changed = sorted(p for p in before if p in after and after[p][0] != before[p][0])
    touched = sorted(p for p in before if p in after and after[p] != before[p]
                     and before[p][0] != "dir")
    removed = sorted(set(before) - set(after))
    new = sorted(set(after) - set(before))
    unexpected = [p for p in new if not any(p == a or p.startswith(a + "/") for a in ALLOWED)]
    assert not unexpected, f"files written: {unexpected}"
    assert not changed and not touched and not removed, (changed, touched, removed)
    assert "cwd/report.json" in new


# -------------------------------------------------------------- deterministic


def test_json_is_byte_identical_across_runs_and_argument_orders():
    env1 = {**os.environ, "PYTHONHASHSEED": "1"}
    env2 = {**os.environ, "PYTHONHASHSEED": "2"}
    samples, nasty = "sample_plans", "tests/nasty"
    first = planlint("check", "--format", "json", samples, nasty, cwd=REPO, env=env1)
    again = planlint("check", "--format", "json", "--no-cache", samples, nasty, cwd=REPO,
                     env=env2)
    shuffled = planlint("check", "--format", "json", nasty, "sample_plans/07-dawson.docx",
                        samples, "sample_plans/01-holt.md", "tests/nasty/utf16.md",
                        cwd=REPO, env=env2)
    assert first.returncode == 2 and first.stdout.startswith(b"{")
    assert again.stdout == first.stdout
    assert shuffled.stdout == first.stdout
    text = planlint("check", samples, nasty, cwd=REPO, env=env1)
    text_again = planlint("check", nasty, samples, cwd=REPO, env=env2)
    assert text.stdout == text_again.stdout
    # Worker processes, and no cache: the same bytes (each plan's parse depends on
    # that plan alone, whichever process lints it and whatever it linted before).
    workers = planlint("check", "--format", "json", "--jobs", "2", "--no-cache", samples, nasty,
                       cwd=REPO, env=env2)
    assert workers.returncode == 2 and workers.stdout == first.stdout
    text_workers = planlint("check", "--jobs", "2", "--no-cache", nasty, samples, cwd=REPO,
                            env=env1)
    assert text_workers.stdout == text.stdout
