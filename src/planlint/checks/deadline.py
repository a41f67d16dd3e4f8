"""By when: PL301 deadline-missing, PL302 deadline-vague.

Any time frame counts as a deadline: a date, an interval ("within 10 working
days"), a frequency ("fortnightly"), an event ("before the first core group").
It is vague when it cannot be checked ("ongoing", "ASAP", "as required").
"""
from __future__ import annotations

from ..dates import looks_like_date
from . import ActionContext, Hit, action_check, vague_part
from ..lexicon import Lexicon, is_blank

TIME_ENTS = {"DATE", "TIME"}


@action_check("PL301")
def deadline_missing(ctx: ActionContext) -> Hit | None:
    action = ctx.action
    if action.deadline and not is_blank(action.deadline.text, ctx.lexicon):
        return None
    if action.frequency and not is_blank(action.frequency.text, ctx.lexicon):
        return None
    # "anywhere in the action" (guide): "Weigh Amira at clinic every two weeks".
    task_doc = ctx.doc("task")
    if task_doc is not None and (has_time_frame(task_doc, ctx.lexicon, counted_only=True) or
                                 ctx.lexicon.find("vague_deadlines", task_doc.text)):
        return None
    where = action.deadline.location if action.deadline else action.location
    return Hit(location=where)


@action_check("PL302")
def deadline_vague(ctx: ActionContext) -> Hit | None:
    return vague_part(ctx, "deadline", lambda doc: is_vague_deadline(doc, ctx.lexicon))


def is_vague_deadline(doc, lexicon: Lexicon) -> bool:
    """Vague words with nothing checkable beside them ("ongoing", but not
    "ongoing, reviewed at each core group"), or no time frame at all."""
    vague = lexicon.find("vague_deadlines", doc.text)
    exclude = vague_span(doc, vague.start(), vague.end()) if vague else None
    return not has_time_frame(doc, lexicon, exclude=exclude)


def vague_span(doc, start: int, end: int) -> tuple[int, int]:
    """The vague words with any date entity they stand in: "over the coming
    months" is one vague DATE entity, not "coming months" and a date "the"."""
    for ent in doc.ents:
        if ent.start_char < end and start < ent.end_char:
            start, end = min(start, ent.start_char), max(end, ent.end_char)
    return start, end


def has_time_frame(doc, lexicon: Lexicon, exclude: tuple[int, int] | None = None,
                   counted_only: bool = False) -> bool:
    """A date, time, frequency, interval or event anywhere in the text.
    `counted_only`: a bare number is a time frame only when it counts time
    ("within 10 days"); in a task, "999" or "six sessions" is not one."""
    def outside(token) -> bool:
        return exclude is None or not (exclude[0] <= token.idx < exclude[1])

    def is_time_number(token) -> bool:
        if not token.like_num or not outside(token):
            return False
        unit = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return not counted_only or (unit is not None and lexicon.is_one_of("time_units", unit.lemma_))

    if any(t.ent_type_ in TIME_ENTS and outside(t) and not lexicon.find("vague_deadlines", t.text)
           for t in doc):
        return True
    text = doc.text if exclude is None else doc.text[:exclude[0]] + " " + doc.text[exclude[1]:]
    if looks_like_date(text) or any(is_time_number(t) for t in doc):
        return True
    if lexicon.find("frequency_words", text) or lexicon.find("immediate_words", text) or \
            lexicon.find("periods", text):
        return True
    return bool(lexicon.find("event_words", text) and lexicon.find("deadline_markers", text))
