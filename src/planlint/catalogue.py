"""The rule catalogue: rules/*.yaml loaded, validated and indexed.

Rules are data, as in Vale: one YAML file per family (owner.yaml, task.yaml, ...),
each with `rules:` (the entries `planlint rule CODE` prints and findings draw their
message and suggestion from) and `lists:` (the words and phrases the checks of
that family match). `headers.yaml` holds the synonyms that layouts use to
recognise columns, sections and metadata labels.

This module must stay light: `planlint rules` and `planlint rule CODE` use it
without loading spaCy.
"""
from __future__ import annotations

import difflib
import re
import string
import textwrap
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (BaseModel, ConfigDict, Field, PrivateAttr, ValidationError,
                      field_validator, model_validator)

from .model import Severity

__all__ = [
    "PROFILES", "Acronym", "Catalogue", "CatalogueError", "CatalogueKeyError", "Examples",
    "Fix", "Glossary", "HeaderTable", "Jargon", "Rule", "RuleFile", "format_rule",
    "load_catalogue", "load_directory", "normalise_header", "read_glossary_file",
    "read_headers_file", "read_rule_file",
]

HEADERS_FILE = "headers.yaml"
GLOSSARY_FILE = "glossary.yaml"  # acronyms and jargon with plain words (Glossary)
# YAML files in a rules directory that are data of another shape, read elsewhere.
OTHER_DATA_FILES = frozenset({GLOSSARY_FILE})

# "meta": planlint's own findings about the run (PL001 unused-suppression), not plans.
Family = Literal["owner", "task", "deadline", "evidence", "plan", "language", "meta"]
Scope = Literal["action", "plan"]
# Kinds of plan that share one structure; a rule may apply to some only (Rule.profiles).
Profile = Literal["cp", "cin", "early-help"]
PROFILES: tuple[str, ...] = ("cp", "cin", "early-help")
FieldKey = Literal["outcome", "task", "owner", "deadline", "evidence", "frequency"]
SectionKey = Literal["worries", "working_well", "outcomes", "actions", "child_views",
                     "parent_views", "contingency", "review", "core_group"]
MetadataKey = Literal["children", "category", "conference_date", "lead_professional", "first_core_group",
                      "core_group", "review_date", "language"]
Words = list[str]  # an alias, so that Catalogue.list does not shadow the builtin

CODE_PATTERN = r"^PL\d{3}$"
NAME_PATTERN = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
LIST_NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
PLACEHOLDERS = frozenset({"text"})  # what a message may fill in
# A suggestion may also fill in {detail}: what the check found out (an acronym's
# expansion, a plain alternative, a word count).
SUGGESTION_PLACEHOLDERS = frozenset({"text", "detail"})


class CatalogueError(Exception):
    """A rules file that cannot be read or does not validate. The message is one
    line and names the file (and the rule code or key when known)."""

    def __init__(self, message: str, path: str | None = None, key: str | None = None):
        super().__init__(" ".join(message.split()))
        self.path = path
        self.key = key


class CatalogueKeyError(KeyError):
    """An unknown rule code/name or list name; the message suggests near matches."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


# ------------------------------------------------------------------ models


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _check_placeholders(value: str, allowed: frozenset[str] = PLACEHOLDERS) -> str:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
    except ValueError as error:
        raise ValueError(f"bad braces ({error}); write {{{{ and }}}} for literal braces") from None
    unknown = names - allowed
    if unknown:
        listed = ", ".join("{" + p + "}" for p in sorted(allowed))
        raise ValueError(f"unknown placeholder(s) {sorted(unknown)}; only {listed} "
                         f"{'is' if len(allowed) == 1 else 'are'} allowed")
    return value


class Fix(BaseModel):
    """A bad example rewritten."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    before: str = Field(min_length=1)
    after: str = Field(min_length=1)


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    bad: Words = Field(min_length=1)
    good: Words = Field(min_length=1)
    fix: Fix | None = None

    @field_validator("bad", "good")
    @classmethod
    def _not_blank(cls, values: Words) -> Words:
        if any(not v.strip() for v in values):
            raise ValueError("examples must not be empty strings")
        return [v.strip() for v in values]


