"""What the whole plan must hold: PL501 contingency-missing, PL502
lead-professional-missing, PL503 review-date-missing, PL504 child-voice-missing;
and PL514 contingency-vague, a contingency that does not say what starts it
and what will be done."""
from __future__ import annotations

import re

from datetime import date

from ..dates import looks_like_date, parse_date
from ..model import Location, Section, SectionKind
from . import Hit, PlanContext, plan_check
from ..lexicon import Lexicon
from .task import is_concrete_verb



def plan_start(ctx: PlanContext) -> Location:
    title = ctx.plan.metadata.title
    return title.location if title else Location(line=1, column=1, ref="start of document")


def section_text(ctx: PlanContext, kind: SectionKind) -> str:
    return "\n".join(s.text for s in ctx.plan.sections_of(kind)).strip()


def says_something(text: str, lexicon: Lexicon) -> bool:
    return bool(text) and not lexicon.is_one_of("placeholders", text)


@plan_check("PL501")
def contingency_missing(ctx: PlanContext) -> Hit | None:
    """A contingency says what will happen if: "To be discussed" or "Social
    worker to monitor" is a heading with nothing under it."""
    if any(is_contingency(text, ctx.lexicon) for text in contingency_texts(ctx)):
        return None
    others = [s.text for s in ctx.plan.sections if s.kind not in (SectionKind.WORRIES, SectionKind.ACTIONS)]
    if any(LABELLED_CONTINGENCY.search(text) for text in others):
        return None  # "Contingency plan: If dad returns ..." under another heading
    if any(CONDITION.search(text) and ctx.lexicon.find("contingency_markers", text) for text in others):
        return None  # "If ... the local authority will hold a legal planning meeting"
    return Hit(location=plan_start(ctx))


CONDITION = re.compile(r"\b(?:if|should|unless|in the event)\b", re.I)
LABELLED_CONTINGENCY = re.compile(r"\bcontingency(?: plan)?\s*:\s*(?:if|should|in the event)\b", re.I)


def contingency_texts(ctx: PlanContext) -> list[str]:
    """The contingency section, and any section whose heading says it holds
    one among other things ("Review and contingency", "What happens if things
    don't get better")."""
    shared = [s.text for s in ctx.plan.sections if s.kind != SectionKind.CONTINGENCY
              and ctx.lexicon.find("contingency_headings", s.title or "")]
    return [section_text(ctx, SectionKind.CONTINGENCY), *shared]


def is_contingency(text: str, lexicon: Lexicon) -> bool:
    """Says what will happen if: a condition, and not a decision put off
    ("To be agreed at the first core group if needed" plans nothing yet)."""
    if not says_something(text, lexicon) or lexicon.pattern("contingency_deferrals").match(text.strip()):
        return False
    return bool(CONDITION.search(text))


@plan_check("PL514")
def contingency_vague(ctx: PlanContext) -> Hit | None:
    """A contingency that PL501 finds, none of whose sentences says what will
    start it and what someone will then do: "the case will be escalated",
    "other options will be considered", "legal advice may be sought"."""
    if contingency_missing(ctx) is not None:
        return None  # PL501 says so
    passages = contingency_passages(ctx)
    for section, sentences in passages:
        triggered = any(CONDITION.search(s.text) for s in sentences)
        if triggered and any(commits_to_act(s, ctx.lexicon) for s in sentences):
            return None
    if not passages:
        return None
    section, sentences = passages[0]
    where = section.blocks[0].location if section.blocks else section.location
    return Hit(location=where, quote=sentences[0].text.strip() if sentences else None)


def contingency_passages(ctx: PlanContext) -> list[tuple[Section, list]]:
    """The sentences of the contingency, by section: every sentence of a
    contingency section (or one whose heading says it holds one); elsewhere,
    only a sentence that starts "Contingency plan: if" or has a condition and a
    contingency step (PL501's reading)."""
    own = [s for s in ctx.plan.sections if s.text.strip() and (
        s.kind == SectionKind.CONTINGENCY or ctx.lexicon.find("contingency_headings", s.title or ""))]
    # Other sections are parsed only when their words may hold a contingency.
    others = [s for s in ctx.plan.sections if s not in own and s.kind not in
              (SectionKind.WORRIES, SectionKind.ACTIONS) and holds_contingency(s.text, ctx.lexicon)]
    found = []
    for section, doc in zip(own + others, ctx.parse(s.text for s in own + others)):
        sentences = list(doc.sents)
        if section in others:
            sentences = [s for s in sentences if holds_contingency(s.text, ctx.lexicon)]
        if sentences:
            found.append((section, sentences))
    return found


def holds_contingency(text: str, lexicon: Lexicon) -> bool:
    """ "Contingency plan: if ...", or a condition and a contingency step."""
    return bool(LABELLED_CONTINGENCY.search(text) or (
        CONDITION.search(text) and lexicon.find("contingency_markers", text)))


UNCOMMITTED = {"may", "might", "could"}  # "legal advice may be sought": maybe not


def commits_to_act(sentence, lexicon: Lexicon) -> bool:
    """Some verb of the main clause (not of the "if ..." part) says that a
    named step will be taken."""
    return any(is_committed_act(verb, lexicon) for verb in consequence_verbs(sentence, lexicon))


