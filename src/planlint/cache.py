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
parse.

Safe to share between processes: each entry is written to a temporary file
and renamed into place (readers see a whole entry or none; concurrent writers
of one entry write the same result). An entry that cannot be read, decrypted,
authenticated or validated is a miss, and is written again.

Threat model. Findings quote the plan, so an entry is plan text.

- Who can read: the user alone (entries 0600 in 0700 folders; folders planlint
  makes, those above the cache folder included, are made 0700, and a cache
  folder of the user's own that others may read is tightened to 0700). The
  entries are also encrypted (AES-256-GCM, from the `cryptography` package)
  with a key derived from the plan file's own bytes: whoever holds only the
  cache (a backup, a copied CI cache) cannot read it, short of guessing the
  whole plan file byte for byte.
- Who can write: the user alone. A cache folder (or a link to one) that belongs
  to another user or that group or others may write is refused with one
  warning line, and the run goes on uncached; an entry (or a shard folder) that
  is not the user's, that others may write, or that is a link, is never read.
  These checks are what stop poisoning: someone who may write the folder and
  can read a plan could otherwise plant a valid "no findings" entry for it
  (the plan's bytes are all the key needs).
- What the AEAD adds: any change to an entry (one bit) makes it a miss, and an
  entry copied under another name (another plan, or the same plan under
  another configuration or code) fails to authenticate, its name being its
  associated data.
- Not protected: the user's own processes and root (they can write valid
  entries, as they can edit planlint itself); a plan that can be guessed
  (a template with one name changed is as safe as that name); folders above
  the cache folder that existed already are not checked (someone who may
  write one could swap the cache folder, but entries they make are still not
  the user's, so they are not read). On Windows there are no POSIX owners
  or modes: the checks are skipped and the profile folder's ACLs apply.
"""
from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import stat
import sys
import zlib
from functools import lru_cache
from pathlib import Path

from . import __version__
from .output import write_atomically

CACHE_ENV = "PLANLINT_CACHE_DIR"  # a folder for the cache (--cache-dir beats it)
FORMAT = b"PLC3"  # entry format; a change of layout changes this (PLC3: AES-GCM)
NONCE = 12  # AES-GCM's nonce
TAG = 16  # and its tag
SUFFIXES = (".md", ".markdown", ".docx", ".docm", ".dotx", ".dotm")  # cached; errors never are
# Owners and POSIX modes to check. Windows has no geteuid, and its st_mode shows
# no ACLs (every file looks writable by all): the checks are skipped there.
POSIX_OWNERS = hasattr(os, "geteuid")
LOOSE = stat.S_IWGRP | stat.S_IWOTH  # writable by someone other than the owner
# Entries are opened without following a link, and without blocking on a FIFO.
READ_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) \
    | getattr(os, "O_BINARY", 0)


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
    @classmethod
    def open(cls, folder: Path, model: str | None = None) -> ResultCache | None:
        """The cache in `folder` (made, or tightened, 0700), or None after one
        warning line when the folder cannot be trusted: the run goes on uncached."""
        refused = refusal(Path(folder))
        if refused:
            # (A folder's name may hold a terminal's escapes: shown as \x1b.)
            shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(folder))
            sys.stderr.write(f"warning: not using the cache in {shown}: {refused}; running "
                             f"without it (give a folder of your own with --cache-dir or "
                             f"{CACHE_ENV})\n")
            return None
        return cls(folder, model)

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
        """Whether an entry that would be trusted is there (without reading it)."""
        try:
            info = os.lstat(self.path_of(entry))
        except OSError:  # absent, or a cache folder this user may not read
            return False
        return stat.S_ISREG(info.st_mode) and trusted(info)

    # ------------------------------------------------------------ get / put

    def get(self, entry: Entry, path: Path, actions: bool = True):
        """The cached FileResult for `path`, or None (absent, or unusable).
        `actions=False`: without the plan's actions, only their number (runner.slim)."""
        try:
            blob = self._read(self.path_of(entry))
            result = _from_payload(zlib.decompress(_open(blob, entry)), path, actions)
        except Exception:  # absent, untrusted, corrupt, tampered with, or of another shape
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
            make_folders(target.parent)
            if not trusted_folder(os.lstat(target.parent)):
                return
            # A new file (never through a link), 0600, renamed into place; not
            # flushed to disk: an entry lost in a crash is only a miss.
            write_atomically(target, _seal(plain, entry), mode=0o600, durable=False)
        except OSError:
            return
        self.writes += 1

    @staticmethod
    def _read(target: Path) -> bytes:
        """An entry's bytes, if its shard folder and the entry itself are trusted
        (the user's, writable by no one else, and neither a link)."""
        if not trusted_folder(os.lstat(target.parent)):
            raise PermissionError(f"untrusted cache folder {target.parent}")
        with os.fdopen(os.open(target, READ_FLAGS), "rb") as handle:
            info = os.fstat(handle.fileno())
            if not (stat.S_ISREG(info.st_mode) and trusted(info)):
                raise PermissionError(f"untrusted cache entry {target}")
            return handle.read()


# ------------------------------------------------------------ ownership


def trusted(info: os.stat_result) -> bool:
    """Whether a file or folder is the user's and writable by no one else (always
    true where there are no POSIX owners)."""
    if not POSIX_OWNERS:
        return True
    return info.st_uid == os.geteuid() and not info.st_mode & LOOSE


def trusted_folder(info: os.stat_result) -> bool:
    return stat.S_ISDIR(info.st_mode) and trusted(info)


def make_folders(folder: Path) -> None:
    """Make `folder` and every missing folder above it, each 0700 (mkdir -p would
    make those above it with the default mode)."""
    missing = []
    for path in (folder, *folder.parents):
        if os.path.lexists(path):
            break
        missing.append(path)
    for path in reversed(missing):
        path.mkdir(mode=0o700, exist_ok=True)


def refusal(folder: Path) -> str | None:
    """Why the cache folder cannot be trusted, or None. It is made if missing, and
    one of the user's own that others may read is tightened to 0700. A folder
    that cannot be made or read is not refused: the cache then only misses."""
    try:
        make_folders(folder)
        info = os.stat(folder)  # through a link: the folder that will be used
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode):
        return "it is not a folder"
    if not POSIX_OWNERS:
        return None
    if info.st_uid != os.geteuid():
        return f"it belongs to another user (uid {info.st_uid})"
    if info.st_mode & LOOSE:
        return "other users can write to it, so its entries cannot be trusted"
    if info.st_mode & 0o077:
        with contextlib.suppress(OSError):
            os.chmod(folder, stat.S_IMODE(info.st_mode) & 0o700)
    return None


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
#
# AES-256-GCM with a key of the entry's own: HKDF-Expand (SHA-256) of the secret
# from the plan's bytes, with the entry's name. GCM must never see one nonce
# twice under one key; the nonce is 12 random bytes per write, and one key only
# ever encrypts one entry (one plan under one configuration and code), which is
# written again only when it is missing or spoilt: a handful of times, against
# the 2**48 writes under one key at which a repeat would become likely. So a
# deterministic key is safe here, and AES-GCM-SIV (not in every OpenSSL build
# `cryptography` may use) is not needed. The format and the entry's name are the
# associated data: an entry moved under another name does not authenticate.


def _cipher(entry: Entry):
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDFExpand

    key = HKDFExpand(hashes.SHA256(), 32, b"planlint-cache-key\0" + entry.name.encode())
    return AESGCM(key.derive(entry.secret))


def _associated(entry: Entry) -> bytes:
    return FORMAT + entry.name.encode()


def _seal(plain: bytes, entry: Entry) -> bytes:
    nonce = os.urandom(NONCE)
    return FORMAT + nonce + _cipher(entry).encrypt(nonce, plain, _associated(entry))


def _open(blob: bytes, entry: Entry) -> bytes:
    """The plain bytes of an entry; raises on one of another format, cut short, or
    failing its tag (cryptography's InvalidTag)."""
    head = len(FORMAT) + NONCE
    if blob[:len(FORMAT)] != FORMAT or len(blob) < head + TAG:
        raise ValueError("not a cache entry")
    return _cipher(entry).decrypt(blob[len(FORMAT):head], blob[head:], _associated(entry))
