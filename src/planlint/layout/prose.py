"""Actions written as sentences: "Sara Quinn, the social worker, will meet Tyler
every week until the review, so that his worries are written in his own words."

The parse gives the parts: the subject of the commitment verb (or the agent of a
passive) is the owner; time expressions are the deadline; a "so that" / "we will
know" clause is the evidence; what remains of the verb phrase is the task.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import looks_like_date

# Prepositions that tie an action to a time ("by 3 May", "within 10 days",
# "until the review", "from today").
TIME_PREPS = {"by", "within", "before", "after", "until", "till", "from", "on", "at",
              "during", "no", "starting", "following", "prior", "ahead", "in"}
MODALS = {"will", "shall", "must", "should", "need", "needs", "is", "are", "agrees", "agreed"}
COMMITMENT_AUX = {"will", "shall", "must", "'ll", "should"}
END_MARKS = {"until", "till", "before", "after"}
# The most words of a clause a vague phrase may take ("as and when they arise").
OPEN_CLAUSE_WORDS = 3
# A time phrase opening with these says when the action starts.
START_WORDS = ("from", "starting", "commencing", "beginning")
# A time phrase opening with these says by when the action ends.
END_WORDS = ("by ", "until ", "till ", "before ", "within ", "no later than ")
CONDITION_MARKS = {"if", "when", "unless", "whenever", "once", "while"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# An item's own number before its text. Word numbered paragraphs type it in,
# with a tab or spaces after: "1.", "(a)", "iv)", "1.1", "2.3.1", "A1", "B2.",
# "C3)", or any short mark before a tab ("A1<tab>", "ii<tab>"). A bare capital
# is left alone: "A disclosure will be made", "I will ring", "J. Smith".
NUMBERING = re.compile(r"""^\s*(?:
      \(?(?:\d{1,3}|[a-z]|[ivx]{1,4}|[IVX]{2,4})[.)]\s+
    | \(?[A-Z]\)\s+
    | \d{1,3}(?:\.\d{1,3})+[.)]?\s+
    | [A-Z]{1,2}\d{1,3}(?:\.\d{1,3})*[.):]?\s+
    | \(?[\w.]{1,5}\)?\t\s*
    | [•\-*]\s+)""", re.X)


@dataclass
class Parts:
    """Character spans (start, end) in the block text; None where absent."""

    task: tuple[int, int] | None
    owner: tuple[int, int] | None
    deadline: tuple[int, int] | None
    evidence: tuple[int, int] | None
    sentence: tuple[int, int]
    passive: bool


class Prose:
    """Finds and splits commitment sentences, with word lists from the catalogue."""

    def __init__(self, evidence_markers: list[str], vague_deadlines: list[str],
                 time_words: list[str]):
        markers = sorted(evidence_markers, key=len, reverse=True)
        self.evidence = re.compile(
            r"(?:[,;]\s*(?:and\s+)?)?\b(?P<marker>" + "|".join(map(marker_regex, markers)) + r")\s*",
            re.I)
        vague = sorted(vague_deadlines, key=len, reverse=True)
        self.vague = re.compile(r"\b(?:" + "|".join(map(re.escape, vague)) + r")(?!\w)", re.I)
        self.time_words = {w.lower() for w in time_words}

    # ----------------------------------------------------------- sentences

    def is_commitment(self, sent) -> bool:
        """Whether a sentence commits someone to do something."""
        if any(t.pos_ in ("VERB", "AUX") and t.lower_ not in ("know",) and any(
                c.dep_ == "aux" and c.lower_ in COMMITMENT_AUX for c in t.children) for t in sent):
            return True
        root = sent.root
        if root.pos_ not in ("VERB", "AUX"):
            verbs = [t for t in sent if t.pos_ == "VERB" and t.dep_ in ("relcl", "acl", "xcomp")]
            return bool(verbs) and any(t.lower_ == "to" for t in sent)
        if root.tag_ == "VB" and root.i == first_word(sent).i:
            return True  # imperative: "Refer Poppy to CAMHS"
        aux = {t.lower_ for t in root.children if t.dep_ in ("aux", "auxpass")}
        if aux & {"will", "shall", "must", "should", "to", "'ll"}:
            return True
        return any(t.lower_ == "to" and t.dep_ == "aux" for t in root.children)

    def stated_evidence(self, sent) -> tuple[int, int] | None:
        """The span a sentence gives as evidence when it opens with an
        evidence marker ("We will know this is working when ..."): it says how
        we will know, it commits no one (guide), so it is never an action."""
        return self.opening_evidence(sent.doc.text, numbering_end(sent), content_end(sent))

    def opening_evidence(self, text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
        """The evidence in text[start:end] when that text opens with an
        evidence marker (a sentence, a table's row of its own), else None."""
        end = len(text) if end is None else end
        while start < end and text[start].isspace():
            start += 1
        match = self.evidence.match(text, start, end)
        if match is None or match.start("marker") != start:
            return None
        return strip_span(text, match.end(), end)

    # --------------------------------------------------------------- parts

    def parts(self, sent) -> Parts:
        doc = sent.doc
        start = numbering_end(sent)
        end = content_end(sent)
        evidence = None
        main_end = end
        match = self.evidence.search(doc.text, start, end)
        semicolon = second_clause(sent, start, end)
        if match:
            main_end = match.start()
            evidence = strip_span(doc.text, match.end(), end)
        elif semicolon is not None:
            # "X will assess Y before the core group; the results will be
            # shared with the SW": what follows the action is its result.
            main_end = semicolon
            evidence = strip_span(doc.text, semicolon + 1, end)
        root = clause_root(sent, start, main_end)
        passive = any(t.dep_ in ("nsubjpass", "auxpass") for t in root.children)
        owner = self.owner(root, passive)
        deadline = self.deadline(sent, start, main_end)
        task = self.task(doc.text, root, start, main_end, owner, deadline, passive)
        return Parts(task=task, owner=owner, deadline=deadline, evidence=evidence,
                     sentence=(start, end), passive=passive)

    def owner(self, root, passive: bool) -> tuple[int, int] | None:
        if passive:
            for child in root.children:
                if child.dep_ == "agent" and not self.is_time(child):
                    objects = [t for t in child.children if t.dep_ == "pobj"]
                    if objects:
                        return subtree_span(objects[0])
            return None
        for child in root.children:
            # csubj: "Whoever is available will pop in"
            if child.dep_ in ("nsubj", "csubj") and child.lower_ not in ("it", "this", "there"):
                return subtree_span(child)
        return None

    def deadline(self, sent, start: int, end: int) -> tuple[int, int] | None:
        """The time expression that says by when: a phrase with a date first,
        then a start ("from the start of term"), then any other event-tied
        phrase, then a frequency, then a vague phrase ("in due course"); the
        first of the best kind. A date outranks a time word: "on her first
        morning" is part of the task beside "from 1 September"."""
        text = sent.doc.text
        phrases = merge_adjacent(text, self.time_phrases(sent, start, end))
        if not phrases:
            return None
        # Of two event phrases, the one that says by when ("until the review")
        # beats one that says on what occasion ("on the days she works").
        chosen = max(phrases, key=lambda p: (deadline_rank(text, p), is_end(text, p), -p[0]))
        return chosen[0], chosen[1]

    def time_phrases(self, sent, start: int, end: int) -> list[tuple[int, int, bool]]:
        """(start, end, anchored) for each time expression in the main clause."""
        found = []
        for token in sent:
            if not (start <= token.idx < end) or in_condition(token):
                continue
            # The parser may join a second phrase to the first as a conjunct:
            # "... and never in front of the children, from 27 July".
            is_prep = token.dep_ in ("prep", "agent") or (token.dep_ == "conj" and token.pos_ == "ADP")
            if is_prep and token.lower_ in TIME_PREPS and \
                    self.is_time(token) and not in_noun_modifier(token):
                left = token.head if token.head.lower_ == "starting" else token
                span = subtree_span(token)
                found.append((min(left.idx, span[0]), span[1], True))
            elif token.dep_ in ("npadvmod", "advmod") and self.is_time(token):
                found.append((*subtree_span(rate_head(token)), False))
            elif token.dep_ == "mark" and token.lower_ in END_MARKS and token.head.dep_ == "advcl":
                # "every week until she is 12 weeks old", up to a comma
                end_of_clause = clause_end(token.head)
                found.append((token.idx, end_of_clause, True))
            elif token.lower_ in ("immediately", "today", "now") and token.dep_ in ("advmod", "npadvmod"):
                found.append((token.idx, token.idx + len(token), True))
        for match in self.vague.finditer(sent.doc.text, start, end):
            found.append((match.start(), open_clause_end(sent, match.end(), end), False))
        return sorted(set(p for p in found if p[1] <= end))

    def is_time(self, prep) -> bool:
        """A prepositional phrase about time: a date, a time word, or a
        recurring event ("after each missing episode")."""
        for token in own_words(prep):
            if token.ent_type_ in ("DATE", "TIME") or token.lemma_.lower() in self.time_words:
                return True
            if token.lower_ in ("each", "every") and token.dep_ == "det":
                return True
        return looks_like_date(" ".join(t.text for t in own_words(prep)))

    def task(self, text: str, root, start: int, end: int, owner, deadline, passive) -> tuple[int, int] | None:
        """The verb phrase: after the subject and modal, without a deadline at
        either end. A passive with no agent keeps its subject ("A referral will
        be made"): that is what is to be done."""
        begin = start
        if owner and not passive:
            begin = owner[1]
            verb_start = min((t.idx for t in root.subtree if t.idx >= owner[1]
                              and t.dep_ not in ("aux", "punct", "advmod")), default=begin)
            begin = max(begin, verb_start)
        finish = end
        if deadline:
            if deadline[0] >= begin and text[deadline[1]:finish].strip(" ,;.") == "":
                finish = deadline[0]
            elif deadline[0] >= begin and text[begin:deadline[0]].strip(" ,;.") == "":
                # "Mum will, by Friday, ring ...". A deadline before the owner
                # ("In the week of 6 July the HV will ...") is already left out.
                begin = deadline[1]
        if owner and passive and owner[0] > begin:
            agent_start = text.rfind(" by ", begin, owner[0] + 1)
            if agent_start >= 0 and text[owner[1]:finish].strip(" ,;.") == "":
                finish = agent_start
        return strip_span(text, begin, finish)


def marker_regex(marker: str) -> str:
    # "we will know" also matches "we will know this has worked when".
    words = r"\s+".join(map(re.escape, marker.split()))
    if marker.lower().startswith("we will know"):
        # "we will know this has worked when ...", "we will know they have
        # stopped using when ...": the evidence is what follows "when".
        words += r"(?:(?:\s+[\w']+){1,8}?\s+(?:when|if|because|by|as))?"
    return words


def clause_root(sent, start: int, end: int):
    """The head of the words before the evidence clause. Usually the
    sentence's root; but in "X will visit ...; we will know this is working
    when ..." the parser may hang the action under "know"."""
    inside = [t for t in sent if start <= t.idx < end]
    committed = [t for t in inside if t.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in COMMITMENT_AUX for c in t.children)]
    if committed:
        # "The class teacher will phone mum ... on any day Ben is not in
        # school": the verb with "will" carries the action, whatever the parse
        # made the root.
        return min(committed, key=lambda t: len(list(t.ancestors)))
    if sent.root in inside or not inside:
        return sent.root
    tops = [t for t in inside if t.head not in inside or t.head is t]
    verbs = [t for t in tops if t.pos_ in ("VERB", "AUX")]
    return (verbs or tops or [sent.root])[0]


