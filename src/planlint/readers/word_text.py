"""The text of Word paragraphs and cells, as Word shows it.

python-docx's `Paragraph.text` reads every w:t under the paragraph's own runs. Word
shows something else, and plans filled in from templates depend on the difference:

- a field shows its result, never its code (w:instrText), and never the results
  stored inside another field's code: an IF field keeps the current results of the
  MERGEFIELDs it tests inside its code, and then shows its own result once;
- a legacy drop-down form field (FORMDROPDOWN) has no result runs: it shows the entry
  chosen in its w:ffData;
- a MACROBUTTON field is Word's old "click here and type" prompt: what it shows is
  the template's prompt, not the plan's words;
- hidden text (w:vanish, set on the run or through its character or paragraph style)
  is not printed: template prompts and guidance for the writer;
- a content control showing its placeholder says nothing ("Click or tap here to enter
  text."): Word marks it with w:showingPlcHdr, or its content is still the
  placeholder text of the glossary entry (w:docPart) it names;
- tracked deletions and text moved away are not shown; insertions are;
- of alternate content (mc:AlternateContent) the first Choice is read, never the
  Fallback, which is a copy of the same thing for older programs.

Text boxes are not part of the paragraph they are anchored in: `text_boxes` finds
them, and the reader reads their paragraphs in place, after their anchor.

Only what Word marks is left out: nothing is guessed from the wording of the text.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Callable

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

_NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
MC_ALTERNATE, MC_CHOICE, MC_FALLBACK = (_MC + t for t in ("AlternateContent", "Choice",
                                                         "Fallback"))

W_P, W_R, W_T, W_TBL = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:tbl")
W_SDT, W_SDT_CONTENT, W_SDT_PR = qn("w:sdt"), qn("w:sdtContent"), qn("w:sdtPr")
WRAPPERS = (W_SDT, qn("w:customXml"))  # content controls, custom XML
W_FLD_CHAR, W_INSTR, W_FLD_SIMPLE = qn("w:fldChar"), qn("w:instrText"), qn("w:fldSimple")
W_RPR, W_PPR, W_VANISH, W_RSTYLE, W_PSTYLE = (qn(t) for t in ("w:rPr", "w:pPr", "w:vanish",
                                                              "w:rStyle", "w:pStyle"))
W_BR, W_BR_TYPE = qn("w:br"), qn("w:type")
W_RUBY, W_RUBY_BASE = qn("w:ruby"), qn("w:rubyBase")
W_TXBX, W_VAL = qn("w:txbxContent"), qn("w:val")

# Children of a paragraph (or of what lies between it and its runs) that hold no text
# Word shows: properties, tracked deletions and moves away, fallback copies.
_NO_TEXT = {qn(t) for t in ("w:pPr", "w:rPr", "w:del", "w:moveFrom", "w:sdtPr", "w:sdtEndPr",
                            "w:customXmlPr", "w:smartTagPr")} | {MC_FALLBACK}
# Where a text box is not read: inside another (that one is read), in a fallback copy,
# in deleted or moved-away text.
_NOT_IN_PLACE = {W_TXBX, MC_FALLBACK, qn("w:del"), qn("w:moveFrom")}
# Run content that stands for characters, as python-docx's CT_R.text reads it (the
# annotator splits runs by the same characters). w:br: a line break unless it is a
# page or column break.
_CHARACTERS = {qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:cr"): "\n",
               qn("w:noBreakHyphen"): "-"}
# A field whose result is a prompt for the writer, not the plan's words.
PROMPT_FIELDS = {"MACROBUTTON"}
_OFF = {"0", "false", "off"}


def xpath(element: etree._Element, path: str) -> list:
    # etree's own XPath: python-docx's elements override xpath() without `namespaces`,
    # and not every element in the tree is one of python-docx's classes. Each path is
    # compiled once.
    compiled = _XPATHS.get(path)
    if compiled is None:
        if len(_XPATHS) > 1024:  # paths naming a document's list ids: bounded
            _XPATHS.clear()
        compiled = _XPATHS[path] = etree.XPath(path, namespaces=_NS)
    return compiled(element)


_XPATHS: dict[str, etree.XPath] = {}


def is_on(element: etree._Element | None) -> bool:
    """A w:vanish, w:showingPlcHdr or other on/off property: on unless val says off."""
    return element is not None and str(element.get(W_VAL, "true")).lower() not in _OFF


# ------------------------------------------------------------ what the document says


class Visibility:
    """What the document's styles and glossary say about which runs are shown: the
    styles that hide text and the placeholder text of each glossary entry. The plain
    one (no document) knows only what the runs and controls say themselves."""

    def __init__(self, hidden_styles: dict[str, bool] | None = None,
                 placeholders: Callable[[], dict[str, str]] | None = None):
        # style id -> whether it hides text (only styles that set w:vanish, themselves
        # or through the styles they are based on)
        self.hidden_styles = hidden_styles or {}
        self._load_placeholders = placeholders
        self._placeholders: dict[str, str] | None = None
        self._controls: dict[etree._Element, bool] = {}  # decided once per control

    @classmethod
    def of(cls, document) -> Visibility:
        """The visibility rules of a python-docx Document."""
        try:  # not `document.styles`: that adds a default styles part when missing
            styles = getattr(document.part.part_related_by(RT.STYLES), "element", None)
        except KeyError:
            styles = None
        return cls(_hiding_styles(styles), lambda: _glossary_placeholders(document))

    def hides(self, run: etree._Element, paragraph_hidden: bool) -> bool:
        """Whether a run is hidden: its own w:vanish, else its character style's, else
        its paragraph style's."""
        rpr = run.find(W_RPR)
        if rpr is not None:
            vanish = rpr.find(W_VANISH)
            if vanish is not None:
                return is_on(vanish)
            style = rpr.find(W_RSTYLE)
            if style is not None and self.hidden_styles:
                hidden = self.hidden_styles.get(style.get(W_VAL))
                if hidden is not None:
                    return hidden
        return paragraph_hidden

    def paragraph_hides(self, p: etree._Element) -> bool:
        """Whether the paragraph's style hides its runs."""
        if not self.hidden_styles:
            return False
        ppr = p.find(W_PPR)
        style = ppr.find(W_PSTYLE) if ppr is not None else None
        return style is not None and self.hidden_styles.get(style.get(W_VAL)) is True

    def is_placeholder(self, sdt: etree._Element) -> bool:
        """Whether a content control shows its placeholder. With the glossary entry's
        text at hand, the content decides (a filling tool may have left the flag on);
        without it, Word's w:showingPlcHdr does."""
        decided = self._controls.get(sdt) if self._load_placeholders else None
        if decided is None:
            decided = self._decide(sdt)
            if self._load_placeholders:  # the plain one keeps nothing between documents
                self._controls[sdt] = decided
        return decided

    def _decide(self, sdt: etree._Element) -> bool:
        pr = sdt.find(W_SDT_PR)
        if pr is None:
            return False
        showing = is_on(pr.find(qn("w:showingPlcHdr")))
        name = xpath(pr, "w:placeholder/w:docPart/@w:val")
        known = self.placeholder_text(str(name[0])) if name else None
        if known is None:
            return showing
        content = sdt.find(W_SDT_CONTENT)
        return content is not None and _same_text(content, known)

    def placeholder_text(self, name: str) -> str | None:
        if self._load_placeholders is None:
            return None
        if self._placeholders is None:
            self._placeholders = self._load_placeholders()
        return self._placeholders.get(name)


