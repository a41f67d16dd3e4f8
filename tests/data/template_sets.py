# -*- coding: utf-8 -*-
"""The generator shared by the labelled sets written from researched templates
(blind6, blind7, good-plans): each set's src/make.py holds its plans as data and
calls build(); this module renders them and writes plans/ and labels.jsonl.

Run a set's generator with the project's interpreter (python-docx is needed;
LibreOffice's `soffice` is needed for the plans marked lo=True):

    .venv/bin/python tests/data/<set>/src/make.py

The output is the same bytes on every run: the content is fixed, Word files are
re-zipped with fixed timestamps, and core properties carry fixed dates. A plan
marked lo=True is written by python-docx, converted by LibreOffice
(`soffice --headless --convert-to docx`) and then re-zipped the same way, so it
is a LibreOffice-written file.

Each action is declared once (Plan.act) with its four parts and its labels;
the renderer puts the same strings into the document, and check() confirms that
every part stands verbatim in the rendered text and that the tasks come in
document order. Labels are set by hand (the codes below); check() only enforces
the guide's pairs and that an absent part is labelled missing.
"""
import datetime
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

CODES = {
    "OM": "owner_missing", "OV": "owner_vague", "AV": "action_vague",
    "DM": "deadline_missing", "DV": "deadline_vague",
    "EM": "evidence_missing", "EV": "evidence_vague",
}
PLAN_CODES = {
    "C": "contingency_missing", "L": "lead_professional_missing",
    "R": "review_date_missing", "V": "child_voice_missing",
}
FIXED_TIME = datetime.datetime(2026, 2, 20, 9, 0, 0)


class Action:
    def __init__(self, task, owner, deadline, evidence, codes):
        self.task, self.owner, self.deadline, self.evidence = task, owner, deadline, evidence
        codes = codes.split()
        bad = [c for c in codes if c not in CODES]
        if bad:
            raise ValueError(f"unknown codes {bad} on {task!r}")
        self.labels = {name: (code in codes) for code, name in CODES.items()}
        L = self.labels
        for a, b in (("owner_missing", "owner_vague"), ("deadline_missing", "deadline_vague"),
                     ("evidence_missing", "evidence_vague")):
            if L[a] and L[b]:
                raise ValueError(f"{a} and {b} both true on {task!r}")
        for part, lab in ((owner, "owner_missing"), (deadline, "deadline_missing"),
                          (evidence, "evidence_missing")):
            if part is None and not L[lab]:
                raise ValueError(f"{lab} must be true when the part is absent: {task!r}")
        if not task:
            raise ValueError("an action needs a task")

    # cell helpers: the text of a part, or "" for an empty cell
    @property
    def t(self):
        return self.task

    @property
    def o(self):
        return self.owner or ""

    @property
    def d(self):
        return self.deadline or ""

    @property
    def e(self):
        return self.evidence or ""

    def record(self):
        return {"task": self.task, "owner": self.owner, "deadline": self.deadline,
                "evidence": self.evidence, "labels": dict(self.labels)}


class Plan:
    def __init__(self, name, family, plan_codes="", lo=False, note=""):
        self.name, self.family, self.lo, self.note = name, family, lo, note
        codes = plan_codes.split()
        self.plan_labels = {name_: (c in codes) for c, name_ in PLAN_CODES.items()}
        self.actions = []
        self.blocks = []

    def act(self, task, owner, deadline, evidence, codes=""):
        a = Action(task, owner, deadline, evidence, codes)
        self.actions.append(a)
        return a

    # blocks ---------------------------------------------------------------
    def title(self, text, sub=None):
        self.blocks.append(("title", text, sub))

    def h(self, level, text):
        self.blocks.append(("h", level, text))

    def p(self, text):
        self.blocks.append(("p", text))

    def lines(self, pairs):
        """Header facts as 'Label: value' lines (Markdown) / paragraphs (Word)."""
        self.blocks.append(("lines", pairs))

    def kv(self, pairs, title=None, cols=2):
        """Label / value table; cols=4 puts two pairs on a row. A pair whose
        value is None spans the whole row (a sub-heading)."""
        self.blocks.append(("kv", pairs, title, cols))

    def table(self, header, rows, top=(), bottom=(), rag_col=None):
        """Action or record table. top / bottom: texts of merged full-width rows."""
        self.blocks.append(("table", header, rows, list(top), list(bottom), rag_col))

    def bullets(self, items):
        self.blocks.append(("bullets", items))

    def numbered(self, items):
        self.blocks.append(("numbered", items))

    def rule(self):
        self.blocks.append(("rule",))

    @property
    def ext(self):
        return Path(self.name).suffix

    def record(self):
        return {"plan": f"plans/{self.name}", "plan_labels": dict(self.plan_labels),
                "actions": [a.record() for a in self.actions]}


