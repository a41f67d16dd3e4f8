"""Who will do it: PL101 owner-missing, PL102 owner-vague."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Location
from . import ActionContext, Hit, action_check
from ..lexicon import Lexicon, is_blank, normalise
from .parse import passive_without_agent, subject_of_task

# Words that, alone or together, name no one accountable ("agencies involved",
# "relevant services"): a stated owner made only of these is vague.
FILLER_POS = {"DET", "PUNCT", "CCONJ", "AUX", "PART", "ADP", "SPACE"}


@dataclass
class Owner:
    text: str
    location: Location
    doc: object | None


def stated_owner(ctx: ActionContext) -> Owner | None:
    """The owner as written: its own cell or field, else the subject of the task
    ("Nursery to keep an eye on..." names the nursery)."""
    action = ctx.action
    if action.owner and not is_blank(action.owner.text, ctx.lexicon):
        return Owner(action.owner.text, action.owner.location, ctx.doc("owner"))
    task_doc = ctx.doc("task")
    if action.layout != "prose" and task_doc is not None and action.task is not None:
        subject = subject_of_task(task_doc)
        if subject is not None:
            return Owner(subject.text, action.task.location, subject)
    return None


@action_check("PL101")
def owner_missing(ctx: ActionContext) -> Hit | None:
    if stated_owner(ctx) is not None:
        return None
    action = ctx.action
    where = action.owner.location if action.owner else action.location
    quote = action.task.text if action.task and passive_without_agent(ctx.doc("task")) else None
    return Hit(location=where, quote=quote)


@action_check("PL102")
def owner_vague(ctx: ActionContext) -> Hit | None:
    owner = stated_owner(ctx)
    if owner is None or not is_vague_owner(owner.text, owner.doc, ctx.lexicon):
        return None
    return Hit(location=owner.location, quote=owner.text)


def is_vague_owner(text: str, doc, lexicon: Lexicon) -> bool:
    """No one accountable can be identified: "All agencies", "Health", "TBC".
    A role, a named person or service, or a family member is not vague."""
    if lexicon.is_one_of("vague_owners", text) or lexicon.is_one_of("sectors", text):
        return True
    opening = lexicon.find("vague_group_openings", text)
    if opening and not text[:opening.start()].strip():
        return True
    if names_someone(text, doc, lexicon):
        return False
    vague_words = lexicon.split_words("vague_owners", "sectors", "owner_vague_words")
    return all(w in vague_words for w in words(text, doc))


def names_someone(text: str, doc, lexicon: Lexicon) -> bool:
    if any(lexicon.find(name, text) for name in ("roles", "family_roles", "agencies")):
        return True
    if doc is None:
        return False
    # A proper noun that is not a vague word: a name ("Ms Patel", "Turning Point").
    vague_words = lexicon.split_words("vague_owners", "sectors", "owner_vague_words")
    return any(t.pos_ == "PROPN" and t.lower_ not in vague_words for t in doc)


def words(text: str, doc) -> list[str]:
    if doc is None:
        return normalise(text).split()
    return [t.lower_ for t in doc if t.pos_ not in FILLER_POS]
