"""Word tables as Word shows them: the cells of a row, merged cells, layout tables.

- A cell is one w:tc whatever its gridSpan (python-docx `row.cells` repeats it once
  per grid column); an old-style horizontal merge (w:hMerge) widens the cell before.
- A cell that continues a vertical merge (w:vMerge) shows the text of the cell that
  starts the merge, as Word draws one cell across those rows: an owner merged down
  three rows owns all three actions. Its location stays its own.
- A table that only frames another (a one-cell table, or a table one of whose cells
  holds nothing but a table longer than the frame itself: a band around the action
  table) is a layout table: what its cells hold is read as the document's own
  paragraphs and tables (`is_layout`).
"""
from __future__ import annotations

from collections.abc import Callable

from docx.oxml.ns import qn
from lxml import etree

from planlint.model import Cell, Location
from planlint.readers.word_text import (PLAIN, W_P, W_TBL, Visibility, cell_text, children_of,
                                        content_of, paragraph_text, xpath)

# Word tables have at most 63 columns; a larger gridSpan or gridBefore (a hostile file
# can say 99999999999) is cut to this, so that no one builds a grid that size.
MAX_COLUMNS = 63


def row_cells(tr: etree._Element, r: int, table: int | None, label: str,
              place: Callable[[etree._Element, Location], None] | None = None,
              merges: dict[int, str] | None = None,
              visibility: Visibility = PLAIN) -> list[Cell]:
    """The distinct cells of a row. `place(tc, location)` is told of each w:tc and the
    location of the cell it belongs to. `merges` carries, from one row to the next of
    a table, the text each grid column shows (column -> text): a cell continuing a
    vertical merge takes it; without it, such a cell is given empty."""
    column = min(_int(_val(tr, "w:trPr/w:gridBefore"), 0), MAX_COLUMNS)
    cells: list[Cell] = []
    for tc in children_of(tr, "w:tc"):
        span = min(max(1, _int(_val(tc, "w:tcPr/w:gridSpan"), 1)), MAX_COLUMNS)
        if _continues(tc, "w:hMerge") and cells:
            # old-style horizontal merge: this cell widens the one before it
            cells[-1] = cells[-1].model_copy(update={"span": cells[-1].span + span})
            column += span
            if place is not None:
                place(tc, cells[-1].location)
            continue
        location = Location(table=table, row=r, cell=column,
                            ref=f"{label}, row {r + 1}, cell {column + 1}")
        if place is not None:
            place(tc, location)
        if _continues(tc, "w:vMerge"):
            text = (merges or {}).get(column, "")
        else:
            text = cell_text(tc, visibility)
            if merges is not None:
                merges[column] = text
        cells.append(Cell(text=text, location=location, column=column, span=span))
        column += span
    return cells


def is_layout(tbl: etree._Element, visibility: Visibility = PLAIN) -> bool:
    """Whether a table only frames what it holds (see the module's doc): one cell, or
    a cell holding nothing but a table with more rows than the frame has."""
    rows = [list(children_of(tr, "w:tc")) for tr in children_of(tbl, "w:tr")]
    if len(rows) == 1 and len(rows[0]) == 1:
        return True
    return any(_frames(tc, len(rows), visibility) for row in rows for tc in row)


def _frames(tc: etree._Element, frame_rows: int, visibility: Visibility) -> bool:
    content = list(content_of(tc))
    tables = [child for child in content if child.tag == W_TBL]
    if not tables:
        return False
    if any(paragraph_text(child, visibility).strip() for child in content if child.tag == W_P):
        return False  # "Contacts:" and a small table: the cell's own text
    return max(sum(1 for _ in children_of(t, "w:tr")) for t in tables) > frame_rows


def _continues(tc: etree._Element, merge: str) -> bool:
    """Whether the cell continues a merge (w:vMerge or w:hMerge without val="restart":
    a missing val means "continue")."""
    found = xpath(tc, f"w:tcPr/{merge}")
    return bool(found) and found[0].get(qn("w:val")) != "restart"


def _val(element: etree._Element, path: str) -> str | None:
    found = xpath(element, f"{path}/@w:val")
    return str(found[0]) if found else None


def _int(value: str | None, default: int) -> int:
    return int(value) if value and value.isdigit() else default
