"""The adults who care for the child: PL511 carer-without-action, PL512
change-without-support.

Case reviews find plans that load every task on the mother while a father or
partner in the household has none, and plans that demand change from parents
with nothing offered to help them make it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Action
from . import Hit, PlanContext, plan_check
from .parse import predicates
from .plan import plan_start

TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr"}
# The titles a parent may be named by (a doctor in a plan is a professional).
FAMILY_TITLES = sorted(TITLES - {"dr"})
FAMILY_TITLED = re.compile(rf"\b((?i:{'|'.join(FAMILY_TITLES)}))\.?\s+([A-Z][\w'’-]+)")


@dataclass(frozen=True)
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
    carers = plan_carers(ctx)
    for carer in carers:
        theirs = change_demands(ctx, carer)
        if theirs and not supported(ctx, carer, carers, theirs):
            first = theirs[0]
            return Hit(location=(first.task or first.owner).location if (first.task or first.owner)
                       else first.location, quote=carer.text)
    return None


def change_demands(ctx: PlanContext, carer: Carer) -> list[Action]:
    """The carer's actions that ask them to change ("stop drinking", "keep the
    house clean", "attend the course"): having Ellie to stay every other
    weekend asks nothing."""
    return [a for a in own_actions(ctx, carer)
            if a.task and ctx.lexicon.find("change_demand_words", a.task.text)]


def plan_carers(ctx: PlanContext) -> list[Carer]:
    """The parents and carers: from the core group, or where the plan lists
    none, from the owners of its actions ("Mum", "Ms Carter" for Ben Carter)."""
    return household_carers(ctx) or owner_carers(ctx)


def owner_carers(ctx: PlanContext) -> list[Carer]:
    meta = ctx.plan.metadata
    surnames = child_surnames(meta.children.text if meta.children else "")
    found: dict[frozenset, Carer] = {}
    for action in ctx.plan.actions:
        owner = (action.owner.text if action.owner else leading_subject(action)) or ""
        for carer in carers_named(owner, surnames, ctx):
            found.setdefault(frozenset(carer.words), carer)
    return list(found.values())


def carers_named(owner: str, surnames: set[str], ctx: PlanContext) -> list[Carer]:
    """The carers an owner names: by role ("Mum", "Dad and his partner"), or
    by a title and the child's surname ("Ms Carter" for Ben Carter)."""
    found = []
    for role in sorted(ctx.lexicon.words("carer_roles")):
        written = re.search(rf"\b{re.escape(role)}\b(?!['’]s)", owner, re.I)  # as has_role reads it
        if written:
            found.append(Carer(text=written.group(), words={role}))
    for titled in FAMILY_TITLED.finditer(owner):
        if titled.group(2).lower() in surnames:
            found.append(Carer(text=titled.group(), words=identifiers([titled.group(2)], titled)))
    return found


def household_carers(ctx: PlanContext) -> list[Carer]:
    """Parents and partners in the core group: a member with a parent role
    ("Ms Price (mum)"), or a title and the child's surname ("Mr Shaw").
    Read once per plan and word lists (every action's PL403 asks)."""
    meta = ctx.plan.metadata
    if meta.core_group is None:
        return []
    return list(core_group_carers(meta.core_group.text, meta.children.text if meta.children else "",
                                  ctx.lexicon))


@lru_cache(maxsize=64)
def core_group_carers(core_group: str, children: str, lexicon) -> tuple[Carer, ...]:
    surnames = child_surnames(children)
    carers = []
    for member in split_members(core_group):
        roles = {r for r in lexicon.words("carer_roles") if has_role(member, r)}
        relatives = {r for r in lexicon.words("family_roles") if has_role(member, r)} - roles
        names = [w for w in re.findall(r"\b[A-Z][\w'-]+", member) if w.lower() not in TITLES]
        titled = re.match(r"\s*(mr|mrs|ms|miss|mx)\b", member, re.I)
        if roles or (titled and {n.lower() for n in names} & surnames and not relatives):
            carers.append(Carer(text=member.strip(), words=roles | identifiers(names, titled)))
    return tuple(carers)


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


def names_a_professional(text: str, lexicon) -> bool:
    """A role or an agency: "the family support worker", "the Family Hub"."""
    return any(lexicon.find(name, text) for name in ("roles", "agencies"))


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
        if owner and (mentions(owner, carer) or names_every_carer(owner, ctx)):
            found.append(action)
    return found


