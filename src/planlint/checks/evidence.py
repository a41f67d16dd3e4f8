"""How we will know: PL401 evidence-missing, PL402 evidence-vague, PL403
evidence-self-report, PL404 evidence-output-only.

Evidence is checkable when it names something that can be seen, counted or
read in a record: a number or proportion, a test, a register or report, an
event that happens or not ("notices served"), a time to check it by. It is
vague when it only names a feeling or a direction ("things improve", "Mum
engages", "Poppy is happier").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import ActionContext, Hit, action_check, vague_part
from ..lexicon import Lexicon, is_blank
from .people import is_about_child, is_carer, owner_is_carer, owner_text

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
    return any(t.tag_ in COMPARATIVE_TAGS or proves_a_claim(t, lexicon) for t in doc)


def proves_a_claim(token, lexicon: Lexicon) -> bool:
    """ "Dad proves he has changed", "Mum demonstrates capacity to change": a
    claim to be shown, with nothing said that anyone could see."""
    if token.pos_ != "VERB" or not lexicon.is_one_of("proving_verbs", token.lemma_):
        return False
    if any(c.dep_ == "ccomp" and claims_of_a_person(c) for c in token.children):
        return True  # "proves he has changed", "shows she can keep Kai safe"
    shown = [c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
             and not lexicon.find("roles", c.doc[c.left_edge.i:c.i + 1].text)]
    return bool(shown) and all(lexicon.is_one_of("abstract_objects", c.lemma_) for c in shown)


def claims_of_a_person(clause) -> bool:
    """ "he has changed", "Ben is safe": what someone is or can do, not a thing
    seen working ("the doorbell app working")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not subjects or any(s.pos_ in ("PRON", "PROPN") for s in subjects)


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


# ------------------------------------------------------- PL403 self-report
#
# Whose word is the evidence? A parent's own account ("Mum reports she has
# stopped drinking", "Ms Davies confirms the routine is in place") is what
# disguised compliance looks like on paper; it counts once something that does
# not depend on that parent stands beside it: a register, a test, an
# unannounced visit, the child's own words, another person's observation.


@dataclass(frozen=True)
class Account:
    """A word that reports or witnesses something, and who it says did so
    (None when no one is named: "No further incidents reported")."""

    word: object
    teller: object | None


@action_check("PL403")
def evidence_self_report(ctx: ActionContext) -> Hit | None:
    field, doc = ctx.action.evidence, ctx.doc("evidence")
    if field is None or doc is None or is_blank(field.text, ctx.lexicon):
        return None
    found = accounts(doc, ctx.lexicon)
    owner = owner_text(ctx.action)
    own = [a for a in found if is_own_account(a, ctx, owner)]
    unsourced = ctx.lexicon.find("unsourced_absences", doc.text) is not None
    if not (own or unsourced or ctx.lexicon.find("self_report_markers", doc.text)):
        return None
    if has_independent_source(doc, found, own, ctx.lexicon):
        return None
    return Hit(location=field.location, quote=field.text)


def accounts(doc, lexicon: Lexicon) -> list[Account]:
    """Each reporting or witnessing word with its teller, read from the parse:
    the subject of "says" / "confirms" / "sees", the agent of "confirmed by",
    "according to X", "a letter from X", "Mum's account"; words with no teller
    named are kept with None."""
    matcher = teller_matcher(doc.vocab, tuple(sorted(lexicon.words("self_report_verbs")
                                                     | lexicon.words("witnessed_verbs"))),
                             tuple(sorted(lexicon.words("account_nouns"))))
    found = {}
    for _, (word, *_, teller) in matcher(doc):
        if not is_reported_thing(doc[word], doc[teller]):
            found.setdefault(word, doc[teller])
    verbs = [t for t in doc if t.pos_ == "VERB" and t.i not in found and (
        lexicon.is_one_of("self_report_verbs", t.lemma_) or lexicon.is_one_of("witnessed_verbs", t.lemma_))]
    return [Account(doc[i], teller) for i, teller in found.items()] + [Account(v, None) for v in verbs]


