"""Render the second blind test set (data.PLANS) to ../plans/ and ../labels.jsonl.

Run: .venv/bin/python tests/data/blind2/src/make.py   (needs python-docx)
Output is deterministic: Word files get fixed core properties and zip timestamps.
Every labelled part is asserted to stand verbatim in the rendered document, and the
labels are checked against the parts (a null part is labelled missing, the guide's
never-both pairs hold).
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


def action(task, owner, deadline, evidence, codes, passive_ok=False):
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
    if lab["owner_vague"]:
        assert owner is not None, task
    if lab["deadline_vague"]:
        assert deadline is not None, task
    if lab["evidence_vague"]:
        assert evidence is not None, task
    return {"task": task, "owner": owner, "deadline": deadline, "evidence": evidence, "labels": lab}


def sentence_action(s, task, owner, deadline, evidence, codes):
    for part in (task, owner, deadline, evidence):
        assert part is None or part in s, (part, s)
    return action(task, owner, deadline, evidence, codes)


# ---------------------------------------------------------------- Markdown

def md_b2_01(p):
    L = ["# CHILD PROTECTION PLAN", "", f"### {p['la']} – Children and Families", "",
         "## 1. About this plan", ""]
    L += [f"- {k} — {v}" for k, v in p["header"]] + [""]
    L += ["## 2. Our worries", "", p["worries"], "", "## 3. What is going well", "", p["working"], ""]
    L += [f"## 4. {p['voice'][0]}", "", p["voice"][1], ""]
    L += ["## 5. Action plan", "", "| " + " | ".join(p["headers"]) + " |", "|" + "---|" * len(p["headers"])]
    acts = []
    for t, o, d, e, c in p["actions"]:
        L.append(f"| {o} | {t} | {d} | {e} |".replace("|  |", "| |"))
        acts.append(action(t, o, d, e, c))
    L += ["", "## 6. If this plan isn't working", "", p["contingency"], "", "## 7. Next review", "", p["review"], ""]
    return L, acts


def md_b2_02(p):
    L = [f"# {p['la']}: child protection plan", ""]
    L += [f"> **{k}:** {v}  " for k, v in p["header"]]
    L[-1] = L[-1].rstrip()
    L += ["", "## Why we are involved", "", p["worries"], ""]
    L += [f"## {p['voice'][0]}", "", p["voice"][1], ""]
    acts, n = [], 0
    for heading, context, sents in p["sections"]:
        L += [f"## {heading}", ""]
        if context:
            L += [context, ""]
        for s, *parts in sents:
            n += 1
            L.append(f"{n}. {s}")
            acts.append(sentence_action(s, *parts))
        L.append("")
    L += ["## What happens if things don't get better", "", p["contingency"], ""]
    L += ["## Review", "", p["review"], ""]
    return L, acts


def md_b2_03(p):
    L = ["# Child Protection Plan", "", f"_{p['la']}, Children's Social Care_", ""]
    L += ["| " + " | ".join(k for k, _ in p["header"]) + " |", "|" + " --- |" * len(p["header"]),
          "| " + " | ".join(v for _, v in p["header"]) + " |", ""]
    L += ["## Why there is a plan", "", p["worries"], ""]
    L += [f"## {p['voice'][0]}", "", p["voice"][1], ""]
    L += ["## Who will do what", ""]
    acts = []
    for owner, items in p["groups"]:
        L += [f"### {owner} will:", ""]
        for t, d, e, c in items:
            s = f"- {t}"
            if d:
                s += f" ({d})"
            if e:
                s += f" — *we'll know because* {e}"
            L.append(s)
            acts.append(action(t, owner, d, e, c))
        L.append("")
    L += ["## Plan B (if things get worse)", "", p["contingency"], ""]
    return L, acts


def md_b2_04(p):
    L = [f"# {p['la']}", "", "## Child protection plan", ""]
    L += [" | ".join(f"**{k}:** {v}" for k, v in p["header"]), ""]
    L += ["## Why we're worried", "", p["worries"], "", "## What's going OK", "", p["working"], ""]
    L += ["## Actions", ""]
    acts = []
    for topic, items in p["groups"]:
        L += [f"### {topic}", ""]
        for t, o, d, e, c in items:
            paren = " – ".join(x for x in (o, d) if x)
            s = f"- [ ] {t}" + (f" ({paren})" if paren else "")
            if e:
                s += f" — success: {e}"
            L.append(s)
            acts.append(action(t, o, d, e, c))
        L.append("")
    L += ["## If things get worse", "", p["contingency"], ""]
    return L, acts


# ---------------------------------------------------------------- Word

def fixed_docx(d, path):
    cp = d.core_properties
    when = datetime(2026, 6, 1, 9, 0, 0)
    cp.author = cp.last_modified_by = "planlint blind test set 2"
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
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 6, 1, 9, 0, 0))
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


def docx_b2_05(p, d):
    d.add_heading("Child Protection Plan – Lomax children", 0)
    d.add_paragraph(p["la"] + " | Safeguarding and Family Support")
    t = grid_table(d, len(p["header"]), 4)
    for row, vals in zip(t.rows, p["header"]):
        for i, (cell, v) in enumerate(zip(row.cells, vals)):
            if i % 2 == 0:
                bold_cell(cell, v)
            else:
                cell.text = v
    d.add_heading("Summary of concerns", 1)
    d.add_paragraph(p["worries"])
    d.add_heading(p["voice"][0], 1)
    d.add_paragraph(p["voice"][1])
    d.add_heading("Plan", 1)
    t = grid_table(d, 1, len(p["headers"]))
    for c, h in zip(t.rows[0].cells, p["headers"]):
        bold_cell(c, h)
    acts = []
    for ref, t_, o, dl, e, c in p["actions"]:
        for cell, v in zip(t.add_row().cells, [ref, t_, o, dl, e]):
            cell.text = v or ""
        if c is not None:
            acts.append(action(t_, o, dl, e, c))
        else:
            assert not any((ref, t_, o, dl, e)), "only an all-empty row may be skipped"
    d.add_heading("Contingency", 1)
    d.add_paragraph(p["contingency"])
    return acts


def docx_b2_06(p, d):
    d.add_heading(p["la"], 1)
    d.add_paragraph("Child Protection Plan").runs[0].bold = True
    for k, v in p["header"]:
        d.add_paragraph(f"{k}: {v}", style="List Bullet")
    d.add_heading("Background and risks", 2)
    d.add_paragraph(p["worries"])
    d.add_heading("What's going well", 2)
    d.add_paragraph(p["working"])
    d.add_heading("The plan", 2)
    acts = []
    for topic, items in p["groups"]:
        d.add_heading(topic, 3)
        for t, o, dl, e, c in items:
            para = d.add_paragraph()
            para.add_run(f"{t}.")
            for label, v in (("Who:", o), ("When:", dl), ("How we'll know:", e)):
                if v:
                    para.add_run(f" {label}").bold = True
                    para.add_run(f" {v}")
            acts.append(action(t, o, dl, e, c))
    d.add_heading("Review", 2)
    d.add_paragraph(p["review"])
    return acts


def docx_b2_07(p, d):
    d.add_heading(f"{p['la']}", 1)
    d.add_paragraph("CHILD PROTECTION PLAN")
    for k, v in p["header"]:
        d.add_paragraph(f"{k}: {v}")
    d.add_heading("What has happened", 2)
    d.add_paragraph(p["worries"])
    d.add_heading(p["voice"][0], 2)
    d.add_paragraph(p["voice"][1])
    d.add_heading("Outcomes and actions", 2)
    acts = []
    for outcome, rows in p["outcomes"]:
        d.add_heading(outcome, 3)
        t = grid_table(d, 1, len(p["headers"]))
        for c, h in zip(t.rows[0].cells, p["headers"]):
            bold_cell(c, h)
        for t_, o, dl, e, c in rows:
            for cell, v in zip(t.add_row().cells, [t_, o, dl, e]):
                cell.text = v or ""
            acts.append(action(t_, o, dl, e, c))
        d.add_paragraph("")
    d.add_heading("Contingency", 2)
    d.add_paragraph(p["contingency_text"])
    return acts


def docx_b2_08(p, d):
    d.add_heading("Child protection plan", 0)
    d.add_paragraph(p["la"]).runs[0].italic = True
    d.add_paragraph(p["header_line"])
    d.add_heading("What we're worried about right now", 2)
    d.add_paragraph(p["worries"])
    d.add_heading(p["voice"][0], 2)
    d.add_paragraph(p["voice"][1])
    d.add_heading("Agreed actions", 2)
    cols = len(p["headers"])
    t = grid_table(d, 1, cols)
    for c, h in zip(t.rows[0].cells, p["headers"]):
        bold_cell(c, h)
    acts = []
    for title, rows in p["groups"]:
        r = t.add_row()
        merged = r.cells[0].merge(r.cells[cols - 1])
        bold_cell(merged, title)
        for t_, o, dl, e, c in rows:
            for cell, v in zip(t.add_row().cells, [dl, t_, o, e]):
                cell.text = v or ""
            acts.append(action(t_, o, dl, e, c))
    d.add_heading("Review and contingency", 2)
    d.add_paragraph(p["review_contingency"])
    return acts


MD = {"b2-01": md_b2_01, "b2-02": md_b2_02, "b2-03": md_b2_03, "b2-04": md_b2_04}
DOCX = {"b2-05": docx_b2_05, "b2-06": docx_b2_06, "b2-07": docx_b2_07, "b2-08": docx_b2_08}


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
