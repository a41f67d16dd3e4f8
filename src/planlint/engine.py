"""lint(paths) -> results: the one entry point the CLI and the API call.

file bytes -> Document (readers) -> Plan (layout) -> parses (nlp) -> Findings
(checks). Each file's failure is its own: a file that cannot be read gives an
error result and the run goes on.
"""
from __future__ import annotations

import copy
import dataclasses
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .catalogue import PROFILES, Catalogue, Glossary, Rule, load_catalogue
from .checks import (ACTION_CHECKS, PLAN_CHECKS, ActionContext, Hit, Options, PlanContext,
                     load_checks)
from .lexicon import Lexicon
from .layout import Layout
from .model import Finding, Plan, Severity
from .readers import MAX_UNPACKED_BYTES, ReadError, read_document
from .timeline import resolve_timeline

# .doc cannot be read, but one in a folder is reported (as a legacy file) rather than skipped.
SUFFIXES = {".md", ".markdown", ".docx", ".docm", ".dotx", ".dotm", ".doc"}
# Repository documents that sit beside plans in a folder but are not plans.
NOT_PLANS = ("readme", "changelog", "contributing", "license", "licence", "code_of_conduct")
# What `planlint annotate` writes beside a plan (plan.reviewed.docx): not a plan of its own.
REVIEWED = ".reviewed"
PARTS = ("task", "owner", "deadline", "evidence")
INTERNAL_ERROR = "internal error while checking this file; run with --debug and report it"


def debugging() -> bool:
    """`planlint --debug` (or PLANLINT_DEBUG=1): let exceptions through with their traceback."""
    return os.environ.get("PLANLINT_DEBUG", "") not in ("", "0")


@dataclass
class FileResult:
    path: str
    plan: Plan | None = None
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    redacted: bool = False  # no text of the plan in it (planlint check --redact)
    # With no plan kept (a report that needs none of it, runner.slim): how many
    # actions it had, for the summary.
    action_count: int | None = None

    @property
    def actions(self) -> int:
        """How many actions the plan has (0 for a file that could not be read)."""
        if self.plan is not None:
            return len(self.plan.actions)
        return self.action_count or 0


class InputError(Exception):
    """A path given on the command line that is not there, or a folder with no plans."""


def expand_paths(paths: Iterable[Path],
                 exclude: Callable[[Path, Path | None], bool] | None = None,
                 prune: Callable[[Path, Path], bool] | None = None) -> list[Path]:
    """Files as given, and the plan files inside folders (no hidden folders, Word lock
    files "~$plan.docx" or README-like documents): sorted, each once, so that the order
    on the command line does not change the output. A folder that cannot be opened, a
    broken link, a link loop, a FIFO or a device (or a link to one) is kept, to be
    reported as unreadable when read.
    `exclude(path, root)` drops a file (`root`: the folder given that it was found in;
    None when it was given itself); `prune(folder, root)` leaves a folder found in
    `root` unwalked."""
    found: list[Path] = []
    for path in paths:
        try:
            folder, there = path.is_dir(), path.exists() or path.is_symlink()
        except OSError:  # in a folder that cannot be opened: reported when read
            folder, there = False, True
        if folder:
            pruned: list[Path] = []  # (their plans were left out, not absent)
            here = walk(path, _noting(prune, pruned))
            if not here and not pruned:  # a wrong folder, most likely: not "All clear"
                raise InputError(f"{path}: error: no plan files in this folder (planlint "
                                 "reads Markdown and Word files); give the folder of the plans")
            found.extend(p for p in here if exclude is None or not exclude(p, path))
        elif there:
            if exclude is None or not exclude(path, None):
                found.append(path)
        else:
            raise InputError(f"{path}: error: no such file or folder")
    return sorted(set(found))


def _noting(prune: Callable[[Path, Path], bool] | None,
            pruned: list[Path]) -> Callable[[Path, Path], bool] | None:
    """`prune`, noting in `pruned` each folder it leaves out."""
    if prune is None:
        return None

    def noted(folder: Path, root: Path) -> bool:
        if prune(folder, root):
            pruned.append(folder)
            return True
        return False
    return noted


