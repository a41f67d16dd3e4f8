"""Text made safe for where reports go: file names and plan text are not trusted.

A file name can hold any byte but `/` and NUL: a newline followed by
`::error file=...::` forges a GitHub workflow command in a CI log, an escape
sequence recolours or retitles a terminal, a bidirectional override hides
text, and a byte that is not UTF-8 (held by Python as a lone surrogate) makes a
UTF-8 report impossible to write. Plan text can hold control characters too.

- `printable` for terminals, logs and XML: every control character (C0 but
  tab, DEL, C1), bidirectional control and lone surrogate written as an escape
  (`\\x1b`, `\\u202e`, an undecodable byte as `\\xff`), so one line stays one
  line and shows what is there.
- `utf8` for JSON and SARIF (their own escaping handles control characters):
  only what cannot be written as UTF-8 is escaped.
"""
from __future__ import annotations

import re

# C0 controls except tab, DEL and C1 controls; bidirectional marks, embeddings,
# overrides and isolates (U+061C, U+200E-F, U+202A-E, U+2066-9); line and
# paragraph separators; lone surrogates.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e"
                     "\u2066-\u2069\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, keep: str = "") -> str:
    """`text` with nothing that a terminal, a CI log or an XML file would act on.
    `keep`: characters to leave as they are (a format that escapes them itself)."""
    if keep:
        return _UNSAFE.sub(lambda m: m.group() if m.group() in keep else _escape(m), text)
    return _UNSAFE.sub(_escape, text)


def utf8(text: str) -> str:
    """`text` as it can be written in UTF-8 (an undecodable byte as `\\xNN`)."""
    return _SURROGATE.sub(_escape, text)
