#!/usr/bin/env python3
"""How fast is planlint, against the spaCy parse it cannot avoid?

    .venv/bin/python benchmarks/bench.py --plans 1000 --jobs 2

Makes N synthetic plans of about 1,500 words (benchmarks/synthetic.py: action
tables, inline-labelled bullets and numbered sentences; Markdown and Word),
then measures, each in a fresh process:

1. the floor: spaCy's `nlp.pipe` alone, with the components and ops planlint
   loads and the same number of processes, over
   a. the texts planlint sends to spaCy for these plans (each plan's distinct
      texts: its action sentences and fields; collected by linting the plans
      once in-process), and
   b. the whole text of the plans (every paragraph, list item and table cell);
2. `planlint check --no-cache --jobs J` on the folder (cold);
3. `planlint check --jobs J` twice with a fresh cache folder: the first run
   fills the cache, the second finds every plan unchanged (warm);
4. `planlint check --no-cache one.md` for one plan, in a fresh process (median
   of 3): what a pre-commit hook pays;
5. peak memory of each planlint run: the largest sum of the resident memory
   of the process and all its children (sampled from /proc every 0.1 s), and
   the same in PSS (shared pages divided among the processes sharing them).

The outputs of the cold, cache-filling and warm runs are compared byte for byte.
Then the ratios are printed against the targets. `--memory-only` runs only
step 2 (for the 10,000-plan memory check).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from synthetic import make_plans  # noqa: E402

TARGETS = {"ratio": 1.3, "warm_s": 2.0, "one_cold_s": 1.5, "peak_mb": 600}


def planlint_exe() -> str:
    found = Path(sys.executable).parent / "planlint"
    return str(found) if found.exists() else shutil.which("planlint") or "planlint"


# ------------------------------------------------------------------ memory


def _tree(root: int) -> list[int]:
    """The process and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read().decode(errors="replace")
            ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB (0 when it has gone)."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


class PeakMemory(threading.Thread):
    """Samples a process tree's total RSS and PSS until stopped: the tree is
    looked up every second (a scan of /proc), the memory of its processes every
    0.1 s, so that sampling takes little of the CPU being measured."""

    def __init__(self, pid: int, every: float = 0.1, rescan: float = 1.0):
        super().__init__(daemon=True)
        self.pid, self.every, self.rescan = pid, every, rescan
        self.rss = self.pss = 0
        self.processes = 0
        self.done = threading.Event()

    def run(self) -> None:
        pids, scanned = [self.pid], 0.0
        while not self.done.is_set():
            if time.monotonic() - scanned >= self.rescan:
                pids, scanned = _tree(self.pid), time.monotonic()
            rss = pss = 0
            for pid in pids:
                r, p = _memory(pid)
                rss, pss = rss + r, pss + p
            self.rss, self.pss = max(self.rss, rss), max(self.pss, pss)
            self.processes = max(self.processes, len(pids))
            self.done.wait(self.every)


def run_measured(command: list[str], env: dict | None = None, cwd: Path | None = None) -> dict:
    """Run a command; its wall time, peak tree memory (MB), exit code and output."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env, cwd=cwd)
        sampler = PeakMemory(process.pid)
        sampler.start()
        process.wait()
        wall = time.perf_counter() - start
        sampler.done.set()
        sampler.join()
        out.seek(0)
        err.seek(0)
        return {"wall_s": wall, "rss_mb": sampler.rss / 1024, "pss_mb": sampler.pss / 1024,
                "processes": sampler.processes, "rc": process.returncode,
                "stdout": out.read(), "stderr": err.read().decode(errors="replace")}


# ------------------------------------------------------------------- floor

COLLECT = r"""
import json, sys
from pathlib import Path
from planlint.engine import Linter
from planlint.readers import read_document
import planlint.nlp as nlp

folder, out = Path(sys.argv[1]), Path(sys.argv[2])
linter = Linter()
parser = linter.parser
per_plan, whole = [], []
original = nlp.Parser.parse
seen = []

def parse(self, texts):
    texts = list(texts)
    seen.extend(t for t in texts if t not in self._cache)
    return original(self, texts)

nlp.Parser.parse = parse
for path in sorted(p for p in folder.iterdir() if p.suffix in (".md", ".docx")):
    seen.clear()
    linter.lint_file(path)
    per_plan.extend(dict.fromkeys(seen))
    document = read_document(path)
    for block in document.blocks:
        if block.rows:
            whole.extend(c.text for row in block.rows for c in row if c.text.strip())
        elif block.text.strip():
            whole.append(block.text)
out.write_text(json.dumps({"planlint": per_plan, "whole": whole}))
"""

FLOOR = r"""
import json, sys, time
from planlint.nlp import load
texts = json.loads(open(sys.argv[1]).read())[sys.argv[2]]
jobs = int(sys.argv[3])
nlp = load()
list(nlp.pipe(texts[:20]))  # warm up
start = time.perf_counter()
tokens = 0
for doc in nlp.pipe(texts, batch_size=256, n_process=jobs):
    tokens += len(doc)
wall = time.perf_counter() - start
print(json.dumps({"wall_s": wall, "texts": len(texts), "tokens": tokens,
                  "words": sum(len(t.split()) for t in texts)}))
