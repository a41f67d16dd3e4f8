"""Plain language for families: PL601 acronym-unexplained, PL602 jargon,
PL603 sentence-too-long, PL604 reading-age-high, PL605 passive-voice,
PL606 label-not-name, PL607 interpreter-not-recorded.

These read the plan as the family reads it: the sections and the actions in
document order (checks/passages.py), not the header facts, which are a
professionals' list of names and roles (they can explain an acronym, though).
Acronyms and jargon are data (rules/glossary.yaml, plus a configuration's own
acronyms); each is flagged once per plan, at its first unexplained use. Every
finding is placed on the words it quotes (Passage.locate), not on the passage.
PL603-PL605 are opt-in (rules/language.yaml); their limits are Options.
"""
from __future__ import annotations

import re

from ..catalogue import Acronym, Glossary
from ..model import Plan, SectionKind
from . import Hit, PlanContext, plan_check
from .passages import (Passage, metadata_passages, plan_passages, sentences, squash,
                       words)


def passages_of(ctx: PlanContext) -> list[Passage]:
    """The plan's passages, worked out once per plan (several rules read them)."""
    key = "language:passages"
    if key not in ctx.docs:
        ctx.docs[key] = plan_passages(ctx.plan)
    return ctx.docs[key]


def glossary_of(ctx: PlanContext) -> Glossary:
    return ctx.glossary if ctx.glossary is not None else ctx.lexicon.catalogue.glossary


# ------------------------------------------------------------------ PL601


STOP_WORDS = frozenset({"and", "of", "the", "for", "in", "on", "to", "with", "a", "an", "at",
                        "by", "or"})
ARTICLES = ("the", "a", "an")
# A bracketed note, up to its first ")". Bounded: from each "(" of a run left
# open, an unbounded `[^)]*` would scan to the end of the text (quadratic).
BRACKET_NOTE = re.compile(r"\([^)]{0,200}\)")
# "CAMHS (the children's mental health service)", "CAMHS - children's ...",
# "CAMHS, the children's ...", "CAMHS means ...".
EXPLAINED_AFTER = re.compile(
    r"\A\s*(?:[-–—:,]|\bmeans\b|\bstands for\b|\bis short for\b|\bis the\b|\bis a\b)\s*(.*)",
    re.S)


def norm_words(text: str) -> list[str]:
    """Lowercase words with a plural or possessive "s" taken off, for comparing
    an expansion as written with the glossary's ("Services" ~ "service")."""
    found = re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'s", ""))
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in found]


