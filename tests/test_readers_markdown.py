"""Markdown reader: structure, plain text, and exact source positions."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planlint.model import Block, BlockKind, Document
from planlint.readers import ReadError, read_document
from planlint.readers.markdown import read_markdown

from conftest import dev_corpus


def read_text(tmp_path: Path, text: str, name: str = "plan.md") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def kinds(doc: Document) -> list[str]:
    return [b.kind.value for b in doc.blocks]


def source_at(source: str, line: int, column: int) -> str:
    return source.split("\n")[line - 1][column - 1]


def span_text(source: str, block: Block, needle: str) -> tuple[int, int]:
    """(line, column) that location_of gives for `needle` in the block."""
    start = block.text.index(needle)
    loc = block.location_of(start, start + len(needle))
    return loc.line, loc.column


def assert_positions_match(source: str, block: Block) -> None:
    """Every character of the text stands where its position says (newlines aside)."""
    assert block.positions is not None and len(block.positions) == len(block.text)
    for char, (line, column) in zip(block.text, block.positions):
        if char != "\n":
            assert source_at(source, line, column) == char


# ------------------------------------------------------------ headings & paragraphs


def test_headings_have_level_text_and_column_of_text():
    doc = read_markdown("# Child protection plan\n\n### Review ###\n\nTitle\n=====\n")
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, 1, "Child protection plan"),
        (BlockKind.HEADING, 3, "Review"),
        (BlockKind.HEADING, 1, "Title"),
    ]
    assert (doc.blocks[0].location.line, doc.blocks[0].location.column) == (1, 3)
    assert (doc.blocks[1].location.line, doc.blocks[1].location.column) == (3, 5)
    assert doc.blocks[2].location.ref == "line 5"


def test_metadata_lines_with_hard_breaks_become_newlines_with_positions():
    source = ("# Plan\n\n**Child:** Freddie Shaw, 10  \n**Category:** Physical abuse\n"
              "**Lead:** Mark Dale\n")
    doc = read_markdown(source)
    para = doc.blocks[1]
    assert para.kind == BlockKind.PARAGRAPH
    assert para.text == "Child: Freddie Shaw, 10\nCategory: Physical abuse\nLead: Mark Dale"
    assert (para.location.line, para.location.column) == (3, 3)
    assert span_text(source, para, "Physical abuse") == (4, 15)
    assert span_text(source, para, "Mark Dale") == (5, 11)
    assert_positions_match(source, para)


def test_location_of_a_sentence_inside_a_paragraph():
    source = "Intro.\n\nFirst sentence here. Mum will ring the GP\nby Friday.\n"
    para = read_markdown(source).blocks[1]
    start = para.text.index("Mum will")
    loc = para.location_of(start, len(para.text))
    assert (loc.line, loc.column, loc.end_line, loc.end_column) == (3, 22, 4, 11)


@pytest.mark.parametrize("markdown, plain", [
    ("**bold** and __strong__", "bold and strong"),
    ("*em* and _em_ and ***both***", "em and em and both"),
    ("a `code span` b", "a code span b"),
    ("see [the leaflet](http://x.org/a_b \"title\") now", "see the leaflet now"),
    ("a [ref link][r] b\n\n[r]: http://x.org", "a ref link b"),
    ("![a *photo*](p.png) of Mum", "a photo of Mum"),
    ("keep <!-- hidden note --> this", "keep  this"),
    (r"2 \* 3 and \_x\_ and \[y]", "2 * 3 and _x_ and [y]"),
    ("snake_case_name and 2 * 3 * 4", "snake_case_name and 2 * 3 * 4"),
    ("fish &amp; chips", "fish & chips"),
    ("<http://example.org> link", "http://example.org link"),
    ("line one<br>line two", "line one\nline two"),
])
def test_inline_markup_is_removed(markdown, plain):
    block = read_markdown(markdown).blocks[0]
    assert block.text == plain


def test_positions_skip_markup():
    source = "Ask **[Ms Patel](mailto:p@x.org)** (`DSL`) to ring\\* Mum"
    block = read_markdown(source).blocks[0]
    assert block.text == "Ask Ms Patel (DSL) to ring* Mum"
    assert span_text(source, block, "Ms Patel") == (1, 8)
    assert span_text(source, block, "DSL") == (1, 38)
    assert span_text(source, block, "Mum") == (1, 54)
    assert_positions_match(source, block)


def test_bom_and_crlf(tmp_path):
    path = tmp_path / "plan.md"
    path.write_bytes("\ufeff# Plan\r\n\r\n**Who:** Mum\r\n".encode("utf-8"))
    doc = read_document(path)
    assert [b.text for b in doc.blocks] == ["Plan", "Who: Mum"]
    assert (doc.blocks[0].location.line, doc.blocks[0].location.column) == (1, 3)
    assert span_text("", doc.blocks[1], "Mum") == (3, 10)


# ------------------------------------------------------------ lists


def test_list_items_levels_order_and_markers():
    source = ("- First item\n"
              "  continues here\n"
              "  1. nested *one*\n"
              "  2. nested two\n"
              "     - deeper\n"
              "- Second\n"
              "\n"
              "3) Third numbered\n")
    doc = read_markdown(source)
    items = [(b.text, b.level, b.ordered) for b in doc.blocks]
    assert items == [
        ("First item\ncontinues here", 1, False),
        ("nested one", 2, True),
        ("nested two", 2, True),
        ("deeper", 3, False),
        ("Second", 1, False),
        ("Third numbered", 1, True),
    ]
    assert all(b.kind == BlockKind.LIST_ITEM for b in doc.blocks)
    assert (doc.blocks[1].location.line, doc.blocks[1].location.column) == (3, 6)
    assert span_text(source, doc.blocks[0], "continues") == (2, 3)
    for block in doc.blocks:
        assert_positions_match(source, block)


def test_loose_list_item_with_two_paragraphs_is_one_block():
    doc = read_markdown("- Action one\n\n  More about it.\n\n- Action two\n")
    assert [b.text for b in doc.blocks] == ["Action one\nMore about it.", "Action two"]


def test_inline_fields_in_a_bullet_keep_their_columns():
    source = "- **Action:** Weigh Amira **Who:** Nina Roy (HV) **When:** every two weeks\n"
    item = read_markdown(source).blocks[0]
    assert item.text == "Action: Weigh Amira Who: Nina Roy (HV) When: every two weeks"
    assert span_text(source, item, "Nina Roy (HV)") == (1, 36)
    assert span_text(source, item, "every two weeks") == (1, 60)


# ------------------------------------------------------------ tables


TABLE = """Intro

