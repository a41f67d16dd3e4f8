"""Render the fifth blind test set (data.PLANS) to ../plans/ and ../labels.jsonl.

Run: .venv/bin/python tests/data/blind5/src/make.py   (needs python-docx)
Output is deterministic: Word files get fixed core properties and zip timestamps, zip
members are sorted. Every labelled part is asserted to stand verbatim in the rendered
document, and the labels are checked against the parts (a null or placeholder part is
labelled missing and a present one is not; a vague label needs a present part; the
guide's never-both pairs hold).
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
PLACEHOLDER_MISSING = {"-", "N/A", "n/a"}


def nz(s):
    """Empty cell or absent field -> None; placeholders such as '-' are kept as text."""
    return s if s else None


def action(task, owner, deadline, evidence, codes):
    on = set(codes.split())
    assert on <= set(CODES), codes
    lab = {v: k in on for k, v in CODES.items()}
    owner, deadline, evidence = nz(owner), nz(deadline), nz(evidence)
    assert task, "every action has a task"
    assert not (lab["owner_missing"] and lab["owner_vague"]), task
    assert not (lab["deadline_missing"] and lab["deadline_vague"]), task
    assert not (lab["evidence_missing"] and lab["evidence_vague"]), task
    for part, miss in ((owner, "owner_missing"), (deadline, "deadline_missing"), (evidence, "evidence_missing")):
        if part is None or part in PLACEHOLDER_MISSING:
            assert lab[miss], (task, miss)
        else:
            assert not lab[miss], (task, miss)
    for part, vague in ((owner, "owner_vague"), (deadline, "deadline_vague"), (evidence, "evidence_vague")):
        if lab[vague]:
            assert part is not None, (task, vague)
    return {"task": task, "owner": owner, "deadline": deadline, "evidence": evidence, "labels": lab}


def sentence_action(s, task, owner, deadline, evidence, codes):
    for part in (task, owner, deadline, evidence):
        assert part is None or part in s, (part, s)
    return action(task, owner, deadline, evidence, codes)


def cell(v):
    v = v or ""
    assert "|" not in v, v
    return v


# ---------------------------------------------------------------- Markdown

def md_b5_01(p):
    L = [f"# {p['la']}", "", "## Child Protection Plan", "", "| Plan details | |", "|---|---|"]
    L += [f"| {k} | {cell(v)} |" for k, v in p["header"]] + [""]
    L += ["## Why the children need a plan", "", p["worries"], "", f"## {p['voice'][0]}", "", p["voice"][1], ""]
    L += ["## What needs to happen", "", "| " + " | ".join(p["headers"]) + " |", "|---" * len(p["headers"]) + "|"]
    acts = []
    for i, (t, o, d, e, c) in enumerate(p["actions"], 1):
        L.append("| " + " | ".join(cell(v) for v in (f"R{i}", t, o, d, e)) + " |")
        acts.append(action(t, o, d, e, c))
    L += ["", "## Contingency plan", "", p["contingency"], "", "## Core group members", "", p["core"], ""]
    return L, acts


def md_b5_02(p):
    L = [f"# Child Protection Plan for {p['header'][0][1].split(',')[0]}", "", f"_{p['la']} – Children's Services_", ""]
    L += [f"{k} — {v}  " for k, v in p["header"]]
    L[-1] = L[-1].rstrip()
    L += ["", "## What we are worried about", "", p["worries"], "", f"## {p['voice'][0]}", "", p["voice"][1], ""]
    L += ["## Plan", ""]
    acts = []
    n = 0
    for topic, items in p["groups"]:
        L += [f"### {topic}", ""]
        for t, o, d, e, c in items:
            n += 1
            bits = []
            for lab, v in (("Do", t), ("Lead", o), ("Timescale", d), ("Success looks like", e)):
                if v is None:
                    continue  # the field is left out of the item
                bits.append(f"**{lab}:** {v}".rstrip())
            L.append(f"{n}. " + " · ".join(bits))
            acts.append(action(t, o, d, e, c))
        L.append("")
    L += ["## If the plan is not working", "", p["contingency"], ""]
    return L, acts


def md_b5_03(p):
    L = [f"**{p['la']}** · Children's Social Care · Brookfield House, Mill Road", "",
         f"To: {p['to']}  ", f"About: {p['child']}  ", f"Date: {p['date']}", "",
         "# Mason's child protection plan", ""]
    for para in p["intro"]:
        L += [para, ""]
    L += [f"## {p['voice'][0]}", "", p["voice"][1], "", "## What will happen now", ""]
    acts = []
    for para in p["paras"]:
        sents = []
        for item in para:
            if isinstance(item, str):  # a context sentence, not an action
                sents.append(item)
            else:
                sents.append(item[0])
                acts.append(sentence_action(*item))
        L += [" ".join(sents), ""]
    L += ["## If things go wrong", "", p["contingency"], "", "## Next review", "", p["review"], ""]
    L += ["  \n".join(p["sign"]), ""]
    return L, acts


def md_b5_04(p):
    L = ["# Signs of Safety child protection plan", "", f"{p['la']} – Children and Families", "",
         "## About this plan", ""]
    L += [f"- {k}: {v}" for k, v in p["header"]] + [""]
    L += ["## What we are worried about", "", p["worries"], "", "## Danger statement", "", p["danger"], ""]
    L += ["## What is working well", "", p["working"], "", f"## {p['voice'][0]}", "", p["voice"][1], ""]
    L += ["## Safety goals and next steps", ""]
    acts = []
    for letter, goal, steps in p["goals"]:
        L += [f"### Safety goal {letter}", "", f"*{goal}*", "", "Next steps:", ""]
        for t, o, d, c in steps:
            s = "- " + (f"**{o}:** " if o else "") + t + (f" — _{d}_" if d else "")
            L.append(s)
            acts.append(action(t, o, d, goal, c))  # the goal is the steps' evidence
        L.append("")
    L += ["## Contingency", "", p["contingency"], ""]
    return L, acts


MD = {"b5-01": md_b5_01, "b5-02": md_b5_02, "b5-03": md_b5_03, "b5-04": md_b5_04}

# ---------------------------------------------------------------- Word


def fixed_docx(d, path):
    cp = d.core_properties
    when = datetime(2026, 10, 20, 9, 0, 0)
    cp.author = cp.last_modified_by = "planlint blind test set 5"
    cp.created = cp.modified = cp.last_printed = when
    cp.revision = 1
    cp.title = "Child protection plan"
    cp.subject = cp.keywords = cp.comments = cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 20, 9, 0, 0))
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


def bold_cell(c, text):
    c.text = ""
    c.paragraphs[0].add_run(text).bold = True


def label_para(d, k, v):
    para = d.add_paragraph()
    para.add_run(f"{k}: ").bold = True
    para.add_run(v)


def docx_b5_05(p, d):
    d.add_heading(p["la"], 0)
    d.add_heading("Child Protection Plan", 1)
    t = grid_table(d, len(p["header"]), 2)
    for row, (k, v) in zip(t.rows, p["header"]):
        bold_cell(row.cells[0], k)
        row.cells[1].text = v
    d.add_heading("Summary of concerns", 2)
    d.add_paragraph(p["worries"])
    d.add_heading(p["voice"][0], 2)
    d.add_paragraph(p["voice"][1])
    d.add_heading("Plan", 2)
    t = grid_table(d, 1, len(p["headers"]))
    for c, h in zip(t.rows[0].cells, p["headers"]):
        bold_cell(c, h)
    acts = []
    for concern, rows in p["groups"]:
        for i, (t_, o, dl, e, c) in enumerate(rows):
            cells = t.add_row().cells
            cells[0].text = concern if i == 0 else ""  # concern written once, cells below left blank
            for cl, v in zip(cells[1:], [t_, o, dl, e]):
                cl.text = v or ""
            acts.append(action(t_, o, dl, e, c))
    d.add_heading("Contingency plan", 2)
    d.add_paragraph(p["contingency"])
    return acts


def docx_b5_06(p, d):
    d.add_heading("Child Protection Plan", 0)
    d.add_paragraph(p["la"]).runs[0].italic = True
    for k, v in p["header"]:
        label_para(d, k, v)
    d.add_heading("Why there is a plan", 1)
    d.add_paragraph(p["worries"])
    d.add_heading(p["voice"][0], 1)
    d.add_paragraph(p["voice"][1])
    d.add_heading("What will happen", 1)
    acts = []
    for heading, items in p["sections"]:
        d.add_heading(heading, 2)
        for s, t_, o, dl, e, c in items:
            d.add_paragraph(s, style="List Number")
            acts.append(sentence_action(s, t_, o, dl, e, c))
    d.add_heading("Contingency plan", 1)
    d.add_paragraph(p["contingency"])
    return acts


def docx_b5_07(p, d):
    d.add_heading("Child protection plan", 1)
    d.add_paragraph(p["la"] + " – Children's Services")
    for k, v in p["header"]:
        para = d.add_paragraph(style="List Bullet")
        para.add_run(f"{k}: ").bold = True
        para.add_run(v)
    d.add_heading("What has happened", 2)
    d.add_paragraph(p["worries"])
    d.add_heading(p["voice"][0], 2)
    d.add_paragraph(p["voice"][1])
    d.add_heading("Actions", 2)
    acts = []
    for n, (t_, o, dl, e, c) in enumerate(p["actions"], 1):
        t = grid_table(d, 5, 2)
        m = t.cell(0, 0).merge(t.cell(0, 1))  # title row merged across
        bold_cell(m, f"Action {n}")
        for row, (k, v) in zip(t.rows[1:], (("What needs to happen", t_), ("Who", o), ("By when", dl),
                                             ("How we will know", e))):
            bold_cell(row.cells[0], k)
            row.cells[1].text = v or ""
        d.add_paragraph("")
        acts.append(action(t_, o, dl, e, c))
    d.add_heading("Contingency", 2)
    d.add_paragraph(p["contingency"])
    return acts


def docx_b5_08(p, d):
    d.add_heading("Child protection plan (Signs of Safety)", 0)
    d.add_paragraph(p["la"] + " Children's Services")
    for k, v in p["header"]:
        label_para(d, k, v)
    d.add_heading("What we are worried about", 2)
    d.add_paragraph(p["worries"])
    d.add_heading("Danger statement", 2)
    d.add_paragraph(p["danger"])
    d.add_heading("What is working well", 2)
    d.add_paragraph(p["working"])
    d.add_heading(p["voice"][0], 2)
    d.add_paragraph(p["voice"][1])
    d.add_heading("Safety goals", 2)
    acts = []
    for name, goal, steps in p["goals"]:
        d.add_heading(name, 3)
        d.add_paragraph(goal)
        d.add_paragraph("Next steps:")
        for t_, o, dl, c in steps:
            d.add_paragraph(" – ".join(v for v in (o, t_, dl) if v), style="List Bullet")
            acts.append(action(t_, o, dl, goal, c))  # the goal is the steps' evidence
    d.add_heading("Contingency plan", 2)
    d.add_paragraph(p["contingency"])
    return acts


DOCX = {"b5-05": docx_b5_05, "b5-06": docx_b5_06, "b5-07": docx_b5_07, "b5-08": docx_b5_08}

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
            d.styles["Normal"].font.name = "Calibri"
            d.styles["Normal"].font.size = Pt(11)
            acts = DOCX[pid](p, d)
            fixed_docx(d, ROOT / rel)
            text = docx_text(ROOT / rel)
        for a in acts:  # every part must stand in the document as written
            for k in ("task", "owner", "deadline", "evidence"):
                assert a[k] is None or a[k] in text, (rel, k, a[k])
        on = set(p["plan_labels"].split())
        assert on <= set(PCODES), p["plan_labels"]
        rows.append({"plan": rel, "plan_labels": {v: k in on for k, v in PCODES.items()}, "actions": acts})
    with open(ROOT / "labels.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    acts = [a for r in rows for a in r["actions"]]
    clean = sum(not any(a["labels"].values()) for a in acts)
    print(f"{len(rows)} plans, {len(acts)} actions ({clean} with no defect)")
    for r in rows:
        n = len(r["actions"])
        print(f"  {r['plan']:18s} {n:2d} actions, {sum(not any(a['labels'].values()) for a in r['actions'])} clean")
    for k in CODES.values():
        print(f"  {k:18s} {sum(a['labels'][k] for a in acts)}")
    for k in PCODES.values():
        print(f"  {k:26s} {[r['plan'] for r in rows if r['plan_labels'][k]]}")


if __name__ == "__main__":
    main()
