"""Actions whose parts sit inside one bullet or paragraph.

Three ways people write them, often mixed:
- labels: "Meet Tia weekly. Who: youth worker When: from today How we'll know: ...";
  the text before the first label is the task;
- a bracket after the task: "- [ ] Refer Ben to CAMHS (GP – by 3 May)";
- a dashed evidence clause: "... — success: ...", "... — we'll know because ...";
- an owner, a dash, then the task sentence: "**Health visitor** – Weigh Ruby at
  clinic every fortnight; her chart will be shared with the core group." (the
  parse confirms it, and finds the deadline and evidence in the sentence); or
  an owner and a colon ("- **Dylan:** Book the test — _by 30 May_") when the
  words name someone and no field or header fact; a trailing dash piece that
  opens like a deadline is the deadline, with or without an owner.
Labels come from headers.yaml (`fields`) and rules/layout.yaml; in an action
section a label of other wording that opens a line ("How we'll measure it:")
is read by the header keywords (`field_keywords`) too. Every part keeps the
exact place of its text (Block.location_of).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..catalogue import Catalogue
from ..dates import looks_like_date
from ..lexicon import Lexicon
from ..model import Block, TextField
from .headers import Matcher
from .prose import strip_span

# "·" and "•" separate inline labels on one line: "**Timescale:** · **Lead:** ..."
# leaves no value, not "·".
TRIM = " \t\n;|,.–—-*_·•"
# A Markdown / Word checkbox at the start of an item ("[ ]", "[x]", "☐").
CHECKBOX = re.compile(r"\A\s*(?:\[[ xX✓✔]?\]|[☐☑☒])\s+")
# A bracket closing the task part: "... (Mum – by 3 July)".
BRACKET_END = re.compile(r"\(([^()]+)\)[\s.;,*_–—-]*$")
# What divides the pieces inside that bracket: "owner – deadline", "owner; deadline".
# Patterns that open with spaces start where a run of them does (`(?<!\s)`):
# tried from every space of a long run, each try would scan the rest of it.
SEPARATOR = re.compile(r"(?<!\s)\s+[–—-]\s+|(?<!\s)\s+[;–—]\s*|[;–—]\s*")
# A dash that opens a clause after the task ("— success: ...").
DASH = r"(?:(?<!\s)\s+[–—]\s*|(?<!\s)\s+--?\s+|[–—]\s*)"
INLINE_FIELDS = ("task", "owner", "deadline", "evidence")
# A definition-list line inside an item (": **Who:** Mum"): the value before it
# ends there, and an empty "By when:" is absent, not ":".
DEFINITION_LINE = re.compile(r"\n[ \t]*:(?:[ \t]|$)")
# "Owner – task" or "Owner: task": who (bold or not, the colon inside or
# outside the bold), then a spaced dash or a colon, then the task. Used with
# `match` only. The dash is looked for only after an owner's last non-space
# (lookbehind), and leading spaces are never given back (`*+`), so no run of
# spaces is scanned again from each of its characters (quadratic).
OWNER_DASH = re.compile(
    r"[ \t]*+(?:\*\*|__)?(?P<owner>[^\n:;–—*_]+?)"
    r"(?:(?:\*\*|__)?(?<![ \t])(?:[ \t]*[–—]|[ \t]+--?)|(?:\*\*|__)?(?P<colon>:)(?:\*\*|__)?)"
    r"[ \t]+(?:\*\*|__)?(?=\S)")
# The last spaced dash of an owner-first item: "Mum – ring the GP – by Friday".
# Used with `match` only (a search would try `.*` from every character).
LAST_DASH = re.compile(r".*(\s[–—]\s|\s--?\s)", re.DOTALL)
BRACKETED = re.compile(r"\([^()]*\)")
# A label of any wording at the start of a line or after a separator ("|",
# ";", "·", "•"), in any emphasis: "_How we'll measure it:_", "Person
# responsible:". Letters only (no digits: "at 8:30" is no label); its words
# are mapped to a field by the header matcher, keywords included.
# (Each run of spaces is one `[ \t]*`, with the emphasis and "?" optional
# after it: two runs side by side would split a long run every possible way.)
LINE_LABEL = re.compile(
    r"(?:^|(?<=[|;·•]))[ \t]*(?:(?:\*\*|__|\*|_)[ \t]*)?"
    r"(?P<label>[^\W\d_](?:[^\W\d_]|['’/&-]|[ \t](?=[^\W\d_]))*)"
    r"[ \t]*(?:\?[ \t]*)?(?:(?:\*\*|__|\*|_)[ \t]*)?:", re.MULTILINE)
# More words than this before a ":" make a sentence, not a label.
LABEL_MAX_WORDS = 8
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
FUTURE_AUX = {"will", "'ll", "shall"}


@dataclass
class Labelled:
    fields: dict[str, TextField | None]
    slots: list[str]
    head: tuple[int, int] = (0, 0)  # the text before the first label or bracket


@dataclass
class OwnerLead:
    """An item that opens with its owner: "Mark – Go to the group ..."."""

    owner: TextField
    start: int  # where the task text begins in the block
    end: int = -1  # where it ends: before a trailing "– by Friday" (-1: the block's end)
    deadline: TextField | None = None  # that trailing piece
    colon: bool = False  # "Owner: task", which the parse must confirm names someone

    @property
    def bare_owner(self) -> str:
        """The owner without its brackets, for the parse: "Fiona Marsh (OT)"."""
        return BRACKETED.sub("", self.owner.text).strip()


class ItemReader:
    """The vocabulary for inline parts, built once from the catalogue."""

    def __init__(self, catalogue: Catalogue, fields: Matcher):
        extra = {f: catalogue.list(f"inline_{f}_labels") for f in INLINE_FIELDS}
        synonyms = {f: list(catalogue.headers.fields.get(f, [])) + extra.get(f, [])
                    for f in set(catalogue.headers.fields) | set(extra)}
        self.matcher = Matcher(synonyms)
        # Labels of any wording fall back on the header keywords ("How we'll
        # measure it" is evidence); names_someone keeps the plain matcher, as
        # a service name may hold a keyword ("Change Grow Live").
        self.label_matcher = Matcher(synonyms, catalogue.headers.field_keywords)
        self.labels = label_pattern(self.matcher)
        self.clause = clause_pattern(catalogue.list("evidence_markers") + extra["evidence"],
                                     catalogue.list("evidence_clause_links"))
        self.openers = phrase_pattern(catalogue.list("deadline_openers"), anchored=True)
        self.time = phrase_pattern(catalogue.list("time_words") + catalogue.list("vague_deadlines"))
        self.owner_headings = [heading_pattern(t) for t in catalogue.list("owner_headings")]
        self.non_owners = set(catalogue.list("owner_heading_non_owners"))
        self.facts = Matcher(catalogue.headers.metadata)
        lexicon = Lexicon(catalogue)
        self.people = [lexicon.pattern(name) for name in ("roles", "family_roles", "agencies")]
        # Before a colon, a vague owner ("Everyone:", "Family:") names someone too.
        self.colon_people = self.people + [lexicon.pattern("vague_owners")]
        # Verbs the tagger may misread at the start of a task ("Fit locks ..."
        # as an adjective and a noun): task.yaml's verb lists vouch for them.
        self.verbs = frozenset(phrase.split()[0] for name in ("concrete_verbs", "vague_verbs")
                               for phrase in lexicon.words(name) if phrase.split())
        links = "|".join(map(re.escape, catalogue.list("evidence_lead_in_links")))
        # Used with `match` only (from every word, a search would be quadratic).
        self.lead_in = re.compile(rf"(?:[\w'’]+\s+){{0,4}}?(?:{links})\s+", re.IGNORECASE)

    # ---------------------------------------------------------------- items

    def read(self, block: Block, in_actions: bool) -> Labelled | None:
        """The parts of one item, or None when it is not written with inline
        parts. Outside an action section only labelled items count: a bracket
        in a worry ("(since March)") is not a deadline."""
        start = checkbox_end(block.text)
        marks = self.marks(block.text, start, in_actions)
        head_end = marks[0][1] if marks else len(block.text)
        bracket = self.bracket(block, start, head_end) if in_actions or start else None
        fields: dict[str, TextField | None] = dict(bracket[1]) if bracket else {}
        for (field, _, value_start, _), value_end in zip(marks, [m[1] for m in marks[1:]] + [len(block.text)]):
            if fields.get(field) is None:
                fields[field] = trimmed(block, value_start, value_end)
        head = (start, bracket[0] if bracket else head_end)
        if in_actions and not marks and not bracket:
            # "Refer Mum to the perinatal team – before the next HV check": a
            # step whose owner is left out, its deadline after the last dash.
            end, deadline = self.trailing_deadline(block, start)
            if deadline is not None:
                fields["deadline"], head = deadline, (start, end)
        fields.setdefault("task", trimmed(block, *head))
        if not is_item(fields, marks, in_actions or start > 0):
            return None
        slots = [f for f in ("owner", "deadline", "evidence") if f in fields]
        return Labelled(fields=fields, slots=slots, head=head)

    def marks(self, text: str, start: int, in_actions: bool = True) -> list[tuple[str, int, int, bool]]:
        """(field, mark start, value start, is a label) for each label or
        dashed evidence clause, in order. Labels of any wording are read only
        where actions are expected: above, "Lead professional:" or "Date:"
        is a fact of the plan."""
        labels = line_labels(text, self.labels, self.label_matcher) if in_actions \
            else find_labels(text, self.labels, self.label_matcher)
        found = [(f, s, e, True) for f, s, e in labels if s >= start]
        for match in self.clause.finditer(text, start):
            if not any(s <= match.start("marker") < e for _, s, e, _ in found):
                found.append(("evidence", match.start(), match.end(), False))
        found.sort(key=lambda m: m[1])
        return found

    def bracket(self, block: Block, start: int, end: int):
        """(bracket start, {field: part}) for a bracket closing the task, when
        every piece in it reads as an owner or a deadline."""
        match = BRACKET_END.search(block.text[:end], start)
        if match is None or not block.text[start:match.start()].strip():
            return None
        parts: dict[str, TextField | None] = {}
        for piece_start, piece_end in pieces(block.text, match.start(1), match.end(1)):
            value = trimmed(block, piece_start, piece_end)
            field = "deadline" if value and self.is_deadline(value.text) else "owner"
            if value is None or field in parts:
                return None
            parts[field] = value
        if list(parts) == ["owner"] and not looks_like_owner(parts["owner"].text):
            return None
        return match.start(), parts

    def is_deadline(self, text: str) -> bool:
        text = text.strip(TRIM)
        return bool(self.openers.match(text) or self.time.search(text) or looks_like_date(text))

    # ------------------------------------------------------- owner first

    def owner_lead(self, block: Block) -> OwnerLead | None:
        """ "Owner – task ...": the owner and where the task starts, when the
        words before the dash read like a person, role or service. The parse
        has the last word (leads_a_task): "Refer Ben – GP" is a task."""
        match = OWNER_DASH.match(block.text, checkbox_end(block.text))
        if match is None:
            return None
        owner = trimmed(block, *match.span("owner"))
        rest = block.text[match.end():].strip(TRIM)
        if owner is None or not self.names_someone(owner.text):
            return None
        if self.openers.match(rest):
            return None  # "Review – by 3 May": a label and a deadline
        colon = match["colon"] is not None
        if colon and self.matcher.match(owner.text, fuzzy=False) is not None:
            return None  # "Who: Mum", "Lead: ...": a label of a part, not an owner
        end, deadline = self.trailing_deadline(block, match.end())
        return OwnerLead(owner=owner, start=match.end(), end=end, deadline=deadline, colon=colon)

    def trailing_deadline(self, block: Block, start: int) -> tuple[int, TextField | None]:
        """Where the task ends and the deadline after its last dash, when that
        piece opens like one ("Mum – ring the GP – before the next visit");
        a dash piece that reads otherwise stays in the task."""
        match = LAST_DASH.match(block.text, start)
        if match is None or "\n" in block.text[match.end():].strip():
            return len(block.text), None
        value = trimmed(block, match.end(), len(block.text))
        text = value.text.strip(TRIM) if value else ""
        if not text or not (self.openers.match(text) or self.time.match(text) or looks_like_date(text)):
            return len(block.text), None
        return match.start(1), value

    def reads_as_person(self, head_doc) -> bool:
        """Before a colon, only a name, role, family member or service is an
        owner ("Dylan:", "Health visitor (Carly Nunn):"); "Note:" is not."""
        text = BRACKETED.sub("", head_doc.text).strip()
        if any(p.search(text) for p in self.colon_people):
            return True
        words = [t for t in head_doc if t.is_alpha]
        return bool(words) and all(t.pos_ == "PROPN" for t in words)

    def names_someone(self, text: str) -> bool:
        # A label of another part ("Outcome – ...") or a header fact
        # ("Review – ...") is no owner; the lead professional's labels are
        # roles ("Social worker – Ask ...").
        bare = BRACKETED.sub("", text).strip()
        if not bare or "(" in bare or ")" in bare or not looks_like_owner(bare):
            return False
        field, fact = self.matcher.match(text, fuzzy=False), self.facts.match(text, fuzzy=False)
        return field in (None, "owner") and fact in (None, "lead_professional") \
            and not self.is_deadline(text)

    def lead_parts(self, sentences: list, prose) -> dict[str, tuple[int, int] | None]:
        """Task, deadline and evidence spans of an owner-first item's text: the
        first sentence (up to a ";" that opens a clause of its own) is the
        task; its own evidence clause, or else a later clause that says how
        it will show ("his card will confirm he has been", "We'll know it is
        working when ..."), is the evidence. The item is one action."""
        if not sentences:
            return {}
        task, later = split_task(sentences[0])
        parts = prose.parts(task)
        evidence = parts.evidence
        subject = [t for t in task if parts.owner and parts.owner[0] <= t.idx < parts.owner[1]]
        if parts.task and subject and not all(t.pos_ == "PRON" for t in subject):
            # "Support Mark to take Jack ...", "Ask Adult Social Care to ...":
            # what the parse takes for a subject is part of the task (the
            # owner stands before the dash); "She will ring ..." keeps its split.
            parts.task = (parts.sentence[0], parts.task[1])
        for span in ([later] if later is not None else []) + list(sentences[1:]):
            if evidence is None:
                evidence = self.result(span, prose)
        return {"task": parts.task, "deadline": parts.deadline, "evidence": evidence}

    def result(self, span, prose) -> tuple[int, int] | None:
        """The evidence a later clause gives: what follows an evidence phrase
        (and a lead-in such as "it is working when"), or the whole clause when
        it tells of a result to come rather than a further job for someone."""
        text = span.doc.text
        marker = prose.evidence.search(text, span.start_char, span.end_char)
        if marker is not None:
            start = marker.end()
            lead_in = self.lead_in.match(text, start, span.end_char)
            return strip_span(text, lead_in.end() if lead_in else start, span.end_char)
        if self.tells_result(span):
            return strip_span(text, span.start_char, span.end_char)
        return None

    def tells_result(self, span) -> bool:
        # "Jack's review will be completed", "What she says will be written
        # down", "his attendance card will confirm ...": a future clause whose
        # subject is a thing or a passive. "She will ring ..." or "The social
        # worker will visit ..." is another job, not evidence.
        root = span.root
        if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in root.children):
            return False
        subject = next((c for c in root.children if c.dep_ in SUBJECTS), None)
        if subject is None:
            return False
        if subject.dep_ != "nsubj":
            return True
        words = span.doc.text[subject.left_edge.idx:subject.idx + len(subject)]
        return subject.pos_ not in ("PRON", "PROPN") and not any(p.search(words) for p in self.people)

    # ------------------------------------------------------------- headings

    def heading_owner(self, block: Block) -> TextField | None:
        """The owner named by a heading such as "Dad will:" or "What school will do"."""
        text = block.text.rstrip().rstrip(":.").rstrip()
        for pattern in self.owner_headings:
            match = pattern.fullmatch(text)
            name = match["owner"].strip(TRIM).lower() if match else ""
            if name and name not in self.non_owners and name.split()[0] not in self.non_owners:
                return trimmed(block, match.start("owner"), match.end("owner"))
        return None


