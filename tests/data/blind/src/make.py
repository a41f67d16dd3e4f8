"""Render the blind test plans (data.PLANS) to ../plans/ and ../labels.jsonl.

Run: .venv/bin/python tests/data/blind/src/make.py   (needs python-docx)
Output is deterministic: Word files get fixed core properties and zip timestamps.
"""
import io
import json
import sys
import zipfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from data import PLANS  # noqa: E402

import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CODES = {"OM": "owner_missing", "OV": "owner_vague", "TV": "action_vague", "DM": "deadline_missing",
         "DV": "deadline_vague", "EM": "evidence_missing", "EV": "evidence_vague"}
PCODES = {"C": "contingency_missing", "L": "lead_professional_missing",
          "R": "review_date_missing", "V": "child_voice_missing"}
PLACEHOLDER_MISSING = {"-", "N/A"}


def nz(s):
    """Empty cell or field -> None (the part is absent); placeholders are kept as text."""
    return s if s else None


def action(task, owner, deadline, evidence, codes):
    on = set(codes.split())
    assert on <= set(CODES), codes
    lab = {v: k in on for k, v in CODES.items()}
    owner, deadline, evidence = nz(owner), nz(deadline), nz(evidence)
    # consistency with the guide
    assert not (lab["owner_missing"] and lab["owner_vague"]), task
    assert not (lab["deadline_missing"] and lab["deadline_vague"]), task
    assert not (lab["evidence_missing"] and lab["evidence_vague"]), task
    for part, miss in ((owner, "owner_missing"), (deadline, "deadline_missing"), (evidence, "evidence_missing")):
        if part is None or part in PLACEHOLDER_MISSING:
            assert lab[miss], (task, miss)
        elif miss != "owner_missing":  # prose owner may be null only when the sentence is passive
            assert not lab[miss], (task, miss)
    return {"task": task, "owner": owner, "deadline": deadline, "evidence": evidence, "labels": lab}


def sentence_action(s, task, owner, deadline, evidence, codes):
    for part in (task, owner, deadline, evidence):
        assert part is None or part in s, (part, s)
    return action(task, owner, deadline, evidence, codes)


# ---------------------------------------------------------------- Markdown

def md_sections(p, L, skip_review=False):
    if p.get("contingency"):
        L += ["## If the plan is not working", "", p["contingency"], ""]
    if p.get("review") and not skip_review:
        L += ["## Review", "", p["review"], ""]


def md_b01(p):
    L = ["# Child Protection Plan", "", f"*{p['la']} – Children's Services*", ""]
    L += [f"- **{k}:** {v}" for k, v in p["header"]] + [""]
    L += ["## Worries", "", p["worries"], "", "## What is working well", "", p["working"], ""]
    L += [f"## {p['voice'][0]}", "", p["voice"][1], ""]
    L += ["## The plan", "", "| " + " | ".join(p["headers"]) + " |", "|" + " --- |" * len(p["headers"])]
    acts = []
    for outcome, rows in p["groups"]:
        for i, (t, o, d, e, c) in enumerate(rows):
            L.append("| " + " | ".join([outcome if i == 0 else "", t, o or "", d or "", e or ""]) + " |")
            acts.append(action(t, o, d, e, c))
    L.append("")
    md_sections(p, L)
    return L, acts


def md_b02(p):
    L = [f"# {p['la']}", "", "## Pre-birth child protection plan", "", "| Detail | |", "|---|---|"]
    L += [f"| **{k}** | {v} |" for k, v in p["header"]] + [""]
    L += ["## Why we are worried", "", p["worries"], "", "## What is going well", "", p["working"], ""]
    L += [f"## {p['voice'][0]}", "", p["voice"][1], ""]
    L += ["## What needs to happen before and after baby is born", ""]
    acts = []
    for i, (s, *parts) in enumerate(p["sentences"], 1):
        L.append(f"{i}. {s}")
        acts.append(sentence_action(s, *parts))
    L.append("")
    md_sections(p, L)
    return L, acts