def second_clause(sent, start: int, end: int) -> int | None:
    """Where a semicolon splits a sentence into two whole clauses (each with a
    subject and a verb): the first is the action, the second what comes of
    it. None where there is no such semicolon."""
    for token in sent:
        if token.text == ";" and start < token.idx < end:
            before = [t for t in sent if start <= t.idx < token.idx]
            after = [t for t in sent if token.idx < t.idx < end]
            if is_clause(before) and is_clause(after):
                return token.idx
    return None


def is_clause(tokens) -> bool:
    return any(t.dep_ in SUBJECT_DEPS for t in tokens) and \
        any(t.pos_ in ("VERB", "AUX") for t in tokens)


def next_sentence(sentences: list, sent) -> tuple[int, int] | None:
    """The span of the sentence after `sent`, without its end mark."""
    later = [s for s in sentences if s.start >= sent.end]
    return strip_span(later[0].doc.text, later[0].start_char, content_end(later[0])) if later else None


def first_word(sent):
    for token in sent:
        if not (token.is_punct or token.is_space or token.like_num):
            return token
    return sent[0]


def numbering_end(sent) -> int:
    match = NUMBERING.match(sent.text)
    return sent.start_char + (match.end() if match else 0)


def numbering_length(text: str) -> int:
    """How many characters of a block's text its own number takes ("B2\t")."""
    match = NUMBERING.match(text)
    return match.end() if match and match.group().strip() not in ("•", "-", "*") else 0