# ---------------------------------------------------------------- Markdown
def _md_cell(text):
    if "|" in text:
        raise ValueError(f"pipe in a table cell: {text!r}")
    return text if text else " "


def render_md(plan):
    out = []
    for b in plan.blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"# {b[1]}")
            if b[2]:
                out.append("")
                out.append(b[2])
        elif kind == "h":
            out.append("#" * (b[1] + 1) + " " + b[2])
        elif kind == "p":
            out.append(b[1])
        elif kind == "lines":
            out.append("\n".join(f"**{k}{'' if k.endswith('?') else ':'}** {v}  " for k, v in b[1]))
        elif kind == "kv":
            pairs, title = b[1], b[2]
            head = title or "Detail"
            rows = [f"| {head} | |", "|---|---|"]
            for k, v in pairs:
                if v is None:
                    rows.append(f"| **{k}** | |")
                else:
                    rows.append(f"| {_md_cell(k)} | {_md_cell(v)} |")
            out.append("\n".join(rows))
        elif kind == "table":
            header, rows, top, bottom = b[1], b[2], b[3], b[4]
            for t in top:
                out.append(t)
                out.append("")
            lines_ = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
            for r in rows:
                if len(r) != len(header):
                    raise ValueError(f"row width {len(r)} != {len(header)} in {plan.name}")
                lines_.append("| " + " | ".join(_md_cell(c) for c in r) + " |")
            out.append("\n".join(lines_))
            for t in bottom:
                out.append("")
                out.append(t)
        elif kind == "bullets":
            out.append("\n".join(f"- {i}" for i in b[1]))
        elif kind == "numbered":
            out.append("\n".join(f"{n}. {i}" for n, i in enumerate(b[1], 1)))
        elif kind == "rule":
            out.append("---")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# ---------------------------------------------------------------- Word
def _docx():
    import docx  # noqa: F401  (python-docx)
    return docx


