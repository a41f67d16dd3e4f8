"""What a Word paragraph's style and numbering make of it: a heading (by style name,
base style or outline level) or a list item (numbering from the paragraph or its
style, ordered or bulleted as word/numbering.xml says)."""
from __future__ import annotations

import re

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from planlint.readers.word_text import xpath

_HEADING_NAME = re.compile(r"heading ([1-9])")


def style_chain(document: docx.document.Document, style_id: str | None) -> list:
    """A paragraph's style (by id) followed by the styles it is based on."""
    style = document.part.get_style(style_id, WD_STYLE_TYPE.PARAGRAPH)
    chain = []
    while style is not None and len(chain) < 10:  # 10: a guard against a loop
        chain.append(style)
        style = style.base_style
    return chain


def heading_level(p: etree._Element, styles: list) -> int | None:
    for style in styles:
        name = (style.name or "").lower()
        if name == "title":
            return 1
        match = _HEADING_NAME.fullmatch(name)
        if match:
            return int(match.group(1))
    # A custom style (or the paragraph itself) may set an outline level instead.
    for element in [p] + [style.element for style in styles]:
        outline = _val(element, "w:pPr/w:outlineLvl")
        if outline is not None:
            level = _int(outline, 9) + 1
            return level if level <= 9 else None  # outline level 9 is body text
    return None


def numbering_of(p: etree._Element, styles: list) -> tuple[str | None, int | None]:
    """(numId, ilvl): each from the paragraph itself, else from the nearest style that
    sets it (a paragraph may set only the level of its style's list)."""
    elements = [p] + [style.element for style in styles]
    num_id = next(filter(None, (_val(e, "w:pPr/w:numPr/w:numId") for e in elements)), None)
    ilvl = next(filter(None, (_val(e, "w:pPr/w:numPr/w:ilvl") for e in elements)), None)
    return num_id, int(ilvl) if ilvl and ilvl.isdigit() else None


class Numbering:
    """Number formats ("decimal", "bullet", ...) from word/numbering.xml."""

    def __init__(self, document: docx.document.Document):
        try:  # not `document.part.numbering_part`: that adds an empty part when missing
            self.root = document.part.part_related_by(RT.NUMBERING).element
        except KeyError:
            self.root = None

    def format(self, num_id: str | None, ilvl: int | None) -> str | None:
        if self.root is None or num_id is None:
            return None
        level = str(ilvl or 0)
        num = self._find(f"w:num[@w:numId='{num_id}']")
        if num is None:
            return None
        override = _val(num, f"w:lvlOverride[@w:ilvl='{level}']/w:lvl/w:numFmt")
        if override:
            return override
        abstract_id = _val(num, "w:abstractNumId")
        abstract = self._find(f"w:abstractNum[@w:abstractNumId='{abstract_id}']")
        if abstract is None:
            return None
        if not _has(abstract, f"w:lvl[@w:ilvl='{level}']"):
            level = "0"  # a single-level list asked for a deeper level: use its only one
        if not _has(abstract, f"w:lvl[@w:ilvl='{level}']"):
            return None
        # numFmt left out means decimal (ECMA-376 17.9.17)
        return _val(abstract, f"w:lvl[@w:ilvl='{level}']/w:numFmt") or "decimal"

    def _find(self, path: str) -> etree._Element | None:
        found = xpath(self.root, path)
        return found[0] if found else None


def _val(element: etree._Element | None, path: str) -> str | None:
    """The w:val attribute of the first element at `path` under `element`, if any."""
    if element is None:
        return None
    found = xpath(element, f"{path}/@w:val")
    return str(found[0]) if found else None


def _has(element: etree._Element, path: str) -> bool:
    return bool(xpath(element, path))


def _int(value: str | None, default: int) -> int:
    return int(value) if value and value.isdigit() else default
