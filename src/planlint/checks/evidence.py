"""How we will know: PL401 evidence-missing, PL402 evidence-vague.

Evidence is checkable when it names something that can be seen, counted or
read in a record: a number or proportion, a test, a register or report, an
event that happens or not ("notices served"), a time to check it by. It is
vague when it only names a feeling or a direction ("things improve", "Mum
engages", "Poppy is happier").
"""
from __future__ import annotations

from . import ActionContext, Hit, action_check, vague_part
from ..lexicon import Lexicon, is_blank

CHECKABLE_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "MONEY"}
COMPARATIVE_TAGS = {"JJR", "RBR"}
EVENT_OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "pobj"}


@action_check("PL401")
def evidence_missing(ctx: ActionContext) -> Hit | None:
    action = ctx.action
    if action.evidence and not is_blank(action.evidence.text, ctx.lexicon):
        return None
    if action.task and ctx.lexicon.find("evidence_markers", action.task.text):
        return None  # "..., so that ..." inside the task cell
    where = action.evidence.location if action.evidence else action.location
    return Hit(location=where)


@action_check("PL402")
def evidence_vague(ctx: ActionContext) -> Hit | None:
    return vague_part(ctx, "evidence", lambda doc: not is_checkable(doc, ctx.lexicon))


def is_checkable(doc, lexicon: Lexicon) -> bool:
    """Something counted, dated or recorded makes evidence checkable, even
    beside vague words ("safe, shown by the rota signed at every visit")."""
    vague = lexicon.find("vague_evidence", doc.text)
    # "put the children first": the ordinal belongs to the vague phrase.
    inside = range(vague.start(), vague.end()) if vague else range(0)
    if any((t.ent_type_ in CHECKABLE_ENTS or t.like_num) and t.idx not in inside for t in doc):
        return True
    if lexicon.find("measurable_markers", doc.text):
        return True
    if has_vague_signal(doc, lexicon):
        return False
    if lexicon.find("measured_things", doc.text) or any(is_witnessed(t, lexicon) for t in doc):
        return True
    return any(is_observable_event(t, lexicon) for t in doc)


def is_witnessed(token, lexicon: Lexicon) -> bool:
    """Seen, checked or noted by someone named: "seen by staff at the gate"."""
    return lexicon.is_one_of("witnessed_verbs", token.lemma_) and any(
        c.dep_ == "agent" for c in token.children)


def has_vague_signal(doc, lexicon: Lexicon) -> bool:
    """A feeling, a direction or an evaluation: "happier", "more open",
    "positive progress", "Mum engages"."""
    if lexicon.find("vague_evidence", doc.text):
        return True
    return any(t.tag_ in COMPARATIVE_TAGS for t in doc)


def is_observable_event(token, lexicon: Lexicon) -> bool:
    """A verb that reports something that happens or exists, with a thing as
    its object ("has an offer of a flat", "notices served", "tells her worker
    the warning signs"), not an attitude ("is coping")."""
    if token.pos_ != "VERB" or lexicon.is_one_of("vague_verbs", token.lemma_) or \
            lexicon.is_one_of("state_verbs", token.lemma_):
        return False
    deps = set(EVENT_OBJECT_DEPS)
    if token.tag_ in ("VBN", "VBD"):
        deps.add("nsubj")  # telegraphic passive: "Notices served", "Assessment shared"
    things = [c for c in token.children if c.dep_ in deps and c.pos_ in ("NOUN", "PROPN")]
    if not things and token.dep_ in ("acl", "amod", "ROOT") and token.tag_ == "VBN":
        things = [token.head] if token.head.pos_ in ("NOUN", "PROPN") else []
    return any(not lexicon.is_one_of("abstract_objects", t.lemma_) for t in things)