def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _runs(par, text, bold_all=False):
    """Add text to a paragraph, turning **x** into bold runs."""
    parts = re.split(r"(\*\*[^*]+\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = par.add_run(part[2:-2])
            r.bold = True
        else:
            r = par.add_run(part)
            if bold_all:
                r.bold = True


def _set_cell(cell, text, bold=False, fill=None):
    cell.text = ""
    par = cell.paragraphs[0]
    _runs(par, text, bold_all=bold)
    if fill:
        _shade(cell, fill)


RAG_FILL = {"Red": "FF9999", "Amber": "FFD966", "Green": "A9D08E"}


def render_docx(plan):
    docx = _docx()
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    cp = doc.core_properties
    cp.author = "Children's Services"
    cp.last_modified_by = "Children's Services"
    cp.title = plan.blocks[0][1] if plan.blocks and plan.blocks[0][0] == "title" else ""
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.revision = 1
    cp.comments = ""
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "OFFICIAL – SENSITIVE"
    for b in plan.blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], 0)
            if b[2]:
                doc.add_paragraph(b[2])
        elif kind == "h":
            doc.add_heading(b[2], b[1])
        elif kind == "p":
            _runs(doc.add_paragraph(), b[1])
        elif kind == "lines":
            for k, v in b[1]:
                par = doc.add_paragraph()
                r = par.add_run(f"{k}{'' if k.endswith('?') else ':'} ")
                r.bold = True
                par.add_run(v)
        elif kind == "kv":
            pairs, title, cols = b[1], b[2], b[3]
            per_row = 2 if cols == 4 else 1
            grid = []
            buf = []
            for k, v in pairs:
                if v is None:
                    if buf:
                        grid.append(buf)
                        buf = []
                    grid.append([(k, None)])
                    continue
                buf.append((k, v))
                if len(buf) == per_row:
                    grid.append(buf)
                    buf = []
            if buf:
                grid.append(buf)
            nrows = len(grid) + (1 if title else 0)
            t = doc.add_table(rows=nrows, cols=cols)
            t.style = "Table Grid"
            r0 = 0
            if title:
                c = t.cell(0, 0).merge(t.cell(0, cols - 1))
                _set_cell(c, title, bold=True, fill="1F3864")
                for run in c.paragraphs[0].runs:
                    from docx.shared import RGBColor
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                r0 = 1
            for i, row in enumerate(grid):
                ri = r0 + i
                if len(row) == 1 and row[0][1] is None:
                    c = t.cell(ri, 0).merge(t.cell(ri, cols - 1))
                    _set_cell(c, row[0][0], bold=True, fill="D9E2F3")
                    continue
                for j, (k, v) in enumerate(row):
                    _set_cell(t.cell(ri, 2 * j), k, bold=True, fill="F2F2F2")
                    _set_cell(t.cell(ri, 2 * j + 1), v)
                if per_row == 2 and len(row) == 1:
                    c = t.cell(ri, 1).merge(t.cell(ri, cols - 1))
            doc.add_paragraph()
        elif kind == "table":
            header, rows, top, bottom, rag_col = b[1], b[2], b[3], b[4], b[5]
            n = len(header)
            nrows = len(top) + 1 + len(rows) + len(bottom)
            t = doc.add_table(rows=nrows, cols=n)
            t.style = "Table Grid"
            ri = 0
            for i, text in enumerate(top):
                c = t.cell(ri, 0).merge(t.cell(ri, n - 1))
                _set_cell(c, text, bold=(i == 0), fill="D9E2F3" if i == 0 else None)
                ri += 1
            for j, hd in enumerate(header):
                _set_cell(t.cell(ri, j), hd, bold=True, fill="F2F2F2")
            ri += 1
            for r in rows:
                if len(r) != n:
                    raise ValueError(f"row width {len(r)} != {n} in {plan.name}")
                for j, text in enumerate(r):
                    fill = RAG_FILL.get(text) if rag_col == j else None
                    _set_cell(t.cell(ri, j), text, fill=fill)
                ri += 1
            for text in bottom:
                c = t.cell(ri, 0).merge(t.cell(ri, n - 1))
                _set_cell(c, text)
                ri += 1
            doc.add_paragraph()
        elif kind == "bullets":
            for i in b[1]:
                _runs(doc.add_paragraph(style="List Bullet"), i)
        elif kind == "numbered":
            for i in b[1]:
                _runs(doc.add_paragraph(style="List Number"), i)
        elif kind == "rule":
            doc.add_paragraph("_" * 40)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def normalise_zip(data):
    """Re-zip a Word package with fixed timestamps so the bytes are reproducible."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def libreoffice_convert(data, name):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit(f"{name}: LibreOffice (soffice) is needed to write this plan")
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        (td / "in").mkdir()
        (td / "out").mkdir()
        src = td / "in" / name
        src.write_bytes(data)
        cmd = [soffice, f"-env:UserInstallation=file://{td / 'profile'}", "--headless",
               "--convert-to", "docx", "--outdir", str(td / "out"), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
        return (td / "out" / name).read_bytes()


def docx_text(data):
    """The document's text in body order: paragraphs, then table cells row by row
    (a merged cell once)."""
    docx = _docx()
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc = docx.Document(io.BytesIO(data))
    out = []
    for el in doc.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(el, doc).text)
        elif tag == "tbl":
            for row in Table(el, doc).rows:
                seen = []
                for cell in row.cells:
                    if any(cell._tc is s for s in seen):
                        continue
                    seen.append(cell._tc)
                    out.append(cell.text)
    return "\n".join(out)


def check(plan, text):
    pos = 0
    for a in plan.actions:
        i = text.find(a.task, pos)
        if i < 0:
            where = "not found" if a.task not in text else "out of document order"
            raise SystemExit(f"{plan.name}: task {where}: {a.task!r}")
        pos = i + 1
        for part in (a.owner, a.deadline, a.evidence):
            if part is not None and part not in text:
                raise SystemExit(f"{plan.name}: part not in the document: {part!r}")


def build(plans, set_dir):
    """Write `plans` into `set_dir`: plans/ and labels.jsonl."""
    set_dir = Path(set_dir)
    PLANS_DIR = set_dir / "plans"
    PLANS_DIR.mkdir(parents=True, exist_ok=True)
    for old in PLANS_DIR.iterdir():
        if old.is_file():
            old.unlink()
    lines = []
    for plan in plans:
        path = PLANS_DIR / plan.name
        if plan.ext == ".md":
            text = render_md(plan)
            path.write_bytes(text.encode("utf-8"))
        elif plan.ext == ".docx":
            data = render_docx(plan)
            if plan.lo:
                data = libreoffice_convert(data, plan.name)
            data = normalise_zip(data)
            path.write_bytes(data)
            text = docx_text(data)
        else:
            raise ValueError(plan.name)
        check(plan, text)
        lines.append(json.dumps(plan.record(), ensure_ascii=False))
    (set_dir / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary(plans, set_dir.name)


def summary(plans, name):
    n_act = sum(len(p.actions) for p in plans)
    counts = {name: 0 for name in CODES.values()}
    defective = 0
    for p in plans:
        for a in p.actions:
            if any(a.labels.values()):
                defective += 1
            for k, v in a.labels.items():
                counts[k] += v
    pcounts = {name: sum(p.plan_labels[name] for p in plans) for name in PLAN_CODES.values()}
    print(f"{name}: {len(plans)} plans, {n_act} actions, {defective} with a defect")
    for k, v in counts.items():
        print(f"  {k:18} {v}")
    for k, v in pcounts.items():
        print(f"  {k:26} {v}")
