"""A cache of results, so that a plan that has not changed is not read or parsed again.

An entry is found by a hash of everything the result depends on:

- the file's bytes (SHA-256) and its kind (suffix);
- planlint: its version and a hash of its own code (so an edited checkout
  never serves results of the code before);
- the spaCy pipeline: its name and version, the versions of spaCy, thinc, NumPy
  and blis, and the ops (nlp.model_identity), all known without loading spaCy;
- the effective configuration for that file: rule codes, severities, options
  (the day judged against included), profile, glossary, the catalogue with the
  configuration's extra word lists (a hash of all of it), --redact,
  --report-unused-suppressions and --max-size.

An entry holds what `planlint check` reports for the file, and nothing more:
the findings, and for each action its number, layout, location, calendar date
and the words that JSON and SARIF output show (task, owner, deadline,
evidence, the action's text). Never the Plan, the document, its sections or a
parse. Findings quote the plan, so an entry is plan text: it is encrypted with
a key derived from the plan file's own bytes (SHA-256 with a label of its own,
different from the hash that names the entry), with a keystream from SHAKE-256
and an HMAC-SHA-256 tag. Whoever holds the plan can read its entry; whoever
holds only the cache cannot, short of guessing the whole file byte for byte.
Entries are 0600 files in a 0700 folder.

Safe to share between processes: each entry is written to a temporary file
and renamed into place (readers see a whole entry or none; concurrent writers
of one entry write the same result). An entry that cannot be read, decrypted,
authenticated or validated is a miss, and is written again.
"""
from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import hmac
import json
import os
import tempfile
import zlib
from functools import lru_cache
from pathlib import Path

from . import __version__

CACHE_ENV = "PLANLINT_CACHE_DIR"  # a folder for the cache (--cache-dir beats it)
FORMAT = b"PLC2"  # entry format; a change of layout changes this
NONCE = 16
TAG = 32
SUFFIXES = (".md", ".markdown", ".docx")  # what is cached (errors never are)


def default_dir() -> Path:
    """$PLANLINT_CACHE_DIR, else the user's cache folder (~/.cache/planlint on Linux)."""
    given = os.environ.get(CACHE_ENV, "").strip()
    if given:
        return Path(given)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("planlint", appauthor=False))


