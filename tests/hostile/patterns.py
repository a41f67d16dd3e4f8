"""Text that would make a pattern, or spaCy, take quadratic time or give up
(issue: a date before 60,000 spaces took a minute; an unclosed `<!--` in 1.6 MB
several; long runs of `[` in an action stalled spaCy's tokenizer; a 2 MB action
was an internal error at spaCy's length limit)."""
from __future__ import annotations

from pathlib import Path

from . import GOOD_PLAN, Case

HOSTILE = "hostile.md"
RUN = 100_000
TWO_MB = 2_000_000


def plan(*, conference: str = "12 February 2026", task: str = "Visit the home and see Ben alone",
         when: str = "12 March 2026", tail: str = "") -> str:
    return f"""# Child protection plan

Child: Ben Carter (8)
Conference date: {conference}
Lead social worker: Anna Webb

## Actions

| What will be done | Who | By when | How will we know |
|---|---|---|---|
| {task} | Social worker | {when} | Home rated acceptable at two visits |
{tail}"""


def writes(text: str):
    def make(folder: Path) -> list[str]:
        (folder / HOSTILE).write_text(text, encoding="utf-8")
        return ["check", HOSTILE, GOOD_PLAN]
    return make


CASES = [
    Case("pattern-dates-then-spaces",
         writes(plan(conference="12 February 2026" + " " * RUN + "x",
                     when="12 March" + " " * RUN + "x")),
         exit_code=1, expect=(HOSTILE,)),
    Case("pattern-label-then-spaces",
         writes(plan().replace("Lead social worker: Anna Webb",
                               "Lead social worker" + " " * RUN + "x")),
         exit_code=1, expect=(HOSTILE,)),
    Case("pattern-comment-open-to-the-end",
         writes(plan(tail="\n<!-- planlint-disable " + "word " * (TWO_MB // 5))),
         exit_code=1, expect=(HOSTILE,)),
    Case("pattern-comment-openings",
         writes(plan(tail="\n" + "<!--" * (TWO_MB // 4))),
         exit_code=1, expect=(HOSTILE,)),
    Case("pattern-brackets-in-action",
         writes(plan(task="Visit the home " + "[" * RUN + " and see Ben")),
         exit_code=1, expect=(HOSTILE,)),
    Case("pattern-marks-in-action",
         writes(plan(task="Visit (" + "([{<\"'*£“…–" * (RUN // 11) + " the home")),
         exit_code=1, expect=(HOSTILE,)),
    Case("pattern-2mb-action",
         writes(plan(task="Visit the home and see Ben " * (TWO_MB // 27))),
         exit_code=2, expect=(f"{HOSTILE}: error: a passage of ",
                              "is too long to check; split it into shorter paragraphs")),
]
