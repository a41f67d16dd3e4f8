"""lint(paths) -> results: the one entry point the CLI and the API call.

file bytes -> Document (readers) -> Plan (layout) -> parses (nlp) -> Findings
(checks). Each file's failure is its own: a file that cannot be read gives an
error result and the run goes on.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .catalogue import Catalogue, Rule, load_catalogue
from .checks import ACTION_CHECKS, PLAN_CHECKS, ActionContext, Hit, PlanContext, load_checks
from .lexicon import Lexicon
from .layout import Layout
from .model import Finding, Plan
from .readers import ReadError, read_document

SUFFIXES = {".md", ".markdown", ".docx"}
# Repository documents that sit beside plans in a folder but are not plans.
NOT_PLANS = ("readme", "changelog", "contributing", "license", "licence", "code_of_conduct")
PARTS = ("task", "owner", "deadline", "evidence")


@dataclass
class FileResult:
    path: str
    plan: Plan | None = None
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None


class InputError(Exception):
    """A path given on the command line that is not there."""


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the plan files inside folders (sorted; no hidden
    folders, Word lock files "~$plan.docx" or README-like documents)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if is_plan_file(p, path)))
        elif path.exists():
            found.append(path)
        else:
            raise InputError(f"{path}: error: no such file or folder")
    return found


def is_plan_file(path: Path, root: Path) -> bool:
    if path.suffix.lower() not in SUFFIXES or path.name.startswith("~$"):
        return False
    if path.stem.lower().startswith(NOT_PLANS):
        return False
    if any(part.startswith(".") for part in path.relative_to(root).parts):
        return False
    return path.is_file()


class Linter:
    """Holds what is loaded once (catalogue, layout vocabulary, spaCy pipeline)."""

    def __init__(self, catalogue: Catalogue | None = None, model: str | None = None,
                 select: Iterable[str] | None = None, ignore: Iterable[str] = ()):
        self.catalogue = catalogue or load_catalogue()
        self.layout = Layout(self.catalogue)
        self.lexicon = Lexicon(self.catalogue)
        self.model = model
        self._parser = None
        load_checks()
        codes = set(select) if select else set(self.catalogue.rules)
        self.codes = sorted(codes - set(ignore))

    @property
    def parser(self):
        if self._parser is None:
            from .nlp import Parser, load
            self._parser = Parser(load(self.model))
        return self._parser

    # ------------------------------------------------------------ stages

    def read(self, path: Path) -> Plan:
        document = read_document(path)
        return self.layout.build(document, self.parser)

    def check(self, plan: Plan) -> list[Finding]:
        findings = self.check_actions(plan) + self.check_plan(plan)
        findings.sort(key=lambda f: (f.action_index is not None, f.action_index or 0, f.code))
        return findings

    def check_actions(self, plan: Plan) -> list[Finding]:
        texts = [getattr(a, p).text for a in plan.actions for p in PARTS if getattr(a, p)]
        docs = iter(self.parser.parse(texts))  # one batch for the whole plan
        findings = []
        for action in plan.actions:
            parsed = {p: next(docs) for p in PARTS if getattr(action, p)}
            if action.task:
                parsed["task"] = self.parser.parse_task(action.task.text)
            ctx = ActionContext(action=action, plan=plan, lexicon=self.lexicon, docs=parsed)
            for code in self.codes:
                check = ACTION_CHECKS.get(code)
                hit = check(ctx) if check else None
                if hit:
                    findings.append(self.finding(code, hit, action.index))
        return findings

    def check_plan(self, plan: Plan) -> list[Finding]:
        ctx = PlanContext(plan=plan, lexicon=self.lexicon)
        findings = []
        for code in self.codes:
            check = PLAN_CHECKS.get(code)
            hit = check(ctx) if check else None
            if hit:
                findings.append(self.finding(code, hit, None))
        return findings

    def finding(self, code: str, hit: Hit, action_index: int | None) -> Finding:
        rule: Rule = self.catalogue.rules[code]
        return Finding(code=code, name=rule.name, severity=rule.severity,
                       message=rule.format_message(hit.quote),
                       suggestion=rule.format_suggestion(hit.quote),
                       location=hit.location, action_index=action_index, quote=hit.quote)

    # -------------------------------------------------------------- files

    def lint_file(self, path: Path) -> FileResult:
        try:
            plan = self.read(path)
        except ReadError as exc:
            return FileResult(path=str(path), error=str(exc))
        return FileResult(path=str(path), plan=plan, findings=self.check(plan))

    def lint(self, paths: Iterable[Path]) -> Iterator[FileResult]:
        for path in expand_paths(paths):
            yield self.lint_file(path)