class Rule(BaseModel):
    """One catalogue entry: what a finding with this code means and how to fix it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=CODE_PATTERN)
    name: str = Field(pattern=NAME_PATTERN)
    family: Family
    scope: Scope
    severity: Severity
    summary: str = Field(min_length=1)
    message: str = Field(min_length=1)
    suggestion: str = Field(min_length=1)
    why: str = Field(min_length=1)
    source: str = Field(min_length=1)
    examples: Examples
    # The kinds of plan the rule applies to; None: all of them (PROFILES).
    profiles: list[Profile] | None = Field(default=None, min_length=1)
    # Not in the default selection: runs only when selected by code.
    opt_in: bool = False

    @field_validator("profiles")
    @classmethod
    def _profiles_once(cls, value: list[str] | None) -> list[str] | None:
        if value is not None and len(set(value)) != len(value):
            raise ValueError("a profile is listed twice")
        return value

    @field_validator("summary", "message", "suggestion", "why", "source")
    @classmethod
    def _tidy(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("must not be empty")
        return value

    @field_validator("summary")
    @classmethod
    def _summary_one_line(cls, value: str) -> str:
        if "\n" in value:
            raise ValueError("summary must be one line")
        return value

    @field_validator("message")
    @classmethod
    def _placeholders(cls, value: str) -> str:
        return _check_placeholders(_one_line(value))

    @field_validator("suggestion")
    @classmethod
    def _suggestion_placeholders(cls, value: str) -> str:
        return _check_placeholders(_one_line(value), SUGGESTION_PLACEHOLDERS)

    def applies_to(self, profile: str) -> bool:
        """Whether the rule runs on this kind of plan ("cp", "cin", "early-help")."""
        return self.profiles is None or profile in self.profiles

    @property
    def title(self) -> str:
        """"PL301 deadline-missing (error)"."""
        return f"{self.code} {self.name} ({self.severity.value})"

    def format_message(self, text: str | None = None) -> str:
        """The finding message with {text} filled in (the quoted words)."""
        return self.message.format(text=_one_line(text or ""))

    def format_suggestion(self, text: str | None = None, detail: str | None = None) -> str:
        return self.suggestion.format(text=_one_line(text or ""), detail=_one_line(detail or ""))


def _check_words(name: str, words: Words) -> Words:
    if not LIST_NAME_PATTERN.match(name):
        raise ValueError(f"list name {name!r} must be snake_case (a-z, 0-9, _)")
    seen: set[str] = set()
    for word in words:
        if word != " ".join(word.split()).lower() or not word:
            raise ValueError(f"list {name}: entry {word!r} must be lowercase, trimmed and "
                             "non-empty, with single spaces")
        if word in seen:
            raise ValueError(f"list {name}: {word!r} appears twice")
        seen.add(word)
    return words


class RuleFile(BaseModel):
    """One rules/<family>.yaml file.

    `extend` adds words to a list defined in another file (for user rule
    directories: a team's own vague words, without copying the built-in list).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    rules: list[Rule] = Field(default_factory=list)
    lists: dict[str, Words] = Field(default_factory=dict)
    extend: dict[str, Words] = Field(default_factory=dict)

    @field_validator("lists", "extend")
    @classmethod
    def _lists(cls, value: dict[str, Words]) -> dict[str, Words]:
        for name, words in value.items():
            _check_words(name, words)
        return value

    @model_validator(mode="after")
    def _unique(self) -> RuleFile:
        for attribute in ("code", "name"):
            seen: set[str] = set()
            for rule in self.rules:
                key = getattr(rule, attribute)
                if key in seen:
                    raise ValueError(f"rule {attribute} {key} is used twice")
                seen.add(key)
        return self


def normalise_header(text: str) -> str:
    """Lowercase, straight apostrophes, single spaces, no trailing ':', '?', '*'."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    text = " ".join(text.split())
    return text.strip(" :?*.-\u2013\u2014")


class HeaderTable(BaseModel):
    """rules/headers.yaml: key -> synonyms, for action fields, sections and metadata."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    fields: dict[FieldKey, Words] = Field(default_factory=dict)
    # Single words that give a column's field when no synonym matches
    # ("How we will measure success" -> evidence, by "success").
    field_keywords: dict[FieldKey, Words] = Field(default_factory=dict)
    sections: dict[SectionKey, Words] = Field(default_factory=dict)
    metadata: dict[MetadataKey, Words] = Field(default_factory=dict)

    _index: dict[str, dict[str, str]] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _one_key_per_synonym(self) -> HeaderTable:
        self._build_index()
        return self

    def model_post_init(self, __context: Any) -> None:
        self._index = self._build_index()

    def _build_index(self) -> dict[str, dict[str, str]]:
        index: dict[str, dict[str, str]] = {}
        for table in ("fields", "sections", "metadata"):
            index[table] = {}
            for key, synonyms in getattr(self, table).items():
                for synonym in synonyms:
                    normal = normalise_header(synonym)
                    if not normal:
                        raise ValueError(f"{table}.{key}: empty synonym")
                    other = index[table].get(normal)
                    if other is not None and other != key:
                        raise ValueError(f"{table}: {synonym!r} is a synonym of both "
                                         f"{other} and {key}")
                    index[table][normal] = key
        return index

    def lookup(self, table: Literal["fields", "sections", "metadata"], text: str) -> str | None:
        """The key whose synonym is exactly `text` (after normalise_header), or None.
        Layouts do fuzzier matching; this is the plain table lookup."""
        return self._index.get(table, {}).get(normalise_header(text))

    def merged(self, other: HeaderTable) -> HeaderTable:
        """This table with `other`'s synonyms added (user headers after built-in)."""
        data: dict[str, dict[str, Words]] = {}
        for table in ("fields", "field_keywords", "sections", "metadata"):
            combined = {k: list(v) for k, v in getattr(self, table).items()}
            for key, synonyms in getattr(other, table).items():
                have = combined.setdefault(key, [])
                have.extend(s for s in synonyms if s not in have)
            data[table] = combined
        return HeaderTable.model_validate(data)


ACRONYM_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9&.]*$")