def blank_numbering(text: str) -> str:
    """The text with its number turned to spaces, for the parser: "B2\tAmanda
    Kirk will ..." parsed as written makes "B2" part of the subject. Spaces
    keep every character where it was, so locations stay exact."""
    length = numbering_length(text)
    return " " * length + text[length:]


def content_end(sent) -> int:
    end = sent.end_char
    text = sent.doc.text
    while end > sent.start_char and text[end - 1] in " .;\n\t":
        end -= 1
    return end


def strip_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in " ,;:.\n\t":
        start += 1
    while end > start and text[end - 1] in " ,;:.\n\t":
        end -= 1
    return (start, end) if end > start else None


def clause_end(head) -> int:
    """End of a clause's words, stopping at the first comma after its head
    ("until she is 12 weeks old, weighing her ..." ends at "old")."""
    end = subtree_span(head)[1]
    for token in head.subtree:
        if token.i > head.i and token.text == ",":
            return min(end, token.idx)
    return end


def subtree_span(token) -> tuple[int, int]:
    tokens = list(token.subtree)
    while len(tokens) > 1 and tokens[0].is_space:
        tokens.pop(0)  # the spaces left where an item's number was blanked
    while len(tokens) > 1 and tokens[-1].is_punct and not closes_bracket(tokens):
        tokens.pop()  # keep at least the token itself, even if it is punctuation
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def closes_bracket(tokens) -> bool:
    """The last token closes a bracket opened inside the span: "Lee Pearce
    (Riley's dad)" keeps its ")"."""
    return tokens[-1].text == ")" and sum(t.text == "(" for t in tokens) > \
        sum(t.text == ")" for t in tokens[:-1])


