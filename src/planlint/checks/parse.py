"""Reading the parse of a task: its subject, its verbs, whether it is passive.

Tasks come in three shapes: imperative ("Refer Poppy to CAMHS"), "X to do"
("Mum to attend the course"), "X will do" ("The school will refer Ben"); and
passive, with or without an agent ("A referral will be made").
"""
from __future__ import annotations

from ..dates import looks_like_date


def to_verb(doc):
    """In "Mum to attend ...", the verb after "to" when only a noun phrase
    comes before it; None otherwise."""
    for token in doc:
        if token.lower_ == "to" and token.tag_ == "TO" and token.i > 0:
            verb = token.head if token.head.pos_ in ("VERB", "AUX") else None
            if verb is None and token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("VERB", "AUX"):
                verb = doc[token.i + 1]
            before = doc[:token.i]
            if verb is not None and not any(t.pos_ in ("VERB", "AUX") for t in before):
                return before, verb
            return None
        if token.pos_ in ("VERB", "AUX"):
            return None
    return None


def is_passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and any(c.lower_ == "be" for c in verb.children))


def subject_of_task(doc):
    """Who a task says will do it: "Nursery" in "Nursery to keep an eye on",
    "The school" in "The school will refer Ben". None for imperatives and
    passives ("Daniel to be referred", "A referral will be made")."""
    found = to_verb(doc)
    if found is not None:
        before, verb = found
        after = doc[verb.i:verb.i + 2]
        if is_passive(verb) or (after[0].lower_ == "be" and len(after) > 1 and after[1].tag_ == "VBN"):
            return None
        return before if len(before) and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in before) else None
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or is_passive(root):
        return agent_of(root) if root is not None else None
    for child in root.children:
        if child.dep_ == "nsubj":
            return doc[child.left_edge.i:child.right_edge.i + 1]
    return None


def agent_of(verb):
    """The "by X" of a passive, unless X is a date ("made by 27.2.26")."""
    for child in verb.children:
        if child.dep_ == "agent" and not looks_like_date(child.doc[child.i:child.right_edge.i + 1].text) \
                and not any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            objects = [t for t in child.children if t.dep_ == "pobj"]
            if objects:
                return verb.doc[objects[0].left_edge.i:objects[0].right_edge.i + 1]
    return None


def passive_without_agent(doc) -> bool:
    if doc is None:
        return False
    for token in doc:
        if token.dep_ in ("ROOT", "relcl", "xcomp", "acl") and token.pos_ == "VERB" and is_passive(token):
            return agent_of(token) is None
    return False


def predicates(doc) -> list:
    """The main verbs of a task: its root and the verbs joined to it with
    "and"; through "continue to" / "try to" to the verb that carries the act."""
    found = to_verb(doc)
    root = found[1] if found else next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return []
    verbs = [root] + [t for t in root.conjuncts if t.pos_ in ("VERB", "AUX")]
    return verbs
