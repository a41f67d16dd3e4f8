"""What needs to change: PL513 outcome-not-about-the-child.

An outcome says what will be different for the child: "Harley gains weight
and is fed safely", "Skye goes to nursery". One whose every clause is a
service or an adult's use of it ("Mum engages with services", "Family
receives support", "Ms Whitmore gets treatment") can be met in full while
the child's day is no different.

A plan check, one finding per outcome: an outcome is written once and shared
by the actions under it (a goal heading, a merged cell, a group row), so a
finding per action would repeat the same words. The finding sits on the
outcome's words; `planlint eval` scores the action label of each action
whose outcome it is (docs/labelled-corpus.md).
"""
from __future__ import annotations

from ..lexicon import Lexicon
from ..model import BlockKind, Plan, SectionKind, TextField
from . import Hit, PlanContext, plan_check
from .evidence import acts_as_verb, clause_arguments, is_service, is_stray
from .people import is_about_child, is_carer

CHILD, INPUT, OTHER = "child", "input", "other"
SUBJECT_DEPS = ("nsubj", "nsubjpass")
CLAUSE_DEPS = ("conj", "advcl", "ccomp", "xcomp")


@plan_check("PL513")
def outcome_not_about_child(ctx: PlanContext) -> list[Hit]:
    outcomes = plan_outcomes(ctx.plan)
    docs = ctx.parse(o.text for o in outcomes)
    return [Hit(location=o.location, quote=o.text)
            for o, doc in zip(outcomes, docs) if is_about_input(doc, ctx)]


def plan_outcomes(plan: Plan) -> list[TextField]:
    """Each distinct outcome: those the actions serve, then the paragraphs and
    items of a "What needs to change" section that are not actions."""
    found: dict[str, TextField] = {}
    for action in plan.actions:
        if action.outcome and action.outcome.text.strip():
            found.setdefault(action.outcome.text.strip(), action.outcome)
    for section in plan.sections_of(SectionKind.OUTCOMES):
        for block in section.blocks:
            text = block.text.strip()
            if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and text and \
                    not any(overlaps(text, other) for other in [*found, *(a.text for a in plan.actions)]):
                found[text] = TextField(text=text, location=block.location)
    return list(found.values())


def overlaps(text: str, other: str) -> bool:
    """ "Goal B: Mum gets help" is the outcome "Mum gets help" again."""
    return text in other or other in text


def is_about_input(doc, ctx: PlanContext) -> bool:
    """Every clause is an input (a service, or an adult taking one up), and
    none is about the child."""
    kinds = {clause_kind(head, ctx) for head in clause_heads(doc)}
    return INPUT in kinds and kinds == {INPUT}


def clause_heads(doc) -> list:
    """Each sentence's root and the clauses joined to it ("... and gets help
    with her heroin use", "... so that Ben is safe")."""
    heads, todo = [], [sentence.root for sentence in doc.sents]
    while todo:
        token = todo.pop()
        heads.append(token)
        todo += [c for c in token.children if c.dep_ in CLAUSE_DEPS and not is_stray(c) and (
            c.pos_ in ("VERB", "AUX") or c.dep_ == "conj")]
    return heads


def clause_kind(head, ctx: PlanContext) -> str:
    lexicon = ctx.lexicon
    if not acts_as_verb(head):
        return noun_kind(head, ctx)
    subject = clause_subject(head)
    if subject is None:
        return OTHER
    text = subject.doc[subject.left_edge.i:subject.right_edge.i + 1].text
    served = any(is_service(a, lexicon) for a in clause_arguments(head) if a is not subject)
    if is_about_child(text, ctx.plan, lexicon):
        # "Dylan is referred to the youth drug service": a service given to
        # the child, not a change in the child's day ("Ben goes to school").
        # Whose the subject is ("Ella's mum gets treatment") is not judged
        # here: the subject's own words must name the child.
        own = is_about_child(own_words(subject), ctx.plan, lexicon)
        return INPUT if served and own else CHILD
    if is_carer(text, ctx):
        # "Mum engages with services", "Family receives support", "Parents
        # work with the family hub"; not "Mum and Dad are calmer", "The family
        # has enough room to live safely".
        takes_up = lexicon.is_one_of("input_verbs", head.lemma_) or served or works_with_provider(head, lexicon)
        return INPUT if takes_up else OTHER
    return INPUT if is_provider(subject, text, lexicon) else OTHER


def own_words(subject) -> str:
    """The subject's words less whose it is: "mum" in "Ella's mum"."""
    owners = {t.i for c in subject.children if c.dep_ == "poss" for t in c.subtree}
    return " ".join(t.text for t in subject.subtree if t.i not in owners)


def works_with_provider(verb, lexicon: Lexicon) -> bool:
    """ "work with the Family Intervention Team", "meets with her key worker":
    the adult's part is time with those who give a service."""
    partners = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"]
    return any(is_provider(g, g.doc[g.left_edge.i:g.i + 1].text, lexicon) for g in partners)


def clause_subject(verb):
    """The verb's subject, or for "... and gets help", "... to support the
    family" the subject of the verb it hangs off."""
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None or verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head is verb:
            return subject
        verb = verb.head
    return None


def is_provider(subject, text: str, lexicon: Lexicon) -> bool:
    """A service or those who give it: "support", "a referral", "professionals",
    "the Family Intervention Team"."""
    if is_service(subject, lexicon) or lexicon.is_one_of("provider_nouns", subject.lemma_):
        return True
    return lexicon.is_one_of("vague_owners", text) or bool(lexicon.find("roles", text) or lexicon.find("agencies", text))


def noun_kind(noun, ctx: PlanContext) -> str:
    """An outcome with no verb: "Support for mum", "Engagement with services"
    are inputs; "A safe home for Ben" is about him."""
    lexicon = ctx.lexicon
    if is_service(noun, lexicon) or lexicon.is_one_of("input_nouns", noun.lemma_):
        return INPUT
    text = noun.doc[noun.left_edge.i:noun.right_edge.i + 1].text
    return CHILD if is_about_child(text, ctx.plan, lexicon) else OTHER