def md_b03(p):
    L = ["# Child protection plan", "", f"{p['la']}", ""]
    L += [f"**{k}:** {v}  " for k, v in p["header"]] + [""]
    L += ["## What we are worried about", "", p["worries"], "", "## Strengths", "", p["working"], ""]
    L += [f"## {p['voice'][0]}", "", p["voice"][1], ""]
    L += ["## Our plan", ""]
    acts = []
    for outcome, rows in p["groups"]:
        L += [f"### Outcome: {outcome}", ""]
        for t, o, d, e, c in rows:
            item = [f"- **Action:** {t}"]
            if o is not None:
                item.append(f"  **Lead:** {o}".rstrip())
            if d is not None:
                item.append(f"  **Timescale:** {d}".rstrip())
            if e is not None:
                item.append(f"  **Measure:** {e}".rstrip())
            L += item
            acts.append(action(t, o, d, e, c))
        L.append("")
    md_sections(p, L)
    return L, acts


def md_b04(p):
    L = ["# Safety plan (child protection)", "", f"{p['la']} Children's Social Care", ""]
    L += [f"{k}: {v}  " for k, v in p["header"] if k != "Review conference"] + [""]
    L += ["## What are we worried about?", "", p["worries"], "", "## What's working well?", "", p["working"], ""]
    L += ["## Danger statement", "", p["danger"], ""]
    L += [f"## {p['voice'][0]}", "", p["voice"][1], ""]
    L += ["## Goals and next steps", ""]
    acts = []
    h = p["table_headers"]
    for goal, steps in p["goals"]:
        L += [f"### Goal: {goal}", "", "| " + " | ".join(h) + " |", "| --- | --- | --- |"]
        for t, o, d, c in steps:
            L.append(f"| {t} | {o or ''} | {d or ''} |")
            acts.append(action(t, o, d, goal, c))
        L.append("")
    md_sections(p, L)
    return L, acts


# ---------------------------------------------------------------- Word

def fixed_docx(d, path):
    cp = d.core_properties
    when = datetime(2026, 5, 1, 9, 0, 0)
    cp.author = cp.last_modified_by = "planlint blind test set"
    cp.created = cp.modified = cp.last_printed = when
    cp.revision = 1
    cp.title = "Child protection plan"
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 5, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def docx_text(path):
    d = docx.Document(path)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def grid_table(d, rows, cols):
    t = d.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    return t


def bold_cell(cell, text):
    cell.text = ""
    cell.paragraphs[0].add_run(text).bold = True


def docx_sections(d, p):
    if p.get("contingency"):
        d.add_heading("Contingency plan", 2)
        d.add_paragraph(p["contingency"])
    if p.get("review"):
        d.add_heading("Review", 2)
        d.add_paragraph(p["review"])


def docx_b05(p, d):
    d.add_heading(p["la"], 1)
    for k, v in p["header"]:
        d.add_paragraph(f"{k}: {v}")
    d.add_heading("Concerns", 2)
    d.add_paragraph(p["worries"])
    d.add_heading(p["voice"][0], 2)
    d.add_paragraph(p["voice"][1])
    n = sum(len(r) for _, r in p["groups"])
    cols = len(p["headers"])
    t = grid_table(d, n + 2, cols)
    title = t.cell(0, 0).merge(t.cell(0, cols - 1))
    bold_cell(title, p["title"])
    for c, h in zip(t.rows[1].cells, p["headers"]):
        bold_cell(c, h)
    acts, r = [], 2
    for outcome, rows in p["groups"]:
        top = r
        for t_, o, dl, e, c in rows:
            cells = t.rows[r].cells
            for cell, v in zip(cells[1:], [t_, o, dl, e]):
                cell.text = v or ""
            acts.append(action(t_, o, dl, e, c))
            r += 1
        merged = t.cell(top, 0).merge(t.cell(r - 1, 0)) if r - 1 > top else t.cell(top, 0)
        merged.text = outcome
    docx_sections(d, p)
    return acts