def leading_subject(action: Action) -> str:
    """ "Mum to attend ..." names its owner before "to"."""
    if action.task is None:
        return ""
    match = re.match(r"^(.{1,40}?)\s+(?:to|will)\s+\w", action.task.text)
    return match.group(1) if match else ""


def supported(ctx: PlanContext, carer: Carer, carers: list[Carer], theirs: list[Action]) -> bool:
    """Help for this carer to make the change: a professional's action that
    does more than watch (`monitoring_verbs`) and names the carer ("Drive Ms
    Carter to the dental check-up", "See Ms Novak to review her medication")
    or the service they are to use ("Book a place on the Freedom Programme");
    or, in the carer's own action, a professional who does it with them or
    for them ("with the family support worker", "that the social worker has
    booked"). That the carer is to attend a course is not by itself help:
    someone has to refer, arrange, fund, take them or run it."""
    for action in professional_actions(ctx, carers):
        if not helps(action, ctx):
            continue
        # "Social worker with both parents | Write an agreement ...": the
        # owner names them too.
        named = action.task.text + " " + (action.owner.text if action.owner else "")
        if mentions(named, carer) or names_every_carer(named, ctx):
            return True
        if not any(mentions(named, other) for other in carers) and \
                shares_service(action.task.text, theirs, ctx):
            return True
    # Last, as it needs a parse of its own: help inside the carer's own action.
    ctx.parser.parse_tasks(without_evidence(action) for action in theirs)  # one batch
    return any(helped_within(action, ctx) for action in theirs)


def names_every_carer(text: str, ctx: PlanContext) -> bool:
    """ "Parents", "both parents", "each parent", "Mum and Dad"."""
    return ctx.lexicon.find("every_carer_words", text) is not None


def professional_actions(ctx: PlanContext, carers: list[Carer]) -> list[Action]:
    """Actions a professional owns, alone or with a carer ("Social worker
    with both parents"), or that no one owns ("A referral will be made to
    ...")."""
    found = []
    for action in ctx.plan.actions:
        owner = action.owner.text if action.owner else leading_subject(action)
        carer_owned = owner and (any(mentions(owner, c) for c in carers) or names_every_carer(owner, ctx))
        if action.task and (not carer_owned or names_a_professional(owner, ctx.lexicon)):
            found.append(action)
    return found


def helps(action: Action, ctx: PlanContext) -> bool:
    """Some verb of the task, or of its purpose ("see Ms Novak at home to
    review her medication"), does more than watch: not only "check", "visit",
    "see", "monitor"."""
    doc = ctx.parser.parse_task(action.task.text)  # read as an imperative where it is one
    verbs = predicates(doc)
    verbs += [c for v in verbs for c in v.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
    return any(not ctx.lexicon.is_one_of("monitoring_verbs", v.lemma_) for v in verbs)


def helped_within(action: Action, ctx: PlanContext) -> bool:
    """The carer's own task has a professional doing it with or for them:
    "attend the appointment with the family support worker", "the course the
    social worker has booked", "transport arranged by the hub"."""
    doc = ctx.parser.parse_task(without_evidence(action))
    for token in doc:
        span = doc[token.left_edge.i:token.i + 1].text
        if not names_a_professional(span, ctx.lexicon):
            continue
        if token.dep_ == "pobj" and token.head.lower_ == "with":
            return True
        verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "agent" else token.head
        if (token.dep_ == "nsubj" or token.head.dep_ == "agent") and verb.pos_ == "VERB" and \
                not ctx.lexicon.is_one_of("monitoring_verbs", verb.lemma_):
            return True
    return False


def without_evidence(action: Action) -> str:
    """The action's words less its evidence ("... confirmed by the course
    leader" says who will check, not who helps): a prose sentence may carry
    the help in words the layout put in another part."""
    text = action.text
    if action.evidence and action.evidence.text in text:
        text = text.replace(action.evidence.text, " ")
    return " ".join(text.split())


def shares_service(task: str, theirs: list[Action], ctx: PlanContext) -> bool:
    """The task names the service the carer is to use: a name ("Freedom
    Programme", "Turning Point") or a service word ("course") in both."""
    [doc] = ctx.parse([task])
    words = {t.lemma_.lower() for t in doc if t.pos_ == "PROPN" and t.i > 0 or (
        t.pos_ == "NOUN" and ctx.lexicon.is_one_of("service_nouns", t.lemma_))}
    for action in theirs:
        [own] = ctx.parse([action.task.text])
        if words & {t.lemma_.lower() for t in own}:
            return True
    return False
