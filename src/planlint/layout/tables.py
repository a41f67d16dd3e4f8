"""Action tables: a header row names the columns, each row below is one action
(or, in a table turned sideways, the first column names the rows and each
column after it is one action).

The header row is found by its words (rules/headers.yaml), not by position: Word
plans often have a title row spanning the table before it. Headers vary from one
authority to the next, so each column's field is chosen with the others in mind
(the best assignment over the whole row), and a table whose header names two
of who, when and how-we-know but not the task takes its one column of long free
text as the task. A row of one text across the whole table (a merged group
row) names the outcome of the actions below it; it is not an action.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from ..model import Block, Cell, TextField
from .headers import EXACT, Matcher

HEADER_SEARCH_ROWS = 4  # a header row further down than this is not a header
ACTION_FIELDS = ("task", "owner", "deadline", "evidence", "frequency")
SLOT_FIELDS = ("owner", "deadline", "evidence")
# An action table is read by its task column, so a header row where one column
# could be the task or something else ("What needs doing": need or doing) gives
# it the task, when no other column is surer of being the task.
TASK_BONUS = 10
FREE_TEXT_WORDS = 4  # mean words per cell of a column of tasks written out
REFERENCE_CHARS = 6  # "1.1", "2a": a numbering column, not free text
# A first column of field labels, read as a sideways header: each label is
# short ("How will we know it is working" is 7 words), and at least this share
# of them name a field (a "No." or "Ref" label may not).
LABEL_WORDS = 8
LABEL_SHARE = 2 / 3
# The kind of extra column whose table is a sign-off block, not actions.
SIGN_OFF = "signature"


@dataclass
class Row:
    """One action row: the cell of each field (None where the table has no column)."""

    cells: dict[str, TextField | None]
    slots: list[str]
    text: str
    first: Cell
    # Cells of the columns that are none of the parts, by kind (see extra_kind).
    extras: dict[str, TextField] = field(default_factory=dict)
    # A group row above the header row: a title ("Action plan") or the goal
    # of the whole table ("Outcome 1: ..."); the layout keeps only a goal.
    title: bool = False


def extra_kind(header: str, matcher: Matcher, extras: Matcher | None) -> str | None:
    """The kind of column that is none of the four parts ("Progress since last
    core group", "RAG", "Date completed"), when the header names one exactly
    or more surely than any part; else None."""
    if extras is None:
        return None
    found = extras.scores(header, fuzzy=False)
    if not found:
        return None
    kind = max(found, key=found.__getitem__)
    parts = matcher.scores(header)
    return kind if found[kind] == EXACT or found[kind] > max(parts.values(), default=0) else None


def column_map(row: list[Cell], matcher: Matcher, extras: Matcher | None = None) -> dict[int, str]:
    """Grid column -> field, for a row read as a header row."""
    scores = [{} if extra_kind(cell.text, matcher, extras) else matcher.scores(cell.text)
              for cell in row]
    fields = result_column(best_assignment(tuple(tuple(s.items()) for s in scores)), scores)
    columns: dict[int, str] = {}
    for cell, field in zip(row, fields):
        if field:
            for col in range(cell.column, cell.column + cell.span):
                columns[col] = field
    return columns


def result_column(fields: tuple[str | None, ...], scores: list[dict[str, int]]) -> tuple[str | None, ...]:
    """Two outcome columns, one on each side of the task, in a table with no
    evidence column ("Needs | Actions | ... | Outcomes", "Risk or need |
    Action | ... | Measurable outcome"): the one before names the need the
    action serves, the one after what the action will achieve, which is its
    own place for its evidence."""
    if "evidence" in fields or "task" not in fields:
        return fields
    task = fields.index("task")
    named = [i for i, found in enumerate(scores) if "outcome" in found and fields[i] in (None, "outcome")]
    before, after = [i for i in named if i < task], [i for i in named if i > task]
    if not before or not after:
        return fields
    chosen = list(fields)
    chosen[before[0]], chosen[after[0]] = "outcome", "evidence"
    return tuple(chosen)


@lru_cache(maxsize=256)
def best_assignment(options: tuple[tuple[tuple[str, int], ...], ...]) -> tuple[str | None, ...]:
    """One field (or None) per header cell, each field at most once, for the
    highest total score. Dynamic programming from the last cell back over the
    sets of fields already taken (at most 2**6), so a wide table costs little."""
    fields = sorted({field for cell in options for field, _ in cell})
    taken_sets = [frozenset(c) for n in range(len(fields) + 1) for c in combinations(fields, n)]
    # best[taken] = (score, chain of choices) for the cells still to come.
    best: dict[frozenset, tuple[int, tuple | None]] = {
        taken: (TASK_BONUS if "task" in taken else 0, None) for taken in taken_sets}
    for cell in reversed(options):
        best = {taken: best_choice(cell, taken, best) for taken in taken_sets}
    chain, choices = best[frozenset()][1], []
    while chain is not None:
        field, chain = chain
        choices.append(field)
    return tuple(choices)


def best_choice(cell, taken, after) -> tuple[int, tuple]:
    # Surest field first, None last, and only a higher total replaces: a tie
    # keeps the earlier column's field (the first "Lead" column is the lead).
    choice: tuple[int, tuple] | None = None
    for field, score in sorted(cell, key=lambda option: -option[1]) + [(None, 0)]:
        if field is not None and field in taken:
            continue
        value, chain = after[taken | {field}] if field else after[taken]
        if choice is None or value + score > choice[0]:
            choice = (value + score, (field, chain))
    return choice


def find_header(block: Block, matcher: Matcher,
                extras: Matcher | None = None) -> tuple[int, dict[int, str]] | None:
    """The header row of an action table: names a task column and one more
    field. Rows across the whole table above it (a title, the need, the goal
    and how we will know it) do not count towards how far down it may be."""
    width, searched = table_width(block.rows), 0
    for index, row in enumerate(block.rows):
        if is_group_row(row, width):
            continue
        searched += 1
        if searched > HEADER_SEARCH_ROWS:
            break
        columns = column_map(row, matcher, extras)
        if "task" not in columns.values():
            columns = free_text_task(block, index, columns)
        fields = set(columns.values())
        if "task" in fields and len(fields) >= 2:
            return index, columns
        if sum(1 for cell in row if cell.text.strip()) >= 2:
            # A row of values above it ("Child | Conor | Date of birth | ..."):
            # a table of facts, whose later rows are facts too, not a header.
            return None
    return None


def free_text_task(block: Block, index: int, columns: dict[int, str]) -> dict[int, str]:
    """A header that names at least two of who, when and how-we-know but not the
    task ("Lead person | Our commitment | Start / finish"): the one unnamed
    column written in long free text is the task. Any other unnamed column must
    be a short reference ("1.1"), so that a table of labels and values
    ("Lead social worker | Anna Webb | Review date | 1 May") is not taken."""
    if len(set(columns.values()) & set(SLOT_FIELDS)) < 2:
        return columns
    body = block.rows[index + 1:]
    unnamed = [cell for cell in block.rows[index] if cell.column not in columns]
    long = [cell for cell in unnamed if mean_words(body, cell.column) >= FREE_TEXT_WORDS]
    others = [cell for cell in unnamed if cell.column != long[0].column] if long else []
    if len(long) != 1 or not all(is_reference(body, cell.column) for cell in others):
        return columns
    return {**columns, **{col: "task" for col in range(long[0].column, long[0].column + long[0].span)}}


def column_texts(body: list[list[Cell]], column: int) -> list[str]:
    width = table_width(body)
    return [cell.text.strip() for row in body for cell in row
            if cell.column == column and cell.text.strip() and not is_group_row(row, width)]


def mean_words(body: list[list[Cell]], column: int) -> float:
    texts = column_texts(body, column)
    return sum(len(text.split()) for text in texts) / len(texts) if texts else 0.0


def is_reference(body: list[list[Cell]], column: int) -> bool:
    return all(len(text) <= REFERENCE_CHARS for text in column_texts(body, column))


def is_group_row(row: list[Cell], width: int) -> bool:
    """A row of one text across the table's whole width: a merged cell that
    spans it, or the same words repeated in every cell. It names a group of
    actions ("2. Safe at school"), it is not one."""
    texts = {cell.text.strip() for cell in row}
    return len(texts) == 1 and "" not in texts and 2 <= width <= sum(cell.span for cell in row)


def table_width(rows: list[list[Cell]]) -> int:
    return max((cell.column + cell.span for row in rows for cell in row), default=0)


def action_rows(block: Block, matcher: Matcher, extras: Matcher | None = None) -> list[Row] | None:
    """The action rows of a table, or None when it is not an action table
    (nor when it is a sign-off block)."""
    block, header = reading(block, matcher, extras)
    if header is None:
        return None
    header_index, columns = header
    extra_columns = {cell.column: kind for cell in block.rows[header_index]
                     if cell.column not in columns
                     and (kind := extra_kind(cell.text, matcher, extras))}
    if SIGN_OFF in extra_columns.values():
        return None
    header_texts = [c.text for c in block.rows[header_index]]
    slots = [f for f in SLOT_FIELDS if f in columns.values()]
    width = table_width(block.rows)
    rows = [Row(cells=group_cells(row), slots=slots, text=row[0].text.strip(), first=row[0],
                title=True) for row in block.rows[:header_index] if is_group_row(row, width)]
    for row in block.rows[header_index + 1:]:
        if [c.text for c in row] == header_texts:
            continue  # a header row repeated where Word breaks the table across pages
        if not any(c.text.strip() for c in row):
            continue  # a row whose cells are all empty is not an action (guide)
        text = " | ".join(c.text.strip() for c in row if c.text.strip())
        group = is_group_row(row, width)
        cells = group_cells(row) if group else read_row(row, columns)
        rows.append(Row(cells=cells, slots=slots, text=text, first=row[0],
                        extras={} if group else filled(read_row(row, extra_columns))))
    return rows


def reading(block: Block, matcher: Matcher,
            extras: Matcher | None = None) -> tuple[Block, tuple[int, dict[int, str]] | None]:
    """The table as written, with its header row, or, for a table turned
    sideways (labels down its first column, one action a column), its
    transpose with the label column as header. Sideways only when the label
    column names more fields than any header row: a real header row wins."""
    header = find_header(block, matcher, extras)
    sideways = transposed(block)
    labels = label_column(sideways, matcher)
    if labels and (header is None or len(set(labels[1].values())) > len(set(header[1].values()))):
        return sideways, labels
    return block, header


def transposed(block: Block) -> Block:
    """The table with rows and columns swapped, each cell keeping its own
    location. A cell merged across columns stands in each of them (an outcome
    shared by two actions); a title row across the whole table is left out."""
    width = table_width(block.rows)
    rows = [row for row in block.rows if not is_group_row(row, width)]
    columns = [[Cell(text=cell.text, location=cell.location, column=index)
                for index, row in enumerate(rows) for cell in row
                if cell.column <= column < cell.column + cell.span]
               for column in range(width)]
    return block.model_copy(update={"rows": columns})


def label_column(sideways: Block, matcher: Matcher) -> tuple[int, dict[int, str]] | None:
    """The first column of a table read as labels of an action's fields: it
    must name the task and another field like a header row, hold only short
    labels, and most of them must name a field, so that a table of plan facts
    ("Child | ...", "Lead social worker | ...") is not read as actions."""
    if len(sideways.rows) < 2:
        return None
    # The task label must be named: no free-text fallback here, as a column
    # of facts ("Child | Zara, 6, lives with ...") would give one.
    columns = column_map(sideways.rows[0], matcher)
    labels = [cell.text.strip() for cell in sideways.rows[0] if cell.text.strip()]
    if "task" not in columns.values() or len(set(columns.values())) < 2 or \
            any(len(label.split()) > LABEL_WORDS for label in labels):
        return None
    named = {cell.column for cell in sideways.rows[0] if cell.column in columns}
    return (0, columns) if len(named) >= LABEL_SHARE * len(labels) else None


def group_cells(row: list[Cell]) -> dict[str, TextField | None]:
    """A group row read as the outcome that the actions below it serve."""
    cell = row[0]
    return {"outcome": TextField(text=cell.text.strip(), location=cell.location)}


def filled(cells: dict[str, TextField | None]) -> dict[str, TextField]:
    return {name: cell for name, cell in cells.items() if cell is not None}


def read_row(row: list[Cell], columns: dict[int, str]) -> dict[str, TextField | None]:
    cells: dict[str, TextField | None] = {}
    for cell in row:
        field = columns.get(cell.column)
        if field is None or field in cells:
            continue
        text = cell.text.strip()
        cells[field] = TextField(text=text, location=cell.location) if text else None
    return cells
