#!/usr/bin/env python3
"""Generate sample_plans/: twelve fictional child protection plans (6 Markdown, 6 Word)
and sample_plans/README.md, which lists each plan's layout and its deliberate defects.

    .venv/bin/python scripts/make_sample_plans.py

The plans are data in this file; edit them here and re-run, never edit the outputs.
Output is deterministic: Word core properties carry a fixed date and the .docx zip
entries a fixed timestamp, so re-running reproduces the same bytes.

Every name, place and service is invented. Defects follow the project's labelling
guide (docs/annotation-guide.md); each action carries its defect codes:
OM owner_missing, OV owner_vague, TV action_vague, DM deadline_missing,
DV deadline_vague, EM evidence_missing, EV evidence_vague.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "sample_plans"
FIXED = dt.datetime(2026, 3, 2, 9, 0, 0)
N = None
CODE_NAMES = {"OM": "owner missing", "OV": "owner vague", "TV": "task vague", "DM": "deadline missing",
              "DV": "deadline vague", "EM": "evidence missing", "EV": "evidence vague"}
# The planlint rule that reports each deliberate defect.
CODE_RULES = {"OM": "PL101", "OV": "PL102", "TV": "PL201", "DM": "PL301", "DV": "PL302", "EM": "PL401",
              "EV": "PL402"}
PLAN_RULES = {"contingency_missing": "PL501", "lead_professional_missing": "PL502",
              "review_date_missing": "PL503", "child_voice_missing": "PL504"}


# ============================================================ building blocks

class Plan:
    def __init__(self, id, fmt, topic, layout, plan_defects=(), notes=""):
        self.id, self.fmt, self.topic, self.layout = id, fmt, topic, layout
        self.plan_defects, self.notes = list(plan_defects), notes
        self.blocks: list = []
        self.actions: list = []  # (task, owner, deadline, evidence, codes)

    def add(self, *blocks):
        for b in blocks:
            if isinstance(b, list):
                self.blocks.extend(b)
            else:
                self.blocks.append(b)
        return self

    def act(self, t, o, d, e, codes=""):
        assert set(codes.split()) <= set(CODE_NAMES), codes
        self.actions.append((t, o, d, e, codes))

    @property
    def filename(self):
        return f"{self.id}.{self.fmt}"


def title(text, sub=None): return ("title", text, sub)
def meta(items, style="bold"): return ("meta", items, style)
def h(level, text): return ("h", level, text)
def p(text): return ("p", text)
def ul(items): return ("ul", items)
def section(heading, *paras, level=2):
    return [h(level, heading)] + [p(x) if isinstance(x, str) else x for x in paras]


def table(header, rows, title=None, vmerge=(), widths=None):
    return ("table", dict(header=header, rows=rows, title=title, vmerge=list(vmerge), widths=widths))


# --------------------------------------------------------------- action layouts

def action_table(plan, header, groups, title=None, merge=False):
    """groups: [(outcome or None, [(task, owner, deadline, evidence, codes), ...])].
    With 5 header columns the first column carries the outcome: on the group's first
    row only, or merged vertically over the group's rows (Word, merge=True)."""
    with_outcome = len(header) == 5
    rows, spans = [], []
    for outcome, acts in groups:
        start = len(rows)
        for i, (t, o, d, e, c) in enumerate(acts):
            plan.act(t, o, d, e, c)
            cells = [t, o or "", d or "", e or ""]
            if with_outcome:
                cells = [outcome if i == 0 else ""] + cells
            rows.append(cells)
        if merge and with_outcome and len(acts) > 1:
            spans.append((start, len(rows) - 1))
    return table(header, rows, title=title, vmerge=spans)


def inline_bullets(plan, labels, groups, heading="### {}"):
    """'- **Action:** ... **Who:** ... **By when:** ... **How we will know:** ...'"""
    out = []
    for outcome, acts in groups:
        out.append(h(3, heading.format(outcome)))
        items = []
        for t, o, d, e, c in acts:
            plan.act(t, o, d, e, c)
            items.append(" ".join(f"**{lab}:** {v}" for lab, v in zip(labels, (t, o, d, e)) if v is not None))
        out.append(ul(items))
    return out


def prose(plan, groups, level=3):
    """groups: [(heading, [(sentence, task, owner, deadline, evidence, codes) | plain str])]."""
    out = []
    for heading, items in groups:
        if heading:
            out.append(h(level, heading))
        for it in items:
            if isinstance(it, str):
                out.append(p(it))
            else:
                plan.act(*it[1:])
                out.append(p(it[0]))
    return out


def numbered(plan, groups, level=2):
    out = []
    for heading, items in groups:
        if heading:
            out.append(h(level, heading))
        sentences = []
        for s, *parts in items:
            plan.act(*parts)
            sentences.append(s)
        out.append(("ol", sentences))
    return out


def sos_goals(plan, goals, header=("Next step", "Who", "By when"), fmt="Safety goal {n}: {goal}", level=3):
    """Signs of Safety: a goal heading with a next-steps table under it; the goal is
    the steps' evidence."""
    out = []
    for n, (goal, steps) in enumerate(goals, 1):
        out.append(h(level, fmt.format(n=n, goal=goal)))
        rows = []
        for t, o, d, c in steps:
            plan.act(t, o, d, goal, c)
            rows.append([t, o or "", d or ""])
        out.append(table(list(header), rows))
    return out


# ============================================================ renderers

def render_md(plan):
    L = []
    for b in plan.blocks:
        kind = b[0]
        if kind == "title":
            L += [f"# {b[1]}", ""]
            if b[2]:
                L += [f"*{b[2]}*", ""]
        elif kind == "meta":
            items, style = b[1], b[2]
            if style == "table":
                L += ["| | |", "|---|---|"] + [f"| **{k}** | {v} |" for k, v in items]
            elif style == "list":
                L += [f"- **{k}:** {v}" for k, v in items]
            else:
                L += [f"**{k}:** {v}  " for k, v in items]
            L.append("")
        elif kind == "h":
            L += ["#" * b[1] + " " + b[2], ""]
        elif kind == "p":
            L += [b[1], ""]
        elif kind == "ul":
            L += [f"- {x}" for x in b[1]] + [""]
        elif kind == "ol":
            L += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif kind == "table":
            T = b[1]
            if T["title"]:
                L += [f"**{T['title']}**", ""]
            cell = lambda v: (" <br> ".join(v) if isinstance(v, list) else v).replace("\n", " <br> ")
            L.append("| " + " | ".join(T["header"]) + " |")
            L.append("|" + "---|" * len(T["header"]))
            L += ["| " + " | ".join(cell(v) for v in r) + " |" for r in T["rows"]]
            L.append("")
    return "\n".join(L).rstrip() + "\n"


def add_runs(par, text, bold=False):
    """Add text to a paragraph; **x** becomes bold, a newline becomes a line break."""
    for i, chunk in enumerate(re.split(r"(\*\*[^*]+\*\*)", text)):
        if not chunk:
            continue
        b = bold or (chunk.startswith("**") and chunk.endswith("**"))
        chunk = chunk[2:-2] if chunk.startswith("**") and chunk.endswith("**") else chunk
        lines = chunk.split("\n")
        run = par.add_run(lines[0])
        run.bold = b or None
        for ln in lines[1:]:
            run.add_break()
            run = par.add_run(ln)
            run.bold = b or None


def set_cell(c, value, bold=False):
    """A list is several paragraphs in the cell; a newline inside a string is a line break."""
    values = value if isinstance(value, list) else [value]
    c.text = ""
    add_runs(c.paragraphs[0], values[0], bold)
    for v in values[1:]:
        add_runs(c.add_paragraph(), v, bold)


def shade(c, fill="D9E2F3"):
    tcPr = c._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def render_docx(plan, path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    for b in plan.blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], 0)
            if b[2]:
                d.add_paragraph(b[2]).runs[0].italic = True
        elif kind == "meta":
            items, style = b[1], b[2]
            if style == "table":
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for k, v in items:
                    r = t.add_row().cells
                    set_cell(r[0], k, bold=True)
                    shade(r[0], "F2F2F2")
                    set_cell(r[1], v)
            else:
                for k, v in items:
                    par = d.add_paragraph()
                    add_runs(par, f"**{k}:** {v}")
        elif kind == "h":
            d.add_heading(b[2], b[1])
        elif kind == "p":
            add_runs(d.add_paragraph(), b[1])
        elif kind == "ul":
            for x in b[1]:
                add_runs(d.add_paragraph(style="List Bullet"), x)
        elif kind == "ol":
            for x in b[1]:
                add_runs(d.add_paragraph(style="List Number"), x)
        elif kind == "table":
            T = b[1]
            ncol = len(T["header"])
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            if T["title"]:
                cells = t.add_row().cells
                top = cells[0].merge(cells[-1])
                set_cell(top, T["title"], bold=True)
                shade(top, "BDD7EE")
            hdr = t.add_row().cells
            for c, v in zip(hdr, T["header"]):
                set_cell(c, v, bold=True)
                shade(c)
            first_body = len(t.rows)
            for r in T["rows"]:
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    set_cell(c, v)
            for r0, r1 in T["vmerge"]:
                top = t.cell(first_body + r0, 0)
                text = T["rows"][r0][0]
                for r in range(r0 + 1, r1 + 1):
                    t.cell(first_body + r, 0).text = ""
                merged = top.merge(t.cell(first_body + r1, 0))
                set_cell(merged, text)
    cp = d.core_properties
    cp.author = cp.last_modified_by = "planlint sample generator"
    cp.title = next(b[1] for b in plan.blocks if b[0] == "title")
    cp.subject = "Fictional child protection plan (sample)"
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    save_stable(d, path)


def save_stable(d, path):
    """Re-zip with fixed entry timestamps so the .docx bytes are the same on every run."""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            zout.writestr(zi, zin.read(info.filename))
    Path(path).write_bytes(out.getvalue())