@lru_cache(maxsize=8)
def teller_matcher(vocab, verbs: tuple[str, ...], nouns: tuple[str, ...]):
    """A DependencyMatcher whose matches are (word, ..., teller)."""
    from spacy.matcher import DependencyMatcher

    def below(left: str, right: str, **attrs) -> dict:
        return {"LEFT_ID": left, "REL_OP": ">", "RIGHT_ID": right, "RIGHT_ATTRS": attrs}

    verb = {"RIGHT_ID": "word", "RIGHT_ATTRS": {"LEMMA": {"IN": list(verbs)}, "POS": "VERB"}}
    noun = {"RIGHT_ID": "word", "RIGHT_ATTRS": {"LEMMA": {"IN": list(nouns)}}}
    according = {"RIGHT_ID": "word", "RIGHT_ATTRS": {"LOWER": "according"}}
    matcher = DependencyMatcher(vocab)
    matcher.add("TELLER", [
        [verb, below("word", "teller", DEP="nsubj")],  # "Mum says", "the school confirms"
        [verb, below("word", "by", DEP="agent"), below("by", "teller", DEP="pobj")],  # "confirmed by Mum"
        [according, below("word", "to", LOWER="to"), below("to", "teller", DEP="pobj")],
        [noun, below("word", "from", LOWER="from"), below("from", "teller", DEP="pobj")],  # "a letter from the GP"
        [noun, below("word", "teller", DEP="poss")],  # "Mum's account"
    ])
    return matcher


def is_reported_thing(word, subject) -> bool:
    """In "No further incidents reported" the subject is what is reported: a
    bare participle with no helper and nothing said after it is a passive."""
    return subject.dep_ == "nsubj" and word.tag_ in ("VBN", "VBD") and subject.pos_ == "NOUN" and \
        not any(c.dep_ in ("aux", "dobj", "ccomp") for c in word.children)


def is_own_account(account: Account, ctx: ActionContext, owner: str | None) -> bool:
    """The parent says or agrees that something is so ("Mum reports she has
    stopped", "Ms Davies confirms the routine is in place"); telling a thing
    ("Mum can tell the social worker her safety plan") shows what she knows."""
    if account.teller is None or not is_teller_carer(account.teller, ctx, owner):
        return False
    told = [c for c in account.word.children if c.dep_ == "dobj"]
    return not told or any(is_person(t, ctx) for t in told)


def is_person(token, ctx: ActionContext) -> bool:
    """A person or service named by the token and the words before it: "her
    social worker", "Mum", "the school"; not "police call-outs"."""
    return token.pos_ in ("PRON", "PROPN") or names_a_person(token, ctx)


def names_a_person(token, ctx: ActionContext) -> bool:
    """A role or service named by the token and the words before it, by the
    word lists alone (not a capitalised "Skip" the tagger took for a name)."""
    span = token.doc[token.left_edge.i:token.i + 1].text
    names = ("carer_roles", "account_givers", "roles", "agencies", "vague_owners")
    return any(ends_with_phrase(span, name, ctx.lexicon) for name in names)


def ends_with_phrase(text: str, name: str, lexicon: Lexicon) -> bool:
    """A phrase of the list ends the text: "her social worker" names a role,
    "no police call-outs" names none."""
    return any(match.end() == len(text) for match in lexicon.pattern(name).finditer(text))