PLAIN = Visibility()


def _hiding_styles(styles: etree._Element | None) -> dict[str, bool]:
    """Style id -> hidden, for each style whose run properties (or those of a style it
    is based on) set w:vanish."""
    if styles is None or not xpath(styles, "w:style[w:rPr/w:vanish]"):
        return {}  # most documents: no style hides anything
    own: dict[str, bool | None] = {}
    based: dict[str, str | None] = {}
    for style in styles.iterchildren(qn("w:style")):
        style_id = style.get(qn("w:styleId"))
        if style_id is None:
            continue
        rpr = style.find(W_RPR)
        vanish = rpr.find(W_VANISH) if rpr is not None else None
        own[style_id] = is_on(vanish) if vanish is not None else None
        parent = style.find(qn("w:basedOn"))
        based[style_id] = parent.get(W_VAL) if parent is not None else None
    hidden = {}
    for style_id in own:
        current, seen = style_id, 0
        while current is not None and own.get(current) is None and seen < 10:  # 10: a loop
            current, seen = based.get(current), seen + 1
        if current is not None and own.get(current) is not None:
            hidden[style_id] = bool(own[current])
    return hidden


def _glossary_placeholders(document) -> dict[str, str]:
    """Glossary entry name -> its text, from the glossary document part (where Word
    keeps the placeholder text of content controls)."""
    try:
        part = document.part.part_related_by(RT.GLOSSARY_DOCUMENT)
    except KeyError:
        return {}
    try:
        root = etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False,
                                                           no_network=True))
    except etree.XMLSyntaxError:
        return {}
    found = {}
    for entry in xpath(root, "w:docParts/w:docPart"):
        name = xpath(entry, "w:docPartPr/w:name/@w:val")
        body = entry.find(qn("w:docPartBody"))
        if name and body is not None:
            found[str(name[0])] = " ".join(_words(body, limit=None))
    return found