def is_item(fields: dict, marks: list, in_actions: bool) -> bool:
    # Two labels, one of them the task or owner, make an action anywhere
    # ("Who: ... When: ..."); a task with one part only where actions are expected.
    names = {m[0] for m in marks}
    if len(names) >= 2 and names & {"task", "owner"}:
        return True
    parts = {f for f in fields if f != "task"}
    return fields.get("task") is not None and (len(parts) >= 2 or (bool(parts) and in_actions))


def leads_a_task(head_doc, task_doc, prose, people: list[re.Pattern] = (),
                 verbs: frozenset[str] = frozenset()) -> bool:
    """The parse confirms an owner-first item: no verb before the dash ("Refer
    Ben to CAMHS – GP" is a task, then its owner) unless the words name a
    role or family member (the tagger reads "Mum" alone as a verb), and a
    commitment after it ("Anna Webb" after "Social worker –" is a fact)."""
    named = any(p.fullmatch(head_doc.text.strip()) for p in people)
    if not named and any(t.pos_ in ("VERB", "AUX") for t in head_doc):
        return False
    first = next(iter(task_doc.sents), None)
    return first is not None and (opens_with_verb(first, verbs) or prose.is_commitment(first))


def task_text(text: str) -> str:
    """The task after an owner's dash as the parser should see it: the tagger
    takes a capitalised verb at the start for a name ("Weigh Leo ..." as two
    names), so the first letter goes to lower case; offsets stay the same."""
    return text[:1].lower() + text[1:]


