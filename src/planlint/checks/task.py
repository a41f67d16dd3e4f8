"""What will be done: PL201 task-vague.

A task is concrete when an independent reviewer could say at the review that it
was or was not done (annotation guide). Trigger words are not enough: "support
mum to attend her GP appointment by driving her" is concrete, "Dad to do better
with the school run" is vague. So each main verb of the task is judged with
what the parse attaches to it: a vague verb ("monitor", "support") is made
concrete by a concrete act under it ("to attend ...", "by driving ..."); any
other verb is concrete unless it is left general ("properly", "better", "the
situation"); "be" ("be available", "be more protective") states an attitude.
"""
from __future__ import annotations

from . import ActionContext, Hit, action_check, vague_part
from ..lexicon import Lexicon
from .parse import predicates

SUBORDINATE = {"xcomp", "ccomp", "advcl", "pcomp", "conj"}
DETAIL_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT"}
OBJECTS = {"dobj", "pobj", "dative", "attr", "oprd", "nsubjpass"}
MAX_DEPTH = 3
# "by driving her there", "through weekly sessions": how the act is done.
MEANS_PREPS = {"by", "through", "via", "including"}
CONDITION_MARKS = {"as", "if", "when", "whenever", "unless", "where", "once", "while"}


@action_check("PL201")
def task_vague(ctx: ActionContext) -> Hit | None:
    timed = ctx.action.due is not None
    return vague_part(ctx, "task", lambda doc: not is_concrete_task(doc, ctx.lexicon, timed=timed))


def is_concrete_task(doc, lexicon: Lexicon, timed: bool = False) -> bool:
    """`timed`: the action has a date or frequency, which makes a plain act
    with nothing after it ("stay" overnight every Tuesday) checkable."""
    verbs = predicates(doc)
    if not verbs or all(v.pos_ not in ("VERB", "AUX") and not acts_as_verb(v) for v in verbs):
        return is_concrete_noun_task(doc, lexicon)
    return any(is_concrete_verb(v, lexicon, 0, timed) for v in verbs)


def acts_as_verb(token) -> bool:
    """An opening word the tagger took for an adjective but that has an object:
    "Clear the hallway", "Empty the bins"."""
    return token.pos_ == "ADJ" and token.i == 0 and any(c.dep_ == "dobj" for c in token.children)


def is_concrete_noun_task(doc, lexicon: Lexicon) -> bool:
    """A task with no verb ("Weekly home visits", "Emotional support")."""
    has_detail = any(t.ent_type_ in DETAIL_ENTS for t in doc)
    return bool(lexicon.find("concrete_nouns", doc.text)) or has_detail


def is_concrete_verb(verb, lexicon: Lexicon, depth: int, timed: bool = False) -> bool:
    if depth > MAX_DEPTH:
        return False
    below = subordinate_verbs(verb)
    acts = [v for v in below if v.tag_ in ("VB", "VBG")]
    if lexicon.is_one_of("aspectual_verbs", verb.lemma_) and acts:
        # "keep working with everyone", "carry on going": judge the act itself
        return any(is_concrete_verb(v, lexicon, depth + 1, timed) for v in acts)
    if verb.lemma_ == "be" and not is_passive_aux(verb):
        # "be more protective" is an attitude; "not be alone with Ellie" is a
        # rule anyone can see kept or broken.
        return has_time_detail(verb) or is_prohibition(verb)
    if keeps_a_state(verb, lexicon):
        return False
    if lexicon.is_one_of("proving_verbs", verb.lemma_):
        # "prove he has changed", "show he can keep Kai safe", "demonstrate
        # capacity": a claim to prove is no act, whatever the date. A thing
        # shown ("his payslips"), a skill taught ("how to make up feeds") or
        # a means ("by giving three hair-strand samples") can be.
        return shows_a_thing(verb, lexicon) or any(
            is_concrete_verb(v, lexicon, depth + 1, timed) for v in below if v.dep_ != "ccomp") or any(
            is_concrete_verb(v, lexicon, depth + 1, timed) for v in means_in(verb))
    if lexicon.is_one_of("mental_verbs", verb.lemma_):
        # The thought itself ("what Alfie needs") is no act; a means can be.
        return any(is_concrete_verb(v, lexicon, depth + 1, timed) for v in below
                   if v.dep_ != "ccomp")
    if starts_vague_phrase(verb, lexicon):
        return any(is_concrete_verb(v, lexicon, depth + 1, timed) for v in below) or (
            has_time_detail(verb) and has_concrete_object(verb, lexicon))
    if left_general(verb, lexicon):
        return any(is_concrete_verb(v, lexicon, depth + 1, timed) for v in below)
    # Any other verb: concrete when it acts on something or somewhere ("phone
    # the landlord", "go to an AA meeting"), not when it is left bare or only
    # abstract ("step up as a dad", "cut down on drinking").
    return has_specific_complement(verb, lexicon) or has_time_detail(verb) or timed or \
        any(is_concrete_verb(v, lexicon, depth + 1, timed) for v in below)