def letters(key: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", key).upper()


class Acronyms:
    """The glossary's acronyms (less the common ones) compiled for matching."""

    def __init__(self, glossary: Glossary):
        self.entries: dict[str, Acronym] = {k: e for k, e in glossary.acronyms.items()
                                           if not e.common}
        self.by_form = {form: key for key, entry in self.entries.items()
                        for form in (key, *entry.forms)}
        self.targets = {key: explanations(key, entry) for key, entry in self.entries.items()}
        alternatives = "|".join(map(re.escape, sorted(self.by_form, key=len, reverse=True)))
        # Case matters ("SW", not "sw"); a plural or possessive is allowed ("CAWNs").
        self.pattern = re.compile(rf"(?<![\w&.])({alternatives})(?:s|'s|’s)?(?![\w&])") \
            if self.by_form else None

    def find(self, text: str):
        """(match, glossary key) for each acronym in the text."""
        if self.pattern is None:
            return
        for match in self.pattern.finditer(text):
            if not shouted(text, match.start()):
                yield match, self.by_form[match.group(1)]

    def explained_at(self, text: str, start: int, end: int, key: str) -> bool:
        """Whether the acronym at text[start:end] is spelt out right there:
        "Child and Adolescent Mental Health Services (CAMHS)", "children's mental
        health service (CAMHS)", "CAMHS (Child and Adolescent ...)", "CAMHS - ..."."""
        before, after = text[:start], text[end:]
        targets = self.targets[key]
        opened = re.search(r"\(\s*$", before)
        if opened and re.match(r"\s*[),;]", after):
            preceding = norm_words(before[:opened.start()])[-16:]
            if any(preceding[-len(t):] == t for t in targets if t) or \
                    initials_end(before[:opened.start()], letters(key)):
                return True
        bracket = re.match(r"\s*\(([^()]*)\)", after)
        if bracket:
            content = bracket.group(1)
            said = strip_articles(norm_words(content))
            if any(starts_with(said, t) for t in targets) or initials(content) == letters(key):
                return True
            first = content.strip()[:1]
            return bool(first) and first.islower() and len(content.split()) >= 2
        following = EXPLAINED_AFTER.match(after)
        if following:
            said = strip_articles(norm_words(following.group(1)))
            return any(starts_with(said, t) for t in targets)
        return False


def explanations(key: str, entry: Acronym) -> list[list[str]]:
    """The words that spell an acronym out: its expansion (with and without a
    bracketed note), its plain words and its aliases."""
    found = []
    for text in (entry.expansion, entry.plain, *entry.aliases):
        for variant in (text, BRACKET_NOTE.sub(" ", text)):
            normal = strip_articles(norm_words(variant))
            if normal and normal != norm_words(key) and normal not in found:
                found.append(normal)
    return found


def strip_articles(found: list[str]) -> list[str]:
    while found and found[0] in ARTICLES:
        found = found[1:]
    return found


def starts_with(found: list[str], target: list[str]) -> bool:
    return bool(target) and found[:len(target)] == target


def content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z0-9]+", text) if w.lower() not in STOP_WORDS]


def initials(text: str) -> str:
    return "".join(w if w.isdigit() else w[0] for w in content_words(text)).upper()


def initials_end(text: str, wanted: str) -> bool:
    """The last words before "(" give the acronym's letters: "Team Around the Family"."""
    got = ""
    for word in reversed(content_words(text)):
        got = (word if word.isdigit() else word[0]).upper() + got
        if len(got) >= len(wanted):
            break
    return got == wanted