@lru_cache(maxsize=1)
def code_hash() -> str:
    """A hash of planlint's own Python files: a checkout being worked on never
    gets results of the code it had before."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(str(path.relative_to(root)).encode())
        with contextlib.suppress(OSError):
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


_CATALOGUES: dict[int, tuple[object, str]] = {}


def catalogue_hash(catalogue) -> str:
    """A hash of the whole catalogue: rules, word lists (a configuration's extra
    words included), headers and glossary."""
    held = _CATALOGUES.get(id(catalogue))
    if held is None or held[0] is not catalogue:
        held = (catalogue, hashlib.sha256(catalogue.model_dump_json().encode()).hexdigest())
        _CATALOGUES[id(catalogue)] = held
    return held[1]


def _json_default(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    raise TypeError(type(value))


def linter_key(linter) -> str:
    """The effective configuration of a Linter, as a hash (kept on the Linter)."""
    fields = {
        "codes": list(linter.codes),
        "severity": {k: getattr(v, "value", v) for k, v in sorted(linter.severity.items())},
        "glossary": dict(sorted(linter.glossary.items())),
        "options": dataclasses.asdict(linter.options),
        "profile": linter.profile,
        "catalogue": catalogue_hash(linter.catalogue),
        "redact": linter.redact,
        "unused": linter.report_unused_suppressions,
        "max_bytes": linter.max_bytes,
    }
    text = json.dumps(fields, sort_keys=True, default=_json_default)
    held = linter.__dict__.get("_cache_key")
    if held is None or held[0] != text:
        held = (text, hashlib.sha256(text.encode()).hexdigest())
        linter.__dict__["_cache_key"] = held
    return held[1]


@dataclasses.dataclass(frozen=True)
class Entry:
    """Where one result lives, and the secret that opens it."""

    name: str  # hex: the entry's file name
    secret: bytes  # from the plan's bytes


class ResultCache:
    def __init__(self, folder: Path, model: str | None = None):
        from .nlp import model_identity

        self.folder = Path(folder)
        identity = {"planlint": __version__, "code": code_hash(), "format": FORMAT.decode(),
                    "nlp": model_identity(model)}
        self.base = hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).digest()
        self.hits = self.misses = self.writes = 0

    # ----------------------------------------------------------------- keys

    def entry(self, path: Path, data: bytes, linter) -> Entry | None:
        """The entry for these bytes of this file, linted by this Linter (None:
        a kind of file that is not cached)."""
        suffix = path.suffix.lower()
        if suffix not in SUFFIXES or not data:
            return None
        content = hashlib.sha256(data).digest()
        name = hashlib.sha256(b"planlint-cache-entry\0" + self.base + content
                              + linter_key(linter).encode() + suffix.encode()).hexdigest()
        secret = hashlib.sha256(b"planlint-cache-secret\0" + data).digest()
        return Entry(name, secret)

    def path_of(self, entry: Entry) -> Path:
        return self.folder / entry.name[:2] / entry.name[2:]

    def has(self, entry: Entry) -> bool:
        try:
            return self.path_of(entry).is_file()
        except OSError:  # a cache folder this user may not read: no cache
            return False

    # ------------------------------------------------------------ get / put

    def get(self, entry: Entry, path: Path, actions: bool = True):
        """The cached FileResult for `path`, or None (absent, or unusable).
        `actions=False`: without the plan's actions, only their number (runner.slim)."""
        try:
            blob = self.path_of(entry).read_bytes()
            result = _from_payload(zlib.decompress(_open(blob, entry)), path, actions)
        except Exception:  # absent, corrupt, tampered with, or of another shape
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, entry: Entry, result) -> None:
        """Store a result (only a file that was read: errors are not cached). A
        cache that cannot be written is no error: the run goes on without it."""
        if result.error is not None or result.plan is None:
            return
        plain = zlib.compress(json.dumps(_payload(result), separators=(",", ":"),
                                         ensure_ascii=False).encode("utf-8"), 6)
        target = self.path_of(entry)
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            target.parent.mkdir(mode=0o700, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(_seal(plain, entry))
                os.replace(temporary, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
        except OSError:
            return
        self.writes += 1


# -------------------------------------------------------------- payload

ACTION_FIELDS = {"index", "task", "owner", "deadline", "evidence", "text", "location",
                 "layout", "due"}


def _payload(result) -> dict:
    plan = result.plan
    return {"format": plan.format, "redacted": result.redacted, "count": len(plan.actions),
            "findings": [f.model_dump(mode="json", exclude_none=True) for f in result.findings],
            "actions": [a.model_dump(mode="json", include=ACTION_FIELDS, exclude_none=True)
                        for a in plan.actions]}


@lru_cache(maxsize=2)
def _payload_model(actions: bool):
    """The payload's shape, validated in one call (pydantic-core reads the JSON);
    without the actions when they are not wanted (their JSON is then skipped)."""
    from typing import Literal

    from pydantic import BaseModel

    from .model import Action, Finding

    class Findings(BaseModel):
        format: Literal["markdown", "docx"]
        redacted: bool
        count: int
        findings: list[Finding]

    class WithActions(Findings):
        actions: list[Action]

    return WithActions if actions else Findings


def _from_payload(plain: bytes, path: Path, actions: bool = True):
    from .engine import FileResult
    from .model import Plan

    payload = _payload_model(actions).model_validate_json(plain)
    if not actions:
        return FileResult(path=str(path), findings=payload.findings,
                          redacted=payload.redacted, action_count=payload.count)
    plan = Plan(path=str(path), format=payload.format, actions=payload.actions)
    return FileResult(path=str(path), plan=plan, redacted=payload.redacted,
                      findings=payload.findings)


# ----------------------------------------------------------- encryption


def _keys(entry: Entry) -> tuple[bytes, bytes]:
    label = entry.name.encode()
    return (hmac.new(entry.secret, b"encrypt\0" + label, hashlib.sha256).digest(),
            hmac.new(entry.secret, b"authenticate\0" + label, hashlib.sha256).digest())


def _xor(data: bytes, key: bytes, nonce: bytes) -> bytes:
    stream = hashlib.shake_256(key + nonce).digest(len(data))
    return (int.from_bytes(data, "little") ^ int.from_bytes(stream, "little")).to_bytes(
        len(data), "little")


def _seal(plain: bytes, entry: Entry) -> bytes:
    encrypt, authenticate = _keys(entry)
    nonce = os.urandom(NONCE)
    body = _xor(plain, encrypt, nonce)
    tag = hmac.new(authenticate, FORMAT + nonce + body, hashlib.sha256).digest()
    return FORMAT + nonce + tag + body


def _open(blob: bytes, entry: Entry) -> bytes:
    if blob[:len(FORMAT)] != FORMAT or len(blob) < len(FORMAT) + NONCE + TAG:
        raise ValueError("not a cache entry")
    encrypt, authenticate = _keys(entry)
    nonce = blob[len(FORMAT):len(FORMAT) + NONCE]
    tag = blob[len(FORMAT) + NONCE:len(FORMAT) + NONCE + TAG]
    body = blob[len(FORMAT) + NONCE + TAG:]
    if not hmac.compare_digest(tag, hmac.new(authenticate, FORMAT + nonce + body,
                                             hashlib.sha256).digest()):
        raise ValueError("cache entry fails its check")
    return _xor(body, encrypt, nonce)