def is_teller_carer(teller, ctx: ActionContext, owner: str | None) -> bool:
    """The teller is the adult the action asks to change: a parent by role or
    name, or "she" / "he" / "they" in an action a parent owns."""
    if teller.pos_ == "PRON":
        # "Ruby has a night off a week, which she will confirm": after the
        # child is named, "she" may be the child.
        before = teller.doc[:teller.i].text
        return teller.lower_ in ("he", "she", "they") and owner is not None and \
            owner_is_carer(owner, ctx) and not is_about_child(before, ctx.plan, ctx.lexicon)
    span = teller.doc[teller.left_edge.i:teller.right_edge.i + 1].text
    # "Ellie, her mum and her school all tell ...": not the parent alone.
    return is_carer(span, ctx, owner) and not is_about_child(span, ctx.plan, ctx.lexicon)


def has_independent_source(doc, found: list[Account], own: list[Account], lexicon: Lexicon) -> bool:
    """A record or a check that does not rest on the parent's word ("school
    register", "hair-strand tests", "unannounced visit", "in her own words"),
    someone else who reports or sees it ("the school confirms", "Ben tells his
    social worker"), or something seen with no one named ("seen at the visit")."""
    if lexicon.find("independent_sources", doc.text):
        return True
    others = [a for a in found if a not in own]
    if any(a.teller is not None or lexicon.is_one_of("witnessed_verbs", a.word.lemma_) for a in others):
        return True
    # Something else that happens, outside what the parent says: "Mum confirms
    # she got every text; attendance printout shared with the school".
    said = {t.i for a in own for t in what_is_said(a)}
    return any(is_observable_event(t, lexicon) or is_thing_handled(t) for t in doc
               if t.i not in said and not lexicon.is_one_of("self_report_verbs", t.lemma_))


def is_thing_handled(token) -> bool:
    """ "attendance printout shared with the school", "letter sent": a thing
    someone did something with."""
    return token.pos_ == "VERB" and token.dep_ == "acl" and token.head.pos_ == "NOUN"


def what_is_said(account: Account) -> list:
    """The words of an account: the verb, who says it and what they say (not
    a clause the parse has hung on it after a ";")."""
    word = account.word
    parts = [c for c in word.children if c.dep_ in ("nsubj", "ccomp", "dobj", "prep", "agent", "xcomp")]
    return [word] + [t for part in parts for t in part.subtree]


# ------------------------------------------------------- PL404 output only
#
# What does the evidence say happened: that a service was delivered or taken
# up ("Course certificate of completion", "Referral made", "Visits recorded"),
# or that something changed for the child or in what the adult does? Each
# clause of the evidence is judged on the parse; the rule fires when some
# clause is an output and none says anything else.

OUTPUT, CHANGE = "output", "change"
CLAUSE_DEPS = {"advcl", "ccomp", "parataxis", "acl", "relcl", "xcomp"}
ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "dative"}
STRAY_DEPS = CLAUSE_DEPS | {"dep"}
# "went to the appointment", "took part in the group": prepositions whose
# object is what was attended, not where or when ("at each visit").
ARGUMENT_PREPS = {"to", "on", "in"}
VERB_POS = {"VERB", "AUX"}


@action_check("PL404")
def evidence_output_only(ctx: ActionContext) -> Hit | None:
    field, doc = ctx.action.evidence, ctx.doc("evidence")
    if field is None or doc is None or is_blank(field.text, ctx.lexicon):
        return None
    kinds = {clause_kind(head, ctx) for head in clause_heads(doc)}
    if OUTPUT in kinds and CHANGE not in kinds:
        return Hit(location=field.location, quote=field.text)
    return None


def clause_heads(doc) -> list:
    """The head of each thing the evidence states: each sentence's root, what
    is joined to it by "and", and every clause in it ("..., shown by the
    register", "sessions attended", "... and the group leader reports ...",
    wherever the parse has hung it)."""
    roots = [sentence.root for sentence in doc.sents]
    joined = [c for root in roots for c in root.children if c.dep_ == "conj"]
    # A clause said or shown ("tells her social worker that Mr Keane no longer
    # comments ...") counts even when the tagger took its verb for a noun.
    clauses = [t for t in doc if ((t.pos_ in VERB_POS and t.dep_ in CLAUSE_DEPS | {"conj"})
                                  or t.dep_ == "ccomp") and not is_stray(t)]
    return list(dict.fromkeys(roots + joined + clauses))


