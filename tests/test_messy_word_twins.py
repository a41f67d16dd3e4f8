"""Messy twins: the same plan, written the way real tools write Word files.

planlint's own corpora are written by python-docx, whose XML is clean. Plans in use
come out of Word, LibreOffice and case-management systems that fill Word templates.
Each twin here holds exactly the plan of a clean original, written again as one of
those would write it: an owner cell merged down the rows, the action table inside a
layout table or a text box, owners filled in by IF and MERGEFIELD fields or chosen
from drop-downs, template prompts left in as hidden text or unfilled placeholders, a
macro-enabled or template package, Strict Open XML, the plan's facts only in the page
header or footer; and, as they pass already and must stay passing, content controls,
tracked changes, hyperlinks, comments, field results and LibreOffice's own output.

Each twin must read as the same actions as its original, part for part (task, owner,
deadline and evidence texts), and the twins whose facts moved must give the same plan
facts. The originals: the conftest plan builder and two sample plans.
"""
from __future__ import annotations

import copy
import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from conftest import docx_plan, row
from planlint.model import Location

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_plans"
PLANLINT = shutil.which("planlint") or str(Path(sys.executable).parent / "planlint")
SOFFICE = shutil.which("soffice")
NEEDS_SOFFICE = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not "
                                   "installed: the LibreOffice twins cannot be written")

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml"')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FACT_FIELDS = ("children", "category", "conference_date", "lead_professional", "core_group",
               "review_date")

# Four actions; the second and third have the same owner (one merged cell in a
# template), and the third has no deadline yet (an unfilled date box).
ROWS = [
    row(),
    row(task="Take Ben to the dentist for a check-up", who="Mum", when="By 26 February 2026",
        evidence="A letter from the dentist saying Ben was seen, given to the social worker"),
    row(task="Bring the food diary to every core group meeting", who="Mum", when="",
        evidence="Food diary filled in for every day and checked at each core group"),
    row(task="Give Ben breakfast at the school breakfast club every day",
        who="Ms Patel (DSL, Hill Street Primary)", when="Every school day from 16 February 2026",
        evidence="Breakfast club register signed each morning"),
]


# ------------------------------------------------------------------ originals


@dataclass
class Original:
    """A clean plan and how it reads: its actions' parts, and where their cells are."""

    path: Path
    actions: list[tuple]
    facts: dict[str, str | None]
    cells: list[dict[str, Location | None]]  # per action: part -> its cell

    def table(self) -> int:
        return next(c["task"].table for c in self.cells if c["task"] is not None)

    def column(self, part: str) -> int:
        return next(c[part].cell for c in self.cells if c[part] is not None)


def parts_of(plan) -> list[tuple]:
    def text(field):
        return field.text if field else None
    return [(text(a.task), text(a.owner), text(a.deadline), text(a.evidence))
            for a in plan.actions]


def facts_of(plan) -> dict[str, str | None]:
    return {name: getattr(plan.metadata, name).text if getattr(plan.metadata, name) else None
            for name in FACT_FIELDS}


@pytest.fixture(scope="module")
def originals(linter, tmp_path_factory) -> dict[str, Original]:
    folder = tmp_path_factory.mktemp("originals")
    paths = {"builder": docx_plan(folder / "builder.docx", ROWS)}
    for name in ("07-dawson", "12-lomax"):
        paths[name] = Path(shutil.copy(SAMPLES / f"{name}.docx", folder / f"{name}.docx"))
    found = {}
    for name, path in paths.items():
        plan = linter.read(path)
        cells = [{part: getattr(a, part).location if getattr(a, part) else None
                  for part in ("task", "owner", "deadline", "evidence")} for a in plan.actions]
        found[name] = Original(path, parts_of(plan), facts_of(plan), cells)
        assert len(found[name].actions) >= 4
    return found


ORIGINALS = ["builder", "07-dawson", "12-lomax"]


# ------------------------------------------------------------------ XML helpers