def shouted(text: str, at: int) -> bool:
    """A line written in capitals ("CHILD PROTECTION PLAN - CP"): its capitals
    are not acronyms."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    cased = [c for c in line if c.isalpha()]
    return len(line.split()) >= 3 and sum(c.isupper() for c in cased) >= 0.7 * len(cased)


_COMPILED: dict[tuple[str, int], tuple[Glossary, object]] = {}


def compiled(kind: str, glossary: Glossary, build):
    """One compiled index per glossary (the built-in one, or a configuration's)."""
    key = (kind, id(glossary))
    held = _COMPILED.get(key)
    if held is None or held[0] is not glossary:
        if len(_COMPILED) > 32:
            _COMPILED.clear()
        held = _COMPILED[key] = (glossary, build(glossary))
    return held[1]


def compiled_acronyms(glossary: Glossary) -> Acronyms:
    return compiled("acronyms", glossary, Acronyms)


def acronym_detail(key: str, entry: Acronym) -> str:
    """ "Child and Adolescent Mental Health Services (CAMHS)", or "children's
    mental health service"."""
    spelt = f'"{entry.expansion} ({key})"'
    if norm_words(entry.plain) == norm_words(entry.expansion):
        return f'{spelt}, or just "{entry.plain}"'
    return f'{spelt}, or "{entry.plain}"'


@plan_check("PL601")
def acronym_unexplained(ctx: PlanContext) -> list[Hit]:
    acronyms = compiled_acronyms(glossary_of(ctx))
    explained: set[str] = set()
    for passage in metadata_passages(ctx.plan):  # the header may spell one out
        for match, key in acronyms.find(passage.text):
            if acronyms.explained_at(passage.text, match.start(), match.end(), key):
                explained.add(key)
    hits: list[Hit] = []
    flagged: set[str] = set()
    for passage in passages_of(ctx):
        for match, key in acronyms.find(passage.text):
            if key in explained or key in flagged:
                continue
            if acronyms.explained_at(passage.text, match.start(), match.end(), key):
                explained.add(key)
                continue
            flagged.add(key)
            hits.append(Hit(location=passage.locate(match.start(1), match.end(1)),
                            quote=match.group(1), action_index=passage.action_index,
                            detail=acronym_detail(key, acronyms.entries[key])))
    return hits


# ------------------------------------------------------------------ PL602


class JargonIndex:
    def __init__(self, glossary: Glossary):
        self.entries = glossary.jargon
        self.by_form = {form: key for key, entry in self.entries.items()
                        for form in (key, *entry.forms)}
        alternatives = "|".join(phrase_pattern(f) for f in
                                sorted(self.by_form, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I) \
            if self.by_form else None

    def find(self, text: str):
        if self.pattern is None:
            return
        for match in self.pattern.finditer(text):
            form = " ".join(re.split(r"[\s-]+", match.group(0).lower()))
            key = self.by_form.get(form) or self.by_form.get(match.group(0).lower())
            if key is None:  # a hyphen written as a space or the other way round
                key = next((k for f, k in self.by_form.items()
                            if re.split(r"[\s-]+", f) == form.split()), None)
            if key is not None:
                yield match, key


def is_a_name(text: str, match: re.Match) -> bool:
    """ "the Step Up project", "Respite Care Services Ltd": capitals on every word
    of a match that is not at the start of a sentence make it a name."""
    found = re.findall(r"[A-Za-z]+", match.group(0))
    if not all(w[0].isupper() for w in found):
        return False
    before = text[:match.start()].rstrip(" \t\"'‘“(*")
    at_start = not before or before.endswith(("\n", ".", "!", "?", ":", ";"))
    return len(found) > 1 or not at_start


def phrase_pattern(phrase: str) -> str:
    """Words joined by a space or a hyphen either way: "step down" ~ "step-down"."""
    return r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", phrase)))


def compiled_jargon(glossary: Glossary) -> JargonIndex:
    return compiled("jargon", glossary, JargonIndex)


@plan_check("PL602")
def jargon(ctx: PlanContext) -> list[Hit]:
    index = compiled_jargon(glossary_of(ctx))
    hits: list[Hit] = []
    flagged: set[str] = set()
    for passage in passages_of(ctx):
        for match, key in index.find(passage.text):
            if key in flagged or is_a_name(passage.text, match):
                continue
            flagged.add(key)
            hits.append(Hit(location=passage.locate(match.start(), match.end()),
                            quote=match.group(0), action_index=passage.action_index,
                            detail=index.entries[key].plain))
    return hits


# ------------------------------------------------------------------ PL603


SHORT_PARTS = {"owner", "deadline", "frequency"}  # names and dates, not sentences
QUOTE_WORDS = 12


def short_quote(sentence: str) -> str:
    found = sentence.split()
    return sentence if len(found) <= QUOTE_WORDS else " ".join(found[:QUOTE_WORDS]) + " ..."


@plan_check("PL603")
def sentence_too_long(ctx: PlanContext) -> list[Hit]:
    limit = ctx.options.max_sentence_words
    hits: list[Hit] = []
    for passage in passages_of(ctx):
        if passage.part in SHORT_PARTS:
            continue
        prose = passage.prose()
        for offset, sentence in sentences(prose.text):
            count = len(words(sentence))
            if count > limit:
                hits.append(Hit(location=passage.locate(offset, offset + len(sentence), prose),
                                quote=short_quote(sentence), action_index=passage.action_index,
                                detail=f"{count} words, and the limit is {limit}"))
    return hits


# ------------------------------------------------------------------ PL604


MIN_SCORED_WORDS = 40  # the estimate means little on less
READING_AGE_OFFSET = 5  # a US school grade is about five years younger than the reader
READ_PARTS = {"action", "task", "outcome", "evidence"}


def section_prose(passages: list[Passage]) -> list[str]:
    """The sentences of one section: its own text, or for a section of
    actions, their tasks, outcomes and evidence (a table's headings and the
    scraps between fields are not sentences)."""
    found = []
    for passage in passages:
        if passage.action_index is None or passage.part in READ_PARTS:
            lines = passage.prose().text.split("\n")
        else:
            continue
        for line in lines:
            for _, sentence in sentences(line):
                found.append(sentence if sentence[-1] in ".!?" else sentence + ".")
    return found


def flesch_kincaid_grade(text: str) -> float:
    import textstat  # deferred: only when the rule runs

    return float(textstat.flesch_kincaid_grade(text))


@plan_check("PL604")
def reading_age_high(ctx: PlanContext) -> list[Hit]:
    target = ctx.options.target_reading_age
    groups: dict[int, list[Passage]] = {}
    for passage in passages_of(ctx):
        if passage.section is not None:
            groups.setdefault(id(passage.section), []).append(passage)
    hits: list[Hit] = []
    for passages in groups.values():
        section = passages[0].section
        text = " ".join(section_prose(passages))
        if len(words(text)) < MIN_SCORED_WORDS:
            continue
        grade = flesch_kincaid_grade(text)
        age = grade + READING_AGE_OFFSET
        if round(age) > target:  # in whole years, as the suggestion says it
            hits.append(Hit(location=section.location, quote=squash(section.title),
                            detail=f"{age:.0f} (the target is {target:g}; "
                                   f"Flesch-Kincaid grade {grade:.1f})"))
    return hits


# ------------------------------------------------------------------ PL605


# The parts of the plan that tell the family what will happen.
FAMILY_FACING = {SectionKind.CONTINGENCY, SectionKind.OUTCOMES, SectionKind.ACTIONS}
PASSIVE_PARTS = {"action", "task", "outcome"}
# A passive under one of these is a condition, a description or a time ("if
# Callum is found ...", "the rota signed by ...", "while it is decided"), not
# a statement of who will act.
NOT_MAIN = {"advcl", "relcl", "acl", "pcomp", "csubj", "csubjpass", "amod", "appos", "pobj",
            "nmod", "npadvmod", "mark"}


def passive_passages(ctx: PlanContext) -> list[Passage]:
    found = []
    for passage in passages_of(ctx):
        if passage.action_index is not None:
            if passage.part in PASSIVE_PARTS:
                found.append(passage)
        elif passage.section is not None and passage.section.kind in FAMILY_FACING:
            found.append(passage)
    return found


def agentless_passives(doc) -> list:
    """Passive commitments with no "by ..." agent: "a meeting will be held",
    "Ava to be referred", "the house must be cleaned". Present-tense passives
    describe a state or a condition ("if he is found", "her needs are met")
    and are left alone, as are passives outside the main clause."""
    verbs = []
    for token in doc:
        if token.dep_ != "auxpass":
            continue
        verb = token.head
        if verb in verbs or any(c.dep_ == "agent" for c in verb.children):
            continue
        if any(t.dep_ in NOT_MAIN for t in (verb, *verb.ancestors)):
            continue
        if not is_commitment(verb, token):
            continue
        verbs.append(verb)
    return verbs


def is_commitment(verb, auxpass) -> bool:
    """A modal ("will", "must", "should") or "to" ("to be referred") with the
    passive: something someone is to do."""
    helpers = [c for c in verb.children if c.dep_ == "aux"]
    if any(h.tag_ == "MD" or h.lower_ in MODALS for h in helpers):
        return True
    return auxpass.tag_ == "VB" and (any(h.tag_ == "TO" or h.lower_ == "to" for h in helpers)
                                     or any(c.lower_ == "to" for c in auxpass.children)
                                     or (auxpass.i > 0 and doc_word(auxpass, -1) == "to"))


MODALS = {"will", "shall", "must", "should", "would", "can", "could", "may", "might", "'ll"}


def doc_word(token, step: int) -> str:
    return token.doc[token.i + step].lower_


def passive_span(verb):
    """The passive as the plan says it: its subject, helpers and verb."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    start = min([s.left_edge.i for s in subjects] + [a.i for a in auxes] + [verb.i])
    if not subjects:  # the parse lost the subject: take the words just before
        start = next((c.start for c in verb.doc.noun_chunks if c.end == start), start)
    return verb.doc[start:verb.i + 1]


@plan_check("PL605")
def passive_voice(ctx: PlanContext) -> list[Hit]:
    passages = [(p, prose) for p in passive_passages(ctx) if (prose := p.prose()).text.strip()]
    docs = ctx.parse(prose.text for _, prose in passages)
    hits: list[Hit] = []
    for (passage, prose), doc in zip(passages, docs):
        for verb in agentless_passives(doc):
            span = passive_span(verb)
            hits.append(Hit(location=passage.locate(span.start_char, span.end_char, prose),
                            quote=span.text, action_index=passage.action_index))
    return hits


# ------------------------------------------------------------------ PL606


def label_pattern(phrases: list[str]) -> re.Pattern:
    """Whole words, no plural ("Fathers Forward" is a group, not a label)."""
    body = "|".join(phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?:{body})(?![\w-])", re.I)


RELATION_WORDS = {"his", "her", "their", "my", "your", "our", "its", "birth", "biological",
                  "foster", "adoptive", "step", "maternal", "paternal", "own", "new", "late",
                  "whose", "a", "grand", "great"}
NOT_NAMES = {"baby", "unborn", "master", "miss", "born", "and", "aged", "age"}
PARENT_ROLES = {"mum": "mother", "mother": "mother", "birth mother": "mother",
                "dad": "father", "father": "father", "birth father": "father"}
TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?"
# A name is at most eight words of at most 40 letters: unbounded, a long run of
# capitalised words is scanned to its end from each of them (quadratic).
NAMED_PARENT = re.compile(
    TITLE + r"([A-Z][\w'’-]{1,40}(?:\s+[A-Z][\w'’-]{1,40}){0,7})\s*[(,:–-]\s*(birth mother|"
    r"birth father|mum|mother|dad|father)\b")


def child_names(plan: Plan) -> list[str]:
    """First names of the children in the header: "Mia Holt (3) and Alfie Holt"."""
    children = plan.metadata.children
    if children is None:
        return []
    text = BRACKET_NOTE.sub(" ", children.text)
    names = []
    for chunk in re.split(r",|;|&|\band\b|/", text):
        found = [w for w in re.findall(r"[A-Za-z][\w'’-]*", chunk)]
        while found and found[0].lower() in NOT_NAMES:
            found = found[1:]
        if found and found[0][0].isupper() and found[0] not in names:
            names.append(found[0])
    return names


def parent_names(plan: Plan) -> dict[str, str]:
    """"mother"/"father" -> the name the header gives them ("Ms Kayleigh Holt (mum)",
    "Mother: Ms Nowak")."""
    found: dict[str, str] = {}
    for passage in metadata_passages(plan):
        for match in NAMED_PARENT.finditer(passage.text):
            role = PARENT_ROLES[match.group(2).lower()]
            found.setdefault(role, match.group(0)[:match.start(2) - match.start()].strip(" (,:–-"))
    for key, field in plan.metadata.other.items():
        role = PARENT_ROLES.get(key.lower().strip())
        if role and re.search(r"\b[A-Z][a-z]", field.text):
            found.setdefault(role, squash(field.text))
    return found


def names_a_relation(text: str, start: int) -> bool:
    """ "Leo's father", "her mother", "birth father": a relation, not a label."""
    before = re.findall(r"[\w'’-]+", text[max(0, start - 40):start])
    if not before:
        return False
    last = before[-1].lower()
    return last in RELATION_WORDS or last.endswith(("'s", "’s", "s'", "s’"))


def followed_by(text: str, end: int, words_after: list[str]) -> bool:
    rest = " ".join(re.findall(r"[\w'’]+", text[end:end + 40].lower()))
    return any(rest == w or rest.startswith(w + " ") for w in words_after)


@plan_check("PL606")
def label_not_name(ctx: PlanContext) -> list[Hit]:
    lexicon = ctx.lexicon
    children = child_names(ctx.plan)
    parents = parent_names(ctx.plan)
    groups = [("person", label_pattern(lexicon.catalogue.list("person_labels")))]
    if children:
        groups.append(("child", label_pattern(lexicon.catalogue.list("child_labels"))))
    if parents:
        groups.append(("parent", label_pattern(lexicon.catalogue.list("parent_labels"))))
    child_compounds = lexicon.catalogue.list("child_compounds")
    parent_compounds = lexicon.catalogue.list("parent_compounds")
    hits: list[Hit] = []
    flagged: set[str] = set()
    for passage in passages_of(ctx):
        text = passage.text
        found = []
        for kind, pattern in groups:
            for match in pattern.finditer(text):
                label = squash(match.group(0).lower())
                if label in flagged:
                    continue
                if kind == "child" and followed_by(text, match.end(), child_compounds):
                    continue
                if kind == "parent":
                    role = "mother" if "mother" in label else "father"
                    nxt = text[match.end():].lstrip()
                    if role not in parents or names_a_relation(text, match.start()) or \
                            followed_by(text, match.end(), parent_compounds) or \
                            (nxt[:1].isupper() and not text[match.end():match.end() + 1] in ".,;:"):
                        continue
                found.append((match.start(), match, kind, label))
        for _, match, kind, label in sorted(found, key=lambda f: f[0]):
            if label in flagged:
                continue
            flagged.add(label)
            hits.append(Hit(location=passage.locate(match.start(), match.end()),
                            quote=match.group(0), action_index=passage.action_index,
                            detail=label_detail(kind, label, children, parents)))
    return hits


def label_detail(kind: str, label: str, children: list[str], parents: dict[str, str]) -> str:
    if kind == "parent":
        role = "mother" if "mother" in label else "father"
        return f'"{parents[role]}" (or "{"mum" if role == "mother" else "dad"}", ' \
               f"as the family say)"
    if kind == "child" and children:
        return " or ".join(f'"{n}"' for n in children)
    if "mother" in label or label == "moc":
        return f'"{parents["mother"]}"' if "mother" in parents else \
            "the mother's name (or \"mum\", as the family say)"
    if "father" in label or label == "foc":
        return f'"{parents["father"]}"' if "father" in parents else \
            "the father's name (or \"dad\", as the family say)"
    return " or ".join(f'"{n}"' for n in children) if children else "the child's name"


# ------------------------------------------------------------------ PL607


NOT_ENGLISH_ENOUGH = re.compile(r"\b(?:no|little|limited|some|basic|poor)\s+english\b", re.I)


@plan_check("PL607")
def interpreter_not_recorded(ctx: PlanContext) -> Hit | None:
    language = ctx.plan.metadata.language
    if language is None or not language.text.strip():
        return None
    value = squash(language.text)
    lexicon = ctx.lexicon
    if lexicon.is_one_of("placeholders", value):
        return None
    if lexicon.find("english_words", value) and not NOT_ENGLISH_ENOUGH.search(value):
        return None
    named = re.findall(r"[A-Z][a-z]+", value)
    in_language = re.compile(rf"\bin\s+(?:{'|'.join(map(re.escape, named))})\b") if named else None
    texts = [p.text for p in metadata_passages(ctx.plan)] + [p.text for p in passages_of(ctx)]
    for text in texts:
        if lexicon.find("interpreter_markers", text) or (in_language and in_language.search(text)):
            return None
    return Hit(location=language.location, quote=value)
