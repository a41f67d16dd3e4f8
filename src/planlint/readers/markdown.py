"""Markdown reader: text -> Document, keeping the line/column of every character.

markdown-it-py decides the structure (which lines form a heading, paragraph, list item
or table) and which characters are markup (emphasis delimiters, link targets...). Its
inline tokens carry no columns, so each block's plain text is *aligned* back onto the
source lines here: every character of `Block.text` gets the (line, column) where it
stands in the file, and `Block.location_of` can point at any span inside it.

Lines and columns are 1-based; columns count characters (not bytes), a tab is one.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from planlint.model import Block, BlockKind, Cell, Directive, Document, Location
from planlint.readers import ReadError, megabytes

Pos = tuple[int, int]  # (line, column), both 1-based

# text_join is off so that escapes and entities stay separate `text_special` tokens
# whose `markup` is the source form ("\\*", "&amp;"): that is what lets them be aligned.
_PARSER = MarkdownIt("commonmark").enable("table").disable("text_join")

_BR_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_YAML_KEY = re.compile(r"^[A-Za-z0-9_-]+\s*:")


def read_markdown(text: str, path: str = "") -> Document:
    """Parse Markdown text (already decoded, BOM removed) into a Document."""
    lines = _source_lines(text)
    tokens = _PARSER.parse("\n".join(lines))
    return Document(path=path, format="markdown", blocks=_Builder(lines).build(tokens),
                    directives=_directives(lines, tokens))


def decode_markdown(data: bytes, max_bytes: int) -> str:
    """Bytes of a Markdown file -> text. UTF-8 only; a UTF-8 byte-order mark is dropped."""
    if len(data) > max_bytes:
        raise ReadError(f"file too large ({megabytes(len(data))} MB > limit "
                        f"{megabytes(max_bytes)} MB); split the plan into smaller files")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError("this is UTF-16 text; save it as UTF-8")
    if data.startswith(b"PK\x03\x04"):
        raise ReadError("this looks like a Word (.docx) file, not Markdown; give it the "
                        ".docx extension")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError("this looks like a legacy Word .doc file, not Markdown; open it "
                        "in Word and save it as .docx")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ReadError(f"not valid UTF-8 text (byte 0x{data[exc.start]:02X} on line "
                        f"{line}); save it as UTF-8") from None
    return text


def _source_lines(text: str) -> list[str]:
    """Lines as markdown-it sees them (same newline and NUL handling), front matter blanked.

    Front matter is replaced by empty lines rather than cut, so line numbers still match."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd")
    lines = text.split("\n")
    end = _front_matter_end(lines)
    if end:
        lines[: end + 1] = [""] * (end + 1)
    return lines


def _front_matter_end(lines: list[str]) -> int:
    """Index of the closing '---' of a YAML front matter block, or 0 if there is none.

    Only a block whose first line looks like `key: value` counts, so a plan that simply
    opens with a horizontal rule is left alone."""
    if len(lines) < 3 or lines[0].rstrip() != "---" or not _YAML_KEY.match(lines[1]):
        return 0
    for i in range(2, len(lines)):
        if lines[i].rstrip() in ("---", "..."):
            return i
    return 0


# -------------------------------------------------------------- directives

_DIRECTIVE = re.compile(r"planlint\b", re.IGNORECASE)


def _directives(lines: list[str], tokens: list[Token]) -> list[Directive]:
    """HTML comments that speak to planlint (`<!-- planlint-disable PL301 -->`), with
    the line and column range of each whole comment.

    A comment in a code block or a code span is an example, not an instruction. One
    after the last cell of a table row counts (markdown-it drops it from the table,
    but it is plainly on that row's line)."""
    code_lines: set[int] = set()
    for tok in tokens:
        if tok.type in ("fence", "code_block") and tok.map:
            code_lines.update(range(*tok.map))
    source = "\n".join(lines)
    starts = [0]  # offset of the start of each line
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    found = []
    for start, end in _comments(source):
        inner = source[start + 4:end - 3].strip()
        if not _DIRECTIVE.match(inner):
            continue
        line, column = _line_column(starts, start)
        if line - 1 in code_lines or lines[line - 1][:column - 1].count("`") % 2:
            continue  # in a code block, or in a code span
        end_line, end_column = _line_column(starts, end)
        found.append(Directive(text=" ".join(inner.split()), location=Location(
            line=line, column=column, end_line=end_line, end_column=end_column,
            ref=f"line {line}")))
    return found


