"""Action tables: a header row names the columns, each row below is one action.

The header row is found by its words (rules/headers.yaml), not by position: Word
plans often have a title row spanning the table before it.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Block, Cell, TextField
from .headers import Matcher

HEADER_SEARCH_ROWS = 4  # a header row further down than this is not a header
ACTION_FIELDS = ("task", "owner", "deadline", "evidence", "frequency")


@dataclass
class Row:
    """One action row: the cell of each field (None where the table has no column)."""

    cells: dict[str, TextField | None]
    slots: list[str]
    text: str
    first: Cell


def column_map(row: list[Cell], matcher: Matcher) -> dict[int, str]:
    """Grid column -> field, for a row read as a header row."""
    columns: dict[int, str] = {}
    for cell in row:
        field = matcher.match(cell.text)
        if field and field not in columns.values():
            for col in range(cell.column, cell.column + cell.span):
                columns[col] = field
    return columns


def find_header(block: Block, matcher: Matcher) -> tuple[int, dict[int, str]] | None:
    """The header row of an action table: names a task column and one more field."""
    for index, row in enumerate(block.rows[:HEADER_SEARCH_ROWS]):
        columns = column_map(row, matcher)
        fields = set(columns.values())
        if "task" in fields and len(fields) >= 2:
            return index, columns
    return None


def action_rows(block: Block, matcher: Matcher) -> list[Row] | None:
    """The action rows of a table, or None when it is not an action table."""
    header = find_header(block, matcher)
    if header is None:
        return None
    header_index, columns = header
    header_texts = [c.text for c in block.rows[header_index]]
    slots = [f for f in ("owner", "deadline", "evidence") if f in columns.values()]
    rows = []
    for row in block.rows[header_index + 1:]:
        if [c.text for c in row] == header_texts:
            continue  # a header row repeated where Word breaks the table across pages
        cells = read_row(row, columns)
        if not any(c.text.strip() for c in row):
            continue  # a row whose cells are all empty is not an action (guide)
        text = " | ".join(c.text.strip() for c in row if c.text.strip())
        rows.append(Row(cells=cells, slots=slots, text=text, first=row[0]))
    return rows


def read_row(row: list[Cell], columns: dict[int, str]) -> dict[str, TextField | None]:
    cells: dict[str, TextField | None] = {}
    for cell in row:
        field = columns.get(cell.column)
        if field is None or field in cells:
            continue
        text = cell.text.strip()
        cells[field] = TextField(text=text, location=cell.location) if text else None
    return cells
