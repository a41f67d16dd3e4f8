"""Word reader: blocks from real .docx files, and clear errors for bad ones."""
from __future__ import annotations

import io
import re
import struct
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml

from planlint.model import BlockKind, Document
from planlint.readers import ReadError, read_document

from conftest import dev_corpus

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def save(document, tmp_path: Path, name: str = "plan.docx") -> Path:
    path = tmp_path / name
    document.save(str(path))
    return path


def docx_bytes(build=None) -> bytes:
    """Bytes of a small real .docx; `build(document)` may add to it first."""
    document = docx.Document()
    document.add_heading("Child protection plan", 1)
    document.add_paragraph("Mum will ring the GP.")
    if build:
        build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write(tmp_path: Path, data: bytes, name: str = "plan.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def texts(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in doc.blocks]


def rewrite_zip(data: bytes, replace: dict[str, bytes]) -> bytes:
    """A copy of the zip with some members' contents replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
    return out.getvalue()


def read_error(tmp_path: Path, data: bytes, **kwargs) -> str:
    with pytest.raises(ReadError) as err:
        read_document(write(tmp_path, data), **kwargs)
    message = str(err.value)
    assert "\n" not in message and str(tmp_path) not in message
    return message


# ------------------------------------------------------------ paragraphs


def test_title_headings_lists_and_paragraphs(tmp_path):
    document = docx.Document()
    document.add_paragraph("Child protection plan", style="Title")
    document.add_heading("The plan", 1)
    document.add_heading("Goal one", 3)
    custom = document.styles.add_style("Plan Heading", WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = document.styles["Heading 2"]
    document.add_paragraph("Based on heading 2", style="Plan Heading")
    document.add_paragraph("A bullet", style="List Bullet")
    document.add_paragraph("A sub-bullet", style="List Bullet 2")
    document.add_paragraph("A number", style="List Number")
    document.add_paragraph("Indented item", style="List Paragraph")
    document.add_paragraph("1. The nurse will visit every week.")
    document.add_paragraph("")
    document.add_paragraph("   ")
    doc = read_document(save(document, tmp_path))
    assert doc.format == "docx"
    assert [(b.kind.value, b.level, b.ordered, b.text) for b in doc.blocks] == [
        ("heading", 1, False, "Child protection plan"),
        ("heading", 1, False, "The plan"),
        ("heading", 3, False, "Goal one"),
        ("heading", 2, False, "Based on heading 2"),
        ("list_item", 1, False, "A bullet"),
        ("list_item", 2, False, "A sub-bullet"),
        ("list_item", 1, True, "A number"),
        ("list_item", 1, False, "Indented item"),
        ("paragraph", 0, False, "1. The nurse will visit every week."),
    ]


def test_numbering_set_on_the_paragraph_gives_level_and_order(tmp_path):
    document = docx.Document()
    p = document.add_paragraph("Second level number")
    # numId 5 is the default template's decimal list (used by "List Number")
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr>'))
    removed = document.add_paragraph("Bullet removed", style="List Bullet")
    removed._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {W}><w:numId w:val="0"/></w:numPr>'))
    doc = read_document(save(document, tmp_path))
    assert [(b.kind.value, b.level, b.ordered) for b in doc.blocks] == [
        ("list_item", 2, True), ("paragraph", 0, False)]


def test_line_breaks_and_tabs_inside_a_paragraph(tmp_path):
    document = docx.Document()
    p = document.add_paragraph("Child: Poppy Lane")
    run = p.add_run()
    run.add_break()
    run.add_text("Category:")
    run.add_tab()
    run.add_text("Emotional abuse")
    doc = read_document(save(document, tmp_path))
    assert doc.blocks[0].text == "Child: Poppy Lane\nCategory:\tEmotional abuse"


def test_paragraph_locations_index_python_docx_paragraphs(tmp_path):
    document = docx.Document()
    document.add_paragraph("")
    document.add_heading("Worries", 1)
    document.add_table(rows=1, cols=2).cell(0, 0).text = "cell"
    document.add_paragraph("")
    document.add_paragraph("Mum will ring the GP by Friday.")
    path = save(document, tmp_path)
    doc = read_document(path)
    reopened = docx.Document(str(path))
    for block in doc.blocks:
        if block.kind != BlockKind.TABLE:
            index = block.location.paragraph
            assert reopened.paragraphs[index].text == block.text
    last = doc.blocks[-1]
    assert (last.location.paragraph, last.location.ref, last.location.offset) == (
        3, "paragraph 4", 0)
    loc = last.location_of(9, 20)
    assert (loc.paragraph, loc.offset, loc.length) == (3, 9, 11)
    assert last.text[9:20] == "ring the GP"


def test_content_controls_tracked_insertions_and_deletions(tmp_path):
    document = docx.Document()
    first = document.add_paragraph("Who: ")
    first._p.append(parse_xml(
        f"<w:sdt {W}><w:sdtPr/><w:sdtContent><w:r><w:t>Jo Finch</w:t></w:r>"
        "</w:sdtContent></w:sdt>"))
    first._p.append(parse_xml(
        f'<w:ins {W} w:id="1" w:author="a"><w:r><w:t xml:space="preserve"> (leaving care)'
        "</w:t></w:r></w:ins>"))
    first._p.append(parse_xml(
        f'<w:del {W} w:id="2" w:author="a"><w:r><w:delText> deleted</w:delText></w:r>'
        "</w:del>"))
    first._p.addnext(parse_xml(
        f"<w:sdt {W}><w:sdtPr/><w:sdtContent>"
        "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>In a control</w:t>"
        "</w:r></w:p></w:sdtContent></w:sdt>"))
    document.add_paragraph("After")
    doc = read_document(save(document, tmp_path))
    assert texts(doc) == [("paragraph", "Who: Jo Finch (leaving care)"),
                          ("heading", "In a control"), ("paragraph", "After")]
    control = doc.blocks[1].location
    assert control.paragraph is None
    assert control.ref == "content control after paragraph 1"
    assert doc.blocks[2].location.paragraph == 1  # python-docx does not count it


# ------------------------------------------------------------ tables


def test_merged_cells_header_row_not_first_and_line_breaks(tmp_path):
    document = docx.Document()
    document.add_paragraph("Before")
    document.add_table(rows=1, cols=2).cell(0, 0).text = "Child"
    table = document.add_table(rows=5, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Actions"  # title row, then header
    for column, title in enumerate(["Task", "Who", "When"]):
        table.cell(1, column).text = title
    table.cell(2, 0).text = "Weigh Amira"
    who = table.cell(2, 1)
    who.text = "Nina Roy"
    who.add_paragraph("health visitor")
    when = table.cell(2, 2).paragraphs[0].add_run("every two weeks")
    when.add_break()
    when.add_text("at the clinic")
    merged = table.cell(2, 0).merge(table.cell(3, 0))  # vertical merge
    merged.paragraphs[0].text = "Weigh Amira"
    table.cell(3, 1).text = "Mum"
    path = save(document, tmp_path)
    doc = read_document(path)

    assert texts(doc)[0] == ("paragraph", "Before")
    tables = [b for b in doc.blocks if b.kind == BlockKind.TABLE]
    assert [t.location.table for t in tables] == [0, 1]
    assert tables[1].location.ref == "table 2"
    rows = tables[1].rows
    assert [(c.text, c.column, c.span) for c in rows[0]] == [("Actions", 0, 3)]
    assert [c.text for c in rows[1]] == ["Task", "Who", "When"]
    assert [c.text for c in rows[2]] == ["Weigh Amira", "Nina Roy\nhealth visitor",
                                         "every two weeks\nat the clinic"]
    # The merged cell stands in each row it spans, at each row's own place.
    assert [c.text for c in rows[3]] == ["Weigh Amira", "Mum", ""]
    assert rows[3][0].location.ref == "table 2, row 4, cell 1"
    assert [c.text for c in rows[4]] == ["", "", ""]  # empty row kept
    cell = rows[2][1]
    assert (cell.location.table, cell.location.row, cell.location.cell) == (1, 2, 1)
    assert cell.location.ref == "table 2, row 3, cell 2"
    assert docx.Document(str(path)).tables[1].cell(2, 1).text == "Nina Roy\nhealth visitor"


def test_horizontal_merge_in_the_middle_keeps_grid_columns(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=4)
    table.cell(1, 1).merge(table.cell(1, 2)).text = "wide"
    table.cell(1, 3).text = "last"
    doc = read_document(save(document, tmp_path))
    row = doc.blocks[0].rows[1]
    assert [(c.text, c.column, c.span) for c in row] == [
        ("", 0, 1), ("wide", 1, 2), ("last", 3, 1)]
    assert row[2].location.ref == "table 1, row 2, cell 4"


def test_old_style_horizontal_merge_and_rows_starting_late(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    first, second = table.rows[0]._tr.tc_lst[:2]
    first.get_or_add_tcPr().append(parse_xml(f'<w:hMerge {W} w:val="restart"/>'))
    second.get_or_add_tcPr().append(parse_xml(f"<w:hMerge {W}/>"))  # no val: continue
    table.cell(0, 0).text = "Actions"
    late = table.rows[1]._tr
    late.remove(late.tc_lst[0])
    late.get_or_add_trPr().append(parse_xml(f'<w:gridBefore {W} w:val="1"/>'))
    late.tc_lst[0].append(parse_xml(f"<w:p {W}><w:r><w:t>Mum</w:t></w:r></w:p>"))
    doc = read_document(save(document, tmp_path))
    rows = doc.blocks[0].rows
    assert [(c.text, c.column, c.span) for c in rows[0]] == [("Actions", 0, 2), ("", 2, 1)]
    assert [(c.text, c.column) for c in rows[1]] == [("Mum", 1), ("", 2)]


def test_outline_level_makes_a_heading_and_control_at_start_has_a_ref(tmp_path):
    document = docx.Document()
    p = document.add_paragraph("Worries")
    p._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W} w:val="1"/>'))
    p._p.addprevious(parse_xml(
        f"<w:sdt {W}><w:sdtContent><w:p><w:r><w:t>First</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"))
    doc = read_document(save(document, tmp_path))
    assert [(b.kind.value, b.level, b.location.ref) for b in doc.blocks] == [
        ("paragraph", 0, "content control before paragraph 1"),
        ("heading", 2, "paragraph 1")]


def test_nested_table_is_flattened_into_its_cell(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    outer = table.cell(0, 1)
    outer.text = "Contacts:"
    inner = outer.add_table(rows=2, cols=2)
    inner.cell(0, 0).text = "GP"
    inner.cell(0, 1).text = "Dr Shah"
    inner.cell(1, 0).text = "HV"
    inner.cell(1, 1).text = "Nina Roy"
    doc = read_document(save(document, tmp_path))
    assert len(doc.blocks) == 1
    assert doc.blocks[0].rows[0][1].text == "Contacts:\nGP\tDr Shah\nHV\tNina Roy"


def test_rows_and_cells_inside_content_controls(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "Header"
    table._tbl.append(parse_xml(
        f"<w:sdt {W}><w:sdtContent><w:tr><w:tc><w:sdt><w:sdtContent><w:p><w:r>"
        "<w:t>Repeated row</w:t></w:r></w:p></w:sdtContent></w:sdt></w:tc></w:tr>"
        "</w:sdtContent></w:sdt>"))
    doc = read_document(save(document, tmp_path))
    assert [[c.text for c in row] for row in doc.blocks[0].rows] == [
        ["Header"], ["Repeated row"]]


# ------------------------------------------------------------ what Word shows

NS = (W + ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
      ' xmlns:v="urn:schemas-microsoft-com:vml"')


def t(text: str, props: str = "") -> str:
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def fld(kind: str, inner: str = "") -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}">{inner}</w:fldChar></w:r>'


def code(text: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{text}</w:instrText></w:r>'


def body_of(tmp_path, *paragraphs: str, build=None) -> list[tuple[str, str]]:
    """The blocks of a document whose body is `paragraphs` (w:p XML, namespaces
    added), after `build(document)`."""
    document = docx.Document()
    body = document.element.body
    for xml in paragraphs:
        body.insert(len(body) - 1, parse_xml(xml.replace("<w:p>", f"<w:p {NS}>", 1)))
    if build:
        build(document)
    return texts(read_document(save(document, tmp_path)))


def test_fields_show_their_results_never_their_code_or_nested_results(tmp_path):
    merge = fld("begin") + code(" MERGEFIELD Owner ") + fld("separate") + t("Mum") + fld("end")
    if_field = (fld("begin") + code(" IF ") + merge + code(' = "" "Social worker" "') + merge
                + code('" ') + fld("separate") + t("Mum") + fld("end"))
    date = fld("begin") + code(' DATE \\@ "d MMMM yyyy" ') + fld("separate") + t(
        "12 March 2026") + fld("end")
    simple = f'<w:fldSimple w:instr=" MERGEFIELD Child ">{t("Ben")}</w:fldSimple>'
    assert body_of(tmp_path, f"<w:p>{t('Who: ')}{if_field}{t(' by ')}{date}</w:p>",
                   f"<w:p>{t('Child: ')}{simple}</w:p>") == [
        ("paragraph", "Who: Mum by 12 March 2026"), ("paragraph", "Child: Ben")]


def test_a_field_code_may_run_over_paragraphs(tmp_path):
    """The code of an IF field with a paragraph of text in it, the MERGEFIELD there
    keeping its result: none of it is shown, only the IF's result."""
    merge = fld("begin") + code(" MERGEFIELD Plan ") + fld("separate") + t("stored") + fld("end")
    opened, closed = code(' IF 1 = 1 "Kept '), code(' in the code" ')
    assert body_of(tmp_path, f"<w:p>{t('Before ')}{fld('begin')}{opened}</w:p>",
                   f"<w:p>{merge}{closed}{fld('separate')}{t('Shown')}{fld('end')}"
                   f"{t(' after')}</w:p>") == [
        ("paragraph", "Before"), ("paragraph", "Shown after")]


def test_a_table_in_a_field_code_is_not_read_but_one_in_its_result_is(tmp_path):
    """A mail-merge IF field whose text holds a table: the table stays in the code,
    and the field's result shows it again."""
    def table_xml(text: str) -> str:
        return (f"<w:tbl {W}><w:tr><w:tc><w:p>{t(text)}</w:p></w:tc><w:tc><w:p/></w:tc>"
                "</w:tr></w:tbl>")

    def build(document):
        body = document.element.body
        for xml in (f"<w:p {W}>{fld('begin')}{code(' IF 1 = 1 &quot;')}</w:p>",
                    table_xml("In the code"),
                    f"<w:p {W}>{code('&quot; ')}{fld('separate')}</w:p>", table_xml("Shown"),
                    f"<w:p {W}>{fld('end')}{t('After')}</w:p>"):
            body.insert(len(body) - 1, parse_xml(xml))
    doc = read_document(write(tmp_path, docx_bytes(build)))
    assert texts(doc)[2:] == [("table", "Shown | "), ("paragraph", "After")]
    assert doc.blocks[2].location.ref == "table 2"  # the one in the code is table 1


def test_a_field_that_never_ends_hides_no_more_than_its_paragraph(tmp_path):
    assert body_of(tmp_path, f"<w:p>{t('Owner: ')}{fld('begin')}{code(' MERGEFIELD Owner ')}"
                   f"{t('stored result')}</w:p>", f"<w:p>{t('Mum will ring the GP.')}</w:p>") == [
        ("paragraph", "Owner:"), ("paragraph", "Mum will ring the GP.")]


def test_legacy_drop_downs_show_the_chosen_entry(tmp_path):
    def drop_down(chosen: str) -> str:
        entries = "".join(f'<w:listEntry w:val="{e}"/>' for e in ("Choose", "Mum", "Dad"))
        data = f"<w:ffData><w:ddList>{chosen}{entries}</w:ddList></w:ffData>"
        return fld("begin", data) + code(" FORMDROPDOWN ") + fld("end")
    result, default = drop_down('<w:result w:val="2"/>'), drop_down('<w:default w:val="1"/>')
    assert body_of(tmp_path, f"<w:p>{result}</w:p>", f"<w:p>{default}</w:p>",
                   f"<w:p>{t('First: ')}{drop_down('')}</w:p>") == [
        ("paragraph", "Dad"), ("paragraph", "Mum"), ("paragraph", "First: Choose")]


def test_hidden_text_is_not_read(tmp_path):
    def styles(document):
        document.styles.add_style("Prompt", WD_STYLE_TYPE.CHARACTER).font.hidden = True
        document.styles.add_style("Guidance", WD_STYLE_TYPE.PARAGRAPH).font.hidden = True

    hidden = "<w:rPr><w:vanish/></w:rPr>"
    styled = '<w:rPr><w:rStyle w:val="Prompt"/></w:rPr>'
    shown = '<w:rPr><w:vanish w:val="0"/></w:rPr>'
    assert body_of(tmp_path, f"<w:p>{t('[Type the task] ', hidden)}{t('Ring the GP')}"
                   f"{t(' [and say when]', styled)}</w:p>",
                   f'<w:p><w:pPr><w:pStyle w:val="Guidance"/></w:pPr>{t("Guidance only")}'
                   f"{t('Shown in spite of its style', shown)}</w:p>", build=styles) == [
        ("paragraph", "Ring the GP"), ("paragraph", "Shown in spite of its style")]


def control(content: str, flags: str = "<w:showingPlcHdr/>", part: str = "Prompt") -> str:
    return (f'<w:sdt><w:sdtPr><w:placeholder><w:docPart w:val="{part}"/></w:placeholder>'
            f"{flags}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>")


def test_content_controls_showing_their_placeholder_say_nothing(tmp_path):
    date, filled = control(t("[dd/mm/yyyy]")), control(t("Mum"), flags="")
    block = control(f"<w:p>{t('Click or tap here to enter text.')}</w:p>")
    document = docx.Document()
    body = document.element.body
    for xml in (f"<w:p {NS}>{t('By: ')}{date}</w:p>", block.replace("<w:sdt>", f"<w:sdt {NS}>"),
                f"<w:p {NS}>{t('Filled: ')}{filled}</w:p>"):
        body.insert(len(body) - 1, parse_xml(xml))
    assert texts(read_document(save(document, tmp_path))) == [
        ("paragraph", "By:"), ("paragraph", "Filled: Mum")]


GLOSSARY = (f'<w:glossaryDocument {W}><w:docParts><w:docPart><w:docPartPr>'
            '<w:name w:val="Prompt"/></w:docPartPr><w:docPartBody><w:p><w:r>'
            "<w:t>Enter a date.</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts>"
            "</w:glossaryDocument>").encode()


def with_glossary(data: bytes) -> bytes:
    """The package with a glossary document part holding the "Prompt" entry."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        rels = archive.read("word/_rels/document.xml.rels").replace(
            b"</Relationships>", b'<Relationship Id="rIdG" Type="http://schemas.openxmlformats'
            b'.org/officeDocument/2006/relationships/glossaryDocument" '
            b'Target="glossary/document.xml"/></Relationships>')
        types = archive.read("[Content_Types].xml").replace(
            b"</Types>", b'<Override PartName="/word/glossary/document.xml" ContentType='
            b'"application/vnd.openxmlformats-officedocument.wordprocessingml.document.'
            b'glossary+xml"/></Types>')
    out = io.BytesIO(rewrite_zip(data, {"word/_rels/document.xml.rels": rels,
                                        "[Content_Types].xml": types}))
    with zipfile.ZipFile(out, "a") as archive:
        archive.writestr("word/glossary/document.xml", GLOSSARY)
    return out.getvalue()


def test_the_glossary_placeholder_text_decides_what_a_control_shows(tmp_path):
    """A control still holding its glossary entry's text shows its placeholder, flag
    or not; one holding other text was filled in (a tool left the flag on)."""
    def build(document):
        body = document.element.body
        for xml in (f"<w:p>{t('By: ')}{control(t('Enter a date.'), '')}</w:p>",
                    f"<w:p>{t('Owner: ')}{control(t('Mum'))}</w:p>"):
            body.insert(len(body) - 1, parse_xml(xml.replace("<w:p>", f"<w:p {NS}>", 1)))
    data = with_glossary(docx_bytes(build))
    assert texts(read_document(write(tmp_path, data)))[2:] == [
        ("paragraph", "By:"), ("paragraph", "Owner: Mum")]


def test_alternate_content_is_read_once_from_its_first_choice(tmp_path):
    alternate = (f"<mc:AlternateContent><mc:Choice Requires=\"w14\">{t('new')}</mc:Choice>"
                 f"<mc:Choice Requires=\"w15\">{t('newer')}</mc:Choice>"
                 f"<mc:Fallback>{t('old')}</mc:Fallback></mc:AlternateContent>")
    assert body_of(tmp_path, f"<w:p>{t('Read ')}{alternate}</w:p>") == [
        ("paragraph", "Read new")]


def test_ruby_text_is_read_as_its_base_text(tmp_path):
    ruby = (f"<w:r><w:ruby><w:rt>{t('kanji')}</w:rt><w:rubyBase>{t('漢字')}</w:rubyBase>"
            "</w:ruby></w:r>")
    assert body_of(tmp_path, f"<w:p>{t('Name: ')}{ruby}</w:p>") == [("paragraph", "Name: 漢字")]


def test_a_text_box_is_read_once_after_the_paragraph_it_is_anchored_in(tmp_path):
    box = f"<w:txbxContent><w:p>{t('Inside the box')}</w:p></w:txbxContent>"
    anchor = (f"<w:p>{t('Before the box')}<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
              f"<w:drawing><wps:txbx xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/"
              f"wordprocessingShape\">{box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback>"
              f"<w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
              f"</mc:AlternateContent></w:r></w:p>")
    document = docx.Document()
    body = document.element.body
    body.insert(0, parse_xml(anchor.replace("<w:p>", f"<w:p {NS}>", 1)))
    body.insert(1, parse_xml(f"<w:p {W}>{t('After')}</w:p>"))
    doc = read_document(save(document, tmp_path))
    assert [(b.text, b.location.paragraph, b.location.ref) for b in doc.blocks] == [
        ("Before the box", 0, "paragraph 1"),
        ("Inside the box", None, "text box in paragraph 1, paragraph 1"),
        ("After", 1, "paragraph 2")]


def test_a_one_cell_table_is_read_as_what_it_holds(tmp_path):
    document = docx.Document()
    frame = document.add_table(rows=1, cols=1).cell(0, 0)
    frame.paragraphs[0].text = "The plan"
    frame.paragraphs[0].style = document.styles["Heading 2"]
    inner = frame.add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(1, 1).text = "Who", "Mum"
    frame.add_paragraph("")
    document.add_table(rows=1, cols=2).cell(0, 0).text = "After"
    doc = read_document(save(document, tmp_path))
    heading, table, after = doc.blocks
    assert (heading.kind, heading.level, heading.location.ref) == (
        BlockKind.HEADING, 2, "table 1, paragraph 1")
    assert table.location.ref == "table 1.1" and table.location.table is None
    assert [[c.text for c in r] for r in table.rows] == [["Who", ""], ["", "Mum"]]
    assert table.rows[1][1].location.ref == "table 1.1, row 2, cell 2"
    assert (after.location.table, after.location.ref) == (1, "table 2")


def test_a_table_beside_its_label_in_a_layout_band_is_read_as_a_table(tmp_path):
    document = docx.Document()
    band = document.add_table(rows=1, cols=2)
    band.cell(0, 0).text = "Actions"
    inner = band.cell(0, 1).add_table(rows=3, cols=2)
    inner.cell(0, 0).text, inner.cell(2, 1).text = "Task", "Ring the GP"
    doc = read_document(save(document, tmp_path))
    assert [(b.kind, b.location.ref) for b in doc.blocks] == [
        (BlockKind.PARAGRAPH, "table 1, paragraph 1"), (BlockKind.TABLE, "table 1.1")]
    assert doc.blocks[1].rows[2][1].text == "Ring the GP"


def test_page_headers_and_footers_are_read_first_named_as_such(tmp_path):
    document = docx.Document()
    document.add_paragraph("Mum will ring the GP.")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Child: Ben Carter (8)"
    facts = section.header.add_table(rows=1, cols=2, width=docx.shared.Inches(6))
    facts.cell(0, 0).text, facts.cell(0, 1).text = "Conference date", "12 February 2026"
    section.footer.paragraphs[0].text = "Lead social worker: Anna Webb"
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Category: Neglect"
    document.add_section()  # linked to the first: its header is not read again
    doc = read_document(save(document, tmp_path))
    assert [(b.text, b.location.ref) for b in doc.blocks] == [
        ("Child: Ben Carter (8)", "header, paragraph 1"),
        ("Conference date | 12 February 2026", "header, table 1"),
        ("Category: Neglect", "header 2, paragraph 1"),
        ("Lead social worker: Anna Webb", "footer, paragraph 1"),
        ("Mum will ring the GP.", "paragraph 1")]
    assert doc.blocks[1].rows[0][1].location.ref == "header, table 1, row 1, cell 2"
    assert doc.blocks[-1].location.paragraph == 0


# ------------------------------------------------------------ dev corpus


def corpus_file(name: str) -> Path:
    return dev_corpus() / "plans" / name


def test_d05_word_action_table():
    path = corpus_file("d05.docx")
    doc = read_document(path)
    assert doc.blocks[0].kind == BlockKind.HEADING and doc.blocks[0].level == 1
    tables = [b for b in doc.blocks if b.kind == BlockKind.TABLE]
    assert len(tables) == 2
    header, actions = tables
    assert [c.text for c in header.rows[0]] == ["Child", "Poppy Lane, 7"]
    assert len(actions.rows) == 6 and all(len(row) == 5 for row in actions.rows)
    assert actions.rows[0][2].text == "Person responsible"
    owner = actions.rows[3][2]
    assert owner.text == "Ian Frost (SW)"
    assert owner.location.ref == "table 2, row 4, cell 3"
    assert docx.Document(str(path)).tables[1].cell(3, 2).text == owner.text
    assert actions.rows[5][3].text == ""


def test_d06_hand_numbered_paragraphs_stay_paragraphs():
    path = corpus_file("d06.docx")
    doc = read_document(path)
    numbered = [b for b in doc.blocks if b.text[:2] in ("1.", "2.", "3.", "4.", "5.")]
    assert len(numbered) == 5
    assert all(b.kind == BlockKind.PARAGRAPH for b in numbered)
    reopened = docx.Document(str(path))
    assert reopened.paragraphs[numbered[0].location.paragraph].text == numbered[0].text
    headings = [b.text for b in doc.blocks if b.kind == BlockKind.HEADING]
    assert headings == ["Child protection plan", "What we are worried about",
                        "What needs to happen", "Contingency plan", "Review"]


# ------------------------------------------------------------ bad input


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def test_legacy_doc_saved_as_docx(tmp_path):
    assert read_error(tmp_path, OLE + b"WordDocument") == (
        "this is a legacy .doc file; open it in Word and save it as .docx")


def test_password_protected_docx(tmp_path):
    data = OLE + "EncryptedPackage".encode("utf-16-le") + b"\0" * 64
    assert read_error(tmp_path, data) == (
        "this Word file is password-protected; remove the password and save it again")


def test_not_a_zip(tmp_path):
    assert read_error(tmp_path, b"%PDF-1.7 not a word file") == (
        "not a Word document (not a zip file); save it from Word as .docx")


def test_zip_without_document_part(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert read_error(tmp_path, buffer.getvalue()) == (
        "not a Word document (the zip has no word/document.xml); save it from Word as .docx")


def with_declared_size(data: bytes, member: str, size: int) -> bytes:
    """The zip with `member`'s uncompressed size in the central directory set to `size`
    (nothing is inflated: only the directory lies)."""
    data = bytearray(data)
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) >= 0:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46: at + 46 + name_length] == member.encode():
            struct.pack_into("<I", data, at + 24, size)
            return bytes(data)
        at += 4
    raise AssertionError(f"{member} not found")


def test_zip_bomb_is_refused_from_its_directory(tmp_path):
    data = with_declared_size(docx_bytes(), "word/document.xml", 0xFFFF0000)
    message = read_error(tmp_path, data)
    assert re.match(r"Word file too large when uncompressed \(409\d(\.\d)? MB > limit 200 MB\); "
                    "remove large pictures or split the plan$", message)


def test_unpacked_limit_is_a_keyword(tmp_path):
    # Over the file's size on disk (36 KB), under its size unpacked (0.8 MB).
    message = read_error(tmp_path, docx_bytes(), max_unpacked_bytes=100_000)
    assert message.startswith("Word file too large when uncompressed (")
    assert "MB > limit 0.095 MB); remove large pictures or split the plan" in message


def test_high_compression_ratio_is_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes())) as src, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        dst.writestr("word/media/padding.bin", b"\0" * (20 * 2**20))
    message = read_error(tmp_path, buffer.getvalue())
    assert message.startswith("Word file looks unsafe: word/media/padding.bin would expand")


def test_truncated_docx(tmp_path):
    data = docx_bytes()
    assert read_error(tmp_path, data[: len(data) // 2]).startswith("damaged Word file (")


def test_corrupt_compressed_data(tmp_path):
    data = bytearray(docx_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    name_length, extra_length = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_length + extra_length
    middle = start + info.compress_size // 2
    data[middle: middle + 16] = b"\xff" * 16
    assert read_error(tmp_path, bytes(data)) == (
        "damaged Word file (corrupted compressed data); open it in Word and save it "
        "again as .docx")


def test_broken_xml(tmp_path):
    data = rewrite_zip(docx_bytes(), {"word/document.xml": b"<w:document><w:body><w:p>"})
    assert read_error(tmp_path, data) == (
        "damaged Word file (broken XML in word/document.xml); open it in Word and save "
        "it again as .docx")


DOCX_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def with_main_type(data: bytes, main_type: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        types = archive.read("[Content_Types].xml").replace(DOCX_MAIN, main_type)
    return rewrite_zip(data, {"[Content_Types].xml": types})


@pytest.mark.parametrize("suffix, main_type", [
    (".docm", b"application/vnd.ms-word.document.macroEnabled.main+xml"),
    (".dotx", b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
    (".dotm", b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
    (".docx", b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
])
def test_macro_enabled_documents_and_templates_read_like_docx(tmp_path, suffix, main_type):
    path = write(tmp_path, with_main_type(docx_bytes(), main_type), f"plan{suffix}")
    before = path.read_bytes()
    assert texts(read_document(path)) == [("heading", "Child protection plan"),
                                          ("paragraph", "Mum will ring the GP.")]
    assert path.read_bytes() == before


def test_a_package_of_another_kind_is_refused_by_its_content_type(tmp_path):
    sheet = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    message = read_error(tmp_path, with_main_type(docx_bytes(), sheet))
    assert message == ("not a Word .docx document (its content type is "
                       f"'{sheet.decode()}'); save it as .docx")


def test_strict_open_xml_reads_as_the_same_document(tmp_path):
    def strict(match):
        return b"http://purl.oclc.org/ooxml/" + match.group(1) + b"/" + match.group(2)

    def table(document):
        document.add_table(rows=1, cols=2).cell(0, 1).text = "Mum"
    data = docx_bytes(table)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: re.sub(rb"http://schemas\.openxmlformats\.org/(wordprocessingml|"
                              rb"officeDocument)/2006/(\w+)", strict, archive.read(name))
                 for name in archive.namelist() if name.endswith((".xml", ".rels"))}
    assert b"purl.oclc.org" in parts["_rels/.rels"]
    doc = read_document(write(tmp_path, rewrite_zip(data, parts)))
    assert texts(doc) == texts(read_document(write(tmp_path, data, "clean.docx")))
    assert doc.blocks[0].kind == BlockKind.HEADING


def test_document_without_body_gives_read_error_not_traceback(tmp_path):
    data = rewrite_zip(docx_bytes(), {"word/document.xml": f"<w:document {W}/>".encode()})
    assert read_error(tmp_path, data).startswith("could not read the Word file's content (")


def test_empty_docx_file(tmp_path):
    assert read_error(tmp_path, b"") == "file is empty"


def test_reading_never_modifies_the_file(tmp_path):
    path = write(tmp_path, docx_bytes())
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    doc = read_document(path)
    assert texts(doc) == [("heading", "Child protection plan"),
                          ("paragraph", "Mum will ring the GP.")]
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