def _words(container: etree._Element, limit: int | None) -> list[str]:
    """The words a control's content or a glossary entry holds (paragraphs apart);
    once past `limit` characters no more are read: enough to tell content from a
    short placeholder."""
    pieces, size = [], 0
    for element in container.iter(W_P, W_T):
        text = " " if element.tag == W_P else element.text or ""
        pieces.append(text)
        size += len(text)
        if limit is not None and size > limit:
            break
    return "".join(pieces).split()


def _same_text(content: etree._Element, known: str) -> bool:
    words = _words(content, limit=2 * len(known) + 64)
    return " ".join(words) == known


# ------------------------------------------------------------ fields


class _Field:
    __slots__ = ("code", "instr", "hides_result")

    def __init__(self, hides_result: bool):
        self.code = True  # in its code until its separate
        self.instr: list[str] = []
        self.hides_result = hides_result


class Fields:
    """The complex fields open at a point of a story (w:fldChar begin, the code in
    w:instrText, separate, the result, end; fields nest). A story whose fields do
    not balance (a begin with no end, as a tool that filled a template may leave)
    is read paragraph by paragraph, so that one broken field cannot hide the rest."""

    def __init__(self, carry: bool = True):
        self.open: list[_Field] = []
        self.carry = carry

    @classmethod
    def for_story(cls, story: etree._Element) -> Fields:
        """The state to read a story with: carried from paragraph to paragraph when
        its field marks balance."""
        depth = 0
        for mark in story.iter(W_FLD_CHAR):
            kind = mark.get(qn("w:fldCharType"))
            depth += 1 if kind == "begin" else -1 if kind == "end" else 0
            if depth < 0:
                break
        return cls(carry=depth == 0)

    def next_paragraph(self) -> None:
        if not self.carry:
            self.open.clear()

    @property
    def hides_tables(self) -> bool:
        """Whether a table here is inside a field's code (an IF field's text may hold
        a table, which its result shows again) and so not shown."""
        return self.carry and self.hiding

    @property
    def hiding(self) -> bool:
        """In a field's code, or in the result of a field whose result is not read."""
        return bool(self.open) and any(f.code or f.hides_result for f in self.open)

    def mark(self, fld_char: etree._Element) -> str:
        """Take a w:fldChar; returns the text it shows (a drop-down's chosen entry)."""
        kind = fld_char.get(qn("w:fldCharType"))
        if kind == "begin":
            choice = _drop_down_choice(fld_char)
            shown = "" if choice is None or self.hiding else choice
            # A drop-down's result, if a program stored one, is the same entry again.
            self.open.append(_Field(hides_result=choice is not None))
            return shown
        if kind == "separate" and self.open:
            field = self.open[-1]
            field.code = False
            words = "".join(field.instr).split()
            if words and words[0].upper() in PROMPT_FIELDS:
                field.hides_result = True
        elif kind == "end" and self.open:
            self.open.pop()
        return ""

    def instruction(self, text: str | None) -> None:
        if self.open and self.open[-1].code:
            self.open[-1].instr.append(text or "")


def _drop_down_choice(fld_char: etree._Element) -> str | None:
    """The entry a legacy drop-down form field shows (w:result, else w:default, else
    the first), or None when the field is no drop-down."""
    found = xpath(fld_char, "w:ffData/w:ddList")
    if not found:
        return None
    entries = [str(v) for v in xpath(found[0], "w:listEntry/@w:val")]
    chosen = xpath(found[0], "w:result/@w:val") or xpath(found[0], "w:default/@w:val")
    index = int(chosen[0]) if chosen and str(chosen[0]).isdigit() else 0
    return entries[index] if index < len(entries) else ""


# ------------------------------------------------------------ text


def text_runs(p: etree._Element, visibility: Visibility = PLAIN,
              fields: Fields | None = None) -> list[tuple[etree._Element, str]]:
    """The runs of a w:p that Word shows, each with the text it shows (tabs as '\\t',
    line breaks as '\\n', as python-docx maps them). `fields`: the fields open where
    the paragraph starts, carried along a story; a fresh state when not given."""
    fields = fields if fields is not None else Fields()
    fields.next_paragraph()
    if any(visibility.is_placeholder(sdt) for sdt in p.iterancestors(W_SDT)):
        return []  # a paragraph inside a control that shows its placeholder
    out: list[tuple[etree._Element, str]] = []
    _walk(p, out, visibility, fields, visibility.paragraph_hides(p))
    return out


def paragraph_text(p: etree._Element, visibility: Visibility = PLAIN,
                   fields: Fields | None = None) -> str:
    """Text of a w:p as Word shows it (see `text_runs`)."""
    return "".join(text for _, text in text_runs(p, visibility, fields))


