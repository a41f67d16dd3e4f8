"""Render the third blind test set (data.PLANS) to ../plans/ and ../labels.jsonl.

Run: .venv/bin/python tests/data/blind3/src/make.py   (needs python-docx)
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

def md_b3_01(p):
    L = [f"# {p['la']}", "", "## Child Protection Plan", ""]
    L += [f"**{k}:** {v}  " for k, v in p["header"]]
    L[-1] = L[-1].rstrip()
    L += ["", "### What are we worried about?", "", p["worries"], "",
          "### What is working well?", "", p["working"], "", f"### {p['voice'][0]}", "", p["voice"][1], ""]
    L += ["### The plan", "", "| " + " | ".join(p["headers"]) + " |", "|" + "---|" * len(p["headers"])]
    acts = []
    for outcome, rows in p["groups"]:
        for i, (t, o, d, e, c) in enumerate(rows):
            vals = [outcome if i == 0 else "", t, o, d, e]
            L.append("| " + " | ".join(cell(v) for v in vals) + " |")
            acts.append(action(t, o, d, e, c))
    L += ["", "### Contingency plan", "", p["contingency"], "", "### Review", "", p["review"], ""]
    return L, acts


def md_b3_02(p):
    L = ["# CHILD PROTECTION PLAN", "", f"{p['la']} – Children, Families and Education", ""]
    L += [f"* {k}: {v}" for k, v in p["header"]] + [""]
    L += ["## Why Logan and Jasmine have a plan", "", p["worries"], ""]
    L += [f"## {p['voice'][0]}", "", p["voice"][1], ""]
    L += ["## What we have agreed", ""]
    acts = []
    for outcome, items in p["groups"]:
        L += [f"### What needs to change: {outcome}", ""]
        for t, o, d, e, c in items:
            L.append(t)
            if o is not None:
                L.append(f": **Who:** {o}".rstrip())
            if d is not None:
                L.append(f": **By when:** {d}".rstrip())
            if e is not None:
                L.append(f": **How we'll know:** {e}".rstrip())
            L.append("")
            acts.append(action(t, o, d, e, c))
    L += ["## If things do not improve", "", p["contingency"], "", "## Review", "", p["review"], ""]
    return L, acts


def md_b3_03(p):
    L = ["# Child Protection Plan (Signs of Safety)", "", f"*{p['la']} – Family Safeguarding*", ""]
    L += ["| | |", "|---|---|"] + [f"| {k} | {v} |" for k, v in p["header"]] + [""]
    L += ["## What are we worried about?", "", p["worries"], "", "## Danger statement", "", p["danger"], ""]
    L += [f"## {p['voice'][0]}", "", p["voice"][1], ""]
    L += ["## Safety goals and next steps", ""]
    acts = []
    for n, (goal, steps) in enumerate(p["goals"], 1):
        L += [f"### Safety goal {n}", "", f"**{goal}**", "", "Next steps:", ""]
        for s, t, o, d, c in steps:
            L.append(f"- {s}")
            for part in (t, o, d):
                assert part is None or part in s, (part, s)
            acts.append(action(t, o, d, goal, c))  # the goal is the steps' evidence
        L.append("")
    L += ["## What happens if things don't change", "", p["contingency"], "", "## Review", "", p["review"], ""]
    return L, acts


def md_b3_04(p):
    L = [f"# Child Protection Plan – {p['la']}", ""]
    L += ["- " + "; ".join(f"{k}: {v}" for k, v in p["header"]), ""]
    L += ["## Concerns", "", p["worries"], "", "## Strengths", "", p["working"], ""]
    L += ["## Plan", ""]
    acts = []
    for topic, items in p["groups"]:
        L += [f"**{topic}**", ""]
        for t, o, d, e, c in items:
            fields = [("Action", t), ("Owner", o), ("Target", d), ("Success looks like", e)]
            L.append("- " + " · ".join(f"{k}: {v}" for k, v in fields if v))
            acts.append(action(t, o, d, e, c))
        L.append("")
    L += ["## Contingency", "", p["contingency"], ""]
    return L, acts


# ---------------------------------------------------------------- Word

def fixed_docx(d, path):
    cp = d.core_properties
    when = datetime(2026, 7, 1, 9, 0, 0)
    cp.author = cp.last_modified_by = "planlint blind test set 3"
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
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 7, 1, 9, 0, 0))
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


def docx_b3_05(p, d):
    d.add_heading(p["la"], 1)
    d.add_heading("Child Protection Plan", 2)
    for k, v in p["header"]:
        label_para(d, k, v)
    d.add_heading("Reasons for the plan", 2)
    d.add_paragraph(p["worries"])
    d.add_heading(p["voice"][0], 2)
    d.add_paragraph(p["voice"][1])
    d.add_heading("Child protection plan – actions", 2)
    t = grid_table(d, 1, len(p["headers"]))
    for c, h in zip(t.rows[0].cells, p["headers"]):
        bold_cell(c, h)
    acts = []
    for outcome, rows in p["groups"]:
        for i, (t_, o, dl, e, c) in enumerate(rows):
            for cl, v in zip(t.add_row().cells, [outcome if i == 0 else "", t_, o, dl, e]):
                cl.text = v or ""
            acts.append(action(t_, o, dl, e, c))
    d.add_heading("Contingency plan", 2)
    d.add_paragraph(p["contingency"])
    return acts


def docx_b3_06(p, d):
    d.add_heading("Child Protection Plan", 0)
    d.add_paragraph(p["la"] + " – Children's Services").runs[0].italic = True
    d.add_paragraph(p["header_para"])
    d.add_heading("Concerns", 1)
    d.add_paragraph(p["worries"])
    d.add_heading(p["voice"][0], 1)
    d.add_paragraph(p["voice"][1])
    d.add_heading("Actions", 1)
    acts = []
    per = 4
    for start in range(0, len(p["actions"]), per):
        chunk = p["actions"][start:start + per]
        t = grid_table(d, 1 + len(p["headers"]), 1 + len(chunk))
        bold_cell(t.rows[0].cells[0], "No.")
        for j, h in enumerate(p["headers"], 1):
            bold_cell(t.rows[j].cells[0], h)
        for i, (t_, o, dl, e, c) in enumerate(chunk, 1):
            bold_cell(t.rows[0].cells[i], str(start + i))
            for j, v in enumerate([t_, o, dl, e], 1):
                t.rows[j].cells[i].text = v or ""
            acts.append(action(t_, o, dl, e, c))
        d.add_paragraph("")
    d.add_paragraph(p["signoff"])
    return acts


def docx_b3_07(p, d):
    d.add_heading(f"{p['la']}: Child Protection Plan", 1)
    for k, v in p["header"]:
        d.add_paragraph(f"{k}: {v}")
    d.add_heading("What we are worried about", 2)
    d.add_paragraph(p["worries"])
    d.add_heading(p["voice"][0], 2)
    d.add_paragraph(p["voice"][1])
    d.add_heading("Who will do what", 2)
    acts = []
    for heading, items in p["sections"]:
        d.add_heading(heading, 3)
        for owner, s, t, dl, e, c in items:
            para = d.add_paragraph()
            if owner:
                para.add_run(owner).bold = True
                para.add_run(" – " + s)
            else:
                para.add_run(s)
            for part in (t, dl, e):
                assert part is None or part in s, (part, s)
            acts.append(action(t, owner, dl, e, c))
    d.add_heading("Contingency plan", 2)
    d.add_paragraph(p["contingency"])
    return acts


def docx_b3_08(p, d):
    d.add_heading("CHILD PROTECTION PLAN", 0)
    d.add_paragraph(p["la"] + " · Children's Social Care")
    t = grid_table(d, len(p["header"]), 2)
    for row, (k, v) in zip(t.rows, p["header"]):
        bold_cell(row.cells[0], k)
        row.cells[1].text = v
    d.add_heading("Why Riley needs a plan", 1)
    d.add_paragraph(p["worries"])
    d.add_heading(p["voice"][0], 1)
    d.add_paragraph(p["voice"][1])
    d.add_heading("Outcomes and actions", 1)
    acts = []
    for outcome, rows in p["outcomes"]:
        d.add_heading(outcome, 2)
        t = grid_table(d, 1, len(p["headers"]))
        for c, h in zip(t.rows[0].cells, p["headers"]):
            bold_cell(c, h)
        for ref, t_, o, dl, e, c in rows:
            for cl, v in zip(t.add_row().cells, [ref, t_, o, dl, e]):
                cl.text = v or ""
            acts.append(action(t_, o, dl, e, c))
        d.add_paragraph("")
    d.add_heading("Additional actions agreed at conference", 1)
    d.add_paragraph(" ".join([p["extra_intro"]] + [s for s, *_ in p["extra"]]))
    for s, *parts in p["extra"]:
        acts.append(sentence_action(s, *parts))
    d.add_heading("Contingency", 1)
    d.add_paragraph(p["contingency"])
    return acts


MD = {"b3-01": md_b3_01, "b3-02": md_b3_02, "b3-03": md_b3_03, "b3-04": md_b3_04}
DOCX = {"b3-05": docx_b3_05, "b3-06": docx_b3_06, "b3-07": docx_b3_07, "b3-08": docx_b3_08}


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