# ============================================================ the plans

def s01():
    P = Plan("01-holt", "md", "Neglect: Mia (3) and Alfie (11 months); initial conference",
             "Markdown table `Outcome | Action | Lead | Timescale | Evidence of progress`; the outcome is "
             "written on the first row of each group and left blank below it")
    P.add(title("Child Protection Plan", "Ashcombe Borough Council, Children's Services"),
          meta([("Children", "Mia Holt (3, born 2 October 2022) and Alfie Holt (11 months, born 12 February 2025)"),
                ("Category of abuse", "Neglect"),
                ("Conference", "Initial child protection conference, 14 January 2026"),
                ("Lead social worker", "Hannah Gill, Ashcombe North Safeguarding Team (01632 960 418)"),
                ("Core group members", "Ms Kayleigh Holt (mum); Mr Dean Holt (dad); Hannah Gill (social worker); "
                 "Priya Shah (health visitor); Mrs Lorna Quayle (manager, Little Acorns Nursery); Tom Reeve "
                 "(family support worker, Ashcombe Family Hub); Dr Ellis (GP, Ashcombe Medical Centre)")]))
    P.add(section("What we are worried about",
        "Mia and Alfie's home is not safe or clean enough for two small children. At three visits in December "
        "there was dog mess on the living room and kitchen floors, black mould on the wall beside Alfie's cot, "
        "and the only food in the flat was a box of cereal. The cooker has not worked for three weeks, so the "
        "family have been living on takeaways when there is money and on toast when there is not.",
        "Alfie has missed his 12-week and 16-week immunisations and has not had his one-year review. Mia has "
        "tooth decay that needs four teeth taken out under anaesthetic; the dental clinic has written twice "
        "about missed appointments. Mia attends nursery on about half of her booked days, and on most of "
        "those days she arrives after 10am and asks for food straight away.",
        "Mr Holt works long shifts at the distribution centre and Ms Holt says she feels 'on her own with it "
        "all'. The family have rent arrears and a loan with a doorstep lender."))
    P.add(section("What's working well",
        ul(["Both parents love Mia and Alfie, and the children are warm and relaxed with them. Alfie reaches "
            "for his mum and Mia climbs onto her dad's lap for a story.",
            "Mr Holt has already borrowed money from his brother towards a new cooker.",
            "Ms Holt's mother, Mrs Sandra Crewe, lives two streets away and has offered to help with the "
            "nursery run.",
            "The parents came to the conference together and agreed to every part of this plan."])))
    P.add(h(2, "The plan"),
          action_table(P, ["Outcome", "Action", "Lead", "Timescale", "Evidence of progress"], [
            ("Mia and Alfie live in a clean, safe home with food every day", [
             ("Clear dog mess from the floors each morning and keep the dog out of the children's bedroom",
              "Mr and Ms Holt", "Every day from 15 January 2026",
              "Home rated acceptable on the home conditions checklist at two unannounced visits in a row", ""),
             ("Make unannounced visits, complete the home conditions checklist with the parents and see Mia "
              "on her own in her room", "Hannah Gill (social worker)", "Every two weeks until the review",
              "Checklist scores and what Mia says on file and shared at each core group meeting", ""),
             ("Apply to the Ashcombe Welfare Fund for a cooker and a mould treatment for the children's bedroom",
              "Tom Reeve (family support worker)", "By 30 January 2026",
              "Cooker fitted and bedroom wall treated, seen at the next home visit", ""),
             ("Ring Ashcombe Homes to report the mould and get a repair date in writing", "Mr Holt",
              "By 21 January 2026", "Repair date letter shown to the social worker", ""),
             ("Plan a week of meals with Ms Holt and go shopping with her for the first two weekly shops",
              "Tom Reeve (family support worker)", "Weekly, starting 20 January 2026",
              "Fridge and cupboards hold food for the children at each unannounced visit", ""),
            ]),
            ("Mia and Alfie's health needs are met", [
             ("Take Alfie to Ashcombe Medical Centre for his missed immunisations and book his one-year review",
              "Ms Holt", "By 6 February 2026",
              "GP record shows immunisations given; practice nurse confirms this to the health visitor", ""),
             ("Take Mia to her dental appointment at the community dental clinic; Tom Reeve will drive them there",
              "Ms Holt", "28 January 2026", "Clinic confirms Mia attended and her treatment date is booked", ""),
             ("Weigh Alfie at home and check his development with the ages and stages questionnaire",
              "Priya Shah (health visitor)", "Every four weeks",
              "Alfie's weight stays on or above the 25th centile; questionnaire scores shared at core group", ""),
            ]),
            ("Mia goes to nursery every day she is booked, on time and fed", [
             ("Take Mia to Little Acorns Nursery for 9am, with breakfast eaten at home",
              "Mr Holt (Monday and Tuesday), Ms Holt (Wednesday to Friday)", "Every weekday from 19 January 2026",
              "Nursery register shows 90% attendance or more each month and arrival by 9.15am", ""),
             ("Note whether Mia has eaten breakfast when she arrives and email the social worker a weekly log",
              "Mrs Lorna Quayle (nursery manager)", "Every Friday",
              "Weekly log on file; fewer than one hungry arrival a week by the review", ""),
            ]),
          ]))
    P.add(section("Mia and Alfie's wishes and feelings",
        "Mia told her social worker that her favourite thing is 'painting at nursery' and that she does not "
        "like 'the smelly room' (the bedroom with the mould). When asked what she would wish for, she said "
        "'pancakes' and 'a new bed for Alfie'. She showed her social worker her sore tooth.",
        "Alfie is too young to say what he thinks. At visits he was usually in his cot or bouncer when the "
        "social worker arrived; his nappy was often heavy. He smiled and babbled when his dad picked him up, "
        "and he ate a whole pouch of food quickly at one visit. He is not yet pulling himself up to stand."))
    P.add(section("Parents' views",
        "Ms Holt said she is 'embarrassed' about the flat and wants help to get on top of it. She agreed that "
        "Alfie's injections should have been done. Mr Holt said the cooker and the money worries are the main "
        "problem and that he will do the mornings when he is not on an early shift."))
    P.add(section("Contingency plan",
        "If the home is rated below acceptable at two visits in a row, or Mia or Alfie miss another health "
        "appointment without a good reason, Hannah Gill will discuss the plan with her team manager within "
        "five working days and a legal planning meeting will be held to consider the pre-proceedings process. "
        "If the children are found without food or in danger at any visit, the social worker will act the "
        "same day, which may mean the children staying with Mrs Crewe."))
    P.add(section("Review",
        "The review child protection conference will be held on **8 April 2026 at 10am** at Ashcombe Civic "
        "Centre. The core group will first meet on 28 January 2026 and then every four weeks."))
    return P


def s02():
    P = Plan("02-mensah", "md", "Domestic abuse (emotional abuse): Kai (12), Amelia (8), Rosa (4); first review",
             "Markdown table `Need | Next steps | Person responsible | Review by | What will be different`; "
             "the need is written on a group's first row only",
             notes="Uses unexplained acronyms in the worries (MARAC, DVPN).")
    P.add(title("Child Protection Plan – Review"),
          meta([("Children", "Kai Mensah (12), Amelia Mensah (8), Rosa Mensah (4)"),
                ("Category", "Emotional abuse"),
                ("Review conference date", "3 February 2026 (first review)"),
                ("Lead social worker", "Daniel Okoro"),
                ("Core group", "Ms Grace Mensah (mum), Daniel Okoro (social worker), Mrs Linford (Amelia's class "
                 "teacher, Hollybank Primary), Mr Carter (head of year 8, Northvale High), Abi Turner (health "
                 "visitor), PC Alan Brett (Northvale police domestic abuse unit), Haven domestic abuse service")]))
    P.add(section("What we are worried about",
        "Mr Samuel Mensah has been violent to Ms Mensah for at least five years. In October he strangled her "
        "in the kitchen while Kai tried to pull him off; Amelia and Rosa were upstairs and heard it. A DVPN "
        "was served and the case went to MARAC in November. Mr Mensah now lives in Leeford, but Ms Mensah "
        "let him stay at the house over Christmas 'for the children', and there was another argument on "
        "Boxing Day when he threw a plate at the wall.",
        "Kai has become the 'man of the house'; he is angry, has had two detentions for fighting and sleeps "
        "with a cricket bat by his bed. Amelia has started soiling at school. Rosa copies shouting and "
        "hitting in her play at nursery."))
    P.add(section("What's working well",
        "Ms Mensah has a non-molestation order and has been seeing a Haven outreach worker. The children "
        "go to school and nursery every day and are well cared for physically. Ms Mensah's sister visits "
        "most weekends and the children are close to her."))
    P.add(h(2, "Plan"),
          action_table(P, ["Need", "Next steps", "Person responsible", "Review by", "What will be different"], [
            ("The children are protected from Mr Mensah's violence", [
             ("Keep the non-molestation order in place and call 999 if Mr Mensah comes to the house or near the children",
              "Ms Mensah", "From today, every time", "No visits by Mr Mensah recorded in police logs; any breach reported the same day", ""),
             ("Attend the Daybreak recovery programme for women (12 weekly sessions) at Northvale Family Hub",
              "Ms Mensah", "Weekly from 10 February 2026",
              "At least 10 of 12 sessions attended; Ms Mensah can describe her safety plan to the social worker", ""),
             ("Support mum", "All agencies", "Ongoing", "Mum feels more confident", "OV TV DV EV"),
             ("Tell the social worker about any police call-out involving Mr Mensah or the family's address",
              "PC Alan Brett (domestic abuse unit)", "Within 24 hours of any call-out", "", "EM"),
            ]),
            ("Kai, Amelia and Rosa can talk about what has happened and feel safer", [
             ("A referral will be made to the Haven children's recovery group for Kai and Amelia", "", "28 February 2026",
              "Both children have started the 8-week group and can each name a safe adult to talk to, reported by the group worker", "OM"),
             ("See each child alone, at home or school, and write down what they say in their own words",
              "Daniel Okoro (social worker)", "Every two weeks", "Each child's words on file before every core group", ""),
             ("Keep an eye on Kai at school", "Education", "As and when", "", "OV TV DV EM"),
             ("Keep a daily toileting chart with Amelia and tell Ms Mensah about any accidents at pick-up",
              "Mrs Linford (class teacher)", "Each school day from 9 February 2026",
              "Fewer than two accidents a week at school by the review, shown on the chart", ""),
             ("Check Rosa's speech, play and behaviour at her 4-year development review",
              "Abi Turner (health visitor)", "By 13 March 2026", "Review results shared with the core group by 20 March 2026", ""),
            ]),
          ]))
    P.add(section("What the children say",
        "Kai said: 'I'm not scared of him. I just don't want Mum crying.' He wants his dad to 'say sorry "
        "properly' and would like to see him at football, not at home. Amelia said she feels safe when "
        "it is 'just us' and her tummy hurts when Dad phones. Rosa drew her family holding hands and put "
        "her dad on a different page."))
    P.add(section("Parents' views",
        "Ms Mensah says she let Mr Mensah stay because the children missed him and she thought he had "
        "changed. She now accepts he should not come to the house. Mr Mensah did not come to the conference; "
        "he told the social worker by phone that he 'never touched the kids' and wants to see them."))
    P.add(section("Contingency plan",
        "If Mr Mensah comes to the family home, or Ms Mensah allows contact outside this plan, the social "
        "worker will hold a strategy meeting within one working day and the local authority will consider "
        "legal advice. If Ms Mensah needs to leave in an emergency, Haven will find a refuge place."))
    P.add(section("Next review", "Review child protection conference: 28 July 2026, Northvale Civic Offices."))
    return P