CONDITION_MARKS = {"if", "unless", "when", "whenever", "once", "should", "where"}


def consequence_verbs(sentence, lexicon: Lexicon) -> list:
    """The verbs of what will happen: not those of a condition ("If Keira goes
    missing ..."), nor what is only considered ("will consider whether the
    children can stay at home")."""
    left_out = set()
    for token in sentence:
        if token.dep_ == "advcl" and any(c.dep_ in ("mark", "aux") and c.lower_ in CONDITION_MARKS
                                          for c in token.children):
            left_out |= {t.i for t in token.subtree}
        if lexicon.is_one_of("vague_consequence_verbs", token.lemma_):
            # What follows it ("consider whether ..."); a clause before it is
            # one the parse has joined on ("the police will be called; ...").
            left_out |= {t.i for c in token.children if c.dep_ in ("ccomp", "xcomp") and c.i > token.i
                         for t in c.subtree}
    return [t for t in sentence if t.pos_ == "VERB" and t.i not in left_out]


def is_committed_act(verb, lexicon: Lexicon) -> bool:
    """A step that will be taken ("the social worker will ask for a legal
    planning meeting", "the police will be called"): not a maybe, not a
    decision put off. A passive need not say who ("a strategy discussion will
    be held the same day" names the step, and who holds one is known)."""
    if any(c.lower_ in UNCOMMITTED for c in helpers(verb)):
        return False
    if lexicon.is_one_of("vague_consequence_verbs", verb.lemma_):
        return False  # "will be escalated", "will be considered", "will be reviewed"
    steps = verb.doc[verb.left_edge.i:verb.right_edge.i + 1].text
    if lexicon.find("contingency_markers", steps):
        return True  # "will ask for a legal planning meeting"
    what = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if what and all(lexicon.is_one_of("vague_consequence_nouns", w.lemma_) for w in what):
        return False  # "a decision will be made", "appropriate action will be taken"
    return is_concrete_verb(verb, lexicon, 0)