def _comments(source: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each `<!-- ... -->`, the first `-->` closing it. Found with
    str.find, not a `<!--(.*?)-->` pattern: that one scans to the end of the text
    from every `<!--` left open, quadratic in a file of them."""
    start = source.find("<!--")
    while start != -1:
        end = source.find("-->", start + 4)
        if end == -1:
            return  # open to the end: so is every later one
        yield start, end + 3
        start = source.find("<!--", end + 3)


def _line_column(starts: list[int], offset: int) -> Pos:
    """1-based (line, column) of a character offset in the joined source."""
    lo, hi = 0, len(starts) - 1
    while lo < hi:  # the last line starting at or before offset
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo + 1, offset - starts[lo] + 1


# ------------------------------------------------------------------ blocks


@dataclass
class _Item:
    """A list item being collected: its paragraphs, and its reserved slot in the blocks."""

    slot: int
    level: int
    ordered: bool
    pieces: list[tuple[str, list[Pos]]] = field(default_factory=list)


class _Builder:
    def __init__(self, lines: list[str]):
        self.lines = lines
        self.blocks: list[Block | None] = []
        self.lists: list[bool] = []  # one entry per open list: is it ordered?
        self.items: list[_Item] = []  # open list items, innermost last
        self.tables = 0

    def build(self, tokens: list[Token]) -> list[Block]:
        i = 0
        while i < len(tokens):
            i = self._step(tokens, i)
        return [b for b in self.blocks if b is not None]

    def _step(self, tokens: list[Token], i: int) -> int:
        """Handle tokens[i]; return the index of the next token to look at."""
        tok = tokens[i]
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            self.lists.append(tok.type == "ordered_list_open")
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
        elif tok.type == "list_item_open":
            self._open_item()
        elif tok.type == "list_item_close":
            self._close_item()
        elif tok.type == "heading_open":
            self._heading(tok, tokens[i + 1])
            return i + 3
        elif tok.type == "paragraph_open":
            self._paragraph(tokens[i + 1])
            return i + 3
        elif tok.type == "table_open":
            return self._table(tokens, i)
        # Anything else (code, fences, html blocks, rules, blockquote markers) is skipped.
        return i + 1

    def _open_item(self) -> None:
        # Reserve the item's place now so that it comes before its nested items.
        ordered = self.lists[-1] if self.lists else False
        self.items.append(_Item(len(self.blocks), len(self.lists), ordered))
        self.blocks.append(None)

    def _close_item(self) -> None:
        item = self.items.pop()
        text, positions = _join_pieces(item.pieces)
        if text:
            self.blocks[item.slot] = Block(
                kind=BlockKind.LIST_ITEM, text=text, positions=positions,
                location=_span_location(positions), level=item.level, ordered=item.ordered)

    def _heading(self, tok: Token, inline: Token) -> None:
        text, positions = self._inline(inline)
        if text:
            self.blocks.append(Block(
                kind=BlockKind.HEADING, text=text, positions=positions,
                location=_span_location(positions), level=int(tok.tag[1:])))

    def _paragraph(self, inline: Token) -> None:
        text, positions = self._inline(inline)
        if not text:
            return
        if self.items:  # a paragraph inside a list item is part of that item's text
            self.items[-1].pieces.append((text, positions))
            return
        self.blocks.append(Block(kind=BlockKind.PARAGRAPH, text=text, positions=positions,
                                 location=_span_location(positions)))

    def _inline(self, inline: Token) -> tuple[str, list[Pos]]:
        """Plain text of a paragraph or heading, with a position per character."""
        first = inline.map[0] if inline.map else 0
        src_pos = _content_positions(inline.content, self.lines, first)
        aligner = _Aligner(inline.content, src_pos)
        aligner.walk(inline.children or [])
        return aligner.result()

    # ------------------------------------------------------------ tables

    def _table(self, tokens: list[Token], i: int) -> int:
        rows: list[list[Cell]] = []
        index = self.tables
        self.tables += 1
        i += 1
        while tokens[i].type != "table_close":
            if tokens[i].type == "tr_open":
                i = self._row(tokens, i, index, rows)
            i += 1
        first_line = _row_line(rows, 0)
        self.blocks.append(Block(
            kind=BlockKind.TABLE, rows=rows, text=_table_text(rows),
            location=Location(line=first_line, column=1, end_line=_row_line(rows, -1),
                              table=index, ref=f"line {first_line}")))
        return i + 1

    def _row(self, tokens: list[Token], i: int, table: int, rows: list[list[Cell]]) -> int:
        """Read one table row starting at tokens[i] (tr_open); return the tr_close index."""
        line_index = tokens[i].map[0] if tokens[i].map else 0
        source = self.lines[line_index] if line_index < len(self.lines) else ""
        segments = _split_row(source)
        cells: list[Cell] = []
        while tokens[i].type != "tr_close":
            if tokens[i].type == "inline":
                k = len(cells)
                cells.append(_cell(tokens[i], segments, source, line_index + 1,
                                   table, len(rows), k))
            i += 1
        rows.append(cells)
        return i


def _row_line(rows: list[list[Cell]], which: int) -> int | None:
    """Line of the first or last row of a table (from its first cell)."""
    if not rows or not rows[which]:
        return None
    return rows[which][0].location.line


def _cell(inline: Token, segments: list[tuple[int, str]], source: str, line: int,
          table: int, row: int, k: int) -> Cell:
    """One table cell, aligned onto its raw segment of the source line.

    The segment is used rather than markdown-it's cell content because markdown-it has
    already turned `\\|` into `|` there, so the content no longer matches the source."""
    if k < len(segments):
        start, raw = segments[k]
        if raw.strip():  # an empty cell is placed just after its opening pipe
            start += len(raw) - len(raw.lstrip())
        raw = raw.strip()
    else:  # markdown-it pads short rows with empty cells: place them at the line's end
        start, raw = len(source.rstrip()), ""
    src_pos = [(line, start + j + 1) for j in range(len(raw))]
    aligner = _Aligner(raw, src_pos)
    aligner.walk(inline.children or [])
    text, positions = aligner.result()
    first = positions[0] if positions else (line, start + 1)
    last = positions[-1] if positions else (line, start)
    location = Location(line=first[0], column=first[1], end_line=last[0],
                        end_column=last[1] + 1, table=table, row=row, cell=k,
                        ref=f"line {first[0]}, column {first[1]}")
    return Cell(text=text, location=location, column=k, span=1)


def _split_row(line: str) -> list[tuple[int, str]]:
    """Split a table row on unescaped pipes: (0-based start column, raw text) per cell.

    A pipe is escaped when the character before it is a backslash, as markdown-it does.
    Leading indentation or blockquote markers and the outer pipes are not cells."""
    pos = len(line) - len(line.lstrip(" \t>"))
    if line.startswith("|", pos):
        pos += 1
    end = len(line.rstrip())
    if end > pos and line[end - 1] == "|" and line[end - 2: end - 1] != "\\":
        end -= 1
    segments, start = [], pos
    for j in range(pos, end):
        if line[j] == "|" and line[j - 1: j] != "\\":
            segments.append((start, line[start:j]))
            start = j + 1
    segments.append((start, line[start:end]))
    return segments


def _table_text(rows: list[list[Cell]]) -> str:
    """A readable plain-text form of a table: one line per row, cells split by ' | '."""
    return "\n".join(" | ".join(c.text for c in row) for row in rows)


# ------------------------------------------------------------- positions


def _content_positions(content: str, lines: list[str], first: int) -> list[Pos]:
    """Source position of each character of an inline token's content.

    markdown-it's content has one line per source line of the block, each with its
    container prefix (list marker, '>', indentation) removed from the front, so each
    content line is found at the end of its source line. The '\\n' between two content
    lines is placed just after the end of the first."""
    positions: list[Pos] = []
    line_end: Pos = (first + 1, 1)
    for k, piece in enumerate(content.split("\n")):
        line = first + k + 1
        source = lines[line - 1] if line - 1 < len(lines) else ""
        columns = _piece_columns(source, piece)
        if k:
            positions.append(line_end)  # the newline that ended the previous piece
        positions.extend((line, column + 1) for column in columns)
        line_end = (line, columns[-1] + 2 if columns else len(source) + 1)
    return positions


def _piece_columns(source: str, piece: str) -> list[int]:
    """0-based column in its source line of each character of `piece` (a content line)."""
    for candidate in (source, source.rstrip()):
        if candidate.endswith(piece):
            start = len(candidate) - len(piece)
            return list(range(start, len(candidate)))
    # markdown-it expands a tab it partly consumed into spaces: match the rest, and put
    # those spaces where the rest begins.
    rest = piece.lstrip(" ")
    found = source.rstrip().rfind(rest) if rest else -1
    start = found if found >= 0 else max(0, len(source) - len(rest))
    return [start] * (len(piece) - len(rest)) + list(range(start, start + len(rest)))


def _span_location(positions: list[Pos]) -> Location:
    line, column = positions[0]
    end_line, end_column = positions[-1]
    return Location(line=line, column=column, end_line=end_line, end_column=end_column + 1,
                    ref=f"line {line}")


def _join_pieces(pieces: list[tuple[str, list[Pos]]]) -> tuple[str, list[Pos]]:
    """Join a list item's paragraphs with '\\n' (placed just after the previous one)."""
    text, positions = "", []
    for piece, piece_pos in pieces:
        if text:
            last_line, last_col = positions[-1]
            text += "\n"
            positions.append((last_line, last_col + 1))
        text += piece
        positions.extend(piece_pos)
    return text, positions


class _Aligner:
    """Builds the plain text of inline tokens while walking a cursor over their source.

    Each token's plain text is searched for from the cursor onwards; markup between
    tokens (delimiters, link targets, comments) is thereby passed over."""

    def __init__(self, src: str, src_pos: list[Pos]):
        self.src, self.src_pos = src, src_pos
        self.cursor = 0
        self.chars: list[str] = []
        self.positions: list[Pos] = []

    def result(self) -> tuple[str, list[Pos]]:
        """The text and its positions, with surrounding whitespace trimmed."""
        text = "".join(self.chars)
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        return text[start:end], self.positions[start:end]

    def walk(self, tokens: list[Token]) -> None:
        for tok in tokens:
            kind = tok.type
            if kind == "text":
                self._take(tok.content)
            elif kind == "text_special":
                self._special(tok)
            elif kind in ("softbreak", "hardbreak"):
                self._line_break()
            elif kind == "code_inline":
                self._code(tok)
            elif kind == "image":
                self._skip("![")
                self.walk(tok.children or [])
                self._skip_link_tail()
            elif kind == "html_inline":
                self._html(tok)
            elif kind == "link_open":
                self._skip("<" if tok.markup == "autolink" else "[")
            elif kind == "link_close" and tok.markup == "autolink":
                self._skip(">")
            elif kind == "link_close":
                self._skip_link_tail()
            elif tok.markup:  # em/strong delimiters
                self._skip(tok.markup)

    # -- emitting

    def _pos(self, index: int) -> Pos:
        if not self.src_pos:
            return (1, 1)
        if index < len(self.src_pos):
            return self.src_pos[index]
        line, col = self.src_pos[-1]
        return (line, col + 1 + index - len(self.src_pos))

    def _emit(self, char: str, index: int) -> None:
        self.chars.append(char)
        self.positions.append(self._pos(index))

    def _take(self, text: str) -> None:
        """Emit text that stands verbatim in the source (the usual case)."""
        found = self.src.find(text, self.cursor)
        if found < 0:
            self._take_loosely(text)
            return
        end = found + len(text)
        self.chars.extend(text)
        if end <= len(self.src_pos):  # the usual case: every position is known
            self.positions.extend(self.src_pos[found:end])
        else:
            self.positions.extend(self._pos(j) for j in range(found, end))
        self.cursor = end

    def _take_loosely(self, text: str, same=lambda a, b: a == b) -> None:
        """Emit text char by char, matching each to its next occurrence in the source.

        For text that markdown-it changed (an unescaped `\\|` in a table cell, newlines
        in code spans); a character that cannot be found stays at the cursor."""
        for char in text:
            j = self.cursor
            while j < len(self.src) and not same(char, self.src[j]):
                j += 1
            if j < len(self.src):
                self._emit(char, j)
                self.cursor = j + 1
            else:
                self._emit(char, self.cursor)

    def _skip(self, marker: str) -> None:
        found = self.src.find(marker, self.cursor)
        if found >= 0:
            self.cursor = found + len(marker)

    # -- token kinds

    def _special(self, tok: Token) -> None:
        """An escape (`\\*`) or entity (`&amp;`): place it where its source form is."""
        if tok.content == tok.markup:  # a backslash before a non-punctuation char stays
            self._take(tok.content)
            return
        found = self.src.find(tok.markup, self.cursor) if tok.markup else -1
        if found < 0:
            self._take_loosely(tok.content)
            return
        at = found + 1 if tok.info == "escape" else found
        for char in tok.content:
            self._emit(char, at)
        self.cursor = found + len(tok.markup)

    def _line_break(self) -> None:
        found = self.src.find("\n", self.cursor)
        if found < 0:
            self._emit("\n", self.cursor)
            return
        self._emit("\n", found)
        self.cursor = found + 1

    def _code(self, tok: Token) -> None:
        # markdown-it turns newlines in code spans into spaces and may drop one space
        # at each end, so the content is matched loosely inside the backticks.
        self._skip(tok.markup)
        self._take_loosely(tok.content, lambda a, b: a == b or (a == " " and b == "\n"))
        self._skip(tok.markup)

    def _html(self, tok: Token) -> None:
        """Inline HTML is dropped (comments included), except <br> which is a line break."""
        found = self.src.find(tok.content, self.cursor)
        if found < 0:
            return
        if _BR_TAG.fullmatch(tok.content.strip()):
            self._emit("\n", found)
        self.cursor = found + len(tok.content)

    def _skip_link_tail(self) -> None:
        """Pass over the end of a link or image: `](url "title")`, `][ref]` or `]`."""
        close = self.src.find("]", self.cursor)
        if close >= 0:
            self.cursor = _link_end(self.src, close)


def _link_end(src: str, close: int) -> int:
    """Index just after a link's tail, given the index of the ']' that ends its text.

    This follows markdown-it's own link rule step by step (with its helpers), so that
    a tail it did not take as part of the link ("[a] (b)", "[a][[b]") is not skipped."""
    helpers = _PARSER.helpers
    pos, end = close + 1, len(src)
    if src.startswith("(", pos):
        pos = _skip_space(src, pos + 1)
        destination = helpers.parseLinkDestination(src, pos, end)
        if destination.ok:
            pos = destination.pos
            after_space = _skip_space(src, pos)
            title = helpers.parseLinkTitle(src, after_space, end)
            if after_space < end and after_space != pos and title.ok:
                pos = _skip_space(src, title.pos)
        if pos < end and src[pos] == ")":
            return pos + 1
        pos += 1  # markdown-it looks for a reference label from here, as it does
    else:
        pos = close + 1
    if pos < end and src[pos] == "[":
        label_end = helpers.parseLinkLabel(StateInline(src, _PARSER, {}, []), pos)
        if label_end >= 0:
            return label_end + 1
    return close + 1


def _skip_space(src: str, pos: int) -> int:
    while pos < len(src) and src[pos] in " \t\n":
        pos += 1
    return pos