def cell(document, location: Location):
    return document.tables[location.table].cell(location.row, location.cell)._tc


def paragraphs(tc):
    return tc.findall(qn("w:p"))


def runs_xml(xml: str) -> list:
    """Runs (or other paragraph content) from XML text."""
    return list(parse_xml(f"<w:p {NS}>{xml}</w:p>"))


def replace_runs(p, new: list) -> None:
    """The paragraph with its content (all but its properties) replaced by `new`."""
    for child in list(p):
        if child.tag != qn("w:pPr"):
            p.remove(child)
    p.extend(new)


def paragraph_text(p) -> str:
    """python-docx's text of a clean paragraph (line breaks as newlines)."""
    return Paragraph(p, None).text


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(
        '"', "&quot;")


def text_run(text: str, props: str = "") -> str:
    """A run of `text`, its line breaks as w:br."""
    pieces = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(line)}</w:t>'
                            for line in text.split("\n"))
    return f"<w:r>{props}{pieces}</w:r>"


def field_char(kind: str, inner: str = "") -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}">{inner}</w:fldChar></w:r>'


def instruction(text: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{escape(text)}</w:instrText></w:r>'


def owner_cells(document, original: Original):
    return [cell(document, c["owner"]) for c in original.cells if c["owner"] is not None]


def action_table(document, original: Original):
    return document.tables[original.table()]._tbl


def empty_cells(document, original: Original, part: str):
    """The cells of a part that the original leaves empty (the action has none)."""
    column = original.column(part)
    return [document.tables[c["task"].table].cell(c["task"].row, column)._tc
            for c in original.cells if c[part] is None and c["task"] is not None]


# ------------------------------------------------------------------ the twins


def merge_an_owner_down(document, original):
    """Two actions in a row with the same owner: one cell merged down both rows, the
    second row's own cell left empty (w:vMerge), as templates merge a shared owner."""
    pairs = [(a["owner"], b["owner"]) for i, (a, b) in enumerate(zip(original.cells,
                                                                     original.cells[1:]))
             if a["owner"] and b["owner"] and a["owner"].cell == b["owner"].cell
             and b["owner"].row == a["owner"].row + 1
             and original.actions[i][1] == original.actions[i + 1][1]]
    assert pairs, "the original needs two actions in a row with one owner"
    first, second = (cell(document, location) for location in pairs[0])
    first.get_or_add_tcPr().append(parse_xml(f'<w:vMerge {W} w:val="restart"/>'))
    second.get_or_add_tcPr().append(parse_xml(f"<w:vMerge {W}/>"))
    for p in paragraphs(second)[1:]:
        second.remove(p)
    replace_runs(paragraphs(second)[0], [])


def frame(children: list, cells: int = 1, label: str | None = None):
    """A layout table: one row; its last cell holds `children`, the one before it
    (when there are two) a label."""
    tbl = parse_xml(f'<w:tbl {W}><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                    f'<w:tblGrid>{"<w:gridCol/>" * cells}</w:tblGrid><w:tr/></w:tbl>')
    tr = tbl.find(qn("w:tr"))
    if cells == 2:
        tr.append(parse_xml(f"<w:tc {W}><w:p>{text_run(label or '')}</w:p></w:tc>"))
    tc = parse_xml(f"<w:tc {W}/>")
    tc.extend(children)
    tc.append(parse_xml(f"<w:p {W}/>"))  # a cell ends with a paragraph
    tr.append(tc)
    return tbl


def wrap(element, make) -> None:
    """Put `make([element])` (which takes the element in) where the element stood."""
    parent = element.getparent()
    index = parent.index(element)
    parent.insert(index, make([element]))


def frame_the_action_table(document, original):
    """The action table inside a one-cell layout table (a bordered box)."""
    wrap(action_table(document, original), frame)


def band_around_the_action_table(document, original):
    """The action table in the second cell of a one-row layout table, its label in
    the first."""
    wrap(action_table(document, original),
         lambda children: frame(children, cells=2, label="Actions agreed"))


def frame_the_whole_plan(document, original):
    """Everything in the body inside one one-cell table, as boxed templates do."""
    body = document.element.body
    content = [child for child in body if child.tag != qn("w:sectPr")]
    for child in content:
        body.remove(child)
    body.insert(0, frame(content))


TEXT_BOX = f"""<w:p {NS}><w:r><mc:AlternateContent>
<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0"
 simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>
</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>
</wp:positionV><wp:extent cx="5486400" cy="4572000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapTopAndBottom/><wp:docPr id="101" name="Text Box 1"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent/></wps:txbx><wps:bodyPr/>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="Text Box 1" type="#_x0000_t202" style="width:432pt;height:360pt">
<v:textbox><w:txbxContent/></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r></w:p>"""

VML_TEXT_BOX = f"""<w:p {NS}><w:r><w:pict><v:shape id="Text Box 1" type="#_x0000_t202"
 style="width:432pt;height:360pt"><v:textbox><w:txbxContent/></v:textbox></v:shape></w:pict>
</w:r></w:p>"""


def into_text_box(document, original, xml: str = TEXT_BOX):
    """The action table moved into a text box anchored where it stood; Word writes the
    box twice, a DrawingML Choice and a VML Fallback copy for older programs."""
    tbl = action_table(document, original)
    anchor = parse_xml(xml)
    for box in anchor.iter(qn("w:txbxContent")):
        box.append(copy.deepcopy(tbl))
        box.append(parse_xml(f"<w:p {W}/>"))
    tbl.addprevious(anchor)
    tbl.getparent().remove(tbl)


def into_vml_text_box(document, original):
    """The same in an older Word's text box: VML only, no alternate content."""
    into_text_box(document, original, VML_TEXT_BOX)


def if_field(text: str, name: str = "Owner") -> list:
    """{ IF { MERGEFIELD Owner } = "" "To be agreed" "{ MERGEFIELD Owner }" }, as a
    mail merge leaves it: each nested MERGEFIELD keeps its result inside the IF's
    code, and the IF shows its own result after."""
    merge = (field_char("begin") + instruction(f" MERGEFIELD {name} ") + field_char("separate")
             + text_run(text) + field_char("end"))
    return runs_xml(field_char("begin") + instruction(" IF ") + merge
                    + instruction(' = "" "To be agreed" "') + merge + instruction('" ')
                    + field_char("separate") + text_run(text) + field_char("end"))


def owners_from_if_fields(document, original):
    for tc in owner_cells(document, original):
        for p in paragraphs(tc):
            replace_runs(p, if_field(paragraph_text(p)))


def owners_from_legacy_drop_downs(document, original):
    """Each owner chosen from a FORMDROPDOWN form field (one for each line of it):
    Word keeps the entries and the chosen one's number in w:ffData, and writes no
    result text."""
    lines = [line for tc in owner_cells(document, original) for p in paragraphs(tc)
             for line in paragraph_text(p).split("\n")]
    entries = ["Choose an owner"] + sorted(set(lines))
    listed = "".join(f'<w:listEntry w:val="{escape(e)}"/>' for e in entries)

    def drop_down(line: str) -> str:
        data = (f'<w:ffData><w:name w:val="Owner"/><w:enabled/><w:calcOnExit w:val="0"/>'
                f'<w:ddList><w:result w:val="{entries.index(line)}"/>{listed}</w:ddList>'
                "</w:ffData>")
        return field_char("begin", data) + instruction(" FORMDROPDOWN ") + field_char("end")

    for tc in owner_cells(document, original):
        for p in paragraphs(tc):
            fields = "<w:r><w:br/></w:r>".join(map(drop_down, paragraph_text(p).split("\n")))
            replace_runs(p, runs_xml(fields))


def owners_from_drop_down_controls(document, original):
    """Each owner chosen in a drop-down content control: the chosen item is shown."""
    for tc in owner_cells(document, original):
        for p in paragraphs(tc):
            text = escape(paragraph_text(p))
            replace_runs(p, runs_xml(
                f'<w:sdt><w:sdtPr><w:alias w:val="Owner"/><w:dropDownList>'
                f'<w:listItem w:displayText="Choose an owner" w:value="0"/>'
                f'<w:listItem w:displayText="{text}" w:value="1"/></w:dropDownList></w:sdtPr>'
                f"<w:sdtContent>{text_run(paragraph_text(p))}</w:sdtContent></w:sdt>"))


def owners_from_simple_fields(document, original):
    """Each owner a simple MERGEFIELD (w:fldSimple) holding its result."""
    for tc in owner_cells(document, original):
        for p in paragraphs(tc):
            replace_runs(p, runs_xml(f'<w:fldSimple w:instr=" MERGEFIELD Owner ">'
                                     f"{text_run(paragraph_text(p))}</w:fldSimple>"))


def deadlines_from_date_fields(document, original):
    """Each deadline a MERGEFIELD with a date picture: code, separate, result."""
    for c in original.cells:
        if c["deadline"] is not None:
            for p in paragraphs(cell(document, c["deadline"])):
                text = paragraph_text(p)
                replace_runs(p, runs_xml(field_char("begin") + instruction(
                    ' MERGEFIELD ReviewDate \\@ "d MMMM yyyy" ') + field_char("separate")
                    + text_run(text) + field_char("end")))


def hidden_prompts(document, original):
    """The template's prompts left in as hidden text: a run with w:vanish before each
    task, a run in a hidden character style after each evidence, and a guidance
    paragraph in a hidden paragraph style before the action table."""
    prompt = document.styles.add_style("Template Prompt", WD_STYLE_TYPE.CHARACTER)
    prompt.font.hidden = True
    guidance = document.styles.add_style("Guidance", WD_STYLE_TYPE.PARAGRAPH)
    guidance.font.hidden = True
    for c in original.cells:
        first = paragraphs(cell(document, c["task"]))[0]
        runs = runs_xml(text_run("[Say what will be done, by whom] ", "<w:rPr><w:vanish/></w:rPr>"))
        first.insert(1 if first.find(qn("w:pPr")) is not None else 0, runs[0])
        if c["evidence"] is not None:
            last = paragraphs(cell(document, c["evidence"]))[-1]
            last.extend(runs_xml(text_run(" [How will everyone know? Social worker to add]",
                                          f'<w:rPr><w:rStyle w:val="{prompt.style_id}"/></w:rPr>')))
    note = parse_xml(f'<w:p {W}><w:pPr><w:pStyle w:val="{guidance.style_id}"/></w:pPr>'
                     + text_run("Guidance: the social worker will add each action with its "
                                "owner by the first core group.") + "</w:p>")
    action_table(document, original).addprevious(note)


def control(text: str, part: str = "DefaultPlaceholder_-1854013440", showing: bool = True,
            block: bool = False) -> str:
    """A content control holding `text`, its placeholder named by `part`."""
    flag = "<w:showingPlcHdr/>" if showing else ""
    content = text_run(text, '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>')
    content = f"<w:p>{content}</w:p>" if block else content
    return (f'<w:sdt {NS}><w:sdtPr><w:placeholder><w:docPart w:val="{part}"/></w:placeholder>'
            f"{flag}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>")


CLICK = "Click or tap here to enter text."
DATE_PROMPT = "[dd/mm/yyyy]"


def unfilled_controls(document, original, showing: bool = True):
    """A template's content controls left unfilled: Word shows each one's placeholder
    (w:showingPlcHdr). An empty deadline holds "[dd/mm/yyyy]", each evidence cell has
    a second, unfilled box after its text, and a spare row of empty boxes ends the
    table."""
    for tc in empty_cells(document, original, "deadline"):
        paragraphs(tc)[0].append(parse_xml(control(DATE_PROMPT, "DeadlinePrompt", showing)))
    for c in original.cells:
        if c["evidence"] is not None:
            last = paragraphs(cell(document, c["evidence"]))[-1]
            last.append(parse_xml(control(" " + CLICK, showing=showing)))
    table = action_table(document, original)
    spare = copy.deepcopy(table.findall(qn("w:tr"))[-1])
    for tc in spare.findall(qn("w:tc")):
        for child in list(tc):
            if child.tag != qn("w:tcPr"):
                tc.remove(child)
        for merge in tc.iter(qn("w:vMerge")):
            merge.getparent().remove(merge)
        tc.append(parse_xml(control(CLICK, showing=showing, block=True)))
        tc.append(parse_xml(f"<w:p {W}/>"))
    table.append(spare)


def unflagged_controls(document, original):
    """The same boxes without w:showingPlcHdr (a tool dropped it): their content is
    still the placeholder text of the glossary entry they name. The glossary part is
    added by `with_glossary`."""
    unfilled_controls(document, original, showing=False)


def prompt_fields(document, original):
    """Word's old "click here and type" prompts: MACROBUTTON fields, complex (the
    prompt in the code) in the empty deadlines, simple (the prompt as its result)
    after each evidence."""
    for tc in empty_cells(document, original, "deadline"):
        paragraphs(tc)[0].extend(runs_xml(field_char("begin") + instruction(
            f" MACROBUTTON NoMacro {DATE_PROMPT} ") + field_char("end")))
    for c in original.cells:
        if c["evidence"] is not None:
            last = paragraphs(cell(document, c["evidence"]))[-1]
            last.extend(runs_xml('<w:fldSimple w:instr=" MACROBUTTON NoMacro [Type here] ">'
                                 + text_run(" [Type here]") + "</w:fldSimple>"))


def facts_in_the_header(document, original):
    """The plan's facts table moved from the body into the page header."""
    facts = document.tables[0]._tbl
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header._element.insert(0, facts)


def facts_in_the_footer(document, original):
    """The plan's facts as "Label: value" lines in the page footer, not in the body."""
    facts = document.tables[0]
    lines = [(r.cells[0].text, r.cells[-1].text) for r in facts.rows]
    facts._tbl.getparent().remove(facts._tbl)
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    footer.paragraphs[0].text = f"{lines[0][0]}: {lines[0][1]}"
    for label, value in lines[1:]:
        footer.add_paragraph(f"{label}: {value}")


def cells_in_content_controls(document, original):
    """Each cell's paragraphs inside a filled rich-text content control (Word keeps
    the placeholder's name on it, and the glossary holds that placeholder's text),
    and one row inside a repeating-section control."""
    table = action_table(document, original)
    for tc in table.iter(qn("w:tc")):
        content = paragraphs(tc)
        sdt = parse_xml(f'<w:sdt {W}><w:sdtPr><w:placeholder><w:docPart '
                        'w:val="DefaultPlaceholder_-1854013440"/></w:placeholder></w:sdtPr>'
                        "<w:sdtContent/></w:sdt>")
        content[0].addprevious(sdt)
        sdt.find(qn("w:sdtContent")).extend(content)
        tc.append(parse_xml(f"<w:p {W}/>"))
    rows = table.findall(qn("w:tr"))
    section = parse_xml(f"<w:sdt {W}><w:sdtPr/><w:sdtContent/></w:sdt>")
    rows[-1].addprevious(section)
    section.find(qn("w:sdtContent")).append(rows[-1])


def tracked_changes(document, original):
    """Each owner typed over an old one with Track Changes on: the old owner deleted
    (w:del), the new one inserted (w:ins); a sentence deleted from each task."""
    for tc in owner_cells(document, original):
        for p in paragraphs(tc):
            text = paragraph_text(p)
            replace_runs(p, runs_xml(
                '<w:del w:id="9001" w:author="Team manager" w:date="2026-02-01T10:00:00Z">'
                '<w:r><w:delText xml:space="preserve">Family support worker</w:delText></w:r>'
                '</w:del><w:ins w:id="9002" w:author="Team manager" w:date="2026-02-01T10:00:00Z">'
                f"{text_run(text)}</w:ins>"))
    for c in original.cells:
        last = paragraphs(cell(document, c["task"]))[-1]
        last.extend(runs_xml('<w:del w:id="9003" w:author="Team manager"><w:r><w:delText '
                             'xml:space="preserve"> Mum will do this alone.</w:delText></w:r>'
                             "</w:del>"))


def hyperlinked_owners(document, original):
    """Each owner a link to the plan's contact list (w:hyperlink around the runs)."""
    for tc in owner_cells(document, original):
        for p in paragraphs(tc):
            text = paragraph_text(p)
            replace_runs(p, runs_xml(f'<w:hyperlink w:anchor="contacts" w:history="1">'
                                     f"{text_run(text)}</w:hyperlink>"))


def reviewer_comments(document, original):
    """A team manager's Word comment on each task."""
    for n, c in enumerate(original.cells):
        tc = document.tables[c["task"].table].cell(c["task"].row, c["task"].cell)
        runs = [r for p in tc.paragraphs for r in p.runs]
        document.add_comment(runs, text=f"Check this with the family ({n + 1})",
                             author="Team manager", initials="TM")


XML_TWINS = {
    # Fixed by this reader (each read wrongly before it):
    "owner-merged-down-the-rows": merge_an_owner_down,
    "action-table-in-a-one-cell-frame": frame_the_action_table,
    "action-table-in-a-band-beside-its-label": band_around_the_action_table,
    "whole-plan-in-a-one-cell-frame": frame_the_whole_plan,
    "action-table-in-a-text-box": into_text_box,
    "action-table-in-an-old-vml-text-box": into_vml_text_box,
    "owners-from-if-and-mergefield-fields": owners_from_if_fields,
    "owners-from-legacy-drop-downs": owners_from_legacy_drop_downs,
    "hidden-template-prompts": hidden_prompts,
    "unfilled-placeholder-controls": unfilled_controls,
    "placeholder-text-from-the-glossary": unflagged_controls,
    "macrobutton-prompts": prompt_fields,
    "facts-only-in-the-page-header": facts_in_the_header,
    "facts-only-in-the-page-footer": facts_in_the_footer,
    # Read rightly already, kept so:
    "cells-in-content-controls": cells_in_content_controls,
    "owners-from-drop-down-controls": owners_from_drop_down_controls,
    "owners-from-simple-fields": owners_from_simple_fields,
    "deadlines-from-date-fields": deadlines_from_date_fields,
    "tracked-changes": tracked_changes,
    "hyperlinked-owners": hyperlinked_owners,
    "reviewer-comments": reviewer_comments,
}
FACTS_MOVED = {"facts-only-in-the-page-header", "facts-only-in-the-page-footer",
               "whole-plan-in-a-one-cell-frame"}
NEEDS_GLOSSARY = {"placeholder-text-from-the-glossary", "cells-in-content-controls"}


# ------------------------------------------------------------------ package twins


def rewrite(data: bytes, change) -> bytes:
    """A copy of a zip with `change(name, data) -> data | None` applied to each member
    (None drops it), and `change(None, None)` -> {name: data} members added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            new = change(info.filename, src.read(info.filename))
            if new is not None:
                dst.writestr(info.filename, new)
        for name, new in (change(None, None) or {}).items():
            dst.writestr(name, new)
    return out.getvalue()


GLOSSARY = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:glossaryDocument {W}><w:docParts>
<w:docPart><w:docPartPr><w:name w:val="DefaultPlaceholder_-1854013440"/><w:category>
<w:name w:val="General"/><w:gallery w:val="placeholder"/></w:category></w:docPartPr>
<w:docPartBody><w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>
<w:t>{CLICK}</w:t></w:r></w:p></w:docPartBody></w:docPart>
<w:docPart><w:docPartPr><w:name w:val="DeadlinePrompt"/><w:category><w:name w:val="General"/>
<w:gallery w:val="placeholder"/></w:category></w:docPartPr><w:docPartBody><w:p><w:r>
<w:t>{DATE_PROMPT}</w:t></w:r></w:p></w:docPartBody></w:docPart>
</w:docParts></w:glossaryDocument>""".encode()
RELS_END = b"</Relationships>"
TYPES_END = b"</Types>"


def with_glossary(data: bytes) -> bytes:
    """The package with a glossary document part (where Word keeps placeholder text)."""
    rel = (b'<Relationship Id="rIdGlossary" Type="http://schemas.openxmlformats.org/'
           b'officeDocument/2006/relationships/glossaryDocument" Target="glossary/document.xml"/>')
    kind = (b'<Override PartName="/word/glossary/document.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml"/>')

    def change(name, member):
        if name is None:
            return {"word/glossary/document.xml": GLOSSARY}
        if name == "word/_rels/document.xml.rels":
            return member.replace(RELS_END, rel + RELS_END)
        if name == "[Content_Types].xml":
            return member.replace(TYPES_END, kind + TYPES_END)
        return member
    return rewrite(data, change)


DOCX_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MAINS = {
    ".docm": b"application/vnd.ms-word.document.macroEnabled.main+xml",
    ".dotx": b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    ".dotm": b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}


def as_package(suffix: str):
    """The plan saved by Word as a macro-enabled document, a template or a
    macro-enabled template: another main content type; macros in vbaProject.bin."""
    macros = suffix.endswith("m")
    rel = (b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/'
           b'relationships/vbaProject" Target="vbaProject.bin"/>')
    kind = b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'

    def make(data: bytes) -> bytes:
        def change(name, member):
            if name is None:
                return {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 not run, not read"} \
                    if macros else {}
            if name == "[Content_Types].xml":
                member = member.replace(DOCX_MAIN, MAINS[suffix])
                return member.replace(TYPES_END, kind + TYPES_END) if macros else member
            if name == "word/_rels/document.xml.rels" and macros:
                return member.replace(RELS_END, rel + RELS_END)
            return member
        return rewrite(data, change)
    return make


TRANSITIONAL = re.compile(
    rb"http://schemas\.openxmlformats\.org/(wordprocessingml|officeDocument|drawingml)/2006/"
    rb"([A-Za-z-]+)")


def as_strict(data: bytes) -> bytes:
    """The plan saved as "Strict Open XML Document": the same markup under the Strict
    namespaces (the package's own namespaces stay those of OPC)."""
    def strict(match: re.Match) -> bytes:
        name = {b"extended-properties": b"extendedProperties",
                b"custom-properties": b"customProperties"}.get(match.group(2), match.group(2))
        return b"http://purl.oclc.org/ooxml/" + match.group(1) + b"/" + name

    def change(name, member):
        if name is None or not name.endswith((".xml", ".rels")):
            return None if name is None else member
        member = TRANSITIONAL.sub(strict, member)
        if name == "word/document.xml":
            member = member.replace(b"<w:document ", b'<w:document w:conformance="strict" ', 1)
        return member
    return rewrite(data, change)


PACKAGE_TWINS = {
    "macro-enabled-document": (".docm", as_package(".docm")),
    "template": (".dotx", as_package(".dotx")),
    "macro-enabled-template": (".dotm", as_package(".dotm")),
    "strict-open-xml": (".docx", as_strict),
}


def make_twin(original: Original, twin: str, folder: Path) -> Path:
    """Write one twin of an original into `folder`; returns its path."""
    stem = f"{original.path.stem}--{twin}"
    if twin in PACKAGE_TWINS:
        suffix, make = PACKAGE_TWINS[twin]
        path = folder / f"{stem}{suffix}"
        path.write_bytes(make(original.path.read_bytes()))
        return path
    document = docx.Document(str(original.path))
    XML_TWINS[twin](document, original)
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    if twin in NEEDS_GLOSSARY:
        data = with_glossary(data)
    path = folder / f"{stem}.docx"
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------ LibreOffice


def soffice(paths: list[Path], target: str, folder: Path, profile: Path) -> list[Path]:
    """The files converted by LibreOffice (headless, its own profile so that other
    LibreOffice runs on the machine are not disturbed)."""
    folder.mkdir(exist_ok=True)
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", target, "--outdir", str(folder), *map(str, paths)],
                   check=True, capture_output=True, timeout=300)
    suffix = "." + target.split(":")[0]
    converted = [folder / f"{p.stem}{suffix}" for p in paths]
    assert all(p.is_file() for p in converted), list(folder.iterdir())
    return converted


LIBREOFFICE_OF = ["owner-merged-down-the-rows", "action-table-in-a-text-box",
                  "facts-only-in-the-page-header"]


@pytest.fixture(scope="module")
def libreoffice(originals, tmp_path_factory) -> dict[tuple[str, str], Path]:
    """(original, twin) -> file, for LibreOffice's own writing of each original and
    of some XML twins: saved as .docx, and taken through .odt and back."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("libreoffice")
    profile = folder / "profile"
    sources = {(name, "clean"): original.path for name, original in originals.items()}
    for name, original in originals.items():
        for twin in LIBREOFFICE_OF:
            sources[(name, twin)] = make_twin(original, twin, folder)
    keys, paths = list(sources), list(sources.values())
    as_docx = soffice(paths, "docx:MS Word 2007 XML", folder / "docx", profile)
    as_odt = soffice(paths, "odt", folder / "odt", profile)
    back = soffice(as_odt, "docx:MS Word 2007 XML", folder / "back", profile)
    found = {}
    for key, saved, round_trip in zip(keys, as_docx, back):
        found[(key[0], f"libreoffice-docx-of-{key[1]}")] = saved
        found[(key[0], f"libreoffice-odt-round-trip-of-{key[1]}")] = round_trip
    return found


LIBREOFFICE_TWINS = [f"libreoffice-{way}-of-{twin}" for twin in ["clean"] + LIBREOFFICE_OF
                     for way in ("docx", "odt-round-trip")]


# ------------------------------------------------------------------ tests


def assert_reads_as(linter, original: Original, path: Path, twin: str) -> None:
    plan = linter.read(path)
    assert parts_of(plan) == original.actions
    if any(moved in twin for moved in FACTS_MOVED):  # LibreOffice's writing of them too
        assert facts_of(plan) == original.facts


@pytest.mark.parametrize("twin", list(XML_TWINS) + list(PACKAGE_TWINS))
@pytest.mark.parametrize("name", ORIGINALS)
def test_a_messy_twin_reads_as_the_same_actions_as_its_clean_original(
        linter, originals, tmp_path, name, twin):
    original = originals[name]
    assert_reads_as(linter, original, make_twin(original, twin, tmp_path), twin)


@NEEDS_SOFFICE
@pytest.mark.parametrize("twin", LIBREOFFICE_TWINS)
@pytest.mark.parametrize("name", ORIGINALS)
def test_libreoffice_writing_of_a_plan_reads_as_the_same_actions(
        linter, originals, libreoffice, name, twin):
    assert_reads_as(linter, originals[name], libreoffice[(name, twin)], twin)


def test_the_twins_get_no_error_and_no_traceback_through_the_command_line(
        originals, tmp_path):
    for original in originals.values():
        for twin in list(XML_TWINS) + list(PACKAGE_TWINS):
            make_twin(original, twin, tmp_path)
    result = subprocess.run([PLANLINT, "check", "--format", "json", str(tmp_path)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    files = json.loads(result.stdout)["files"]
    assert len(files) == len(originals) * (len(XML_TWINS) + len(PACKAGE_TWINS))
    assert [f["path"] for f in files if f["error"]] == []