def _tidy_words(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise ValueError("must not be empty")
    return value


class Acronym(BaseModel):
    """One acronym of rules/glossary.yaml: what it stands for and how to say it plainly."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    expansion: str = Field(min_length=1)
    plain: str = Field(min_length=1)
    forms: Words = Field(default_factory=list)  # other spellings: "S47", "s.47"
    aliases: Words = Field(default_factory=list)  # other words that spell it out
    common: bool = False  # known to families as well as the full words (GP): not flagged
    source: str | None = None

    @field_validator("expansion", "plain", "source")
    @classmethod
    def _tidy(cls, value: str | None) -> str | None:
        return None if value is None else _tidy_words(value)

    @field_validator("forms")
    @classmethod
    def _forms(cls, value: Words) -> Words:
        for form in value:
            if not ACRONYM_PATTERN.match(form):
                raise ValueError(f"form {form!r} must be one word of letters, digits, '&' or '.'")
        return value


class Jargon(BaseModel):
    """One jargon phrase: what to write instead and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    plain: str = Field(min_length=1)
    why: str = Field(min_length=1)
    forms: Words = Field(default_factory=list)  # "engages", "engagement"

    @field_validator("plain", "why")
    @classmethod
    def _tidy(cls, value: str) -> str:
        return _tidy_words(value)

    @field_validator("forms")
    @classmethod
    def _forms(cls, value: Words) -> Words:
        return _check_words("forms", value)


class Glossary(BaseModel):
    """rules/glossary.yaml: acronyms (key as written, case matters) and jargon
    phrases (lowercase), each with plain words, and the sources of the file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sources: Words = Field(default_factory=list)
    acronyms: dict[str, Acronym] = Field(default_factory=dict)
    jargon: dict[str, Jargon] = Field(default_factory=dict)

    @field_validator("acronyms")
    @classmethod
    def _acronym_keys(cls, value: dict[str, Acronym]) -> dict[str, Acronym]:
        seen: dict[str, str] = {}
        for key, entry in value.items():
            if not ACRONYM_PATTERN.match(key):
                raise ValueError(f"acronym {key!r} must be one word of letters, digits, '&' or '.'")
            for form in (key, *entry.forms):
                if seen.setdefault(form, key) != key:
                    raise ValueError(f"{form!r} is a form of both {seen[form]} and {key}")
        return value

    @field_validator("jargon")
    @classmethod
    def _jargon_keys(cls, value: dict[str, Jargon]) -> dict[str, Jargon]:
        _check_words("jargon", list(value))
        seen: dict[str, str] = {}
        for key, entry in value.items():
            for form in (key, *entry.forms):
                if seen.setdefault(form, key) != key:
                    raise ValueError(f"jargon: {form!r} is a form of both {seen[form]!r} and {key!r}")
        return value

    def merged(self, other: Glossary) -> Glossary:
        """This glossary with `other`'s entries added; an entry of `other` replaces
        one with the same key (a team's own plain words win)."""
        return Glossary(sources=[*self.sources, *(s for s in other.sources if s not in self.sources)],
                        acronyms={**self.acronyms, **other.acronyms},
                        jargon={**self.jargon, **other.jargon})

    def with_acronyms(self, extra: dict[str, str | dict[str, Any]]) -> Glossary:
        """A copy with more acronyms, as a user's configuration gives them:
        ACRONYM -> expansion, or ACRONYM -> {expansion, plain, forms, aliases,
        common}. Without `plain`, the expansion is the plain words. Raises
        ValueError (naming the acronym) on a bad entry."""
        if not extra:
            return self
        added: dict[str, Any] = {}
        for key, value in extra.items():
            entry = {"expansion": value} if isinstance(value, str) else dict(value or {})
            if isinstance(entry.get("expansion"), str):
                entry.setdefault("plain", entry["expansion"])
            added[str(key).strip()] = entry
        try:
            return self.merged(Glossary.model_validate({"acronyms": added}))
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(p) for p in first["loc"][1:]) or "acronyms"
            raise ValueError(f"acronym {where}: {first['msg']}") from None


class Catalogue(BaseModel):
    """Every rule (by code, in code order), every word list, the header table and
    the glossary of acronyms and jargon."""

    model_config = ConfigDict(frozen=True)

    rules: dict[str, Rule]
    lists: dict[str, Words]
    headers: HeaderTable = Field(default_factory=HeaderTable)
    glossary: Glossary = Field(default_factory=Glossary)

    _by_name: dict[str, str] = PrivateAttr(default_factory=dict)

    def model_post_init(self, __context: Any) -> None:
        self._by_name = {rule.name.lower(): code for code, rule in self.rules.items()}

    def rule(self, code_or_name: str) -> Rule:
        """A rule by code ("PL301") or name ("deadline-missing"), case-insensitive."""
        key = code_or_name.strip()
        code = key.upper() if key.upper() in self.rules else self._by_name.get(key.lower())
        if code is not None:
            return self.rules[code]
        choices = {c.lower(): f"{c} {r.name}" for c, r in self.rules.items()}
        choices.update({n: f"{c} {n}" for n, c in self._by_name.items()})
        near = dict.fromkeys(choices[m] for m in difflib.get_close_matches(
            key.lower(), list(choices), n=3, cutoff=0.6))
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        raise CatalogueKeyError(f"unknown rule {code_or_name!r}{hint} "
                                "(`planlint rules` lists them all)")

    def list(self, name: str) -> list[str]:
        """A word list by name (a copy: the catalogue is shared)."""
        try:
            return list(self.lists[name])
        except KeyError:
            near = difflib.get_close_matches(name, list(self.lists), n=3, cutoff=0.6)
            hint = f"; did you mean {', '.join(near)}?" if near else ""
            raise CatalogueKeyError(f"unknown word list {name!r}{hint}") from None

    def by_family(self, family: str) -> list[Rule]:
        return [rule for rule in self.rules.values() if rule.family == family]

    def with_lists(self, extra: dict[str, Iterable[str]]) -> Catalogue:
        """A copy with phrases added to named word lists (a team's own vague owners,
        local services), as a user's `extend-lists` setting gives them. Phrases are
        lowercased with single spaces; ones already there are skipped. An unknown
        list name raises CatalogueKeyError (with near matches)."""
        if not extra:
            return self
        lists = {name: list(words) for name, words in self.lists.items()}
        for name, words in extra.items():
            have = lists.get(name)
            if have is None:
                self.list(name)  # raises, naming near matches
            for word in words:
                word = " ".join(str(word).split()).lower()
                if word and word not in have:
                    have.append(word)
        return Catalogue(rules=self.rules, lists=lists, headers=self.headers,
                         glossary=self.glossary)

    def with_acronyms(self, extra: dict[str, str | dict[str, Any]]) -> Catalogue:
        """A copy whose glossary has more acronyms (ACRONYM -> expansion, or
        ACRONYM -> {expansion, plain, ...}), as a user's configuration gives them.
        A bad entry raises ValueError naming the acronym."""
        if not extra:
            return self
        return Catalogue(rules=self.rules, lists=self.lists, headers=self.headers,
                         glossary=self.glossary.with_acronyms(extra))

    def default_codes(self, profile: str = "cp") -> list[str]:
        """The codes that run when none are selected: not opt-in, and applying
        to this kind of plan."""
        return [code for code, rule in self.rules.items()
                if not rule.opt_in and rule.applies_to(profile)]


# ----------------------------------------------------------------- loading


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """SafeLoader that refuses a mapping with the same key twice (PyYAML would
    silently keep the last, losing a list or a rule field). LibYAML's parser
    where PyYAML has it: the catalogue is read at every start, and it is
    several times faster."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False):
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                                 _construct_mapping)


def _read_yaml(path: Path | Traversable) -> dict[str, Any]:
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CatalogueError(f"{name}: cannot read: {error}", name) from None
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise CatalogueError(f"{name}: invalid YAML{where}: {problem}", name) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise CatalogueError(f"{name}: expected a mapping at the top level, "
                             f"found {type(data).__name__}", name)
    return data


def _describe(error: ValidationError, data: dict[str, Any], name: str) -> CatalogueError:
    """One line for a validation error: file, rule code or key, field, problem."""
    parts = []
    first_key = None
    for item in error.errors():
        loc = list(item["loc"])
        where = key = ""
        if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
            entry = (data.get("rules") or [None])[loc[1]] if isinstance(data.get("rules"), list) else None
            code = entry.get("code") if isinstance(entry, dict) else None
            where = f"rule {code}" if code else f"rule #{loc[1] + 1}"
            key = str(code) if code else ""
            loc = loc[2:]
        elif len(loc) >= 2 and loc[0] in ("lists", "extend"):
            where, key = f"list {loc[1]}", str(loc[1])
            loc = loc[2:]
        elif len(loc) >= 2 and loc[0] in ("fields", "sections", "metadata"):
            where = key = f"{loc[0]}.{loc[1]}"
            loc = loc[2:]
        elif loc in (["lists"], ["extend"]):
            loc = []  # the message names the list
        field = ".".join(str(p) for p in loc)
        message = item["msg"]
        if item["type"] == "extra_forbidden":
            message = f"unknown key {str(item['loc'][-1])!r}"
            field = ".".join(str(p) for p in loc[:-1])
        if loc == ["[key]"]:
            field, message = "", f"unknown key: {message}"
        if item["type"] == "value_error":
            message = message.removeprefix("Value error, ")
        first_key = first_key or key or None
        parts.append(": ".join(p for p in (where, field, message) if p))
    return CatalogueError(f"{name}: " + "; ".join(parts), name, first_key)


def read_rule_file(path: Path | Traversable) -> RuleFile:
    """Read and validate one rules file; CatalogueError on any problem."""
    data = _read_yaml(path)
    try:
        return RuleFile.model_validate(data)
    except ValidationError as error:
        raise _describe(error, data, str(path)) from None


def read_glossary_file(path: Path | Traversable) -> Glossary:
    """Read and validate a glossary.yaml; CatalogueError naming the file on any problem."""
    data = _read_yaml(path)
    try:
        return Glossary.model_validate(data)
    except ValidationError as error:
        parts = []
        for item in error.errors():
            where = ".".join(str(p) for p in item["loc"])
            message = item["msg"].removeprefix("Value error, ")
            if item["type"] == "extra_forbidden":
                message = f"unknown key {str(item['loc'][-1])!r}"
                where = ".".join(str(p) for p in item["loc"][:-1])
            parts.append(f"{where}: {message}" if where else message)
        raise CatalogueError(f"{path}: " + "; ".join(parts), str(path)) from None


def read_headers_file(path: Path | Traversable) -> HeaderTable:
    data = _read_yaml(path)
    try:
        return HeaderTable.model_validate(data)
    except ValidationError as error:
        raise _describe(error, data, str(path)) from None


def _yaml_files(directory: Path | Traversable) -> list[Path | Traversable]:
    if not directory.is_dir():
        raise CatalogueError(f"{directory}: not a directory of rules", str(directory))
    return sorted((f for f in directory.iterdir()
                   if f.name.endswith((".yaml", ".yml")) and f.is_file()),
                  key=lambda f: f.name)


def _load(directories: Iterable[Path | Traversable]) -> Catalogue:
    rules: dict[str, tuple[Rule, str]] = {}
    names: dict[str, str] = {}
    lists: dict[str, tuple[Words, str]] = {}
    extensions: list[tuple[str, Words, str]] = []
    headers = HeaderTable()
    glossary = Glossary()
    for directory in directories:
        for path in _yaml_files(directory):
            where = str(path)
            if path.name == GLOSSARY_FILE:
                glossary = glossary.merged(read_glossary_file(path))
                continue
            if path.name in OTHER_DATA_FILES:
                continue
            if path.name == HEADERS_FILE:
                extra = read_headers_file(path)
                try:
                    headers = headers.merged(extra)
                except ValidationError as error:
                    raise _describe(error, {}, where) from None
                continue
            rule_file = read_rule_file(path)
            for rule in rule_file.rules:
                if rule.code in rules:
                    raise CatalogueError(f"{where}: rule {rule.code} is already defined in "
                                         f"{rules[rule.code][1]}", where, rule.code)
                if rule.name in names:
                    raise CatalogueError(f"{where}: rule {rule.code}: name {rule.name} is "
                                         f"already used by {names[rule.name]}", where, rule.code)
                rules[rule.code] = (rule, where)
                names[rule.name] = rule.code
            for name, words in rule_file.lists.items():
                if name in lists:
                    raise CatalogueError(f"{where}: list {name} is already defined in "
                                         f"{lists[name][1]}", where, name)
                lists[name] = (list(words), where)
            extensions.extend((name, words, where) for name, words in rule_file.extend.items())
    for name, words, where in extensions:
        if name not in lists:
            raise CatalogueError(f"{where}: extend: there is no list {name!r} to extend",
                                 where, name)
        have = lists[name][0]
        have.extend(w for w in words if w not in have)
    return Catalogue(rules={code: rules[code][0] for code in sorted(rules)},
                     lists={name: lists[name][0] for name in lists},
                     headers=headers, glossary=glossary)


def load_directory(directory: Path | Traversable) -> Catalogue:
    """A catalogue from one directory alone (rule files and an optional
    headers.yaml). Raises CatalogueError naming the file at the first problem."""
    return _load([directory])


def builtin_directory() -> Traversable:
    """The rules shipped with planlint (rules/ in the repository)."""
    return files("planlint.rules")


@lru_cache(maxsize=1)
def _builtin_catalogue() -> Catalogue:
    return _load([builtin_directory()])


def load_catalogue(extra_dirs: Iterable[Path] = ()) -> Catalogue:
    """The built-in catalogue, plus the rules, lists, list extensions and header
    synonyms of any extra directories (user config). The default call is cached:
    every caller shares one Catalogue (treat it as read-only)."""
    extra = [Path(d) for d in extra_dirs]
    if not extra:
        return _builtin_catalogue()
    return _load([builtin_directory(), *extra])


# -------------------------------------------------------------- formatting


def _wrap(text: str, width: int, indent: str = "") -> str:
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "\n\n".join(textwrap.fill(" ".join(p.split()), width=width, initial_indent=indent,
                                     subsequent_indent=indent, break_long_words=False,
                                     break_on_hyphens=False) for p in paragraphs)


def _bullets(items: Iterable[str], width: int) -> str:
    return "\n".join(textwrap.fill(" ".join(item.split()), width=width, initial_indent="- ",
                                   subsequent_indent="  ", break_long_words=False,
                                   break_on_hyphens=False) for item in items)


def format_rule(rule: Rule, width: int = 79) -> str:
    """The text `planlint rule CODE` prints, like `ruff rule`: plain, for a terminal."""
    sections = [
        rule.title,
        _wrap(rule.summary, width),
        "## Why it matters\n\n" + _wrap(rule.why, width),
        "## How to fix\n\n" + _wrap(rule.suggestion.replace("{text}", "...")
                                    .replace("{detail}.", "...").replace("{detail}", "...")
                                    .replace("{{", "{").replace("}}", "}"), width),
        "## Source\n\n" + _wrap(rule.source, width),
        "## Example\n\n" + _bullets(rule.examples.bad, width),
    ]
    instead = _bullets(rule.examples.good, width)
    if rule.examples.fix is not None:
        instead += ("\n\nFor example, instead of:\n\n" + _wrap(rule.examples.fix.before, width, "    ")
                    + "\n\nwrite:\n\n" + _wrap(rule.examples.fix.after, width, "    "))
    sections.append("## Use instead\n\n" + instead)
    return "\n\n".join(sections) + "\n"