def helpers(verb) -> list:
    """The auxiliaries of a verb, and of the verbs it hangs off with "to"
    ("may need to stay")."""
    found = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    while verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
        verb = verb.head
        found += [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return found


@plan_check("PL520")
def layout_not_understood(ctx: PlanContext) -> Hit | None:
    """The first place the layout reader could not read (plan.unread)."""
    if not ctx.plan.unread:
        return None
    place = ctx.plan.unread[0]
    return Hit(location=place.location, quote=place.text)


@plan_check("PL502")
def lead_professional_missing(ctx: PlanContext) -> Hit | None:
    lead = ctx.plan.metadata.lead_professional
    if lead is not None and names_a_person(lead.text, ctx.lexicon):
        return None
    if (lead is None or not ctx.lexicon.find("placeholders", lead.text)) and \
            any(signed_by_lead(s.text, ctx.lexicon) for s in ctx.plan.sections):
        return None  # named in the closing sign-off; a header "TBC" still rules
    where = lead.location if lead else plan_start(ctx)
    return Hit(location=where, quote=lead.text if lead else None)


# After a sign-off phrase: the name, then the role after a comma or bracket.
# Used with `match` only. The spaces and colon before the name are never given
# back (atomic) and the name ends on a non-space (lookbehind), so no run of
# spaces is scanned again from each of its characters (quadratic).
SIGNED = re.compile(
    r"(?>[ \t]*(?::[ \t]*)?)(?P<name>[^,(\n]+?)(?<![ \t])[ \t]*[,(][ \t]*(?P<role>[^.\n]+)")


def signed_by_lead(text: str, lexicon: Lexicon) -> bool:
    """A sign-off naming the lead: "Plan prepared by Ann Lee, social worker
    and lead professional", "Completed by: Ann Lee (lead SW)". The role must
    be a lead's, so "signed by both parents, ..." names no lead."""
    for phrase in lexicon.pattern("sign_off_phrases").finditer(text):
        signed = SIGNED.match(text, phrase.end())
        if signed and lexicon.find("lead_labels", signed["role"]) and \
                names_a_person(signed["name"], lexicon):
            return True
    return False


def names_a_person(text: str, lexicon: Lexicon) -> bool:
    """A role alone ("Social worker", "The social worker, Northside Team") or
    "TBC" names no one (guide); "Anna Webb", "Ms Obi" or "Grace" does."""
    if not says_something(text, lexicon) or lexicon.find("placeholders", text):
        return False
    stripped = lexicon.pattern("roles").sub(" , ", text)
    return any(is_personal_name(run) for run in CAPITALISED_RUN.findall(stripped))


CAPITALISED_RUN = re.compile(r"(?:\b[A-Z][\w'’\-]*\.?\s*)+")
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr"}
NOT_NAMES = {"the", "a", "an", "team", "service", "services", "hub", "unit", "centre", "center",
             "council", "project", "trust", "school", "academy", "surgery", "practice", "clinic",
             "department", "safeguarding", "children's", "social", "care", "duty", "tbc", "tba",
             "children", "families"}  # "Children in Need Team 4" is a team


def is_personal_name(run: str) -> bool:
    words = [w.strip(".") for w in run.split()]
    if not words:
        return False
    if words[0].lower() in TITLES:
        return len(words) > 1
    return not any(w.lower() in NOT_NAMES for w in words)


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
    if records_something(views, ctx) and (
            not says_voice_absent(views, ctx.lexicon) or records_child_voice(views, ctx)):
        return None  # "his views were not gathered" is the absence of his voice
    if any(records_child_voice(s.text, ctx) for s in ctx.plan.sections
           if s.kind not in NOT_VOICE_SECTIONS):
        return None
    return Hit(location=plan_start(ctx))


def says_voice_absent(text: str, lexicon: Lexicon) -> bool:
    """Says the child was not seen or asked: "have not been seen on their own
    yet". "Has not been seen to flinch" is an observation of the child, not
    an absence, so a marker followed by "to" and a verb does not count."""
    for marker in lexicon.pattern("voice_absent_markers").finditer(text):
        if marker.group().lower().endswith(" to") or not SEEN_DOING.match(text, marker.end()):
            return True
    return False


SEEN_DOING = re.compile(r"\s+to\s+(?!date\b)[a-z]", re.I)  # used with `match` only


# What professionals worry about or will do is not the child's voice.
# What parents say about the child is their voice, not the child's.
NOT_VOICE_SECTIONS = {SectionKind.WORRIES, SectionKind.ACTIONS, SectionKind.OUTCOMES,
                      SectionKind.CONTINGENCY, SectionKind.REVIEW, SectionKind.CORE_GROUP,
                      SectionKind.PARENT_VIEWS}


def records_something(text: str, ctx: PlanContext) -> bool:
    """More than a placeholder: "Too young." records nothing of the child's day."""
    if not says_something(text, ctx.lexicon):
        return False
    return len(text.split()) >= MIN_VOICE_WORDS or records_child_voice(text, ctx) or \
        any(q in text for q in "'\"‘“")


MIN_VOICE_WORDS = 8


def records_child_voice(text: str, ctx: PlanContext) -> bool:
    """A sentence with a child as its subject saying, wanting or being seen:
    "Rosie said her mummy sleeps a lot", "Amira was seen settled"."""
    children = ctx.plan.metadata.children
    names = set(re.findall(r"\b[A-Z][\w'-]+", children.text)) if children else set()
    names |= {"child", "children", "young person", "baby"}
    subject = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    verbs = ctx.lexicon.pattern("voice_verbs").pattern
    # No new subject in between: in "around the children, and he has said he
    # understands" the one who said is "he", not the children.
    between = rf"(?:(?!\b(?i:{NEW_SUBJECTS})\b)[^.;]){{0,30}}?"
    return bool(re.search(rf"\b(?:{subject})\b{between}{verbs}", text))


NEW_SUBJECTS = "he|she|they|we|mum|dad|mother|father"


@plan_check("PL509")
def child_seen_alone_missing(ctx: PlanContext) -> Hit | None:
    """The plan should say when the child will be seen on their own. A baby
    under one cannot be seen "alone" in any useful sense: not asked."""
    on = ctx.plan.timeline.conference or ctx.options.today
    if all_babies(ctx.plan.metadata.children.text if ctx.plan.metadata.children else "", on):
        return None
    texts = [a.text for a in ctx.plan.actions] + [s.text for s in ctx.plan.sections]
    if any(SEEN_ALONE.search(text) for text in texts):
        return None
    return Hit(location=plan_start(ctx))


SEEN_ALONE = re.compile(
    r"\b(?:see|seen|sees|seeing|meet|meets|met|meeting|visit|visits|speak|speaks|spoken|talk|"
    r"talks|interview|interviewed)\b[^.;]{0,60}?\b(?:alone|on (?:his|her|their) own|by "
    r"(?:himself|herself|themselves)|without (?:his|her|their) (?:parents?|mum|dad|carers?))\b"
    r"|\b(?:alone|on (?:his|her|their) own)\b[^.;]{0,30}?\b(?:see|seen|meet|visit|speak|talk)", re.I)


def all_babies(children: str, on: date) -> bool:
    """Every child named is under one: "(7 months)", "unborn", "pre-birth",
    "born 2 December 2025" less than a year before the conference."""
    ages = re.findall(r"\((\d+)\s*(months?|weeks?|days?)?\)|\b(\d+)\s*(months?|weeks?) old\b|"
                      r"\b(unborn|pre-birth)\b", children, re.I)
    births = [parse_date(b) for b in re.findall(r"\bborn\s+([^,;()]+)", children, re.I)]
    babies = [bool(a[1] or a[3] or a[4]) for a in ages] + [
        b is not None and (on - b).days < 365 for b in births]
    return bool(babies) and all(babies) and not re.search(r"\(\d+\)|, \d+\b", children)


@plan_check("PL510")
def parent_views_missing(ctx: PlanContext) -> Hit | None:
    views = section_text(ctx, SectionKind.PARENT_VIEWS)
    if says_something(views, ctx.lexicon):
        return None
    return Hit(location=plan_start(ctx))