def walk(root: Path, prune: Callable[[Path, Path], bool] | None = None) -> list[Path]:
    """Plan files under a folder. Links to folders are not followed (no loops); folders
    that cannot be listed are returned themselves. `prune(folder, root)`: a folder
    not to go into (one that git ignores)."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root, onerror=lambda e: found.append(Path(e.filename))):
        dirs[:] = [d for d in dirs if not d.startswith(".")
                   and not (prune is not None and prune(Path(folder, d), root))]
        found.extend(p for p in (Path(folder, f) for f in files) if is_plan_file(p, root))
    return found


def is_plan_file(path: Path, root: Path) -> bool:
    """Whether a file that os.walk found under `root` is linted: by its name alone, so
    that whatever has a plan's name - a broken link, a FIFO, a link to /dev/zero - is
    reported by the reader (which looks at it with stat, and opens only regular files)
    rather than silently skipped. Nothing is opened or looked at here."""
    return has_plan_name(path.relative_to(root))


def has_plan_name(relative: Path) -> bool:
    """Whether a folder walk takes the file at `relative` (to the folder) for a plan:
    a plan's suffix; not a Word lock file ("~$plan.docx"), a README-like document,
    planlint's own annotated copy ("plan.reviewed.docx") or inside a hidden folder."""
    stem = relative.stem.lower()
    if relative.suffix.lower() not in SUFFIXES or relative.name.startswith("~$"):
        return False
    if stem.startswith(NOT_PLANS) or stem.endswith(REVIEWED):
        return False
    return not any(part.startswith(".") for part in relative.parts)


def would_read(path: Path, root: Path) -> bool:
    """Whether linting the folder `root` reads `path`, or would once it exists:
    a plan's name inside the folder, as itself or where its links lead."""
    for candidate in {path.absolute(), _resolved(path)}:
        try:
            if has_plan_name(candidate.relative_to(_resolved(root))):
                return True
        except ValueError:
            continue
    return False


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


