"""Configuration: `[tool.planlint]` in pyproject.toml, or a planlint.toml.

As in Ruff, each linted file takes its settings from the nearest configuration
file found walking up from the file's folder: a `planlint.toml`, or a
`pyproject.toml` that has a `[tool.planlint]` table (one without it is passed
over). Where a folder holds both, planlint.toml wins. `--config FILE` uses that
one file for every plan; `--isolated` uses none.

In planlint.toml the keys sit at the top level (as in ruff.toml); in
pyproject.toml they sit under `[tool.planlint]`:

    select = ["PL1", "PL301"]          # codes, prefixes or "ALL"; default: the default rules
    extend-select = ["PL603"]          # added to the selection (opt-in rules)
    ignore = ["PL504"]
    extend-ignore = ["PL605"]          # added to ignore
    respect-gitignore = true           # skip what git ignores when walking folders
    exclude = ["archive/", "drafts/*.docx"]
    [per-file-ignores]
    "templates/*" = ["PL501", "PL503"]
    [severity]
    PL302 = "error"
    [extend-lists]
    vague_owners = ["the hub"]
    agencies = ["northside family hub"]
    [glossary]
    IRO = "independent reviewing officer"

Rule selection, as in Ruff: `select` (or, when it is not set, the default
rules: every rule but the opt-in ones), plus `extend-select`, less `ignore`,
`extend-ignore` and the file's `per-file-ignores`; an ignore always wins.
`ALL` selects every rule, opt-in ones included. The command line's `--select`
replaces the configuration's `select` and `extend-select`; its
`--extend-select` adds to them; its `--ignore` and `--extend-ignore` add to
the ignores (`Selection`).

Globs (`exclude`, `per-file-ignores`) are relative to the folder of the
configuration file and are .gitignore lines (pathspec's GitIgnoreSpec): a
pattern without a slash matches a file or folder of that name at any depth
("*.docx", "archive"); one with a slash is matched from the configuration
file's folder ("plans/old/*"); `**` crosses folders; a trailing slash matches
folders only; a pattern that matches a folder matches everything in it. In
`exclude`, a later `!pattern` takes a file back; a `per-file-ignores` glob
that starts with `!` applies to the files it does not match (as in Ruff).

Every key and value is checked (pydantic, unknown keys refused). A problem is
a ConfigError whose message is one line naming the file and the key.
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from pathspec import GitIgnoreSpec
from pathspec.patterns.gitignore.spec import GitIgnoreSpecPattern
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .catalogue import Catalogue, CatalogueKeyError
from .model import Severity

CONFIG_FILE = "planlint.toml"
PYPROJECT = "pyproject.toml"
CODE_OR_PREFIX = re.compile(r"^PL\d{1,3}$")
CODE = re.compile(r"^PL\d{3}$")
ALL = "ALL"  # the selector of every rule, opt-in ones included (as Ruff's ALL)


class ConfigError(Exception):
    """A configuration file that cannot be used: one line, naming file and key."""


# ------------------------------------------------------------------ model


def _codes(values: list[str]) -> list[str]:
    out = []
    for value in values:
        code = value.strip().upper()
        if code != ALL and not CODE_OR_PREFIX.match(code):
            raise ValueError(f"{value!r} is not a rule code or code prefix "
                             "(like PL301 or PL3) or ALL")
        out.append(code)
    return out


class Settings(BaseModel):
    """The keys of a configuration file."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False)

    select: list[str] | None = None
    extend_select: list[str] = Field(default_factory=list, alias="extend-select")
    ignore: list[str] = Field(default_factory=list)
    extend_ignore: list[str] = Field(default_factory=list, alias="extend-ignore")
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict, alias="per-file-ignores")
    severity: dict[str, Severity] = Field(default_factory=dict)
    extend_lists: dict[str, list[str]] = Field(default_factory=dict, alias="extend-lists")
    glossary: dict[str, str] = Field(default_factory=dict)
    exclude: list[str] = Field(default_factory=list)
    # Leave out, in folder walks, the files git ignores (.gitignore; gitignore.py).
    respect_gitignore: bool = Field(default=True, alias="respect-gitignore")
    # The kind of plan, which switches the statutory rules: cp, cin, early-help.
    profile: Literal["cp", "cin", "early-help"] | None = None
    # Thresholds of the checks (checks.Options); unset keeps the default.
    min_visit_days: float | None = Field(default=None, gt=0, alias="min-visit-days")
    max_sentence_words: int | None = Field(default=None, gt=0, alias="max-sentence-words")
    target_reading_age: float | None = Field(default=None, gt=0, alias="target-reading-age")

    def option_overrides(self) -> dict[str, Any]:
        """The checks.Options fields this configuration sets."""
        names = ("min_visit_days", "max_sentence_words", "target_reading_age")
        return {n: getattr(self, n) for n in names if getattr(self, n) is not None}

    @field_validator("select", "extend_select", "ignore", "extend_ignore")
    @classmethod
    def _rule_codes(cls, values: list[str] | None) -> list[str] | None:
        return None if values is None else _codes(values)

    @field_validator("per_file_ignores")
    @classmethod
    def _per_file(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for pattern in value:
            _check_glob(pattern.strip().removeprefix("!"))
        return {pattern: _codes(codes) for pattern, codes in value.items()}

    @field_validator("exclude")
    @classmethod
    def _globs(cls, value: list[str]) -> list[str]:
        for pattern in value:
            _check_glob(pattern)
        return value

    @field_validator("severity", mode="before")
    @classmethod
    def _severity_keys(cls, value: Any) -> Any:
        if isinstance(value, dict):
            for code in value:
                if not CODE.match(str(code).upper()):
                    raise ValueError(f"{code!r} is not a rule code (like PL301)")
            return {str(code).upper(): level for code, level in value.items()}
        return value

    @field_validator("extend_lists")
    @classmethod
    def _phrases(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, words in value.items():
            if any(not w.strip() for w in words):
                raise ValueError(f"{name}: phrases must not be empty")
        return {name: [" ".join(w.split()).lower() for w in words]
                for name, words in value.items()}

    @field_validator("glossary")
    @classmethod
    def _glossary(cls, value: dict[str, str]) -> dict[str, str]:
        for term, expansion in value.items():
            if not term.strip() or not expansion.strip():
                raise ValueError("terms and their expansions must not be empty")
        return value


def _check_glob(pattern: str) -> None:
    """A pattern that matches nothing (empty, "/", a "#" comment, "[") is a mistake."""
    try:
        usable = GitIgnoreSpecPattern(_glob_line(pattern)).include is not None
    except ValueError:  # pathspec's GitIgnorePatternError ("!", a trailing backslash)
        usable = False
    if not usable:
        raise ValueError(f"{pattern!r} is not a usable glob")


def _glob_line(pattern: str) -> str:
    """A configuration glob as a .gitignore line ("./" is the configuration's folder)."""
    return pattern.strip().removeprefix("./")


def glob_spec(patterns: Iterable[str]) -> GitIgnoreSpec:
    return GitIgnoreSpec.from_lines([_glob_line(p) for p in patterns])


@dataclass
class Config:
    """One configuration file, read and checked."""

    path: Path  # the file
    settings: Settings
    table: str = ""  # "tool.planlint." for pyproject.toml, "" for planlint.toml
    _specs: dict[tuple[str, ...], GitIgnoreSpec] = field(default_factory=dict, repr=False)

    @property
    def root(self) -> Path:
        """The folder its globs are relative to."""
        return self.path.parent

    def relative(self, path: Path) -> PurePosixPath:
        """`path` relative to the root ('..' where it lies outside)."""
        import os

        return PurePosixPath(Path(os.path.relpath(path.resolve(), self.root)).as_posix())

    def spec(self, *patterns: str) -> GitIgnoreSpec:
        """These globs compiled, once each (for `exclude`, the last match wins)."""
        if patterns not in self._specs:
            self._specs[patterns] = glob_spec(patterns)
        return self._specs[patterns]

    def excludes(self, path: Path) -> bool:
        return self.spec(*self.settings.exclude).match_file(str(self.relative(path)))

    def ignored_for(self, path: Path) -> list[str]:
        """Codes (or prefixes) that per-file-ignores switch off for this file."""
        rel = str(self.relative(path))
        return [code for pattern, codes in self.settings.per_file_ignores.items()
                if self._per_file_matches(pattern, rel) for code in codes]

    def _per_file_matches(self, pattern: str, rel: str) -> bool:
        negated = pattern.strip().startswith("!")  # Ruff's: the files it does not match
        return self.spec(pattern.strip().removeprefix("!")).match_file(rel) != negated

    def error(self, key: str, message: str) -> ConfigError:
        return ConfigError(f"{self.path}: error: {self.table}{key}: {message}")

    def check(self, catalogue: Catalogue) -> None:
        """What only the catalogue can tell: codes that name no rule, lists that
        do not exist."""
        s = self.settings
        groups = [("select", s.select or []), ("extend-select", s.extend_select),
                  ("ignore", s.ignore), ("extend-ignore", s.extend_ignore)]
        groups += [(f"per-file-ignores.{_key(p)}", c) for p, c in s.per_file_ignores.items()]
        groups += [("severity", list(s.severity))]
        for key, codes in groups:
            for code in codes:
                if not expand_codes([code], catalogue):
                    raise self.error(key, f"unknown rule code {code!r} (see `planlint rules`)")
        for name in s.extend_lists:
            try:
                catalogue.list(name)
            except CatalogueKeyError as exc:
                raise self.error(f"extend-lists.{_key(name)}", str(exc)) from None


def _key(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else f'"{name}"'


def expand_codes(codes: Iterable[str], catalogue: Catalogue) -> set[str]:
    """The rule codes that codes or prefixes name ("PL3" -> PL301, PL302; "ALL":
    every rule)."""
    return {rule for code in codes for rule in catalogue.rules
            if code.upper() == ALL or rule.startswith(code.upper())}


@dataclass(frozen=True)
class Selection:
    """The command line's rule selectors, and how they combine with a file's
    configuration (Ruff's order, see the module's doc)."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()  # --ignore and --extend-ignore: both add

    def codes(self, settings: Settings, per_file: Iterable[str], catalogue: Catalogue,
              profile: str) -> set[str]:
        """The codes that run for a file with these settings (before its profile
        takes out the rules that do not apply to its kind of plan)."""
        if self.select is not None:
            chosen, extra = self.select, self.extend_select
        else:
            chosen, extra = settings.select, (*settings.extend_select, *self.extend_select)
        codes = set(catalogue.default_codes(profile)) if chosen is None else \
            expand_codes(chosen, catalogue)
        off = (*self.ignore, *settings.ignore, *settings.extend_ignore, *per_file)
        return (codes | expand_codes(extra, catalogue)) - expand_codes(off, catalogue)


def unknown_codes(codes: Iterable[str], catalogue: Catalogue) -> list[str]:
    """The codes or prefixes that name no rule."""
    return sorted({code for code in codes if not expand_codes([code], catalogue)})


# ------------------------------------------------------------------ reading


def load_config(path: Path) -> Config:
    """Read and validate one configuration file (planlint.toml, or any other name
    holding top-level keys; pyproject.toml: its [tool.planlint] table)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: error: configuration file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: error: cannot read configuration "
                          f"({getattr(exc, 'strerror', None) or exc})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: error: invalid TOML: {' '.join(str(exc).split())}") from None
    table = ""
    if path.name == PYPROJECT:
        data = data.get("tool", {}).get("planlint", {})
        table = "tool.planlint."
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: error: tool.planlint must be a table")
    return Config(path=path, settings=_validate(data, path, table), table=table)


def _validate(data: dict[str, Any], path: Path, table: str) -> Settings:
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        item = exc.errors()[0]
        loc = [str(part) for part in item["loc"]]
        key = ".".join(_key(p) for p in loc) if loc else "(top level)"
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            known = ", ".join(sorted(f.alias or n for n, f in Settings.model_fields.items()))
            message = f"unknown key (known keys: {known})"
        elif item["type"] == "enum":
            message = f"must be one of error, warning, info (got {item['input']!r})"
        elif not isinstance(item.get("input"), (dict, list)) and item["type"] != "value_error":
            message += f" (got {item['input']!r})"
        more = len(exc.errors()) - 1
        if more:
            message += f" (and {more} more problem{'s' if more > 1 else ''})"
        raise ConfigError(f"{path}: error: {table}{key}: {message}") from None


def has_planlint_table(path: Path) -> bool:
    """Whether a pyproject.toml has [tool.planlint] (a broken one is reported)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: error: invalid TOML: {' '.join(str(exc).split())}") from None
    except (OSError, UnicodeDecodeError):
        return False
    return "planlint" in data.get("tool", {})


class ConfigFinder:
    """The configuration for each file: nearest upwards, `--config`, or none."""

    def __init__(self, config_file: Path | None = None, isolated: bool = False):
        self.isolated = isolated
        self.override = load_config(config_file) if config_file and not isolated else None
        self._by_folder: dict[Path, Config | None] = {}
        self._loaded: dict[Path, Config] = {}

    def for_file(self, path: Path) -> Config | None:
        if self.isolated or self.override is not None:
            return self.override
        return self._for_folder(path.resolve().parent)

    def for_folder(self, folder: Path) -> Config | None:
        """The configuration of the files in this folder."""
        if self.isolated or self.override is not None:
            return self.override
        return self._for_folder(folder.resolve())

    def _for_folder(self, folder: Path) -> Config | None:
        if folder in self._by_folder:
            return self._by_folder[folder]
        found = None
        for name in (CONFIG_FILE, PYPROJECT):
            candidate = folder / name
            if candidate.is_file() and (name == CONFIG_FILE or has_planlint_table(candidate)):
                found = self._loaded.get(candidate) or load_config(candidate)
                self._loaded[candidate] = found
                break
        if found is None and folder.parent != folder:
            found = self._for_folder(folder.parent)
        self._by_folder[folder] = found
        return found
