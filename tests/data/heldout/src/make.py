"""Render the held-out plans in data.py to ../plans/ and ../labels.jsonl.

Run from anywhere:  python tests/data/heldout/src/make.py   (needs python-docx)

Edit data.py, not the rendered files. Output is deterministic: the Word files have
fixed core-property dates and fixed zip timestamps, so re-running gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import sys
import zipfile
from pathlib import Path

sys.dont_write_bytecode = True  # keep src/ free of __pycache__
sys.path.insert(0, str(Path(__file__).parent))
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

from data import OMIT, PLANS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXED = dt.datetime(2026, 3, 6, 9, 0, 0)
CODES = {"OM": "owner_missing", "OV": "owner_vague", "TV": "action_vague", "DM": "deadline_missing",
         "DV": "deadline_vague", "EM": "evidence_missing", "EV": "evidence_vague"}
PLAN_CODES = {"CM": "contingency_missing", "LM": "lead_professional_missing",
              "RM": "review_date_missing", "VM": "child_voice_missing"}


def action_labels(codes: str) -> dict:
    on = set(codes.split())
    assert on <= set(CODES), codes
    assert not {"OM", "OV"} <= on and not {"DM", "DV"} <= on and not {"EM", "EV"} <= on, codes
    return {v: k in on for k, v in CODES.items()}


def value(v):
    """The text as it stands in the document, or None where the part is absent."""
    if v is OMIT or v is None:
        return None
    v = v.strip()
    return None if v in ("",) else v


# ----------------------------------------------------------------- actions

def iter_actions(p):
    """(task, owner, deadline, evidence, codes) in document order, whatever the layout."""
    lay = p["layout"]
    if lay in ("md-table", "md-bullets", "docx-table", "docx-numbered"):
        for _outcome, acts in p["groups"]:
            for a in acts:
                if isinstance(a, str):
                    continue
                yield a[-5:] if len(a) == 5 else a[1:]
    elif lay == "md-sos":
        for goal, steps in p["goals"]:
            for t, o, d, c in steps:
                yield (t, o, d, goal, c)
    elif lay == "md-prose":
        for para in p["paragraphs"]:
            for item in para:
                if not isinstance(item, str):
                    yield item[1:]


def cell(v):
    return "" if v is None or v is OMIT else v


# ---------------------------------------------------------------- markdown

def md_meta(p):
    style = p.get("meta_style", "bold")
    items = p["meta"]
    if style == "bold":
        return [f"**{k}:** {v}  " for k, v in items] + [""]
    if style == "list":
        return [f"- {k}: {v}" for k, v in items] + [""]
    if style == "table":
        return ["| Item | Details |", "|---|---|"] + [f"| {k} | {v} |" for k, v in items] + [""]
    raise ValueError(style)


def md_actions(p):
    L = [f"## {p['titles'].get('actions', 'The plan')}", ""]
    lay = p["layout"]
    if lay == "md-table":
        H = p["headers"]
        with_outcome = len(H) == 5
        if p.get("intro"):
            L += [p["intro"], ""]
        L += ["| " + " | ".join(H) + " |", "|" + "---|" * len(H)]
        for outcome, acts in p["groups"]:
            for i, (t, o, d, e, _c) in enumerate(acts):
                cells = ([outcome if i == 0 else ""] if with_outcome else []) + [cell(t), cell(o), cell(d), cell(e)]
                L.append("| " + " | ".join(cells) + " |")
        L.append("")
    elif lay == "md-bullets":
        F = p["fields"]
        for outcome, acts in p["groups"]:
            L += [f"### {outcome}", ""]
            for a in acts:
                parts = []
                for label, v in zip(F, a[:4]):
                    if v is OMIT:
                        continue
                    parts.append(f"**{label}:** {cell(v)}".rstrip())
                if p.get("multiline"):
                    L.append("- " + parts[0])
                    L += ["  " + x for x in parts[1:]]
                else:
                    L.append("- " + " ".join(parts))
            L.append("")
    elif lay == "md-sos":
        for i, (goal, steps) in enumerate(p["goals"], 1):
            L += [f"### Goal {i} – {goal}", "", "| " + " | ".join(p["headers"]) + " |", "|---|---|---|"]
            for t, o, d, _c in steps:
                L.append(f"| {t} | {cell(o)} | {cell(d)} |")
            L.append("")
    elif lay == "md-prose":
        for para in p["paragraphs"]:
            L += [" ".join(x if isinstance(x, str) else x[0] for x in para), ""]
    return L


def render_md(p):
    t = p["titles"]
    L = [f"# {p['title']}", ""] + md_meta(p)
    L += [f"## {t.get('worries', 'What we are worried about')}", "", p["worries"], ""]
    if p.get("working"):
        L += [f"## {t.get('working', 'What is working well')}", "", p["working"], ""]
    L += md_actions(p)
    for key, default in (("voice", "The child's wishes and feelings"), ("parents", "Parents' views"),
                         ("contingency", "Contingency plan"), ("review", "Review")):
        if p.get(key):
            L += [f"## {t.get(key, default)}", "", p[key], ""]
    return "\n".join(L).rstrip() + "\n"


# -------------------------------------------------------------------- Word

def set_cell(c, text, bold=False):
    """Cell text; a newline in text becomes a line break (w:br) in one paragraph."""
    c.text = ""
    par = c.paragraphs[0]
    lines = text.split("\n")
    run = par.add_run(lines[0])
    run.bold = bold
    for ln in lines[1:]:
        run.add_break()
        run = par.add_run(ln)
        run.bold = bold


def docx_meta(d, p):
    if p.get("meta_style", "table") == "table":
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in p["meta"]:
            r = t.add_row().cells
            set_cell(r[0], k, bold=True)
            set_cell(r[1], v)
    else:
        for k, v in p["meta"]:
            par = d.add_paragraph()
            par.add_run(f"{k}: ").bold = True
            par.add_run(v)


def docx_actions(d, p):
    d.add_heading(p["titles"].get("actions", "The plan"), 1)
    lay = p["layout"]
    if lay == "docx-table":
        H = p["headers"]
        with_outcome = len(H) == 5
        n = sum(len(a) for _, a in p["groups"])
        t = d.add_table(rows=1 + n, cols=len(H))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, H):
            set_cell(c, h, bold=True)
        r = 1
        for outcome, acts in p["groups"]:
            if with_outcome:
                top = t.cell(r, 0)
                if len(acts) > 1 and p.get("merge_outcome"):
                    top = top.merge(t.cell(r + len(acts) - 1, 0))
                set_cell(top, outcome)
            for a in acts:
                cells = t.rows[r].cells[1:] if with_outcome else t.rows[r].cells
                for c, v in zip(cells, a[:4]):
                    set_cell(c, cell(v))
                r += 1
    elif lay == "docx-numbered":
        k = 0
        for outcome, acts in p["groups"]:
            if outcome:
                d.add_heading(outcome, 2)
            for a in acts:
                if isinstance(a, str):
                    d.add_paragraph(a)
                    continue
                k += 1
                if p.get("numbering") == "literal":
                    d.add_paragraph(f"{k}. {a[0]}")
                else:
                    d.add_paragraph(a[0], style="List Number")


def render_docx(p, path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    t = p["titles"]
    d.add_heading(p["title"], 0)
    docx_meta(d, p)
    d.add_heading(t.get("worries", "What we are worried about"), 1)
    d.add_paragraph(p["worries"])
    if p.get("working"):
        d.add_heading(t.get("working", "What is working well"), 1)
        d.add_paragraph(p["working"])
    docx_actions(d, p)
    for key, default in (("voice", "The child's wishes and feelings"), ("parents", "Parents' views"),
                         ("contingency", "Contingency plan"), ("review", "Review")):
        if p.get(key):
            d.add_heading(t.get(key, default), 1)
            d.add_paragraph(p[key])
    cp = d.core_properties
    cp.author = cp.last_modified_by = "planlint test data"
    cp.title = p["title"]
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    save_stable(d, path)


def save_stable(d, path):
    """Save with fixed zip entry timestamps so the bytes do not change between runs."""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            zout.writestr(zi, zin.read(info.filename))
    Path(path).write_bytes(out.getvalue())


# -------------------------------------------------------------------- main

def main():
    (ROOT / "plans").mkdir(exist_ok=True)
    rows = []
    for p in PLANS:
        p.setdefault("titles", {})
        ext = "docx" if p["layout"].startswith("docx") else "md"
        rel = f"plans/{p['id']}.{ext}"
        if ext == "md":
            (ROOT / rel).write_text(render_md(p), encoding="utf-8")
        else:
            render_docx(p, ROOT / rel)
        on = set(p.get("plan_codes", "").split())
        assert on <= set(PLAN_CODES), on
        rows.append({
            "plan": rel,
            "plan_labels": {v: k in on for k, v in PLAN_CODES.items()},
            "actions": [{"task": value(t), "owner": value(o), "deadline": value(d), "evidence": value(e),
                         "labels": action_labels(c)} for t, o, d, e, c in iter_actions(p)],
        })
    with open(ROOT / "labels.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    n = sum(len(r["actions"]) for r in rows)
    print(f"{len(rows)} plans, {n} actions")
    clean = sum(not any(a["labels"].values()) for r in rows for a in r["actions"])
    print(f"  actions with no defect: {clean}")
    for k in CODES.values():
        print(f"  {k:18s} {sum(a['labels'][k] for r in rows for a in r['actions'])}")
    for k in PLAN_CODES.values():
        print(f"  {k:26s} {sum(r['plan_labels'][k] for r in rows)}  "
              + " ".join(r["plan"] for r in rows if r["plan_labels"][k]))


if __name__ == "__main__":
    main()