class Linter:
    """Holds what is loaded once (catalogue, layout vocabulary, spaCy pipeline)."""

    def __init__(self, catalogue: Catalogue | None = None, model: str | None = None,
                 select: Iterable[str] | None = None, ignore: Iterable[str] = (),
                 options: Options | None = None, profile: str = "cp"):
        if profile not in PROFILES:
            raise ValueError(f"unknown profile {profile!r}; choose one of {', '.join(PROFILES)}")
        self.catalogue = catalogue or load_catalogue()
        self.options = options or Options()
        # The kind of plan: "cp" (child protection), "cin" (child in need) or
        # "early-help". Rules whose `profiles` leave it out do not run.
        self.profile = profile
        self.layout = Layout(self.catalogue)
        self.lexicon = Lexicon(self.catalogue)
        self.model = model
        self._parser = None
        self._shared_parser: list = [None]  # one pipeline for this Linter and its variants
        load_checks()
        from .config import expand_codes

        # No selection: the default rules (opt-in ones left out, as in Ruff).
        # Codes or prefixes: "PL3" is every deadline rule.
        codes = expand_codes(select, self.catalogue) if select else \
            set(self.catalogue.default_codes(profile))
        self.codes = self.in_profile(codes - expand_codes(ignore, self.catalogue))

    def in_profile(self, codes: Iterable[str]) -> list[str]:
        """These codes less the rules that do not apply to this kind of plan."""
        rules = self.catalogue.rules
        return sorted(c for c in codes if c not in rules or rules[c].applies_to(self.profile))

    # Set per configuration (Workspace) or for the run (the command line).
    severity: Mapping[str, Severity] = {}  # code -> severity, overriding the catalogue's
    glossary: Mapping[str, str] = {}  # acronym -> expansion (config `glossary`)
    report_unused_suppressions = False  # PL001 findings for suppressions that did nothing
    redact = False  # results without any text of the plan (see redact.py)

    def variant(self, *, codes: Iterable[str] | None = None,
                severity: Mapping[str, Severity] | None = None,
                catalogue: Catalogue | None = None,
                glossary: Mapping[str, str] | None = None,
                options: Options | None = None, profile: str | None = None) -> Linter:
        """This Linter for another configuration: a copy that shares the spaCy
        parser (loaded once) and everything else that stays the same."""
        new = copy.copy(self)  # shares _shared_parser: the pipeline is loaded once, when needed
        if options is not None:
            new.options = options
        if profile is not None:
            new.profile = profile
        if catalogue is not None and catalogue is not self.catalogue:
            new.catalogue = catalogue
            new.layout = Layout(catalogue)
            new.lexicon = Lexicon(catalogue)
        if codes is not None:
            new.codes = new.in_profile(codes)
        if severity is not None:
            new.severity = dict(severity)
        if glossary is not None:
            new.glossary = dict(glossary)
        return new

    @property
    def parser(self):
        """The spaCy pipeline (nlp.Parser), loaded on first use, shared by variants."""
        if self._parser is None:
            if self._shared_parser[0] is None:
                from .nlp import Parser, load
                self._shared_parser[0] = Parser(load(self.model))
            self._parser = self._shared_parser[0]
        return self._parser

    # ------------------------------------------------------------ stages

    max_bytes = MAX_UNPACKED_BYTES  # size limit for a file, a .docx once unpacked

    def read(self, path: Path, data: bytes | None = None) -> Plan:
        """`data`: the file's bytes when they have been read already."""
        parser = self.parser
        parser.new_plan()  # a plan's parses depend on that plan alone (nlp.Parser)
        document = read_document(path, max_unpacked_bytes=self.max_bytes, data=data)
        plan = self.layout.build(document, parser)
        resolve_timeline(plan)
        return plan

    def check(self, plan: Plan) -> list[Finding]:
        findings = self.check_actions(plan) + self.check_plan(plan)
        findings.sort(key=lambda f: (f.action_index is not None, f.action_index or 0, f.code))
        return findings

    def check_actions(self, plan: Plan) -> list[Finding]:
        texts = [getattr(a, p).text for a in plan.actions for p in PARTS if getattr(a, p)]
        docs = iter(self.parser.parse(texts))  # one batch for the whole plan
        # Tasks read as imperatives where they are (a second batch, only for those).
        tasks = iter(self.parser.parse_tasks(a.task.text for a in plan.actions if a.task))
        findings = []
        for action in plan.actions:
            parsed = {p: next(docs) for p in PARTS if getattr(action, p)}
            if action.task:
                parsed["task"] = next(tasks)
            ctx = ActionContext(action=action, plan=plan, lexicon=self.lexicon, docs=parsed,
                                options=self.options)
            for code in self.codes:
                check = ACTION_CHECKS.get(code)
                hit = check(ctx) if check else None
                if hit:
                    findings.append(self.finding(code, hit, action.index))
        return findings

    def check_plan(self, plan: Plan) -> list[Finding]:
        ctx = PlanContext(plan=plan, lexicon=self.lexicon, options=self.options,
                          parser=self.parser, glossary=self.full_glossary)
        findings = []
        for code in self.codes:
            check = PLAN_CHECKS.get(code)
            found = check(ctx) if check else None
            # One Hit, or several (one per acronym); a Hit in an action names it.
            for hit in ([found] if isinstance(found, Hit) else found or ()):
                findings.append(self.finding(code, hit, hit.action_index))
        return findings

    @property
    def full_glossary(self) -> Glossary:
        """The catalogue's glossary with the configuration's acronyms added."""
        key = (id(self.catalogue), tuple(sorted(self.glossary.items())))
        if getattr(self, "_glossary_key", None) != key:
            self._glossary = self.catalogue.glossary.with_acronyms(dict(self.glossary))
            self._glossary_key = key
        return self._glossary

    def finding(self, code: str, hit: Hit, action_index: int | None) -> Finding:
        rule: Rule = self.catalogue.rules[code]
        return Finding(code=code, name=rule.name, severity=self.severity.get(code, rule.severity),
                       message=rule.format_message(hit.quote),
                       suggestion=rule.format_suggestion(hit.quote, hit.detail),
                       location=hit.location, action_index=action_index, quote=hit.quote)

    # -------------------------------------------------------------- files

    def lint_file(self, path: Path, data: bytes | None = None) -> FileResult:
        """`data`: the file's bytes when they have been read already (the cache)."""
        from .nlp import ModelError

        try:
            plan = self.read(path, data)
            return self.finish(path, plan, self.check(plan))
        except ReadError as exc:
            return FileResult(path=str(path), error=str(exc))
        except ModelError:  # not this file's fault: the run stops with one clear line
            raise
        except Exception:  # a bug: this file gets an error line; the run goes on
            if debugging():
                raise
            return FileResult(path=str(path), error=INTERNAL_ERROR)

    def finish(self, path: Path, plan: Plan, findings: list[Finding]) -> FileResult:
        """The last steps before a report: the plan's own suppression comments,
        unused ones reported (PL001, when asked), and redaction (when asked)."""
        from . import suppress
        from .redact import redact_finding, redact_plan

        marks = suppress.suppressions_of(plan.directives, plan.format, self.catalogue)
        findings = suppress.apply(findings, marks)
        if self.report_unused_suppressions:
            findings += suppress.unused(marks, self.codes, self.catalogue)
            findings.sort(key=lambda f: (f.action_index is not None, f.action_index or 0, f.code))
        if self.redact:
            return FileResult(path=str(path), plan=redact_plan(plan), redacted=True,
                              findings=[redact_finding(f, self.catalogue) for f in findings])
        return FileResult(path=str(path), plan=plan, findings=findings)

    def lint(self, paths: Iterable[Path]) -> Iterator[FileResult]:
        for path in expand_paths(paths):
            yield self.lint_file(path)