def s03():
    P = Plan("03-marsh", "md", "Parental substance misuse (neglect): Leo (8); initial conference",
             "Inline-labelled bullets `- **Action:** ... **Who:** ... **By when:** ... **How we will know:** ...` "
             "under outcome headings")
    P.add(title("Child Protection Plan for Leo Marsh", "Kingsford City Council – Children and Families"),
          meta([("Child", "Leo Marsh, aged 8 (born 17 May 2017)"),
                ("Category of abuse", "Neglect"),
                ("Date of initial child protection conference", "22 January 2026"),
                ("Lead social worker", "Nadia Karim"),
                ("Core group", "Ms Sophie Marsh (mum); Mrs Pat Marsh (grandmother); Nadia Karim (social worker); "
                 "Gary Lund (recovery worker, Kingsford Pathways drug and alcohol service); Mrs Ahmed "
                 "(designated safeguarding lead, Brookfield Primary); Dr Kaur (GP, Riverside Surgery)")],
               style="list"))
    P.add(section("What we are worried about",
        "Ms Marsh has used heroin for many years and is on a methadone prescription. Since the autumn she has "
        "been using heroin and crack cocaine on top of her methadone. On 3 January Leo could not wake his mum "
        "in the afternoon and ran to a neighbour, who called an ambulance. Ms Marsh was treated for an overdose.",
        "Leo is often late for school and has told staff he had no tea. Neighbours report adults calling at the "
        "flat late at night. Leo's father is in prison and has no contact with him. Leo worries about his mum "
        "all the time and has started refusing to go to school so that he can 'keep an eye on her'."))
    P.add(section("What's working well",
        "Leo is a kind, chatty boy who loves football and drawing. His grandmother, Mrs Pat Marsh, lives "
        "nearby, sees him every day and has had him to stay when his mum was in hospital. Ms Marsh has kept "
        "every appointment with Pathways since the overdose and says she wants to be a better mum to Leo."))
    labels = ["Action", "Who", "By when", "How we will know"]
    P.add(h(2, "What needs to happen"),
          inline_bullets(P, labels, [
            ("Outcome 1: Leo is always cared for by an adult who is not under the influence of drugs", [
             ("Go to key-work sessions at Kingsford Pathways and take methadone under supervision at Boots, "
              "High Street, every day", "Ms Marsh", "Key-work every Wednesday from 28 January 2026; methadone daily",
              "Pathways and pharmacy records, shared with the social worker each month, show no missed sessions or doses", ""),
             ("Do a urine drug test at each key-work session and send the result to the social worker",
              "Gary Lund (recovery worker)", "Every Wednesday",
              "Eight tests in a row free of heroin and crack cocaine by the review", ""),
             ("Write a safety plan with Leo and his mum naming Mrs Pat Marsh as the person Leo rings if he cannot "
              "wake his mum, and practise calling 999 with him", "Nadia Karim (social worker)", "By 30 January 2026",
              "Signed plan on file; Leo can tell his social worker who he would ring and how", ""),
             ("Visit Leo at home, at least once a month unannounced in the evening, and see him on his own "
              "in his bedroom or at school", "Nadia Karim (social worker)", "Every two weeks until the review",
              "Visit records show what Leo said in his own words and how the flat was at each visit", ""),
             ("Tell people who use drugs that they cannot come to the flat, and let no one stay overnight",
              "Ms Marsh", "From today",
              "No visitors found at unannounced evening visits; no police reports of callers at the flat", ""),
            ]),
            ("Outcome 2: Leo gets to school on time, fed and ready to learn", [
             ("Walk Leo to breakfast club at Brookfield Primary for 8am",
              "Ms Marsh (Mrs Pat Marsh on Tuesdays and Thursdays)", "Every school day from 26 January 2026",
              "Attendance 95% or more and no late marks each half term (school register)", ""),
             ("Phone the social worker by 10am on any day Leo is absent or arrives hungry",
              "Mrs Ahmed (designated safeguarding lead)", "Each school day",
              "Every absence followed up the same day and listed in the school's report to each core group", ""),
            ]),
            ("Outcome 3: Leo understands what is happening and has someone to talk to", [
             ("Do six sessions of direct work with Leo about his family, using the 'three houses' drawings",
              "Nadia Karim (social worker)", "Fortnightly, finished by 1 April 2026",
              "Leo's drawings and words shared at the review conference", ""),
             ("Refer Leo to the Hidden Harm project for children whose parents use drugs",
              "Gary Lund (recovery worker)", "By 6 February 2026",
              "Leo has a named project worker and has been to his first session by 6 March 2026", ""),
            ]),
          ]))
    P.add(section("Leo's wishes and feelings",
        "Leo said his three worries are 'Mum going to sleep and not waking up', 'the men who knock at night' "
        "and 'getting told off for being late'. His good things are football with his nan's neighbour, his "
        "dog Biscuit and his teacher. He said he wants to live with his mum 'when she's better' and stay at "
        "his nan's 'if she's poorly'. He gave his home a score of 4 out of 10 and said it would be 10 'if Mum "
        "stopped for good'."))
    P.add(section("Mum's views",
        "Ms Marsh said the overdose was 'a wake-up call'. She agrees with the plan and asked for Leo to have "
        "someone to talk to. She would like help to move away from the flat because people she used with "
        "know where she lives."))
    P.add(section("Contingency plan",
        "If Ms Marsh misses two supervised doses in a row, has a positive test for heroin or crack cocaine, "
        "or is found under the influence while caring for Leo, Leo will stay with Mrs Pat Marsh and the "
        "social worker will call a legal planning meeting within five working days."))
    P.add(section("Review conference", "The review child protection conference is on 16 April 2026 at 2pm."))
    return P