| Action | Who | By when |
|:---|---|--:|
| Ring **the GP** | Mum | 1 May |
|  | SW \\| HV |
| a | b | c | extra |

| Second |
|---|
| x |
"""


def test_table_rows_cells_and_positions():
    doc = read_markdown(TABLE)
    assert kinds(doc) == ["paragraph", "table", "table"]
    table = doc.blocks[1]
    assert [[c.text for c in row] for row in table.rows] == [
        ["Action", "Who", "By when"],
        ["Ring the GP", "Mum", "1 May"],
        ["", "SW | HV", ""],  # short row padded; escaped pipe kept in the cell
        ["a", "b", "c"],  # extra cells dropped, as markdown-it does
    ]
    assert [c.column for c in table.rows[1]] == [0, 1, 2]
    assert all(c.span == 1 for row in table.rows for c in row)
    assert table.location.table == 0 and table.location.line == 3
    assert doc.blocks[2].location.table == 1

    who = table.rows[1][1]
    assert (who.location.line, who.location.column, who.location.end_column) == (5, 21, 24)
    assert who.location.ref == "line 5, column 21"
    assert (who.location.row, who.location.cell, who.location.table) == (1, 1, 0)
    escaped = table.rows[2][1]
    assert (escaped.location.line, escaped.location.column) == (6, 6)
    assert TABLE.split("\n")[5][escaped.location.column - 1:].startswith("SW \\| HV")
    empty = table.rows[2][0]
    assert (empty.location.line, empty.location.column) == (6, 2)


# ------------------------------------------------------------ skipped blocks


def test_code_html_and_front_matter_are_skipped_and_lines_kept():
    source = ("---\ntitle: Plan\nauthor: SW\n---\n"
              "# Plan\n\n```\n- not a list\n```\n\n    indented code\n\n"
              "<div>\nhtml block\n</div>\n\nReal text.\n")
    doc = read_markdown(source)
    assert [(b.kind.value, b.text) for b in doc.blocks] == [
        ("heading", "Plan"), ("paragraph", "Real text.")]
    assert doc.blocks[0].location.line == 5
    assert doc.blocks[1].location.line == 17


def test_plan_opening_with_a_rule_is_not_front_matter():
    doc = read_markdown("---\n\nText\n\n---\n")
    assert [b.text for b in doc.blocks] == ["Text"]


# ------------------------------------------------------------ property


_PIECES = st.sampled_from(
    list("ab c*_`[]()!<>\\|#-1.:\n\n  >\"'") +
    ["**", "| x |", "|---|", "- ", "1. ", "<!-- c -->", "](u)", "    ", "\t", "[r]",
     "\n[r]: /u\n", "![a *b*](i \"t\")", "<br>", "  \n", "\\\n", "\n===\n", "<http://x>",
     "_a_", "__b__", "``"])


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_every_character_maps_back_to_its_source(source):
    doc = read_markdown(source)
    for block in doc.blocks:
        if block.kind != BlockKind.TABLE:
            for char, (line, column) in zip(block.text, block.positions):
                if char not in "\n ":  # code-span newlines become spaces
                    assert source_at(source, line, column) == char
        for row in block.rows:
            for cell in row:
                if cell.text:
                    loc = cell.location
                    assert source_at(source, loc.line, loc.column) == cell.text[0]


# ------------------------------------------------------------ dev corpus


def corpus_file(name: str) -> Path:
    return dev_corpus() / "plans" / name


def test_d01_action_table():
    path = corpus_file("d01.md")
    source = path.read_text(encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "markdown" and doc.path == str(path)
    tables = [b for b in doc.blocks if b.kind == BlockKind.TABLE]
    assert len(tables) == 1
    rows = tables[0].rows
    assert len(rows) == 7
    assert [c.text for c in rows[0]] == ["What needs to change", "What will be done", "Who",
                                         "By when", "How will we know"]
    owner = rows[1][2]
    assert owner.text == "Ms Price"
    assert (owner.location.line, owner.location.column) == (17, 111)
    assert source.split("\n")[16][110:118] == "Ms Price"
    assert rows[6][2].text == "" and rows[4][4].text == ""
    metadata = doc.blocks[1]
    assert metadata.text.split("\n")[1] == "Category: Neglect"


def test_d03_inline_bullets():
    path = corpus_file("d03.md")
    source = path.read_text(encoding="utf-8")
    doc = read_document(path)
    items = [b for b in doc.blocks if b.kind == BlockKind.LIST_ITEM]
    assert len(items) == 6 and all(b.level == 1 and not b.ordered for b in items)
    first = items[0]
    assert first.text.startswith("Action: Help Ms Yusuf apply for a council flat")
    assert span_text(source, first, "Leaving care worker (Jo Finch)") == (15, 104)
    assert span_text(source, first, "by 2 April 2026") == (15, 145)
    for block in doc.blocks:
        assert_positions_match(source, block)


def test_all_markdown_dev_plans_read_with_exact_positions():
    for path in sorted((dev_corpus() / "plans").glob("*.md")):
        source = path.read_text(encoding="utf-8")
        doc = read_document(path)
        assert doc.blocks[0].kind == BlockKind.HEADING
        for block in doc.blocks:
            if block.kind != BlockKind.TABLE:
                assert_positions_match(source, block)


# ------------------------------------------------------------ bad input


def test_latin1_markdown_is_refused(tmp_path):
    path = tmp_path / "plan.md"
    path.write_bytes("# Plan\n\nCaf\u00e9 visit\n".encode("latin-1"))
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert str(err.value) == "not valid UTF-8 text (byte 0xE9 on line 3); save it as UTF-8"


def test_utf16_markdown_is_refused(tmp_path):
    path = tmp_path / "plan.md"
    path.write_bytes("# Plan\n".encode("utf-16"))
    with pytest.raises(ReadError, match="UTF-16 text; save it as UTF-8"):
        read_document(path)


def test_empty_file(tmp_path):
    path = tmp_path / "plan.markdown"
    path.write_bytes(b"")
    with pytest.raises(ReadError, match="^file is empty$"):
        read_document(path)


def test_blank_file_has_no_blocks(tmp_path):
    assert read_text(tmp_path, "\n  \n").blocks == []


@pytest.mark.parametrize("name, message", [
    ("plan.pdf", "unsupported file type '.pdf'; planlint reads Markdown (.md, .markdown) "
                 "and Word (.docx, .docm, .dotx, .dotm)"),
    ("plan", "unsupported file type (no extension); planlint reads Markdown (.md, "
             ".markdown) and Word (.docx, .docm, .dotx, .dotm)"),
    ("plan.doc", "this is a legacy .doc file; open it in Word and save it as .docx"),
])
def test_unsupported_suffixes(tmp_path, name, message):
    path = tmp_path / name
    path.write_bytes(b"something")
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert str(err.value) == message


def test_missing_file(tmp_path):
    with pytest.raises(ReadError, match="file not found"):
        read_document(tmp_path / "nope.md")


def test_markdown_too_large(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text("x" * 3000)
    with pytest.raises(ReadError, match=r"file too large .* MB > limit .* MB\); split"):
        read_document(path, max_unpacked_bytes=1000)


def test_suffix_is_case_insensitive_and_file_unchanged(tmp_path):
    path = tmp_path / "PLAN.MD"
    path.write_text("# Plan\n")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    assert read_document(path).blocks[0].text == "Plan"
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_error_messages_are_one_line_without_the_path(tmp_path):
    path = tmp_path / "secret-name.md"
    path.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert "\n" not in str(err.value) and "secret-name" not in str(err.value)