def docx_b06(p, d):
    d.add_heading("Child Protection Plan", 0)
    d.add_paragraph(p["la"])
    for k, v in p["header"]:
        para = d.add_paragraph()
        para.add_run(f"{k}: ").bold = True
        para.add_run(v)
    d.add_heading("Why this plan is needed", 2)
    d.add_paragraph(p["worries"])
    d.add_heading("Strengths", 2)
    d.add_paragraph(p["working"])
    d.add_heading("What will happen", 2)
    acts = []
    for s, *parts in p["sentences"]:
        d.add_paragraph(s, style="List Number")
        acts.append(sentence_action(s, *parts))
    docx_sections(d, p)
    return acts


def docx_b07(p, d):
    d.add_heading(f"{p['la']} – Child Protection Plan", 1)
    t = grid_table(d, len(p["header"]), 2)
    for row, (k, v) in zip(t.rows, p["header"]):
        bold_cell(row.cells[0], k)
        row.cells[1].text = v
    d.add_heading("What we are worried about", 2)
    d.add_paragraph(p["worries"])
    d.add_heading(p["voice"][0], 2)
    d.add_paragraph(p["voice"][1])
    d.add_heading("Plan", 2)
    t = grid_table(d, 1, len(p["headers"]))
    for c, h in zip(t.rows[0].cells, p["headers"]):
        bold_cell(c, h)
    acts = []
    for t_, o, dl, e, c in p["actions"]:
        for cell, v in zip(t.add_row().cells, [t_, o, dl, e]):
            cell.text = v or ""
        acts.append(action(t_, o, dl, e, c))
    docx_sections(d, p)
    return acts


def docx_b08(p, d):
    d.add_heading("Child protection plan", 0)
    d.add_paragraph(p["la"]).runs[0].italic = True
    d.add_paragraph(p["intro"])
    d.add_heading("Worries", 2)
    d.add_paragraph(p["worries"])
    d.add_heading(p["voice"][0], 2)
    d.add_paragraph(p["voice"][1])
    d.add_heading("Actions", 2)
    t = grid_table(d, 1, len(p["headers"]))
    for c, h in zip(t.rows[0].cells, p["headers"]):
        bold_cell(c, h)
    acts = []
    for t_, o, dl, e, c in p["actions"]:
        for cell, v in zip(t.add_row().cells, [t_, o, dl, e]):
            cell.text = v or ""
        acts.append(action(t_, o, dl, e, c))
    d.add_paragraph(p["prose_intro"])
    d.add_paragraph(" ".join(s for s, *_ in p["sentences"]))
    acts += [sentence_action(*s) for s in p["sentences"]]
    docx_sections(d, p)
    return acts


MD = {"b01": md_b01, "b02": md_b02, "b03": md_b03, "b04": md_b04}
DOCX = {"b05": docx_b05, "b06": docx_b06, "b07": docx_b07, "b08": docx_b08}


def main():
    (ROOT / "plans").mkdir(exist_ok=True)
    rows = []
    for p in PLANS:
        pid = p["id"]
        if pid in MD:
            rel = f"plans/{pid}.md"
            L, acts = MD[pid](p)
            text = "\n".join(L).rstrip() + "\n"
            (ROOT / rel).write_text(text, encoding="utf-8")
        else:
            rel = f"plans/{pid}.docx"
            d = docx.Document()
            d.styles["Normal"].font.name = "Arial"
            d.styles["Normal"].font.size = Pt(11)
            acts = DOCX[pid](p, d)
            fixed_docx(d, ROOT / rel)
            text = docx_text(ROOT / rel)
        for a in acts:  # every part must stand in the document as written
            for k in ("task", "owner", "deadline", "evidence"):
                assert a[k] is None or a[k] in text, (rel, k, a[k])
        on = set(p["plan_labels"].split())
        rows.append({"plan": rel, "plan_labels": {v: k in on for k, v in PCODES.items()}, "actions": acts})
    with open(ROOT / "labels.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    acts = [a for r in rows for a in r["actions"]]
    clean = sum(not any(a["labels"].values()) for a in acts)
    print(f"{len(rows)} plans, {len(acts)} actions ({clean} with no defect)")
    for k in CODES.values():
        print(f"  {k:18s} {sum(a['labels'][k] for a in acts)}")
    for k in PCODES.values():
        print(f"  {k:26s} {[r['plan'] for r in rows if r['plan_labels'][k]]}")


if __name__ == "__main__":
    main()
