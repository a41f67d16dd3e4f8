"""Dates against the plan's own timeline and statutory timescales.

PL303 deadline-before-conference, PL304 deadline-passed, PL305
deadline-after-review, PL306 frequency-missing (actions); PL505
first-core-group-late, PL506 review-too-late, PL507 visit-frequency-missing,
PL508 visit-frequency-low (plan). Working Together to Safeguard Children sets
the first core group within 10 working days of an initial conference, the
first review within 3 months and later reviews within 6 months.
"""
from __future__ import annotations

import re

from ..dates import add_months, add_working_days
from ..model import Action
from . import ActionContext, Hit, PlanContext, action_check, plan_check
from .plan import plan_start

COUNTED = re.compile(r"\b(?:\d+|one|two|three|four|five|six|eight|ten|twelve)(?:[\s-]+[\w-]+)?\s*$", re.I)
# A plan whose review date is unknown is taken to be in force this long.
PLAN_LIFETIME_MONTHS = 6
FIRST_CORE_GROUP_WORKING_DAYS = 10
FIRST_REVIEW_MONTHS = 3
LATER_REVIEW_MONTHS = 6


@action_check("PL303")
def deadline_before_conference(ctx: ActionContext) -> Hit | None:
    due, conference = ctx.action.due, ctx.plan.timeline.conference
    day = due and (due.by or due.starts)
    if day is None or conference is None or day >= conference:
        return None
    return deadline_hit(ctx)


@action_check("PL304")
def deadline_passed(ctx: ActionContext) -> Hit | None:
    """Only while the plan is live (its review is still to come): an old plan's
    deadlines have all passed, and that is no finding."""
    due, timeline, today = ctx.action.due, ctx.plan.timeline, ctx.options.today
    if due is None or due.by is None or due.by >= today or not in_force(timeline, today):
        return None
    if timeline.conference is not None and due.by < timeline.conference:
        return None  # PL303 says it better
    return deadline_hit(ctx)


@action_check("PL305")
def deadline_after_review(ctx: ActionContext) -> Hit | None:
    due, review = ctx.action.due, ctx.plan.timeline.review
    if due is None or due.by is None or review is None or due.by <= review:
        return None
    return deadline_hit(ctx)


@action_check("PL306")
def frequency_missing(ctx: ActionContext) -> Hit | None:
    """An action that happens again and again ("continue to visit", "attend
    the sessions") needs a frequency, not only a date."""
    action = ctx.action
    if action.task is None or (action.due and action.due.every_days):
        return None
    text = " ".join(f.text for f in (action.task, action.deadline) if f)
    marker = ctx.lexicon.find("recurring_markers", text)
    if not marker or COUNTED.search(text[:marker.start()]):
        return None  # "two taster sessions": a number, not a routine
    if action.deadline and ctx.lexicon.find("vague_deadlines", action.deadline.text):
        return None  # "regularly" is PL302's finding already
    return Hit(location=(action.deadline or action.task).location, quote=action.task.text)


def in_force(timeline, today) -> bool:
    """Until its review; a plan with no review date, for six months after its
    conference; a plan with neither date is not judged."""
    if timeline.review is not None:
        return timeline.review >= today
    if timeline.conference is not None:
        return add_months(timeline.conference, PLAN_LIFETIME_MONTHS) >= today
    return False


def deadline_hit(ctx: ActionContext) -> Hit:
    deadline = ctx.action.deadline
    where = deadline.location if deadline else ctx.action.location
    return Hit(location=where, quote=deadline.text if deadline else None)


# --------------------------------------------------------------- plan level


@plan_check("PL505")
def first_core_group_late(ctx: PlanContext) -> Hit | None:
    timeline, meta = ctx.plan.timeline, ctx.plan.metadata
    if timeline.conference is None or timeline.first_core_group is None:
        return None
    if meta.conference_type == "review":
        return None
    limit = add_working_days(timeline.conference, FIRST_CORE_GROUP_WORKING_DAYS)
    if timeline.first_core_group <= limit:
        return None
    return Hit(location=meta.first_core_group.location, quote=meta.first_core_group.text)


@plan_check("PL506")
def review_too_late(ctx: PlanContext) -> Hit | None:
    """3 months after an initial conference, 6 after a review; a plan that does
    not say which conference it follows gets the longer limit."""
    timeline, meta = ctx.plan.timeline, ctx.plan.metadata
    if timeline.conference is None or timeline.review is None:
        return None
    months = FIRST_REVIEW_MONTHS if meta.conference_type == "initial" else LATER_REVIEW_MONTHS
    if timeline.review <= add_months(timeline.conference, months):
        return None
    where = meta.review_date.location if meta.review_date else plan_start(ctx)
    return Hit(location=where, quote=meta.review_date.text if meta.review_date else None)


@plan_check("PL507")
def visit_frequency_missing(ctx: PlanContext) -> Hit | None:
    visits = social_worker_visits(ctx)
    if any(v.due and v.due.every_days for v in visits):
        return None
    where = visits[0].location if visits else plan_start(ctx)
    return Hit(location=where, quote=visits[0].task.text if visits else None)


@plan_check("PL508")
def visit_frequency_low(ctx: PlanContext) -> Hit | None:
    timed = [v for v in social_worker_visits(ctx) if v.due and v.due.every_days]
    if not timed or min(v.due.every_days for v in timed) <= ctx.options.min_visit_days:
        return None
    slowest = min(timed, key=lambda v: v.due.every_days)
    return Hit(location=(slowest.deadline or slowest.task).location, quote=slowest.task.text)


def social_worker_visits(ctx: PlanContext) -> list[Action]:
    """Actions in which the social worker visits or sees the child."""
    lead = ctx.plan.metadata.lead_professional
    found = []
    for action in ctx.plan.actions:
        who = " ".join(f.text for f in (action.owner, action.task) if f)
        by_social_worker = ctx.lexicon.find("social_worker_words", who) or (
            lead is not None and names_overlap(lead.text, who))
        if by_social_worker and action.task and ctx.lexicon.find("visit_words", action.task.text):
            found.append(action)
    return found


def names_overlap(name: str, text: str) -> bool:
    """ "Anna Webb" in "Anna Webb (SW)" or "Anna will visit": the lead's first
    name or surname stands in the text (the name is what comes before a comma
    or bracket: "Ruth Okafor, Millbrook Safeguarding Team")."""
    name = re.split(r"[,(]", name, maxsplit=1)[0]
    words = [w for w in name.split() if w[:1].isupper() and len(w) > 2]
    return bool(words) and any(re.search(rf"\b{re.escape(w)}\b", text) for w in (words[0], words[-1]))