def shows_a_thing(verb, lexicon: Lexicon) -> bool:
    """ "show the social worker his payslips": an object that is a thing, not
    a person shown something nor a capacity ("demonstrate insight")."""
    return any(c.dep_ == "dobj" and is_thing(c, lexicon) and not is_person(c, lexicon)
               for c in verb.children)


def is_time_phrase(token) -> bool:
    """ "by 1 May 2026" hanging off the noun: when, not what."""
    return token.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def means_in(verb) -> list:
    """ "by giving three negative hair-strand tests" anywhere under the verb,
    also inside what is to be proved ("demonstrate he can stay sober by ...")."""
    return [c for t in verb.subtree if t.dep_ == "prep" and t.lower_ in MEANS_PREPS
            for c in t.children if c.dep_ == "pcomp" and c.pos_ == "VERB"]


def is_person(token, lexicon: Lexicon) -> bool:
    phrase = phrase_of(token)
    return token.pos_ == "PROPN" or any(lexicon.find(name, phrase) for name in ("roles", "family_roles"))


def starts_vague_phrase(verb, lexicon: Lexicon) -> bool:
    """The verb with the words after it starts a vague phrase ("keep an eye",
    "work on", "look after"), compared on the verb's lemma."""
    rest = verb.doc[verb.i + 1:verb.i + 5].text
    phrase = f"{verb.lemma_.lower()} {rest}".strip()
    match = lexicon.find("vague_verbs", phrase)
    return match is not None and match.start() == 0


def keeps_a_state(verb, lexicon: Lexicon) -> bool:
    """ "keep Tyler safe", "keep each other updated", "stay calm": a state to
    keep, not an act to do."""
    return lexicon.is_one_of("state_keeping_verbs", verb.lemma_) and any(
        c.dep_ == "oprd" or  # "keep the house tidy", whatever the tagger made of "tidy"
        c.dep_ in ("acomp", "ccomp", "xcomp") and c.tag_ in ("JJ", "JJR", "VBN", "VBD")
        for c in verb.children)


def has_specific_complement(verb, lexicon: Lexicon) -> bool:
    # "stay away from the estate": the place hangs off "away".
    children = list(verb.children) + [g for c in verb.children if c.dep_ in ("advmod", "prt")
                                      for g in c.children]
    if verb.dep_ in ("relcl", "acl") and is_passive(verb) and is_thing(verb.head, lexicon):
        return True  # "Sexual health appointment to be offered to Kayla"
    for child in children:
        if child.dep_ in ("dobj", "dative", "attr", "nsubjpass", "oprd", "agent") and is_thing(child, lexicon):
            return True
        if child.dep_ == "agent":
            return True
        if child.dep_ == "prep" and child.lower_ not in ("as", "like"):
            if any(c.dep_ == "pobj" and is_thing(c, lexicon) for c in child.children):
                return True
    return False


def is_thing(token, lexicon: Lexicon) -> bool:
    """A person, place or object named: not a pronoun, an activity ("drinking")
    or an abstract noun ("support", "the situation")."""
    if token.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    if token.tag_ == "VBG" or (token.text.lower().endswith("ing") and not any(
            c.dep_ in ("det", "poss", "compound", "amod") for c in token.children)):
        return False  # "cut down on drinking"; but "a planning meeting" is a thing
    return not is_abstract(token, lexicon)


