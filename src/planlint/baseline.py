"""A plain keyword baseline, for `planlint eval --baseline`.

It reads plans the same way as planlint but judges each part by word lists
alone: a vague word anywhere flags it, an empty part is missing. The gap
between its scores and planlint's is what the parse adds.
"""
from __future__ import annotations

from pathlib import Path

from .checks import Hit
from .lexicon import is_blank
from .model import Finding, Plan

# code -> (part, list of trigger phrases, or None for "part is empty")
KEYWORD_RULES = {
    "PL101": ("owner", None), "PL102": ("owner", "vague_owners"),
    "PL201": ("task", "vague_verbs"),
    "PL301": ("deadline", None), "PL302": ("deadline", "vague_deadlines"),
    "PL401": ("evidence", None), "PL402": ("evidence", "vague_evidence"),
}


class KeywordBaseline:
    def __init__(self, linter):
        self.linter = linter

    def lint(self, path: Path) -> tuple[Plan, list[Finding]]:
        plan = self.linter.read(path)
        findings = self.linter.check_plan(plan)
        for action in plan.actions:
            for code, (part, words) in KEYWORD_RULES.items():
                field = getattr(action, part)
                text = field.text if field else None
                if words is None:
                    hit = is_blank(text, self.linter.lexicon)
                else:
                    hit = text is not None and self.linter.lexicon.find(words, text) is not None
                if hit:
                    where = field.location if field else action.location
                    findings.append(self.linter.finding(code, Hit(location=where), action.index))
        return plan, findings