def opens_with_verb(sent, verbs: frozenset[str] = frozenset()) -> bool:
    # "Ask Adult Social Care to ...", "To support Mark ...": the task after an
    # owner starts with its verb, even where the parse misplaces the root.
    words = [t for t in sent if not (t.is_punct or t.is_space)][:2]
    if words and words[0].lower_ == "to":
        words = words[1:]
    # Any verb form: the tagger reads "have Leo ..." as VBP, "set up ..." as VBD.
    return bool(words) and (words[0].pos_ == "VERB" or words[0].tag_ in ("VB", "VBP")
                            or words[0].lower_ in verbs)


def split_task(sent):
    """The task clause, and what follows a ";" that opens a clause with its
    own subject ("Go to the group weekly; his card will confirm he went")."""
    doc = sent.doc
    for token in sent:
        if token.text == ";" and token.i + 1 < sent.end:
            after = doc[token.i + 1:sent.end]
            if any(t.dep_ in SUBJECTS and t.head.i >= after.start for t in after):
                return doc[sent.start:token.i], after
    return sent, None


def pieces(text: str, start: int, end: int):
    """(start, end) of each piece of text[start:end] between separators."""
    for separator in SEPARATOR.finditer(text, start, end):
        yield start, separator.start()
        start = separator.end()
    yield start, end


