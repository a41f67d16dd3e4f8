"""What the whole plan must hold: PL501 contingency-missing, PL502
lead-professional-missing, PL503 review-date-missing, PL504 child-voice-missing."""
from __future__ import annotations

import re

from ..dates import looks_like_date
from ..model import Location, SectionKind
from . import Hit, PlanContext, plan_check
from ..lexicon import Lexicon

NAME = re.compile(r"\b[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+)+|\b(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+[A-Z]")


def plan_start(ctx: PlanContext) -> Location:
    title = ctx.plan.metadata.title
    return title.location if title else Location(line=1, column=1, ref="start of document")


def section_text(ctx: PlanContext, kind: SectionKind) -> str:
    return "\n".join(s.text for s in ctx.plan.sections_of(kind)).strip()


def says_something(text: str, lexicon: Lexicon) -> bool:
    return bool(text) and not lexicon.is_one_of("placeholders", text)


@plan_check("PL501")
def contingency_missing(ctx: PlanContext) -> Hit | None:
    if says_something(section_text(ctx, SectionKind.CONTINGENCY), ctx.lexicon):
        return None
    if "contingency" in ctx.plan.metadata.other:
        return None
    return Hit(location=plan_start(ctx))


@plan_check("PL502")
def lead_professional_missing(ctx: PlanContext) -> Hit | None:
    lead = ctx.plan.metadata.lead_professional
    if lead is not None and names_a_person(lead.text, ctx.lexicon):
        return None
    where = lead.location if lead else plan_start(ctx)
    return Hit(location=where, quote=lead.text if lead else None)


def names_a_person(text: str, lexicon: Lexicon) -> bool:
    """A role alone ("Social worker") or "TBC" names no one (guide)."""
    if not says_something(text, lexicon) or lexicon.find("placeholders", text):
        return False
    stripped = lexicon.pattern("roles").sub(" ", text)
    return bool(NAME.search(stripped)) or bool(re.search(r"\b[A-Z][a-z]+\b", stripped))


@plan_check("PL503")
def review_date_missing(ctx: PlanContext) -> Hit | None:
    review = ctx.plan.metadata.review_date
    if review is not None and has_date(review.text, ctx.lexicon):
        return None
    if review is None and has_date(section_text(ctx, SectionKind.REVIEW), ctx.lexicon):
        return None
    where = review.location if review else plan_start(ctx)
    return Hit(location=where, quote=review.text if review else None)


def has_date(text: str, lexicon: Lexicon) -> bool:
    return looks_like_date(text) and not lexicon.find("placeholders", text)


@plan_check("PL504")
def child_voice_missing(ctx: PlanContext) -> Hit | None:
    views = section_text(ctx, SectionKind.CHILD_VIEWS)
    if says_something(views, ctx.lexicon) and (
            not ctx.lexicon.find("voice_absent_markers", views) or records_child_voice(views, ctx)):
        return None  # "his views were not gathered" is the absence of his voice
    if any(records_child_voice(s.text, ctx) for s in ctx.plan.sections
           if s.kind not in NOT_VOICE_SECTIONS):
        return None
    return Hit(location=plan_start(ctx))


# What professionals worry about or will do is not the child's voice.
# What parents say about the child is their voice, not the child's.
NOT_VOICE_SECTIONS = {SectionKind.WORRIES, SectionKind.ACTIONS, SectionKind.OUTCOMES,
                      SectionKind.CONTINGENCY, SectionKind.REVIEW, SectionKind.CORE_GROUP,
                      SectionKind.PARENT_VIEWS}


def records_child_voice(text: str, ctx: PlanContext) -> bool:
    """A sentence with a child as its subject saying, wanting or being seen:
    "Rosie said her mummy sleeps a lot", "Amira was seen settled"."""
    children = ctx.plan.metadata.children
    names = set(re.findall(r"\b[A-Z][\w'-]+", children.text)) if children else set()
    names |= {"child", "children", "young person", "baby"}
    subject = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    verbs = ctx.lexicon.pattern("voice_verbs").pattern
    return bool(re.search(rf"\b(?:{subject})\b[^.;]{{0,30}}?{verbs}", text))