def _walk(element: etree._Element, out: list, visibility: Visibility, fields: Fields,
          paragraph_hidden: bool) -> None:
    for child in element:
        tag = child.tag
        if tag == W_R:
            _run(child, out, visibility, fields, paragraph_hidden)
        elif not isinstance(tag, str) or tag in _NO_TEXT:
            continue  # XML comments and processing instructions too
        elif tag == W_SDT:
            content = child.find(W_SDT_CONTENT)
            if content is not None and not visibility.is_placeholder(child):
                _walk(content, out, visibility, fields, paragraph_hidden)
        elif tag == MC_ALTERNATE:
            choice = child.find(MC_CHOICE)  # the first Choice only
            if choice is not None:
                _walk(choice, out, visibility, fields, paragraph_hidden)
        elif tag == W_FLD_SIMPLE:
            words = str(child.get(qn("w:instr"), "")).split()
            if not (words and words[0].upper() in PROMPT_FIELDS):
                _walk(child, out, visibility, fields, paragraph_hidden)
        else:  # hyperlinks, insertions, moves here, smart tags, custom XML ...
            _walk(child, out, visibility, fields, paragraph_hidden)


def _run(run: etree._Element, out: list, visibility: Visibility, fields: Fields,
         paragraph_hidden: bool) -> None:
    hidden = visibility.hides(run, paragraph_hidden)
    hiding = hidden or fields.hiding
    shown_at_start = not hiding
    parts = []
    for child in run:
        tag = child.tag
        if tag == W_T:
            if not hiding:
                parts.append(child.text or "")
        elif tag == W_FLD_CHAR:
            shown = fields.mark(child)
            if shown and not hidden:
                parts.append(shown)
            hiding = hidden or fields.hiding
        elif tag == W_INSTR:
            fields.instruction(child.text)
        elif tag == W_RUBY and not hiding:  # East Asian ruby: the base text, not its guide
            base: list = []
            for ruby_base in child.iterchildren(W_RUBY_BASE):
                _walk(ruby_base, base, visibility, fields, paragraph_hidden)
            parts.extend(text for _, text in base)
        elif tag in _CHARACTERS or tag == W_BR:
            if not hiding:
                parts.append(_CHARACTERS.get(tag) or _break(child))
    if parts or shown_at_start:
        out.append((run, "".join(parts)))


def _break(br: etree._Element) -> str:
    return "\n" if br.get(W_BR_TYPE, "textWrapping") == "textWrapping" else ""


def text_boxes(p: etree._Element) -> list[etree._Element]:
    """The text boxes anchored in a paragraph (w:txbxContent), each once: not the
    fallback copy of alternate content, not a text box inside another."""
    return [box for box in p.iter(W_TXBX) if _anchored_in(box, p)]


def _anchored_in(box: etree._Element, p: etree._Element) -> bool:
    for ancestor in box.iterancestors():
        if ancestor is p:
            return True
        if ancestor.tag in _NOT_IN_PLACE:
            return False
    return False


def cell_text(tc: etree._Element, visibility: Visibility = PLAIN) -> str:
    """Text of a table cell: its paragraphs joined with '\\n' (each followed by the
    lines of the text boxes anchored in it); a nested table is flattened to one line
    per row with its cells separated by tabs."""
    return "\n".join(_cell_lines(tc, visibility, Fields.for_story(tc))).strip()


def _cell_lines(container: etree._Element, visibility: Visibility,
                fields: Fields) -> Iterator[str]:
    for child in content_of(container):
        if child.tag == W_P:
            yield paragraph_text(child, visibility, fields)
            for box in text_boxes(child):
                yield from _cell_lines(box, visibility, Fields.for_story(box))
        elif child.tag == W_TBL:
            for tr in children_of(child, "w:tr"):
                yield "\t".join(" ".join(cell_text(tc, visibility).split())
                                for tc in children_of(tr, "w:tc"))


def content_of(container: etree._Element) -> Iterator[etree._Element]:
    """Children of a body or cell, looking through content controls and custom XML."""
    for child in container:
        if child.tag in WRAPPERS:
            yield from inside(child)
        else:
            yield child


def inside(wrapper: etree._Element) -> Iterator[etree._Element]:
    """What a content control (w:sdt, inside its w:sdtContent) or w:customXml holds."""
    if wrapper.tag == W_SDT:
        content = wrapper.find(W_SDT_CONTENT)
        return content_of(content) if content is not None else iter(())
    return content_of(wrapper)


def children_of(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with `tag` (rows of a table, cells of a row), through wrappers."""
    wanted = qn(tag)
    return (child for child in content_of(element) if child.tag == wanted)
