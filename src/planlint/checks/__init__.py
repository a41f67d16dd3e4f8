"""Checks: small functions registered by rule code, like Ruff's rules.

An action check receives an ActionContext (the action, the parse of each of its
parts, the word lists) and returns a Hit when the defect is present; a plan
check receives a PlanContext. The engine turns hits into Findings with the
rule's message and suggestion from the catalogue; checks know nothing of
messages, file formats or output.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from ..model import Action, Location, Plan
from ..lexicon import Lexicon, is_blank


@dataclass
class Hit:
    """A defect found: where, and the words it is about (None for an absence).

    A plan check whose words sit in an action sets `action_index` (1-based);
    `detail` fills the suggestion's {detail} (an acronym's expansion, a count).
    """

    location: Location
    quote: str | None = None
    action_index: int | None = None
    detail: str | None = None


@dataclass(frozen=True)
class Options:
    """Settings the checks read: the day to judge "already past" against, and
    the least often the social worker may visit (10 working days = 14 days)."""

    today: date = field(default_factory=date.today)
    min_visit_days: float = 14.0
    # Plain language (PL603, PL604): the longest sentence, in words, and the
    # highest reading age (Flesch-Kincaid grade + 5) a section may need.
    max_sentence_words: int = 25
    target_reading_age: float = 12.0


@dataclass
class ActionContext:
    action: Action
    plan: Plan
    lexicon: Lexicon
    docs: dict[str, object]  # part name -> spaCy Doc of its text (parts that are present)
    options: Options = field(default_factory=Options)

    def doc(self, part: str):
        return self.docs.get(part)


@dataclass
class PlanContext:
    plan: Plan
    lexicon: Lexicon
    docs: dict[str, object] = field(default_factory=dict)  # metadata/section texts parsed
    options: Options = field(default_factory=Options)
    parser: object | None = None  # nlp.Parser, for checks that read section texts
    glossary: object | None = None  # catalogue.Glossary with configured acronyms (None: built-in)

    def parse(self, texts: Iterable[str]) -> list:
        """spaCy Docs of these texts, in one batch (cached in `docs`, and by the
        parser across plans). Only checks that need a parse pay for it."""
        texts = list(texts)
        todo = [t for t in dict.fromkeys(texts) if t not in self.docs]
        if todo:
            if self.parser is None:
                raise RuntimeError("this check needs a parser in its PlanContext")
            self.docs.update(zip(todo, self.parser.parse(todo)))
        return [self.docs[t] for t in texts]


def vague_part(ctx: ActionContext, part: str, is_vague: Callable[[object], bool]) -> Hit | None:
    """The shared shape of the *-vague checks: a part that is stated (not
    blank) and judged vague on its parse gives a Hit quoting it."""
    field, doc = getattr(ctx.action, part), ctx.doc(part)
    if field is None or doc is None or is_blank(field.text, ctx.lexicon) or not is_vague(doc):
        return None
    return Hit(location=field.location, quote=field.text)


ActionCheck = Callable[[ActionContext], Hit | None]
# A plan check may find several things (one per acronym): a list of Hits.
PlanCheck = Callable[[PlanContext], Hit | list[Hit] | None]
ACTION_CHECKS: dict[str, ActionCheck] = {}
PLAN_CHECKS: dict[str, PlanCheck] = {}


def action_check(code: str):
    def register(function: ActionCheck) -> ActionCheck:
        ACTION_CHECKS[code] = function
        return function
    return register


def plan_check(code: str):
    def register(function: PlanCheck) -> PlanCheck:
        PLAN_CHECKS[code] = function
        return function
    return register


def load_checks() -> None:
    """Import the check modules so that they register themselves."""
    from . import (deadline, evidence, household, language, outcomes, owner,  # noqa: F401
                   plan, task, timescales)