def own_words(prep) -> list:
    """A phrase's words without the phrases nested in it: "in the locked box
    provided by Compass from today" is about a box, not a time; nor is "in
    front of the children" when "from 27 July" is parsed as its conjunct."""
    nested = {t.i for c in prep.subtree if c is not prep and (
                  c.dep_ in ("prep", "acl", "relcl") or (c.dep_ == "conj" and c.pos_ == "ADP"))
              for t in c.subtree}
    return [t for t in prep.subtree if t.i not in nested]


def in_noun_modifier(token) -> bool:
    """Inside a phrase that describes a noun ("the concerns raised at
    conference"): a time there dates the noun, not the action."""
    return any(a.dep_ in ("acl", "relcl", "amod") for a in token.ancestors)


def in_condition(token) -> bool:
    """Inside an "if ..." / "when ..." clause: "ring the police if he is not home
    by midnight" ties no deadline to the action."""
    for ancestor in token.ancestors:
        if ancestor.dep_ in ("advcl", "ccomp") and any(
                c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in ancestor.children):
            return True
    return False


def is_start(text: str, phrase: tuple[int, int, bool]) -> bool:
    return text[phrase[0]:phrase[1]].lower().startswith(START_WORDS)


def is_end(text: str, phrase: tuple[int, int, bool]) -> bool:
    return text[phrase[0]:phrase[1]].lower().startswith(END_WORDS)


def deadline_rank(text: str, phrase: tuple[int, int, bool]) -> int:
    """How surely a time phrase is the deadline: 3 dated, 2 a start, 1 tied to
    an event or a time, 0 a frequency or a vague phrase."""
    if looks_like_date(text[phrase[0]:phrase[1]]):
        return 3
    if phrase[2]:
        return 2 if is_start(text, phrase) else 1
    return 0


def rate_head(token):
    """ "two a week": the parser may hang "a week" under the number, which
    belongs to the rate."""
    head = token.head
    return head if head.like_num and head.i == token.i - 2 else token


def open_clause_end(sent, at: int, end: int) -> int:
    """A vague phrase that ends in a conjunction takes the short clause after
    it: "as and when" + "they arise", "as soon as" + "she can"."""
    text = sent.doc.text
    if not text[:at].lower().endswith((" when", " as", " once", " if")):
        return at
    words = [t for t in sent if at <= t.idx < end]
    clause = []
    for token in words[:OPEN_CLAUSE_WORDS]:
        if token.is_punct:
            break
        clause.append(token)
    if not clause or not any(t.pos_ in ("VERB", "AUX") for t in clause) or \
            len(clause) == OPEN_CLAUSE_WORDS and len(words) > len(clause) and not words[len(clause)].is_punct:
        return at  # no verb, or a longer clause that is part of the task
    return clause[-1].idx + len(clause[-1])


def merge_adjacent(text: str, phrases: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Join time phrases that touch: "every week" + "until the review". A start
    date stays apart ("every morning" / "from 23 March"): it is the deadline,
    and the frequency is part of what is done; unless a comma sets the
    frequency apart from the task (", one a week starting 3 August")."""
    merged: list[tuple[int, int, bool]] = []
    for start, end, anchored in phrases:
        starts_from = is_start(text, (start, end, anchored)) and not (
            merged and text[:merged[-1][0]].rstrip().endswith(","))
        if merged and not starts_from and start <= merged[-1][1] + 1 and \
                text[merged[-1][1]:start].strip() == "":
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2] or anchored)
        elif merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2] or anchored)
        else:
            merged.append((start, end, anchored))
    return merged