class Workspace:
    """Lints each file with the configuration that applies to it (config.py):
    one Linter per distinct effective configuration, all derived from one base
    Linter (the command line's) and sharing its spaCy parser.

    The command line's rule selectors combine with each file's configuration
    as config.Selection says (Ruff's order). Folder walks leave out what git
    ignores (gitignore.py) unless `respect_gitignore` is False, or the file's
    configuration sets `respect-gitignore = false`."""

    def __init__(self, base: Linter, *, select: Iterable[str] | None = None,
                 extend_select: Iterable[str] = (), ignore: Iterable[str] = (),
                 config_file: Path | None = None, isolated: bool = False,
                 force_exclude: bool = False, profile_given: bool = False,
                 respect_gitignore: bool | None = None):
        from .config import ConfigFinder, Selection
        from .gitignore import GitIgnore

        self.base = base
        self.profile_given = profile_given  # --profile beats a configuration's profile
        self.selection = Selection(select=tuple(select) if select else None,
                                   extend_select=tuple(extend_select), ignore=tuple(ignore))
        self.force_exclude = force_exclude
        self.respect_gitignore = respect_gitignore  # None: as each configuration says
        self.gitignore = GitIgnore()
        self.finder = ConfigFinder(config_file, isolated)  # ConfigError for a bad --config
        self._linters: dict[tuple, Linter] = {}
        self._catalogues: dict[tuple, Catalogue] = {}
        self._checked: set[int] = set()

    def config_for(self, path: Path, folder: bool = False):
        """The Config that applies to a file (or, `folder`, to the files in that
        folder; None: defaults), checked against the catalogue the first time it
        is used (ConfigError)."""
        try:
            config = self.finder.for_folder(path) if folder else self.finder.for_file(path)
        except (OSError, RuntimeError):  # a link loop, a folder that cannot be opened:
            return None  # the file itself is reported as unreadable when read
        if config is not None and id(config) not in self._checked:
            config.check(self.base.catalogue)
            self._checked.add(id(config))
        return config

    def excluded(self, path: Path, root: Path | None = None) -> bool:
        """Whether a file is left out: by the configuration's `exclude`, or because
        git ignores it. `root`: the folder given that it was found in; a file
        given itself (None) is linted unless --force-exclude."""
        if root is None and not self.force_exclude:
            return False
        config = self.config_for(path)
        if config is not None and config.excludes(path):
            return True
        return self.git_ignores(path, root, is_dir=False)

    def pruned(self, folder: Path, root: Path) -> bool:
        """Whether a folder found in `root` is left unwalked (git ignores it)."""
        return self.git_ignores(folder, root, is_dir=True)

    def respects_gitignore(self, path: Path, folder: bool = False) -> bool:
        """Whether what git ignores is left out here: --[no-]respect-gitignore, else
        the configuration's respect-gitignore (default true)."""
        if self.respect_gitignore is not None:
            return self.respect_gitignore
        config = self.config_for(path, folder)
        return config is None or config.settings.respect_gitignore

    def git_ignores(self, path: Path, root: Path | None, is_dir: bool) -> bool:
        if not self.respects_gitignore(path, folder=is_dir):
            return False
        # A folder given that git ignores is linted whole, as a file given is.
        if root is not None and not self.force_exclude and \
                self.gitignore.ignores(root, is_dir=True):
            return False
        return self.gitignore.ignores(path, is_dir)

    def files(self, paths: Iterable[Path]) -> list[Path]:
        return expand_paths(paths, self.excluded, self.pruned)

    def linter_for(self, path: Path) -> Linter:
        from .config import Settings

        config = self.config_for(path)
        settings = config.settings if config is not None else Settings()
        catalogue = self.base.catalogue
        profile = (settings.profile if settings.profile and not self.profile_given
                   else self.base.profile)
        per_file = config.ignored_for(path) if config is not None else []
        codes = self.selection.codes(settings, per_file, catalogue, profile)
        severity = dict(settings.severity)
        lists = tuple(sorted((k, tuple(v)) for k, v in settings.extend_lists.items()))
        glossary = dict(settings.glossary)
        options = dataclasses.replace(self.base.options, **settings.option_overrides())
        key = (tuple(sorted(codes)), tuple(sorted(severity.items())), lists,
               tuple(sorted(glossary.items())), options, profile)
        if key not in self._linters:
            if lists and lists not in self._catalogues:
                self._catalogues[lists] = catalogue.with_lists(dict(lists))
            self._linters[key] = self.base.variant(
                codes=codes, severity=severity, glossary=glossary, options=options,
                profile=profile, catalogue=self._catalogues.get(lists, catalogue))
        return self._linters[key]

    def lint(self, paths: Iterable[Path]) -> Iterator[FileResult]:
        """Results file by file. Every configuration is read and checked before the
        first file is linted, so that a bad one stops the run before any output."""
        files = self.files(paths)
        linters = [self.linter_for(path) for path in files]
        for path, linter in zip(files, linters):
            yield linter.lint_file(path)
