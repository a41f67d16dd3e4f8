"""File names and plan text that attack where reports go: bytes that are not
UTF-8, newlines that forge CI workflow commands, terminal escape sequences."""
from __future__ import annotations

import json
import os
from pathlib import Path

from . import GOOD_PLAN_TEXT, Case

NOT_UTF8 = b"plan-\xff\xfe.md"
FORGED = "x.md\n::error file=forged.md,line=1::forged\n.md"
ESCAPES = "\x1b[31mred\x1b]0;owned\x07\u202e.md"
# Plan text with an escape sequence that would clear the screen.
ESCAPING_PLAN = GOOD_PLAN_TEXT.replace("unannounced and see", "unannounced \x1b[2J\x1b[H and see") \
    .replace("| 12 March 2026 |", "| Ongoing \x1b[2J |")  # quoted by PL302


def _plan_named(name: str | bytes, text: str = GOOD_PLAN_TEXT):
    def make(folder: Path) -> list[str]:
        target = os.path.join(os.fsencode(folder), name if isinstance(name, bytes)
                              else os.fsencode(name))
        with open(target, "w", encoding="utf-8") as out:
            out.write(text)
        return []
    return make


def _then(make, *args: str):
    def build(folder: Path) -> list[str]:
        make(folder)
        return list(args)
    return build


def _utf8_json(name: str, *, sarif: bool = False):
    """The report file is UTF-8 JSON, names the odd file with an escape, and
    still has the good plan's findings."""
    def verify(folder: Path, output: str) -> None:
        data = json.loads((folder / name).read_bytes().decode("utf-8"))
        text = json.dumps(data)
        assert "PL101" in text
        assert ("plan-%FF%FE.md" if sarif else "plan-\\\\xff\\\\xfe.md") in text, text[:2000]
    return verify


def _stdout_json(folder: Path, output: str) -> None:
    data = json.loads(output[:output.rindex("}") + 1])
    assert any(f["path"] == "plan-\\xff\\xfe.md" for f in data["files"]), data["files"]


def _no_forged_command(folder: Path, output: str) -> None:
    assert not any(line.startswith("::error file=forged") for line in output.splitlines())


def _utf8_page(folder: Path, output: str) -> None:
    page = (folder / "report.html").read_bytes().decode("utf-8")
    assert "plan-" in page


not_utf8 = _plan_named(NOT_UTF8)

CASES = [
    Case("name-not-utf8-sarif-to-a-file",
         _then(not_utf8, "check", ".", "--format", "sarif", "-o", "out.sarif"),
         exit_code=1, good_plan_reported=False, outputs=("out.sarif",),
         verify=_utf8_json("out.sarif", sarif=True)),
    Case("name-not-utf8-json-to-a-file",
         _then(not_utf8, "check", ".", "--format", "json", "-o", "out.json"),
         exit_code=1, good_plan_reported=False, outputs=("out.json",),
         verify=_utf8_json("out.json")),
    Case("name-not-utf8-json-on-stdout", _then(not_utf8, "check", ".", "--format", "json"),
         exit_code=1, verify=_stdout_json),
    Case("name-not-utf8-text", _then(not_utf8, "check", "."), exit_code=1,
         expect=("plan-\\xff\\xfe.md:",)),
    Case("name-not-utf8-html-report", _then(not_utf8, "report", ".", "-o", "report.html"),
         exit_code=0, good_plan_reported=False, outputs=("report.html",), verify=_utf8_page),
    # GitHub reads workflow commands from any line a job prints, text output too.
    Case("name-forging-a-workflow-command-text", _then(_plan_named(FORGED), "check", "."),
         exit_code=1, expect=("x.md\\x0a::error file",), verify=_no_forged_command),
    Case("name-forging-a-workflow-command-github",
         _then(_plan_named(FORGED), "check", ".", "--format", "github"),
         exit_code=1, expect=("x.md%0A%3A%3Aerror file",), verify=_no_forged_command),
    Case("name-with-terminal-escapes-text", _then(_plan_named(ESCAPES), "check", "."),
         exit_code=1, expect=("\\x1b[31mred",),
         forbid=("\x1b", "\x07", "\u202e", "Traceback", "internal error")),
    Case("name-with-terminal-escapes-annotate",
         _then(_plan_named(ESCAPES), "annotate", "."),
         exit_code=0, good_plan_reported=False,
         outputs=(ESCAPES.replace(".md", ".reviewed.md"), "good-plan.reviewed.md"),
         expect=("\\x1b[31mred",), forbid=("\x1b", "\x07", "Traceback", "internal error")),
    Case("plan-text-with-terminal-escapes-text",
         _then(_plan_named("escaping.md", ESCAPING_PLAN), "check", "."),
         exit_code=1, expect=("\\x1b[2J",), forbid=("\x1b", "Traceback", "internal error")),
    Case("plan-text-with-terminal-escapes-parse",
         _then(_plan_named("escaping.md", ESCAPING_PLAN), "parse", "escaping.md"),
         exit_code=0, good_plan_reported=False, expect=("unannounced \\x1b[2J",),
         forbid=("\x1b", "Traceback", "internal error")),
]
