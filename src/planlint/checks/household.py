"""The adults who care for the child: PL511 carer-without-action, PL512
change-without-support.

Case reviews find plans that load every task on the mother while a father or
partner in the household has none, and plans that demand change from parents
with nothing offered to help them make it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Action
from . import Hit, PlanContext, plan_check
from .plan import plan_start

TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr"}
BOTH = re.compile(r"\b(?:parents|both parents|mum and dad|mother and father|carers)\b", re.I)


@dataclass
class Carer:
    text: str  # as written in the core group: "Ms Price (mum)"
    words: set[str]  # what an owner or task may call them by: "mum", "price", "ms price"


@plan_check("PL511")
def carer_without_action(ctx: PlanContext) -> Hit | None:
    carers = household_carers(ctx)
    if len(carers) < 2:
        return None  # one carer: nobody else to share the plan with
    for carer in carers:
        if not own_actions(ctx, carer):
            core_group = ctx.plan.metadata.core_group
            return Hit(location=core_group.location if core_group else plan_start(ctx), quote=carer.text)
    return None


@plan_check("PL512")
def change_without_support(ctx: PlanContext) -> Hit | None:
    for carer in household_carers(ctx):
        # Only what asks them to change ("stop drinking", "keep the house
        # clean"): having Ellie to stay every other weekend asks nothing.
        theirs = [a for a in own_actions(ctx, carer)
                  if a.task and ctx.lexicon.find("change_demand_words", a.task.text)]
        if theirs and not supported(ctx, carer):
            first = theirs[0]
            return Hit(location=(first.task or first.owner).location if (first.task or first.owner)
                       else first.location, quote=carer.text)
    return None


def household_carers(ctx: PlanContext) -> list[Carer]:
    """Parents and partners in the core group: a member with a parent role
    ("Ms Price (mum)"), or a title and the child's surname ("Mr Shaw")."""
    meta = ctx.plan.metadata
    if meta.core_group is None:
        return []
    surnames = child_surnames(meta.children.text if meta.children else "")
    carers = []
    for member in split_members(meta.core_group.text):
        roles = {r for r in ctx.lexicon.words("carer_roles") if has_role(member, r)}
        relatives = {r for r in ctx.lexicon.words("family_roles") if has_role(member, r)} - roles
        names = [w for w in re.findall(r"\b[A-Z][\w'-]+", member) if w.lower() not in TITLES]
        titled = re.match(r"\s*(mr|mrs|ms|miss|mx)\b", member, re.I)
        if roles or (titled and {n.lower() for n in names} & surnames and not relatives):
            carers.append(Carer(text=member.strip(), words=roles | identifiers(names, titled)))
    return carers


def identifiers(names: list[str], titled: re.Match | None) -> set[str]:
    """What a carer may be called by: "Ms Tasha Barton" gives "ms barton",
    "tasha barton" and "tasha", never the bare surname, which a family shares."""
    if not names:
        return set()
    found = set()
    if titled:
        found.add(f"{titled.group(1)} {names[-1]}".lower())
    if len(names) > 1 or not titled:
        found |= {" ".join(names).lower(), names[0].lower()}
    return found


def has_role(member: str, role: str) -> bool:
    """ "Ms Rhodes (mum)" has the role mum; "Mr Sutton (mum's partner)" has
    the role partner, not mum."""
    return bool(re.search(rf"\b{re.escape(role)}\b(?!['’]s)", member, re.I))


def split_members(text: str) -> list[str]:
    """Split "Ms Price (mum), Anna Webb (SW)" on commas outside brackets."""
    members, depth, current = [], 0, ""
    for char in text:
        depth += char == "("
        depth -= char == ")"
        if char in ",;" and depth == 0:
            members.append(current)
            current = ""
        else:
            current += char
    return [m for m in members + [current] if m.strip()]


def child_surnames(children: str) -> set[str]:
    names = re.findall(r"\b[A-Z][a-z'-]+\s+([A-Z][a-z'-]+)", children)
    return {n.lower() for n in names}


def mentions(text: str, carer: Carer) -> bool:
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(word)}\b", lowered) for word in carer.words)


def own_actions(ctx: PlanContext, carer: Carer) -> list[Action]:
    """Actions the carer is to do: named as owner, or as the task's subject."""
    found = []
    for action in ctx.plan.actions:
        owner = action.owner.text if action.owner else leading_subject(action)
        if owner and (mentions(owner, carer) or BOTH.search(owner)):
            found.append(action)
    return found


def leading_subject(action: Action) -> str:
    """ "Mum to attend ..." names its owner before "to"."""
    if action.task is None:
        return ""
    match = re.match(r"^(.{1,40}?)\s+(?:to|will)\s+\w", action.task.text)
    return match.group(1) if match else ""


def supported(ctx: PlanContext, carer: Carer) -> bool:
    """A service the carer is to attend ("attend the Safe Hands course"), or a
    professional's action that names them ("Support mum to ...", "Show Ms
    Barton how to make up feeds", "Agree a plan with both parents")."""
    if any(a.task and ctx.lexicon.find("support_words", a.task.text) for a in own_actions(ctx, carer)):
        return True
    carers = household_carers(ctx)
    for action in ctx.plan.actions:
        owner = action.owner.text if action.owner else leading_subject(action)
        if not owner or any(mentions(owner, c) for c in carers) or BOTH.search(owner):
            continue
        if action.task and (mentions(action.task.text, carer) or BOTH.search(action.task.text)):
            return True
    return False