"""


def floor(texts_file: Path, which: str, jobs: int) -> dict:
    result = subprocess.run([sys.executable, "-c", FLOOR, str(texts_file), which, str(jobs)],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


# -------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plans", type=int, default=200, help="number of plans [200]")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="worker processes for planlint and spaCy [the cores]")
    parser.add_argument("--folder", type=Path, help="where the plans are made (kept; reused "
                        "when it already holds N plans) [a temporary folder]")
    parser.add_argument("--memory-only", action="store_true",
                        help="only the cold planlint run (wall time and peak memory)")
    parser.add_argument("--format", default="text", help="planlint's --format [text]")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="planlint-bench-"))
    folder = args.folder or work / "plans"
    try:
        existing = sorted(folder.glob("plan-*")) if folder.exists() else []
        if len(existing) != args.plans:
            if folder.exists():
                shutil.rmtree(folder)
            start = time.perf_counter()
            make_plans(folder, args.plans)
            print(f"made {args.plans} plans in {folder} ({time.perf_counter() - start:.0f} s)")
        report = measure(args, folder, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(report, indent=2))


def measure(args, folder: Path, work: Path) -> dict:
    exe = planlint_exe()
    env = {**os.environ}
    env.pop("PLANLINT_CACHE_DIR", None)
    jobs = ["--jobs", str(args.jobs)]
    fmt = ["--format", args.format]
    report: dict = {"plans": args.plans, "jobs": args.jobs, "cpus": os.cpu_count(),
                    "python": sys.version.split()[0],
                    "bytecode_cache": "off" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "on"}

    cold = run_measured([exe, "check", "--no-cache", *jobs, *fmt, str(folder)], env=env)
    assert cold["rc"] in (0, 1), cold["stderr"][-2000:]
    report["planlint_cold"] = summary(cold)
    print(f"planlint cold: {cold['wall_s']:.1f} s, peak {cold['rss_mb']:.0f} MB RSS / "
          f"{cold['pss_mb']:.0f} MB PSS over {cold['processes']} processes", flush=True)
    if args.memory_only:
        return report

    cache = work / "cache"
    filling = run_measured([exe, "check", "--cache-dir", str(cache), *jobs, *fmt, str(folder)],
                           env=env)
    warm = run_measured([exe, "check", "--cache-dir", str(cache), *jobs, *fmt, str(folder)],
                        env=env)
    report["planlint_filling_cache"] = summary(filling)
    report["planlint_warm"] = summary(warm)
    report["outputs_identical"] = cold["stdout"] == filling["stdout"] == warm["stdout"]
    print(f"planlint filling the cache: {filling['wall_s']:.1f} s; warm: {warm['wall_s']:.2f} s; "
          f"outputs identical: {report['outputs_identical']}", flush=True)

    one = sorted(folder.glob("plan-*.md"))[0]
    singles = [run_measured([exe, "check", "--no-cache", str(one)], env=env) for _ in range(3)]
    report["one_plan_cold_s"] = statistics.median(r["wall_s"] for r in singles)
    report["one_plan_peak_rss_mb"] = max(r["rss_mb"] for r in singles)
    print(f"one plan, cold: {report['one_plan_cold_s']:.2f} s", flush=True)

    texts = work / "texts.json"
    subprocess.run([sys.executable, "-c", COLLECT, str(folder), str(texts)], check=True)
    report["floor_planlint_texts"] = floor(texts, "planlint", args.jobs)
    report["floor_whole_text"] = floor(texts, "whole", args.jobs)
    strict = report["floor_planlint_texts"]["wall_s"]
    whole = report["floor_whole_text"]["wall_s"]
    print(f"floor: nlp.pipe over planlint's texts {strict:.1f} s "
          f"({report['floor_planlint_texts']['words']} words); over the whole plan text "
          f"{whole:.1f} s ({report['floor_whole_text']['words']} words)", flush=True)

    report["ratios"] = {
        "cold_vs_planlint_texts": cold["wall_s"] / strict,
        "cold_vs_whole_text": cold["wall_s"] / whole,
    }
    report["targets"] = {
        f"cold <= {TARGETS['ratio']} x floor (planlint's texts)":
            report["ratios"]["cold_vs_planlint_texts"] <= TARGETS["ratio"],
        f"cold <= {TARGETS['ratio']} x floor (whole plan text)":
            report["ratios"]["cold_vs_whole_text"] <= TARGETS["ratio"],
        f"warm re-run < {TARGETS['warm_s']} s (the target is for 1,000 plans; "
        f"this is {args.plans})": warm["wall_s"] < TARGETS["warm_s"],
        f"one plan cold < {TARGETS['one_cold_s']} s": report["one_plan_cold_s"] < TARGETS["one_cold_s"],
        f"peak memory < {TARGETS['peak_mb']} MB (RSS; the target is for 10,000 plans with "
        f"--jobs 2; this is {args.plans})": cold["rss_mb"] < TARGETS["peak_mb"],
    }
    for name, met in report["targets"].items():
        print(f"  {'met    ' if met else 'NOT met'}  {name}")
    return report


def summary(run: dict) -> dict:
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in run.items()
            if k not in ("stdout", "stderr")}


if __name__ == "__main__":
    main()