def s04():
    P = Plan("04-pryce", "md", "Child criminal exploitation (physical abuse): Callum (14); initial conference",
             "Prose: one action per sentence/paragraph (\"X will ... by ..., so that ...\") under numbered outcome headings")
    P.add(title("Child Protection Plan"),
          meta([("Young person", "Callum Pryce (14)"),
                ("Category of abuse", "Physical abuse (criminal exploitation)"),
                ("Initial conference", "5 February 2026"),
                ("Lead social worker", "Joanne Birch, Eastmere Adolescent Safeguarding Team"),
                ("Core group", "Ms Donna Pryce (mum), Mr Steve Whitlock (stepdad), Callum, Joanne Birch (social "
                 "worker), Marcus Greene (exploitation worker, Eastmere Safe Futures team), PC Laura Hines "
                 "(missing persons coordinator), Mrs Kowalski (designated safeguarding lead, Eastmere Academy), "
                 "Jay Ellis (youth worker, Step Up project)")], style="table"))
    P.add(section("What we are worried about",
        "Callum was found by police on 14 January in a flat in Carrow, sixty miles away, with twenty wraps of "
        "crack cocaine and £340 in cash. He has been reported missing three times since November, once for "
        "two nights. He has new trainers, a second phone and, his mum thinks, a debt to the older men he "
        "works for. A grey car has been seen outside the house late at night. Callum has had two fixed-term "
        "exclusions this year and is in school about half the time. He and his stepdad argue most days."))
    P.add(section("What's working well",
        "Callum has a good relationship with Jay, his youth worker, and turned up to every session before "
        "Christmas. His mum reports him missing quickly and answers the door to police. Callum is good with "
        "his hands and talks about becoming a mechanic."))
    P.add(h(2, "What will happen"), prose(P, [
        ("1. Callum is safe from the people exploiting him", [
         ("Marcus Greene, the Safe Futures exploitation worker, will meet Callum every Tuesday after school at a "
          "place Callum chooses, starting on 10 February 2026, so that the exploitation risk assessment is "
          "completed and shared with the core group by 6 March 2026.",
          "meet Callum every Tuesday after school at a place Callum chooses", "Marcus Greene, the Safe Futures exploitation worker",
          "every Tuesday ... starting on 10 February 2026", "the exploitation risk assessment is completed and shared with the core group by 6 March 2026", ""),
         ("PC Laura Hines will check police information on the grey car seen outside the home and report what "
          "disruption action has been taken to the core group by 20 February 2026; we will know this has worked "
          "when no sightings of the car near the home are logged in the four weeks before the review.",
          "check police information on the grey car ... and report what disruption action has been taken", "PC Laura Hines",
          "by 20 February 2026", "no sightings of the car near the home are logged in the four weeks before the review", ""),
         ("Ms Pryce will report Callum missing to the police within one hour of his curfew (9pm on school nights, "
          "10pm at weekends) every time he is not home, so that every missing episode has a police reference "
          "number and a return home interview within 72 hours.",
          "report Callum missing to the police", "Ms Pryce", "within one hour of his curfew ... every time he is not home",
          "every missing episode has a police reference number and a return home interview within 72 hours", ""),
         ("Joanne Birch, the social worker, will visit Callum at home every two weeks, at least once a month "
          "unannounced, and see him on his own away from the house, so that what he says about his safety is "
          "written down in his own words after every visit.",
          "visit Callum at home ... and see him on his own away from the house", "Joanne Birch, the social worker",
          "every two weeks", "what he says about his safety is written down in his own words after every visit", ""),
         ("Ms Pryce and Mr Whitlock will hand Callum's second phone to the police and keep his own phone in the "
          "kitchen overnight from today, so that Callum has no phone in his bedroom at night, which they will "
          "record on the house agreement sheet that the social worker checks every two weeks.",
          "hand Callum's second phone to the police and keep his own phone in the kitchen overnight", "Ms Pryce and Mr Whitlock",
          "from today", "Callum has no phone in his bedroom at night, ... recorded on the house agreement sheet", ""),
        ]),
        ("2. Callum is in education full time", [
         ("Mrs Kowalski, the designated safeguarding lead, will agree a part-time timetable with Callum and his "
          "mum by 13 February 2026 and add one day every two weeks, so that Callum is in school full time by "
          "27 March 2026, shown on the school register.",
          "agree a part-time timetable with Callum and his mum ... and add one day every two weeks",
          "Mrs Kowalski, the designated safeguarding lead", "by 13 February 2026",
          "Callum is in school full time by 27 March 2026, shown on the school register", ""),
         ("Jay Ellis from the Step Up project will take Callum to two taster sessions at Eastmere College's "
          "motor vehicle workshop in March 2026, so that Callum has sent in a college application by the review.",
          "take Callum to two taster sessions at Eastmere College's motor vehicle workshop", "Jay Ellis from the Step Up project",
          "in March 2026", "Callum has sent in a college application by the review", ""),
        ]),
        ("3. Callum and his family get on better at home", [
         ("Joanne Birch, the social worker, will hold a family meeting with Callum, Ms Pryce and Mr Whitlock "
          "within three weeks of conference to agree house rules, so that a written family agreement signed by "
          "all three is on file before the review conference.",
          "hold a family meeting with Callum, Ms Pryce and Mr Whitlock ... to agree house rules", "Joanne Birch, the social worker",
          "within three weeks of conference", "a written family agreement signed by all three is on file", ""),
         ("Mr Whitlock will go to the four-session Parenting Teens course at Eastmere Family Hub starting on "
          "3 March 2026, and we will know this has helped when Callum's own score for arguments at home, asked "
          "at each visit on a scale of 1 to 10, has gone down by the review.",
          "go to the four-session Parenting Teens course at Eastmere Family Hub", "Mr Whitlock",
          "starting on 3 March 2026", "Callum's own score for arguments at home ... has gone down by the review", ""),
        ]),
    ]))
    P.add(section("Callum's views",
        "Callum says the men in the car are 'just mates' and that he went to Carrow 'for a laugh'. Later in "
        "the same meeting he said he 'can't just stop' because he owes money. He wants his stepdad to 'get off "
        "my back' and would like to go to college to work on cars. He agreed to keep seeing Jay and said he "
        "would meet Marcus 'if it's not at school'."))
    P.add(section("Parents' views",
        "Ms Pryce is frightened for Callum and relieved that agencies are involved. She wants him moved to a "
        "different school. Mr Whitlock says Callum 'has no respect' but agreed to go on the parenting course."))
    P.add(section("Contingency plan",
        "If Callum is missing for more than 24 hours, is found outside Eastmere, or is threatened because of "
        "his debt, the police and the social worker will hold a strategy meeting within one working day. The "
        "meeting will consider a referral to the National Referral Mechanism and whether Callum needs to "
        "stay with family away from the area."))
    P.add(section("Review", "Review child protection conference: 30 April 2026."))
    return P


def s05():
    P = Plan("05-novak", "md", "Parental mental health and alcohol (neglect): baby Isla (7 weeks); initial conference",
             "Signs of Safety: danger statement, safety goals as headings, each with a `Next step | Who | By when` "
             "table (the goal is the evidence); scaling; a day in the baby's life")
    P.add(title("Safety Plan (Child Protection Plan)", "Harrowden Council – Children's Social Care"),
          meta([("Child", "Isla Novak, born 22 December 2025 (7 weeks)"),
                ("Category of abuse", "Neglect"),
                ("Date of conference", "Initial child protection conference, 9 February 2026"),
                ("Lead social worker", "Rachel Kerr"),
                ("Core group and safety network", "Ms Katarzyna Novak (mum), Mr Marek Novak (dad), Mrs Ewa Novak "
                 "(paternal grandmother), Rachel Kerr (social worker), Julie Pearson (health visitor), Dr Osman "
                 "(perinatal psychiatrist), Sarah Tilling (perinatal community nurse)")]))
    P.add(section("Danger statement",
        "Children's social care and the health visitor are worried that Ms Novak's severe postnatal depression, "
        "and the frightening thoughts she has had about harming Isla, could mean Isla is hurt or not fed and "
        "kept warm. We are also worried that Mr Novak has been drinking heavily in the evenings and has been "
        "too drunk to look after Isla when Ms Novak is unwell; on 28 January police found him asleep on the "
        "sofa while Isla cried upstairs and Ms Novak had walked out of the house."))
    P.add(section("What's working well",
        "Ms Novak told her GP about her thoughts herself and asked for help. She has started medication and "
        "has seen the perinatal team twice. Mr Novak's mother has moved in with the family for three months. "
        "Isla is feeding well, her weight is on the 50th centile and she was clean and content at every visit. "
        "Mr Novak has not had a drink since 28 January, and he says so openly."))
    P.add(h(2, "Safety goals and next steps"), sos_goals(P, [
        ("Isla is always cared for by a calm, sober adult: Ms Novak is not alone with Isla overnight until "
         "Dr Osman agrees in writing that it is safe, shown by the family rota signed and checked at every visit.", [
          ("Write and sign a family rota so that Mr Novak or Mrs Ewa Novak is with Ms Novak and Isla every night",
           "Mr Novak and Mrs Ewa Novak", "By 11 February 2026", ""),
          ("Visit unannounced, see Isla awake and check the rota", "Rachel Kerr (social worker)",
           "Twice a week until the review", ""),
          ("Do a breath test at each unannounced visit and not drink when caring for Isla", "Mr Novak",
           "At every visit from 10 February 2026", ""),
          ("Refer Mr Novak, with his agreement, to the Harrowden Community Alcohol Service for an assessment "
           "and key-work", "Rachel Kerr (social worker)", "By 13 February 2026", ""),
        ]),
        ("Ms Novak's depression is treated and she can tell the core group what she does when the frightening "
         "thoughts come, shown in Dr Osman's written report to the core group before the review.", [
          ("See Ms Novak at home to review her medication and her safety plan", "Dr Osman (perinatal psychiatrist)",
           "Within 2 weeks of conference, then monthly", ""),
          ("Visit Ms Novak and complete the Edinburgh postnatal depression scale with her",
           "Sarah Tilling (perinatal community nurse)", "Weekly", ""),
        ]),
        ("Isla grows well and her health checks are done on time: she stays on or above the 25th centile and "
         "has her 8-week check and immunisations by the end of February.", [
          ("Weigh Isla at home and watch a feed", "Julie Pearson (health visitor)", "Every two weeks", ""),
          ("Take Isla for her 8-week check and first immunisations at Harrowden Health Centre",
           "Mr and Ms Novak", "19 February 2026", ""),
        ]),
    ]))
    P.add(section("Scaling",
        "On a scale of 0 to 10, where 10 means everyone is confident Isla is safe with her parents and the "
        "plan can end, and 0 means Isla cannot stay at home, the core group scored 4 and the parents scored 7."))
    P.add(section("A day in Isla's life",
        "Isla wakes about every three hours for a bottle. In the mornings her grandmother usually feeds and "
        "changes her while her mum sleeps. At visits Isla was clean, warm and settled; she held eye contact "
        "and smiled at her dad. When Ms Novak held her she was stiff and quiet and Ms Novak did not talk to "
        "her. Isla sleeps in a Moses basket in her parents' room, on her back, with no loose blankets."))
    P.add(section("What mum and dad say",
        "Ms Novak said: 'I love her, but some days I feel nothing, and that scares me.' She wants to get well "
        "and agrees she should not be alone with Isla at night for now. Mr Novak said he drank because he did "
        "not know how to help his wife, and that he has stopped."))
    P.add(section("Contingency plan",
        "If Ms Novak's mental health gets worse, Dr Osman will arrange an urgent assessment and consider a "
        "mother and baby unit. If Mr Novak is found to have been drinking while caring for Isla, or the rota is "
        "not kept, Rachel Kerr will hold a strategy meeting the same day and Isla will be cared for by Mrs Ewa "
        "Novak while it is decided what happens next."))
    P.add(section("Review", "Review child protection conference: 5 May 2026, 10.30am."))
    return P


