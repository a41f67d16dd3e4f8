"""Put a plan on the calendar: its conference, first core group and review
dates, and each action's deadline as a day or a frequency (dates.py reads the
words). A step between layout and checks: it reads the Plan and fills
Plan.timeline and Action.due."""
from __future__ import annotations

from .dates import PlanDates, frequency_days, parse_date, resolve
from .model import Action, Due, Plan, SectionKind, Timeline


def resolve_timeline(plan: Plan) -> None:
    plan.timeline = plan_dates(plan)
    dates = PlanDates(conference=plan.timeline.conference, review=plan.timeline.review,
                      first_core_group=plan.timeline.first_core_group)
    for action in plan.actions:
        action.due = action_due(action, dates)


def plan_dates(plan: Plan) -> Timeline:
    """Two review dates ("Review conference date: 3 Feb 2026 (first review)"
    and "Next review conference: 4 Aug 2026"): the later is the next review;
    the earlier, when no conference date is given, is this plan's conference."""
    meta = plan.metadata
    conference = parse_date(meta.conference_date.text) if meta.conference_date else None
    texts = [f.text for f in (meta.review_date, meta.other.get("review_date_2")) if f]
    texts = texts or ["\n".join(s.text for s in plan.sections_of(SectionKind.REVIEW))]
    reviews = sorted(d for d in (parse_date(t, conference) for t in texts if t) if d)
    review = reviews[-1] if reviews else None
    if conference is None and len(set(reviews)) > 1:  # one date written twice is one review
        conference = reviews[0]
        meta.conference_type = meta.conference_type or "review"
    first = parse_date(meta.first_core_group.text, conference) if meta.first_core_group else None
    return Timeline(conference=conference, review=review, first_core_group=first)


def action_due(action: Action, dates: PlanDates) -> Due | None:
    """The deadline (and frequency column) on the calendar; a frequency written
    only in the task ("Weigh Amira every two weeks") counts too."""
    text = " ; ".join(f.text for f in (action.deadline, action.frequency) if f)
    resolved = resolve(text, dates) if text else None
    if resolved is None and action.task is not None:
        every = frequency_days(action.task.text)
        return Due(every_days=every, kind="frequency") if every else None
    if resolved is None:
        return None
    every = resolved.every_days
    if every is None and action.task is not None:
        every = frequency_days(action.task.text)
    return Due(by=resolved.by, starts=resolved.starts, every_days=every, kind=resolved.kind)