def is_stray(token) -> bool:
    """A word hung on a verb as a clause of its own, with no words of its own
    ("attends the Caring Dads programme", "programme" read as a verb): a word
    of the name beside it that the tagger misread, read here as a noun. A
    joined verb ("attended and completed") shares its subject and is a
    clause."""
    return token.dep_ in STRAY_DEPS and token.n_lefts + token.n_rights == 0


def acts_as_verb(token) -> bool:
    """A verb, or a word the tagger took for a noun or an adjective that has
    both a subject and an object ("Mr and Ms Clarke complete the course",
    "complete" read as a noun): only a verb takes both."""
    deps = {c.dep_ for c in token.children}
    return token.pos_ in VERB_POS or {"nsubj", "dobj"} <= deps


def clause_kind(head, ctx: ActionContext) -> str | None:
    """OUTPUT, CHANGE, or None for a clause that only passes on another
    ("Mum reports she has attended": "reports" is judged by "attended")."""
    lexicon = ctx.lexicon
    if acts_as_verb(head):
        if lexicon.is_one_of("self_report_verbs", head.lemma_) or \
                lexicon.is_one_of("presenting_verbs", head.lemma_) or \
                any(c.dep_ in ("xcomp", "ccomp") and not is_stray(c) for c in head.children):
            return passed_on_kind(head, ctx)
        return verb_kind(head, ctx)
    if head.pos_ in ("NOUN", "PROPN"):
        return noun_kind(head, ctx)
    return CHANGE if head.pos_ in ("ADJ", "NUM") else None


def passed_on_kind(verb, ctx: ActionContext) -> str | None:
    """A verb that passes on what it governs: "shows the certificate", "Mum
    can tell the social worker her safety plan". Clauses under it are heads of
    their own; a thing shown or told is judged here."""
    things = [c for c in verb.children if (c.dep_ == "dobj" or is_reported_thing(verb, c))
              and not is_person(c, ctx)]  # "tells her social worker ...": to whom, not what
    kinds = {noun_kind(t, ctx) for t in things if t.pos_ in ("NOUN", "PROPN")}
    return OUTPUT if kinds == {OUTPUT} else (CHANGE if CHANGE in kinds else None)


def verb_kind(verb, ctx: ActionContext) -> str | None:
    """Attending, completing, receiving or making a service is an output
    ("GP appointment attended", "Referral made", "received support"); the
    child attending school is not. Any other verb with something it is about
    states a change."""
    lexicon = ctx.lexicon
    arguments = clause_arguments(verb)
    if lexicon.is_one_of("output_verbs", service_lemma(verb)):
        served = any(is_service(a, lexicon) or is_output_noun(a, lexicon) for a in arguments)
        attending = lexicon.is_one_of("attendance_verbs", verb.lemma_)
        if (served or attending) and not (attending and is_childs_attendance(verb, ctx, served)):
            return OUTPUT
        if only_says_it_was_done(verb, ctx):
            return OUTPUT
    if lexicon.is_one_of("having_verbs", verb.lemma_) and any(is_output_noun(a, lexicon) for a in arguments):
        return OUTPUT  # "she has a certificate"
    return CHANGE if arguments or any(c.dep_ in ("acomp", "prep", "oprd") for c in verb.children) else None


def service_lemma(verb) -> str:
    """ "Lily has been to her first session": "been to" is a going."""
    if verb.lemma_ == "be" and verb.tag_ == "VBN" and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return "go"
    return verb.lemma_


# What a verb may have beside its subject and still say nothing but that it
# happened: "Completed", "he has been going every week".
BARE_DEPS = {"aux", "auxpass", "nsubj", "nsubjpass", "punct", "cc", "conj", "mark", "npadvmod"}


