"""Who a span of a plan is about: the child, or an adult who cares for them.

PL403 asks whose account the evidence is, PL404 and PL513 whether a clause is
about the child, PL512 who the parents are when the plan lists no core group.
The words come from rules/*.yaml: `child_words` (plan.yaml), `carer_roles`
(timescales.yaml), `account_givers` (evidence.yaml); names from the plan's
header (the children, the core group).
"""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..model import Action, Plan
from .household import (FAMILY_TITLED, TITLES, child_surnames, household_carers, mentions,
                        names_a_professional)
from .language import child_names


def is_about_child(text: str, plan: Plan, lexicon: Lexicon) -> bool:
    """Names a child of the plan ("Ben", "Skye and Harley") or children in
    general ("the children", "the baby")."""
    if lexicon.find("child_words", text):
        return True
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in child_names(plan))


def is_carer(text: str, ctx, owner: str | None = None) -> bool:
    """An adult who cares for the child: a parent's role ("Mum", "Ms Price
    (mum)", "both parents"), a core group member who is one, a title with the
    child's surname ("Ms Carter" for Ben Carter) or, when `owner` (the action's
    owner) is such an adult, a name from it ("Ms Davies" for "Ms Davies")."""
    lexicon, plan = ctx.lexicon, ctx.plan
    if names_a_professional(text, lexicon):
        return False  # "the Family Hub", "Mum and the family support worker"
    if lexicon.find("carer_roles", text) or lexicon.find("account_givers", text):
        return True
    if any(mentions(text, carer) for carer in household_carers(ctx)):
        return True
    surnames = child_surnames(plan.metadata.children.text if plan.metadata.children else "")
    if any(name.lower() in surnames for _, name in FAMILY_TITLED.findall(text)):
        return True
    return owner is not None and owner_is_carer(owner, ctx) and shares_a_name(text, owner)


def owner_is_carer(owner: str, ctx) -> bool:
    """The owner is an adult of the household, or a person named with a
    title and nothing that makes them a professional ("Ms Davies" alone, not
    "Dr Osman" or "Ms Patel (DSL)"): the one the action asks to change."""
    if is_carer(owner, ctx):
        return True
    return bool(FAMILY_TITLED.search(owner)) and not names_a_professional(owner, ctx.lexicon)


def shares_a_name(text: str, owner: str) -> bool:
    names = {w for w in re.findall(r"\b[A-Z][\w'’-]+", owner) if w.lower() not in TITLES}
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in names)


def owner_text(action: Action) -> str | None:
    return action.owner.text if action.owner and action.owner.text.strip() else None