def s06():
    P = Plan("06-bennett", "md", "Physical abuse: Noah (6); initial conference",
             "Markdown table `What needs to happen | Who will do it | When | How we will know it has happened` (no outcome column)",
             plan_defects=["Lead social worker is \"TBC\" (lead_professional_missing)"],
             notes="Unexplained jargon: \"s47\", \"ABE interview\".")
    P.add(title("Child Protection Plan"),
          meta([("Child", "Noah Bennett (6)"),
                ("Category", "Physical abuse"),
                ("Date of ICPC", "2 March 2026"),
                ("Lead social worker", "TBC"),
                ("Core group", "Ms Chantelle Bennett (mum), Mr Ricky Holden (mum's partner), Mrs Hargreaves "
                 "(designated safeguarding lead, Millbrook Infants), school nurse, social worker, DC Amy Farr")]))
    P.add(section("What we are worried about",
        "On 23 February Noah came to school with a bruise shaped like a hand on his upper arm and small "
        "round bruises on his back. He told his teacher 'Ricky grabbed me because I wouldn't get in the bath'. "
        "A s47 enquiry started the same day and Noah had an ABE interview on 25 February. The child protection "
        "medical found older bruises on his shins and lower back that could not be explained. Mr Holden denies "
        "hurting Noah. Ms Bennett at first said Noah bruises easily, then that she was at work. Mr Holden is on "
        "police bail with a condition not to be alone with Noah."))
    P.add(section("What's working well",
        "Noah is doing well at school, has friends and a good relationship with his teacher. Ms Bennett "
        "agreed straight away that Mr Holden should move out. Noah's grandmother, Mrs Val Bennett, collects "
        "him from school two days a week."))
    P.add(h(2, "Action plan"),
          action_table(P, ["What needs to happen", "Who will do it", "When", "How we will know it has happened"], [
            (None, [
             ("Move out of the family home and stay at his brother's address while the police investigation continues",
              "Mr Holden", "From today", "No signs of Mr Holden living at the home at unannounced visits; police confirm his bail address", ""),
             ("Mum and Mr Holden to work with professionals", "Mum and Mr Holden", "Throughout", "Positive engagement", "TV DV EV"),
             ("Check Noah for marks and ask him how he is each morning when he arrives",
              "Mrs Hargreaves (designated safeguarding lead)", "Every school day",
              "Any mark or worry logged and reported to children's social care the same day", ""),
             ("Monitor Noah", "Family", "Regularly", "Noah is happier", "OV TV DV EV"),
             ("A paediatric review of the older bruising will be arranged", "", "Within 5 working days", "", "OM EM"),
             ("Visit Noah at home, at least once a month unannounced, and see him on his own in his bedroom",
              "Social worker", "Every two weeks until the review",
              "Visit records show Noah's words and any marks or worries, shared at each core group", ""),
             ("Complete a parenting assessment of Ms Bennett, including how she will keep Noah safe",
              "Social worker", "By 17 April 2026", "Assessment report shared with the core group before the review", ""),
             ("Meet Mr Holden to go through this plan and refer him to the Calmer Homes programme for men at Ashcombe Family Hub",
              "Social worker", "Within 10 working days of conference",
              "Referral sent and Mr Holden's answer recorded; the Family Hub confirms whether he has started by the review", ""),
             ("Attend the Positive Discipline course at Ashcombe Family Hub", "Ms Bennett",
              "8 weekly sessions from 11 March 2026", "", "EM"),
            ]),
          ]))
    P.add(section("Noah's wishes and feelings",
        "Noah told his teacher that he likes living with his mummy and his nan, and that he does not want "
        "Ricky to 'do the bath' any more. He said the best thing about home is his Lego and the worst thing is "
        "'shouting'. He wants to keep going to his football club on Saturdays."))
    P.add(section("Parents' views",
        "Ms Bennett says she never saw Mr Holden hurt Noah and is 'in the middle'. She has agreed that Mr "
        "Holden will not live at the house while the plan is in place. Mr Holden did not attend the conference."))
    P.add(section("Contingency plan",
        "If Mr Holden is found at the home, or Noah has any new unexplained injury, a strategy meeting will be "
        "held the same day and legal advice will be sought. Noah could stay with his grandmother, Mrs Val "
        "Bennett, who has agreed to this."))
    P.add(section("Review", "Review conference: 28 May 2026"))
    return P


def s07():
    P = Plan("07-dawson", "docx", "Neglect (parental depression and gambling): Chloe (15) and Ryan (13); review conference",
             "Word table `Outcome | Action | Responsible | By when | Evidence`, the outcome cell merged vertically "
             "over each group's rows; metadata as a two-column Word table")
    P.add(title("Child Protection Plan (Review)", "Larkfield District Council – Children's Services"),
          meta([("Children", "Chloe Dawson (15) and Ryan Dawson (13)"),
                ("Category of abuse", "Neglect"),
                ("Conference", "Review child protection conference, 20 January 2026 (second review)"),
                ("Lead social worker", "Simon Achebe"),
                ("Core group members", "Mr Gary Dawson (dad); Chloe; Ryan; Mrs Tina Clough (aunt); Simon Achebe "
                 "(social worker); Mrs Penrose (designated safeguarding lead, Larkfield High School); Kerry Noon "
                 "(school nurse); Sam Pritchard (money adviser, Larkfield Money Advice); Dr Fenn (GP)")],
               style="table"))
    P.add(section("What we are worried about",
        "Since the last review the electricity has run out at least four times, once for three days in "
        "December, and the children have been cold and without hot food. Mr Dawson spends most days in bed "
        "and has lost money gambling online, including money meant for the meter. Chloe has been cutting her "
        "arms and told the school nurse she feels 'like a parent'. Ryan's attendance is 70% and he has been "
        "seen out late in the town centre on school nights.", level=1))
    P.add(section("What's working well",
        "Mr Dawson has been honest about his gambling and asked for help with it. The children's aunt, "
        "Mrs Clough, has them for tea twice a week. Both children are well liked at school and Chloe is "
        "predicted good GCSE grades. Mr Dawson has kept every appointment with the social worker.", level=1))
    P.add(h(1, "Plan"),
          action_table(P, ["Outcome", "Action", "Responsible", "By when", "Evidence"], [
            ("Chloe and Ryan have food, heating and electricity every day", [
             ("Set up a written budget and a repayment arrangement with the energy company", "Sam Pritchard (money adviser) with Mr Dawson",
              "By 13 February 2026", "Budget and repayment letter on file; meter in credit at every visit", ""),
             ("Put the bank's gambling block on his card and install a gambling blocker on his phone", "Mr Dawson",
              "By 27 January 2026", "Bank statements shown to the social worker monthly show no gambling payments", ""),
             ("Do a food shop with the children every Saturday using the meal list agreed with the money adviser",
              "Mr Dawson", "Every Saturday from 24 January 2026",
              "Food in the fridge and cupboards at each unannounced visit; children say they had a hot tea each night", ""),
             ("Visit the home unannounced, check the meter, fridge and bedrooms, and see Chloe and Ryan each on "
              "their own", "Simon Achebe (social worker)", "Every two weeks",
              "Visit records show heating on, meter in credit and clean bedding, and what each child said, at each visit", ""),
            ]),
            ("Mr Dawson's depression and gambling are treated", [
             ("Go to a medication review with the GP", "Mr Dawson", "23 January 2026",
              "GP confirms the appointment and treatment plan to the social worker", ""),
             ("Refer Mr Dawson to Larkfield Talking Therapies and the Larkfield gambling support clinic", "Dr Fenn (GP)",
              "Within 2 weeks of the GP appointment", "Mr Dawson has a first appointment date for each by 20 February 2026", ""),
            ]),
            ("Chloe and Ryan are safe, well and in school", [
             ("Meet Chloe in school and go through her self-harm safety plan with her", "Kerry Noon (school nurse)",
              "Every Monday", "Safety plan updated each week; any new self-harm reported to the GP and social worker the same day", ""),
             ("Refer Chloe to the child and adolescent mental health service (CAMHS)", "Kerry Noon (school nurse)",
              "By 30 January 2026", "Chloe has had her first appointment before the review", ""),
             ("Phone Mr Dawson and the social worker by 10am if Ryan is not in school", "Mrs Penrose (designated safeguarding lead)",
              "Each school day", "Ryan's attendance rises from 70% to 90% or more by the review (school register)", ""),
            ]),
          ], merge=True))
    P.add(section("Chloe and Ryan's wishes and feelings",
        "Chloe said she loves her dad but is 'tired of being the adult'. She wants the lights to stay on and "
        "to have time for her coursework. She would like to talk to someone who is 'not school'. Ryan said "
        "home is 'boring and cold' so he goes out. He wants Wi-Fi and football boots, and he would like his "
        "dad to come to one of his matches.", level=1))
    P.add(section("Parent's views",
        "Mr Dawson said he has 'let the kids down' and wants to sort out his money and his health. He agreed "
        "to hand over control of his bank card to the gambling block and asked for the money adviser.", level=1))
    P.add(section("Contingency plan",
        "If the electricity runs out again, or the children are found without food, Mrs Clough has agreed "
        "that the children can stay with her, and the social worker will hold a legal planning meeting within "
        "ten working days. If Chloe's self-harm becomes more serious, the school nurse or GP will arrange an "
        "urgent mental health assessment the same day.", level=1))
    P.add(section("Next review", "The next review child protection conference will be on 14 July 2026 at "
                  "Larkfield Civic Centre.", level=1))
    return P