def only_says_it_was_done(verb, ctx: ActionContext) -> bool:
    """A verb of doing with nothing done, to or about anything ("Completed",
    "Done", "Mum says she has been going every week") says only that
    the action itself happened. Not so when the child does it ("Ben has
    started"): that may be the child's own day."""
    if any(c.dep_ not in BARE_DEPS for c in verb.children):
        return False
    spans = [verb.doc[s.left_edge.i:s.right_edge.i + 1] for s in verb.children
             if s.dep_ in ("nsubj", "nsubjpass")]
    return all(is_doer(span, ctx) for span in spans)


def is_doer(span, ctx: ActionContext) -> bool:
    """An adult who could have done the action: "he", "Mum", "Ms Davies" as
    the owner, "the health visitor"; not the child, and not a thing ("Skip
    delivered": a skip is no one)."""
    if is_about_child(span.text, ctx.plan, ctx.lexicon):
        return False
    return span.root.pos_ == "PRON" or names_a_person(span.root, ctx) or \
        is_carer(span.text, ctx, owner_text(ctx.action))


def is_childs_attendance(verb, ctx: ActionContext, served: bool) -> bool:
    """The child's own days, or a level of them: "Ben attends school every
    day", "he attends at least four days a week", "Jayden attending at least
    80% of his timetabled sessions". "Keira attends each appointment" is a
    service taken up; so is "Parents attend 6 of the 8 sessions"."""
    levelled = any(t.like_num for t in verb.subtree)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ in ("acl", "relcl"):
        subjects.append(verb.head)  # "Jayden attending at least 80% of ..."
    by_child = any(is_about_child(verb.doc[s.left_edge.i:s.right_edge.i + 1].text, ctx.plan, ctx.lexicon)
                   for s in subjects)
    return (by_child and (levelled or not served)) or (levelled and not served)


def noun_kind(noun, ctx: ActionContext) -> str | None:
    """A certificate, a completion, a referral or a service named alone
    ("first home visit") is an output; attendance is one when it is at a
    service, or has no level and is not the child's ("Ben's attendance of 95%
    or more" is a change). A noun with its own verb ("home visit done") is
    judged by the verb."""
    lexicon = ctx.lexicon
    if any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in noun.children):
        return None
    if lexicon.is_one_of("output_nouns", noun.lemma_) or is_service(noun, lexicon):
        return OUTPUT
    if lexicon.is_one_of("attendance_nouns", noun.lemma_):
        words = list(noun.subtree)
        if any(is_service(t, lexicon) for t in words if t is not noun):
            return OUTPUT
        levelled = any(t.like_num or t.ent_type_ == "PERCENT" for t in words)
        about_child = is_about_child(" ".join(t.text for t in words), ctx.plan, lexicon)
        return CHANGE if levelled or about_child else OUTPUT
    return CHANGE


def clause_arguments(verb) -> list:
    """Who and what a verb is about: its subject and objects, the objects of
    "at" / "to" / "with" ..., and for "sessions attended" the noun it follows."""
    found = [c for c in verb.children if c.dep_ in ARGUMENT_DEPS or is_stray(c)]
    found += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ARGUMENT_PREPS
              for g in c.children if g.dep_ == "pobj"]
    # "attend 6 of the 8 sessions": what is counted.
    found += [g for a in found for c in a.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    if verb.dep_ in ("acl", "relcl", "amod") and verb.head.pos_ in ("NOUN", "PROPN"):
        found.append(verb.head)
    return found


def is_service(token, lexicon: Lexicon) -> bool:
    return is_noun(token) and lexicon.is_one_of("service_nouns", token.lemma_)


def is_output_noun(token, lexicon: Lexicon) -> bool:
    return is_noun(token) and lexicon.is_one_of("output_nouns", token.lemma_)


def is_noun(token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") or is_stray(token)