def left_general(verb, lexicon: Lexicon) -> bool:
    """A concrete-sounding verb made general: "do better", "look after Amira
    properly", "offer emotional support", "keep Tyler safe", "try harder",
    "keep each other updated"."""
    if any(c.tag_ in ("RBR", "JJR") and c.dep_ in ("advmod", "acomp", "oprd") for c in verb.children):
        return True
    for child in verb.children:
        if child.dep_ in ("advmod", "acomp", "oprd", "ccomp", "xcomp") and \
                lexicon.find("vague_modifiers", child.text) and child.pos_ in ("ADV", "ADJ"):
            return True
    if any(lexicon.is_one_of("vague_complements", phrase_of(c)) for c in verb.children
           if c.dep_ == "prep"):
        return True  # "keep the family on the radar", "keep it in mind"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or not all(is_abstract(o, lexicon) for o in objects):
        return False
    # "Record Ben's behaviour in a daily log": the place or means is concrete;
    # a date is not a place ("find suitable accommodation by 1 May").
    places = [t for c in verb.children if c.dep_ == "prep" and c.lower_ != "for" for t in c.children
              if t.dep_ == "pobj" and t.ent_type_ not in ("DATE", "TIME")]
    return all(is_abstract(p, lexicon) for p in places)


def is_abstract(noun, lexicon: Lexicon) -> bool:
    """ "support", "advice", "the situation": an object that names no thing.
    The whole phrase counts: "a written plan with both parents" is a thing;
    "adequate housing", "stable employment" are a standard nobody has set."""
    return lexicon.is_one_of("abstract_objects", noun.lemma_) or lexicon.is_one_of(
        "vague_complements", phrase_of(noun)) or only_a_standard(noun, lexicon)


def only_a_standard(noun, lexicon: Lexicon) -> bool:
    """The noun is qualified only by a judgement ("adequate", "suitable",
    "stable", "appropriate"): nothing says what would meet it. "a stable
    two-bedroom tenancy" or "suitable housing with the council" says more."""
    # "by 1 May", "for the family": when and for whom, not what would do.
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nummod", "prep", "poss")
                 and not is_time_phrase(c) and c.lower_ != "for"]
    return bool(modifiers) and all(
        c.dep_ == "amod" and lexicon.is_one_of("vague_standards", c.lemma_) for c in modifiers)


def phrase_of(token) -> str:
    return token.doc[token.left_edge.i:token.right_edge.i + 1].text


def subordinate_verbs(verb) -> list:
    """Verbs that say how or what exactly: "to attend ...", "by driving ...",
    "and share the chart ...", "apply for a flat"."""
    found = []
    for child in verb.children:
        if child.dep_ in SUBORDINATE and child.pos_ in ("VERB", "AUX") and not is_condition(child):
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in MEANS_PREPS:
            found.extend(c for c in child.children if c.dep_ == "pcomp" and c.pos_ == "VERB")
        elif child.dep_ == "dobj":
            # "help Ms Yusuf apply for a flat": the act hangs off the object;
            # a participle ("the concerns raised at conference") only describes it.
            found.extend(c for c in child.children
                         if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and c.tag_ != "VBN")
    return found


def is_prohibition(verb) -> bool:
    negated = any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "neg" for c in verb.head.children if verb.dep_ in ("xcomp", "conj"))
    return negated and any(c.dep_ in ("prep", "acomp", "advmod") for c in verb.children)


def is_condition(verb) -> bool:
    """ "as needed", "if she asks", "when appropriate": when, not what."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children)


def has_time_detail(verb) -> bool:
    return any(t.ent_type_ in DETAIL_ENTS or t.like_num for t in verb.subtree)


def has_concrete_object(verb, lexicon: Lexicon) -> bool:
    objects = [c for c in verb.subtree if c.dep_ in OBJECTS and c.pos_ in ("NOUN", "PROPN")
               and c.ent_type_ not in ("DATE", "TIME")]  # "by 20 March" is when, not what
    return any(not is_abstract(o, lexicon) for o in objects)


def is_passive(verb) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def is_passive_aux(verb) -> bool:
    return verb.dep_ == "auxpass"