def s08():
    P = Plan("08-lowe", "docx", "Domestic abuse and parental cannabis use (neglect): baby Harvey (10 weeks); first review after birth",
             "Word table `What we want to achieve | What will be done | Who | When | How we will know` with line "
             "breaks inside cells (name and role on two lines, start date and frequency on two lines); the "
             "aim is on the first row of each group only; metadata as bold-label paragraphs")
    P.add(title("Child Protection Plan", "Northvale Council – Children's Social Care"),
          meta([("Child", "Harvey Lowe, born 2 December 2025"),
                ("Category", "Neglect"),
                ("Conference", "Review child protection conference, 10 February 2026 (Harvey was made subject to a "
                 "plan at a pre-birth conference on 14 October 2025)"),
                ("Lead social worker", "Bethan Rees"),
                ("Core group", "Jess Lowe (mum, 19), Connor Pike (dad, 22), Mrs Angela Lowe (maternal grandmother), "
                 "Bethan Rees (social worker), Kerry Dunn (health visitor), Amy Sharp (Haven outreach worker), "
                 "Lisa Dunne (family centre contact worker), Northvale Young People's Drug Service")], style="paragraphs"))
    P.add(section("What we are worried about",
        "During the pregnancy Connor pushed Jess against a wall and broke her phone when she tried to call "
        "her mum. Both parents smoked cannabis every day. Since Harvey was born, Jess and Harvey have lived "
        "with Mrs Angela Lowe, and Connor sees Harvey at the family centre. In January Jess spent two nights "
        "at Connor's flat with Harvey without telling anyone, and cannabis was smelled in the flat when the "
        "social worker called.", level=1))
    P.add(section("What's working well",
        "Harvey is feeding well and is on his birth centile. Jess is a gentle, attentive mum when she is at "
        "her mother's house. Mrs Lowe gets up in the night to help and has kept to the family safety plan. "
        "Connor has gone to every supervised session and is gentle with Harvey.", level=1))
    P.add(h(1, "The plan"),
          action_table(P, ["What we want to achieve", "What will be done", "Who", "When", "How we will know"], [
            ("Harvey lives free from domestic abuse", [
             ("Attend the Haven young women's programme on healthy relationships",
              "Jess Lowe (mum)\nwith Amy Sharp, Haven outreach worker", "Weekly\nfrom 16 February 2026",
              "8 of 10 sessions attended\nJess can describe her safety plan to the social worker", ""),
             ("Supervise Connor's time with Harvey at Northvale Family Centre", "Lisa Dunne\nFamily centre contact worker",
              "Twice a week\nMondays and Thursdays",
              "Contact notes show Connor feeds, changes and settles Harvey safely at 8 sessions in a row", ""),
            ]),
            ("Harvey is cared for by parents who are not using cannabis", [
             ("Attend key-work sessions at Northvale Young People's Drug Service and give a urine test at each one",
              "Jess Lowe and Connor Pike", "Fortnightly\nfrom 12 February 2026",
              "Clear tests at each session, shared with the social worker by the drug service", ""),
             ("Stay at home overnight and take over Harvey's care if Jess has used cannabis",
              "Mrs Angela Lowe\n(maternal grandmother)", "Every night until the review",
              "Mrs Lowe is at home at every unannounced evening visit", ""),
            ]),
            ("Harvey grows well and sleeps safely", [
             ("Weigh Harvey and see where he sleeps", "Kerry Dunn\nHealth visitor",
              "Every 2 weeks until 12 weeks old,\nthen monthly",
              "Harvey stays on the 50th centile\nHarvey seen asleep on his back in his cot at every visit", ""),
             ("Visit Harvey at his grandmother's home, at least once a month unannounced in the evening, and see "
              "him awake and where he sleeps", "Bethan Rees\nSocial worker", "Every 2 weeks\nuntil the review",
              "Visit records show Harvey clean, fed and sleeping safely, and who was caring for him, at every visit", ""),
             ("Complete parenting assessments of Jess and of Connor", "Bethan Rees\nSocial worker", "By 27 March 2026",
              "Both reports shared with the parents and the core group before the review", ""),
            ]),
          ]))
    P.add(section("Harvey's day",
        "Harvey is ten weeks old. His grandmother says he wakes at about 6am and twice in the night. At visits "
        "he was clean and dressed for the weather, and he fed well from Jess, who talked and sang to him. He "
        "is starting to smile and follows faces. He startled and cried when a door banged. He sleeps in a cot "
        "in Jess's room at her mum's house.", level=1))
    P.add(section("Parents' views",
        "Jess says she stayed at Connor's because she wanted them to be a family, and she knows now it was "
        "not safe. She wants to stop smoking cannabis. Connor says he is 'not that person any more' and wants "
        "to see Harvey at home, not at the centre.", level=1))
    P.add(section("Contingency plan",
        "If Jess takes Harvey to stay with Connor again, or either parent is found under the influence while "
        "caring for Harvey, the social worker will hold a strategy meeting within one working day and will "
        "ask the local authority's legal team whether to start care proceedings.", level=1))
    P.add(section("Review", "Next review child protection conference: 4 August 2026.", level=1))
    return P


def s09():
    P = Plan("09-whitfield", "docx", "Emotional abuse: Ava (11); initial conference",
             "Two Word tables, each starting with a title row merged across all four columns (\"Outcome 1: ...\") "
             "above the header row `Action | Who | By when | How we will know`",
             plan_defects=["No section for the child's wishes and feelings, and no record of Ava's views anywhere "
                           "(child_voice_missing)"])
    P.add(title("Child Protection Plan"),
          meta([("Child", "Ava Whitfield (11)"),
                ("Category of abuse", "Emotional abuse"),
                ("Date of initial conference", "16 February 2026"),
                ("Lead social worker", "Helen Dobson"),
                ("Core group", "Ms Claire Whitfield (mum), Mr Paul Whitfield (dad), Mr Jordan Keane (mum's "
                 "partner), Helen Dobson (social worker), Mrs Gill Tranter (school nurse), Mr Ahmed (head of "
                 "year 7, Kingsford Park School)")], style="table"))
    P.add(section("What we are worried about",
        "Ava's parents separated a year ago and still argue in front of her at every handover. Mr Whitfield "
        "asks Ava to pass on messages about money and questions her about her mum's new partner. Mr Keane "
        "has called Ava 'fat' and 'lazy' and has told her she is 'the reason her dad left'. Since Christmas "
        "Ava has been scratching her arms with a compass and skipping lunch. She told her head of year she "
        "'wants to disappear'.", level=1))
    P.add(section("What's working well",
        "Both parents love Ava and both came to the conference. Ava is doing well in art and has two close "
        "friends. Mrs Tranter already sees her weekly and Ava trusts her.", level=1))
    P.add(h(1, "Action plan"))
    P.add(action_table(P, ["Action", "Who", "By when", "How we will know"], [
        (None, [
         ("Attend the Parenting Apart course, booked separately", "Ms Whitfield and Mr Whitfield", "By 31 March 2026",
          "Course certificates given to the social worker; Ava tells her social worker she is no longer asked to pass on messages", ""),
         ("Parents to communicate better", "Parents", "Ongoing", "Less conflict", "TV DV EV"),
         ("Write an agreement for Ava's time with her dad, with a contact book for all messages between the parents",
          "Helen Dobson (social worker) with both parents", "Within 4 weeks of conference",
          "Signed agreement on file; contact book used at each handover and checked monthly by the social worker", ""),
        ])], title="Outcome 1: Ava is not put in the middle of her parents' arguments"))
    P.add(p(""))
    P.add(action_table(P, ["Action", "Who", "By when", "How we will know"], [
        (None, [
         ("Stop making any comment about Ava's weight or calling her names", "Mr Keane", "From today",
          "Ava tells her social worker at each visit that no one has commented on her weight, recorded in her words", ""),
         ("Talk with Mr Keane and Ms Whitfield about how his comments hurt Ava, and offer him the Kingsford Family "
          "Hub step-parenting course", "Helen Dobson (social worker)", "Within 2 weeks of conference",
          "Meeting recorded; Ava tells her social worker that Mr Keane no longer comments on her weight, and the "
          "Family Hub confirms whether he has started the course before the review", ""),
         ("Visit Ava at home, at least once a month unannounced, and see her on her own at home or at school",
          "Helen Dobson (social worker)", "Every two weeks until the review",
          "Visit records on file after each visit, with what worries Ava and what helps her", ""),
         ("Provide emotional support", "School", "As required", "", "TV DV EM"),
         ("Ava to be referred to Kingsford Young Minds counselling", "", "By 6 March 2026",
          "Ava has started counselling before the review", "OM"),
         ("Weigh Ava and talk to her about her eating and her arms", "Mrs Gill Tranter (school nurse)", "Every two weeks",
          "Ava's weight is the same or higher at each check; no new scratches seen", ""),
        ])], title="Outcome 2: Ava feels good about herself at home and at school"))
    P.add(section("Parents' views",
        "Ms Whitfield was upset to hear what Mr Keane had said and has told him it must stop. Mr Whitfield "
        "said he did not realise how much Ava was hearing and agreed to use the contact book. Mr Keane said "
        "his comments were 'banter'.", level=1))
    P.add(section("Contingency plan",
        "If Ava harms herself seriously or says she is not safe at home, the school will contact children's "
        "social care the same day and Ava can stay with her dad while a strategy meeting is held.", level=1))
    P.add(section("Review conference", "Review child protection conference: 11 May 2026", level=1))
    return P