def looks_like_owner(text: str) -> bool:
    # A lone bracket is an owner only when it reads like a name or role
    # ("Dad", "Ms Patel, DSL"), not an explanation ("8, 12 and 16 weeks").
    return text[:1].isupper() and not any(ch.isdigit() for ch in text) and len(text.split()) <= 8


def checkbox_end(text: str) -> int:
    match = CHECKBOX.match(text)
    return match.end() if match else 0


def words_regex(phrase: str) -> str:
    words = (re.escape(w).replace("'", "['’]") for w in phrase.split())
    return r"\s+".join(words)


def phrase_pattern(phrases: list[str], anchored: bool = False) -> re.Pattern:
    body = "|".join(words_regex(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(("^" if anchored else "") + rf"\b(?:{body})(?!\w)", re.IGNORECASE)


def clause_pattern(markers: list[str], links: list[str]) -> re.Pattern:
    """A dash, then an evidence phrase in any emphasis, then an optional link
    word and colon: "— *we'll know because* ...", " - success: ..."."""
    body = "|".join(words_regex(m) for m in sorted(set(markers), key=len, reverse=True))
    link = "|".join(map(re.escape, links))
    return re.compile(rf"{DASH}[*_]*(?P<marker>{body})(?:\s+(?:{link}))?\b[*_]*\s*:?[*_]*\s*",
                      re.IGNORECASE)


def heading_pattern(template: str) -> re.Pattern:
    """A pattern for a whole heading, anchored at its start (a search tries
    there only). The owner ends on a character that is not a space: a lazy
    owner before a run of spaces would scan the rest of it from each of them."""
    before, _, after = template.partition("{owner}")
    owner = r"\A" + words_regex(before) + r"\s*(?P<owner>\S"
    return re.compile(owner + r"(?:.*?\S)??)\s*" + words_regex(after)
                      if after.strip() else owner + r".*?)", re.IGNORECASE)


def label_pattern(matcher: Matcher) -> re.Pattern:
    # Longest synonyms first so "By when:" is not read as "When:".
    words = sorted({s for s in matcher.synonyms()}, key=len, reverse=True)
    alternatives = "|".join(words_regex(w) for w in words)
    return re.compile(rf"(?:^|(?<=[\s|;,.(*]))(?P<label>{alternatives})\s*\??\s*(?:\*\*|__)?\s*:",
                      re.IGNORECASE | re.MULTILINE)


def find_labels(text: str, pattern: re.Pattern, matcher: Matcher) -> list[tuple[str, int, int]]:
    """(field, label start, value start) for each known label in the text."""
    found = []
    for match in pattern.finditer(text):
        field = matcher.match(match["label"], fuzzy=False)
        if field:
            found.append((field, match.start(), match.end()))
    return found


def line_labels(text: str, pattern: re.Pattern, matcher: Matcher) -> list[tuple[str, int, int]]:
    """The known labels, and labels of any wording that open a line or follow
    a separator and that the matcher maps to a field ("How we'll measure it:").
    Such a label counts only beside another label, as a header fact or a
    sentence may hold a keyword. Unknown ones ("Note:", "Kit bag:") split nothing."""
    known = find_labels(text, pattern, matcher)
    extra = []
    for match in LINE_LABEL.finditer(text):
        label = match["label"]
        field = matcher.match(label, fuzzy=False) if len(label.split()) <= LABEL_MAX_WORDS else None
        if field is None:
            continue
        inside = [k for k in known if match.start("label") <= k[1] < match.end()]
        if inside and text[match.start() - 1:match.start()] not in ("", "\n"):
            continue  # "; methadone daily How we will know:": the known label alone
        # At a line's start, a known label ending at the same colon is the
        # tail of this one ("success looks like" in "What success looks like:").
        known = [k for k in known if k not in inside]
        extra.append((field, match.start(), match.end()))
    found = known + extra
    if extra and len(found) < 2:
        found = known  # alone, "The worker will check: ..." is a sentence
    return sorted(found, key=lambda f: f[1])


def trimmed(block: Block, start: int, end: int) -> TextField | None:
    """The text between start and end, without separators around it."""
    text = block.text[start:end]
    cut = DEFINITION_LINE.search(text)
    if cut is not None:
        text = text[:cut.start()]
    left = len(text) - len(text.lstrip(TRIM))
    right = len(text.rstrip(TRIM))
    if right <= left:
        return None
    if text[right - 1:right] == ")" and "(" not in text[left:right]:
        right -= 1  # the close of a bracket the value sat in
    return TextField(text=text[left:right], location=block.location_of(start + left, start + right))


def single_label(block: Block, pattern: re.Pattern, matcher: Matcher) -> tuple[str, TextField | None] | None:
    """A block that is one "Label: value" for a known field ("Outcome: ...")."""
    labels = find_labels(block.text, pattern, matcher)
    if len(labels) != 1 or labels[0][1] != 0:
        return None
    field, _, value_start = labels[0]
    return field, trimmed(block, value_start, len(block.text))


__all__ = ["ItemReader", "Labelled", "OwnerLead", "label_pattern", "leads_a_task", "single_label",
           "task_text"]
