"""Checks: small functions registered by rule code, like Ruff's rules.

An action check receives an ActionContext (the action, the parse of each of its
parts, the word lists) and returns a Hit when the defect is present; a plan
check receives a PlanContext. The engine turns hits into Findings with the
rule's message and suggestion from the catalogue; checks know nothing of
messages, file formats or output.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Action, Location, Plan
from ..lexicon import Lexicon


@dataclass
class Hit:
    """A defect found: where, and the words it is about (None for an absence)."""

    location: Location
    quote: str | None = None


@dataclass
class ActionContext:
    action: Action
    plan: Plan
    lexicon: Lexicon
    docs: dict[str, object]  # part name -> spaCy Doc of its text (parts that are present)

    def doc(self, part: str):
        return self.docs.get(part)


@dataclass
class PlanContext:
    plan: Plan
    lexicon: Lexicon
    docs: dict[str, object] = field(default_factory=dict)  # metadata/section texts parsed


ActionCheck = Callable[[ActionContext], Hit | None]
PlanCheck = Callable[[PlanContext], Hit | None]
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
    from . import deadline, evidence, owner, plan, task  # noqa: F401
