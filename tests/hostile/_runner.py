"""Run one hostile case in a child process and measure it (tests and the script share this)."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from . import HANG_S, Case, write_good_plan

# The child: runs planlint in a grandchild so that its peak RSS (and that of any
# worker it starts) is measured by getrusage(RUSAGE_CHILDREN), then reports.
_MEASURE = r"""
import json, resource, signal, subprocess, sys, time
spec = json.loads(sys.argv[1])
start = time.monotonic()
child = subprocess.Popen(spec["argv"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         start_new_session=False)
if spec["signal"]:
    number, after = spec["signal"]
    try:
        child.wait(after)
    except subprocess.TimeoutExpired:
        child.send_signal(number)
try:
    out, err = child.communicate(timeout=spec["hang"])
    code = child.returncode
except subprocess.TimeoutExpired:
    child.kill()
    out, err = child.communicate()
    code = "hang"
seconds = time.monotonic() - start
def valid(data):
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
sys.stdout.write(json.dumps({"code": code, "seconds": seconds, "peak_mb": peak_kb / 1024,
    "utf8": valid(out) and valid(err),
    "out": out.decode("utf-8", "backslashreplace"),
    "err": err.decode("utf-8", "backslashreplace")}))
"""


@dataclasses.dataclass
class Outcome:
    code: int | str  # "hang" when it had to be killed
    seconds: float
    peak_mb: float
    utf8: bool  # whether all it wrote was valid UTF-8
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def planlint_argv(args: list[str]) -> list[str]:
    return [sys.executable, "-c", "from planlint.cli import main; main()", *args]


def snapshot(folder: Path) -> dict[str, str]:
    """Every regular file under `folder` and a hash of its bytes (links and FIFOs are
    listed by kind, never opened)."""
    found = {}
    for root, dirs, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            key = os.fsdecode(path.relative_to(folder))
            if path.is_symlink():
                found[key] = "link:" + os.readlink(path)
            elif path.is_file():
                found[key] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                found[key] = "special"
    return found


def run_case(case: Case, folder: Path) -> tuple[Outcome, dict[str, str], dict[str, str]]:
    """Build the case in `folder`, run it; the outcome and the folder's snapshots
    before and after."""
    write_good_plan(folder)
    args = case.make(folder)
    before = snapshot(folder)
    env = {**os.environ, "PLANLINT_CACHE_DIR": str(folder.parent / f".{folder.name}-cache"),
           **dict(case.env)}
    spec = {"argv": planlint_argv(args), "signal": case.signal_after, "hang": HANG_S}
    finished = subprocess.run([sys.executable, "-c", _MEASURE, json.dumps(spec)], cwd=folder,
                              env=env, capture_output=True, timeout=HANG_S + 60)
    if finished.returncode != 0:
        raise RuntimeError(f"the measuring process failed: {finished.stderr.decode()[-2000:]}")
    outcome = Outcome(**json.loads(finished.stdout))
    return outcome, before, snapshot(folder)