def s10():
    P = Plan("10-rhodes", "docx", "Physical abuse: Ellie (9); initial conference",
             "Word numbered paragraphs (built-in List Number style) under Heading 2 outcomes; each paragraph one "
             "action in a sentence (owner, task, time, \"so that\" / \"we will know\" evidence)")
    P.add(title("Child Protection Plan", "Westbury Vale Council – Children and Families Service"),
          meta([("Child", "Ellie Rhodes (9)"),
                ("Category of abuse", "Physical abuse"),
                ("Date of initial child protection conference", "26 January 2026"),
                ("Lead social worker", "Martin Ashworth"),
                ("Core group", "Ms Nicola Rhodes (mum), Mr Lee Sutton (mum's partner), Mr Craig Rhodes (Ellie's dad), "
                 "Martin Ashworth (social worker), Mrs Begum (designated safeguarding lead, St Luke's Primary), "
                 "Mr Okonjo (class teacher), Joanne Platt (school nurse)")], style="table"))
    P.add(section("What we are worried about",
        "On 12 January Ellie arrived at school with three long bruises on the back of her legs. She said "
        "Mr Sutton hit her with a hairbrush because she would not go to bed. Ms Rhodes said she was in the "
        "bath at the time. Ellie has told staff before that she gets 'smacked with things' when she is "
        "naughty. Ellie has bad dreams, wets the bed and has become very quiet at school.", level=1))
    P.add(section("What's working well",
        "Ms Rhodes believed Ellie and asked Mr Sutton to leave the same day. Ellie has a loving relationship "
        "with her dad, who lives nearby. Ellie's school noticed the bruises quickly and she trusts her "
        "teachers.", level=1))
    P.add(h(1, "What needs to happen"))
    P.add(numbered(P, [
        ("Ellie is not hurt at home", [
         ("Mr Sutton will not be alone with Ellie at any time from today until the review, and we will know the "
          "agreement is kept when Ellie, her mum and her school all tell the social worker at each fortnightly visit "
          "who has looked after her.",
          "not be alone with Ellie at any time", "Mr Sutton", "from today until the review",
          "Ellie, her mum and her school all tell the social worker at each fortnightly visit who has looked after her", ""),
         ("Ms Rhodes will attend the Safe Hands course on managing behaviour without physical punishment with "
          "the family support worker at Westbury Vale Family Hub every Wednesday for eight weeks from 4 February "
          "2026, so that she can describe "
          "three ways she now manages Ellie's behaviour, recorded by the course leader in the final report.",
          "attend the Safe Hands course on managing behaviour without physical punishment with the family "
          "support worker", "Ms Rhodes",
          "every Wednesday for eight weeks from 4 February 2026",
          "she can describe three ways she now manages Ellie's behaviour, recorded by the course leader in the final report", ""),
         ("Mr Sutton will go to the ten-week Fathers Forward group that the social worker has booked for him at "
          "Westbury Vale Family Hub every Monday evening "
          "from 2 February 2026; we will know this has helped when the group leader's report shows at least nine "
          "sessions attended and a completed safety plan.",
          "go to the ten-week Fathers Forward group that the social worker has booked for him at Westbury Vale "
          "Family Hub", "Mr Sutton",
          "every Monday evening from 2 February 2026",
          "the group leader's report shows at least nine sessions attended and a completed safety plan", ""),
         ("Martin Ashworth, the social worker, will visit Ellie at home every two weeks, at least once a month "
          "unannounced, and see her on her own, so that her views and worries are written in her own words after "
          "every visit.",
          "visit Ellie at home ... and see her on her own", "Martin Ashworth, the social worker", "every two weeks",
          "her views and worries are written in her own words after every visit", ""),
        ]),
        ("Ellie is safe and happy at school", [
         ("Mrs Begum, the designated safeguarding lead, will check in with Ellie every Monday morning and record "
          "any marks or worries on the school safeguarding system, so that any new injury is reported to "
          "children's social care the same day.",
          "check in with Ellie ... and record any marks or worries on the school safeguarding system",
          "Mrs Begum, the designated safeguarding lead", "every Monday morning",
          "any new injury is reported to children's social care the same day", ""),
         ("Mr Okonjo, Ellie's class teacher, will set up a worry box for Ellie from 2 February 2026 and read it "
          "with her every Friday; we will know this is working when Ellie's worries are passed to her social "
          "worker every two weeks.",
          "set up a worry box for Ellie ... and read it with her", "Mr Okonjo, Ellie's class teacher",
          "from 2 February 2026 ... every Friday", "Ellie's worries are passed to her social worker every two weeks", ""),
        ]),
        ("Ellie's health and feelings are looked after", [
         ("Joanne Platt, the school nurse, will see Ellie for six sessions about her sleep and bad dreams, "
          "starting by 13 February 2026, so that Ellie's sleep diary shows her sleeping through at least five "
          "nights a week by the review.",
          "see Ellie for six sessions about her sleep and bad dreams", "Joanne Platt, the school nurse",
          "starting by 13 February 2026", "Ellie's sleep diary shows her sleeping through at least five nights a week by the review", ""),
         ("Mr Craig Rhodes will have Ellie to stay every other weekend from 6 February 2026, as Ellie has asked, "
          "so that she has regular time with him, marked on the contact calendar that the social worker checks "
          "at each visit.",
          "have Ellie to stay every other weekend", "Mr Craig Rhodes", "every other weekend from 6 February 2026",
          "she has regular time with him, marked on the contact calendar that the social worker checks at each visit", ""),
        ]),
    ]))
    P.add(section("Ellie's wishes and feelings",
        "Ellie said she wants to live with her mum and see her dad 'lots'. She does not want Lee to live at "
        "home 'unless he promises and really means it'. She said her mum's cuddles make her feel safe and "
        "that she is scared of the dark. She would like a night light and to go to her dad's every other "
        "weekend.", level=1))
    P.add(section("Parents' views",
        "Ms Rhodes said she is shocked and will put Ellie first. Mr Sutton admitted smacking Ellie 'a couple "
        "of times' but denies using a hairbrush; he has agreed to the group and to staying away. Mr Rhodes "
        "wants to see more of Ellie and will support the plan.", level=1))
    P.add(section("Contingency plan",
        "If Mr Sutton is found alone with Ellie, or Ellie has another injury that is not explained, the social "
        "worker will hold a strategy meeting the same day. Ellie could stay with her dad, who has agreed to "
        "this, while the next steps are decided.", level=1))
    P.add(section("Review", "Review child protection conference: 20 April 2026 at 1.30pm, Westbury Vale House.", level=1))
    return P


def s11():
    P = Plan("11-haddad", "docx", "Parental mental health (neglect): Layla (10) and Sami (6); initial conference",
             "Signs of Safety in Word: safety goals as Heading 2, each with a Word table `Next steps | Who | By when` "
             "(no evidence column: the goal is the evidence)",
             plan_defects=["No contingency plan anywhere in the document (contingency_missing)"])
    P.add(title("Child Protection Plan – Safety Plan", "Eastmere County Council"),
          meta([("Children", "Layla Haddad (10) and Sami Haddad (6)"),
                ("Category", "Neglect"),
                ("Initial conference", "18 February 2026"),
                ("Lead social worker", "Priya Chauhan"),
                ("Core group", "Mr Omar Haddad (dad), Mrs Rania Haddad (mum), Mrs Samira Aziz (aunt), Priya Chauhan "
                 "(social worker), Lucy Benton (care coordinator, Eastmere community mental health team), Kath "
                 "Byrne (Eastmere Young Carers), Mrs Dale (head teacher, Fernhill Primary)")], style="paragraphs"))
    P.add(section("Danger statement",
        "Mr Haddad has bipolar disorder. In January he stopped his medication, did not sleep for several days "
        "and drove Layla and Sami to the coast at night at high speed, saying he had 'a mission'. Mrs Haddad "
        "works night shifts as a nurse, so the children are often alone with their dad at night. Layla has "
        "been making Sami's breakfast and getting him to school, and she has been late or absent on 14 days "
        "this term.", level=1))
    P.add(section("What's working well",
        "Mr Haddad went into hospital voluntarily and is now back on his medication. Mrs Haddad is a caring "
        "mum who has asked her manager about day shifts. The children's aunt, Mrs Aziz, lives ten minutes "
        "away and has looked after them before.", level=1))
    P.add(h(1, "Safety goals and next steps"))
    P.add(sos_goals(P, [
        ("Layla and Sami are always looked after by a well adult: when Mr Haddad shows warning signs, Mrs Haddad "
         "or Mrs Aziz cares for the children, shown by the family plan signed and checked at every visit.", [
          ("Write a relapse plan with Mr Haddad listing his early warning signs and who to call",
           "Lucy Benton (care coordinator)", "By 6 March 2026", ""),
          ("Change to day shifts so that she is at home every night", "Mrs Haddad", "From 2 March 2026", ""),
          ("Write to Mrs Haddad's manager, with her agreement, to support her request for day shifts",
           "Priya Chauhan (social worker)", "By 25 February 2026", ""),
          ("Visit the family at home, at least once a month unannounced in the evening, and see Layla and Sami "
           "each on their own", "Priya Chauhan (social worker)", "Every two weeks until the review", ""),
          ("Keep an eye on the children", "Everyone", "", "OV TV DM"),
        ]),
        ("Mr Haddad stays well.", [
          ("Take lithium every day and have a blood test at the clinic", "Mr Haddad",
           "Daily; blood test by 13 March 2026", "EV"),
          ("Be supported with his mental health", "Mr Haddad", "Ongoing", "TV DV EV"),
        ]),
        ("Layla is not a young carer: she is in school on time every day and her young carers assessment is done "
         "by the review.", [
          ("Complete a young carers assessment with Layla", "Kath Byrne (Eastmere Young Carers)",
           "Within 6 weeks of conference", ""),
          ("Support Layla at school", "School", "", "TV DM"),
        ]),
    ], level=2))
    P.add(section("What Layla and Sami say",
        "Layla said the drive to the coast was 'scary but also fun at first'. She worries about her dad when "
        "her mum is at work and checks on him at night. She wants her mum to be home at night. Sami said he "
        "likes it when Daddy plays Lego and does not like it when Daddy 'talks too fast'.", level=1))
    P.add(section("Parents' views",
        "Mr Haddad is ashamed of what happened and wants the children to be safe. Mrs Haddad agrees with the "
        "plan and has asked for day shifts.", level=1))
    P.add(section("Review", "Review child protection conference: 13 May 2026.", level=1))
    return P


def s12():
    P = Plan("12-lomax", "docx", "Child sexual exploitation (sexual abuse): Keira (15); first review",
             "Word table `Outcome | Action | Lead professional | Timescale | Progress measure`, outcome cells merged "
             "vertically, several paragraphs inside some cells",
             plan_defects=["Review conference date is \"TBC\" (review_date_missing)"],
             notes="Heavy unexplained jargon: RCPC, SW, DSL, CSE, MACE, RHI, CAWN, NRM, CAMHS.")
    P.add(title("CHILD PROTECTION PLAN"),
          meta([("Young person", "Keira Lomax (15)"),
                ("Category of abuse", "Sexual abuse"),
                ("Conference", "RCPC, 27 January 2026"),
                ("Lead social worker", "Nicola Brandt"),
                ("Core group", "Ms Paula Lomax (mum), Keira, Nicola Brandt (SW), DC Tom Ryder (CSE team), "
                 "Rachel Wood (sexual health nurse), Mrs Ogden (DSL, Larkfield High), Larkfield Recovery Hub")],
               style="table"))
    P.add(section("What we are worried about",
        "Keira has been going missing overnight and coming home with alcohol, vapes and a new phone. She has "
        "been seen getting into cars with two men in their twenties, and messages on her phone show she has "
        "been asked for sexual images. She has had a pregnancy test at the clinic. Ms Lomax drinks heavily "
        "most evenings and often does not know where Keira is. Keira was discussed at MACE in December.", level=1))
    P.add(section("What's working well",
        "Keira has kept in touch with the sexual health nurse and has told her some of what has happened. "
        "Keira wants to finish school and is good at drama. Ms Lomax has started going to the Recovery Hub.", level=1))
    P.add(h(1, "Plan"),
          action_table(P, ["Outcome", "Action", "Lead professional", "Timescale", "Progress measure"], [
            ("Keira is safe from sexual exploitation", [
             ("Complete the CSE risk assessment with Keira and take it to MACE", "Nicola Brandt (SW)", "By 20 February 2026",
              ["Risk assessment completed and presented at MACE", "Safety plan agreed and signed by Keira"], ""),
             ("Visit Keira at home, at least once a month unannounced, and see her on her own at home or at school",
              "Nicola Brandt (SW)", "Every two weeks until the review",
              ["Visit notes on file", "Keira's own words recorded after each visit"], ""),
             ("Everyone to be vigilant", "All professionals", "Ongoing", "", "OV TV DV EM"),
             ("Serve CAWNs on the two men identified", "DC Tom Ryder", "By 13 February 2026",
              ["Notices served", "No sightings of Keira with either man in police logs before the review"], ""),
             ("RHI to be completed after every missing episode", "", "Within 72 hours of return",
              "RHI notes shared with the SW within 5 working days", "OM"),
            ]),
            ("Keira's health and wellbeing", [
             ("Offer Keira a sexual health check-up and contraception appointment at the young people's clinic",
              "Rachel Wood\nSexual health nurse", "Monthly", "Keira attends each appointment and has no unplanned pregnancy before the review (clinic records)", ""),
             ("Keira to engage with CAMHS", "Keira", "ASAP", "Keira engages", "TV DV EV"),
            ]),
            ("Mum protects Keira", [
             ("Mum to address her drinking", "Ms Lomax", "", "Positive progress", "TV DM EV"),
             ("Attend key-work sessions with her recovery worker at Larkfield Recovery Hub and do a breath test at "
              "each one", "Ms Lomax",
              "Every Thursday from 5 February 2026", ["Attendance record from the Hub", "Breath test of 0 at each session"], ""),
            ]),
          ], merge=True))
    P.add(section("Keira's views",
        "Keira says the men are 'older friends' who 'look after her', but she also said she does not like "
        "what they ask her to do. She wants to stay at home and does not want the police 'getting involved'. "
        "She would like her mum to stop drinking and to 'actually notice' when she is home.", level=1))
    P.add(section("Mum's views",
        "Ms Lomax said she did not know how bad things were and blames herself. She wants Keira to be safe "
        "and agreed to the breath tests.", level=1))
    P.add(section("Contingency",
        "If Keira goes missing for more than 24 hours or is found with either man, the police will be called "
        "and a strategy meeting held within one working day; an NRM referral and a placement away from the "
        "area will be considered.", level=1))
    P.add(section("Review", "Next review conference: TBC", level=1))
    return P


PLANS = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12]


# ============================================================ README

def describe(codes):
    return ", ".join(f"{CODE_NAMES[c]} ({CODE_RULES[c]})" for c in codes.split())


def plan_rule(defect):
    """ "... (child_voice_missing)" -> "PL504"."""
    label = re.search(r"\((\w+)\)$", defect).group(1)
    return PLAN_RULES[label]


def expected(P):
    """The planlint findings the deliberate defects should give: plan-level codes,
    then each defective action's codes."""
    parts = [f"plan {plan_rule(d)}" for d in P.plan_defects]
    parts += [f"action {i}: {' '.join(CODE_RULES[c] for c in a[4].split())}"
              for i, a in enumerate(P.actions, 1) if a[4]]
    return parts


def short(v, n=60):
    v = " ".join(v) if isinstance(v, list) else v
    v = v.replace("\n", " / ")
    return v if len(v) <= n else v[: n - 1] + "…"


def readme(plans):
    L = ["# Sample plans", "",
         "Twelve fictional child protection plans (6 Markdown, 6 Word) of the kind a social worker writes, "
         "for trying planlint out, for demos and for end-to-end tests. Every name, place and service in them "
         "is invented.", "",
         "They are generated: edit the data in `scripts/make_sample_plans.py` and run "
         "`.venv/bin/python scripts/make_sample_plans.py` (needs python-docx). Re-running gives byte-identical "
         "files (fixed Word core-property dates and zip timestamps). This README is generated too.", "",
         "Most are good plans, clean by the labelling guide ([`docs/annotation-guide.md`](../docs/annotation-guide.md)): every action "
         "has a named owner, a concrete task, a date, interval, frequency or event, and checkable evidence, "
         "and every plan has a named lead social worker, a review date, a contingency plan and the child's "
         "voice. A good plan here also gives the social worker's visits a frequency (every two weeks) and "
         "says when the child is seen on their own (except for a baby), records the parents' views, offers "
         "help to each parent it asks to change, and sets its review conference within the statutory "
         "timescale (3 months after an initial conference, 6 after a review). The others carry the defects "
         "listed below, on purpose, so the linter has something to find. Defects are named as in the guide "
         "(owner missing/vague, task vague, deadline missing/vague, evidence missing/vague; contingency, lead "
         "professional, review date or child's voice missing), each with the planlint rule that reports it.", "",
         "Each plan's section ends with the planlint findings its deliberate defects are expected to give (rules "
         "PL101 to PL514; the plain-language rules PL601 to PL607 are not listed): the plan-level codes, then "
         "the codes of each defective action, numbered in document order as `planlint parse` numbers them. A "
         "clean plan is expected to give none. PL304 deadline-passed (info) depends on the day planlint runs "
         "and only judges a plan until its review date: run before a sample's review conference, it also flags "
         "that plan's deadlines that have already passed. The lists below hold from 5 August 2026, the day "
         "after the last review date in the samples.", "",
         "| File | Plan | Layout | Actions | Deliberate defects |", "|---|---|---|---|---|"]
    for P in plans:
        bad = [a for a in P.actions if a[4]]
        status = "none (clean)" if not bad and not P.plan_defects else \
            f"{len(bad)} action(s)" + (f"; {len(P.plan_defects)} plan-level" if P.plan_defects else "")
        cells = [f"[`{P.filename}`]({P.filename})", P.topic, P.layout, str(len(P.actions)), status]
        L.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    L += ["", "## Defects plan by plan", ""]
    for P in plans:
        L += [f"### `{P.filename}`", ""]
        bad = [(i, a) for i, a in enumerate(P.actions, 1) if a[4]]
        if not bad and not P.plan_defects:
            L.append("Clean: no action or plan-level defect.")
        for d in P.plan_defects:
            L.append(f"- Plan: {d}")
        for i, (t, o, dl, e, c) in bad:
            L.append(f"- Action {i} \"{short(t)}\" (owner: {short(o) or '—'}; deadline: {short(dl) or '—'}; "
                     f"evidence: {short(e) or '—'}): {describe(c)}")
        if P.notes:
            L.append(f"- Language (not a guide label): {P.notes}")
        L += ["", "Expected planlint findings: " + ("; ".join(expected(P)) if expected(P) else "none") + ".", ""]
    total = sum(len(P.actions) for P in plans)
    counts = {k: sum(k in a[4].split() for P in plans for a in P.actions) for k in CODE_NAMES}
    n_plan = sum(len(P.plan_defects) for P in plans)
    n_action = sum(counts.values())
    L += ["## Totals", "",
          f"{total} actions, {sum(not a[4] for P in plans for a in P.actions)} without a defect. Actions with each "
          "defect: " + ", ".join(f"{CODE_NAMES[k]} {v}" for k, v in counts.items()) + ".", "",
          f"Expected planlint findings for the deliberate defects: {n_plan + n_action} ({n_plan} plan-level, "
          f"{n_action} on actions).", ""]
    return "\n".join(L)


def main():
    OUT.mkdir(exist_ok=True)
    plans = [f() for f in PLANS]
    for P in plans:
        path = OUT / P.filename
        if P.fmt == "md":
            path.write_text(render_md(P), encoding="utf-8")
        else:
            render_docx(P, path)
    (OUT / "README.md").write_text(readme(plans), encoding="utf-8")
    clean = [P.id for P in plans if not P.plan_defects and not any(a[4] for a in P.actions)]
    print(f"{len(plans)} plans written to {OUT.relative_to(ROOT)}/; clean: {len(clean)} ({', '.join(clean)})")


if __name__ == "__main__":
    main()
