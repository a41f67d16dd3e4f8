"""Synthetic child protection plans for the benchmark (benchmarks/bench.py).

Each plan is about 1,500 words and different from every other one (names,
places, dates, tasks and the order of sentences are drawn from a seeded random
generator), so that planlint's cache of parses across plans does not make the
benchmark easier than real case records. The layouts are those of
sample_plans/: an action table, inline-labelled bullets and numbered
sentences, in Markdown and in Word. Every name and place is invented.
"""
from __future__ import annotations

import random
from pathlib import Path

FIRST = ["Mia", "Alfie", "Leo", "Amira", "Tyler", "Skye", "Harley", "Ben", "Ellie", "Noah",
         "Ava", "Callum", "Jade", "Mason", "Rosie", "Daniel", "Maisie", "Connor", "Zara", "Kai",
         "Freya", "Ollie", "Isla", "Reuben", "Lola", "Jayden", "Poppy", "Finn", "Ruby", "Theo"]
SURNAMES = ["Holt", "Mensah", "Marsh", "Pryce", "Novak", "Bennett", "Dawson", "Lowe",
            "Whitfield", "Rhodes", "Haddad", "Lomax", "Quinn", "Barton", "Okafor", "Kowalski",
            "Hughes", "Patel", "Murphy", "Ferreira", "Clarke", "Adeyemi", "Walsh", "Nowak"]
WORKERS = ["Hannah Gill", "Nadia Karim", "Sara Quinn", "Anna Webb", "Tom Reeve", "Priya Shah",
           "Gary Lund", "Joe Firth", "Lucy Tan", "Imran Ali", "Kate Moss", "Dev Rao",
           "Ruth Cole", "Owen Pike", "Beth Lane", "Sam Ward"]
TOWNS = ["Ashcombe", "Kingsford", "Brookfield", "Riverside", "Hollins", "Marlow Vale",
         "Easterby", "Fenwick", "Greystone", "Larchfield"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September",
          "October", "November"]
ROLES = ["social worker", "health visitor", "family support worker", "school nurse",
         "recovery worker", "designated safeguarding lead", "GP", "domestic abuse worker"]
VAGUE_OWNERS = ["All agencies", "Core group", "Professionals", "TBC", "Health"]
PARENTS = ["Ms {s} (mum)", "Mr {s} (dad)", "Mum", "Dad"]

TASKS = [
    "Take {c} to the {town} Medical Centre for the missed immunisations and book the next review",
    "Walk {c} to breakfast club at {town} Primary for 8am and collect {o} at 3.15pm",
    "Make unannounced visits, complete the home conditions checklist and see {c} on {p} own",
    "Apply to the {town} Welfare Fund for a cooker and a mould treatment for the bedroom",
    "Ring {town} Homes to report the damp and get a repair date in writing",
    "Plan a week of meals with {m} and go shopping for the first two weekly shops",
    "Weigh {c} at home and check {p} development with the ages and stages questionnaire",
    "Refer {c} to the Hidden Harm project for children whose parents use drugs",
    "Do a urine drug test at each key-work session and send the result to the social worker",
    "Write a safety plan with {c} naming the adult {o} rings if {o} is worried at home",
    "Go to the Freedom Programme at the {town} Family Hub and complete all twelve sessions",
    "Support {m}",
    "Monitor the situation",
    "Keep an eye on {c} at school and report any concerns",
    "Do six sessions of direct work with {c} about {p} family using the three houses drawings",
    "Fit a stair gate and a fire guard and show them to the health visitor",
    "Attend every contact session at the family centre and arrive on time",
    "Engage with services",
    "Phone the social worker by 10am on any day {c} is absent or arrives hungry",
    "Check that {c} has a packed lunch and clean uniform each morning and record it",
    "Book a dental check-up for {c} and take {o} to every treatment appointment",
    "Complete a parenting assessment over four home visits and share the report",
    "Move the dog out of the bedroom and keep the kitchen floor clear of mess",
    "Not let anyone who uses drugs stay overnight at the flat",
]
DEADLINES = ["By {d} {mo} 2026", "Every two weeks until the review", "Weekly, starting {d} {mo} 2026",
             "Ongoing", "ASAP", "Every school day from {d} {mo} 2026", "Within five working days",
             "Every Friday", "By the next core group", "Fortnightly, finished by {d} {mo} 2026",
             "", "As required", "Before the review conference on {d} {mo} 2026"]
EVIDENCE = [
    "Home rated acceptable on the checklist at two unannounced visits in a row",
    "GP record shows the immunisations given; the practice nurse confirms this to the health visitor",
    "Things improve",
    "{c} is safer",
    "Attendance 95% or more and no late marks each half term on the school register",
    "Eight tests in a row free of heroin and crack cocaine by the review",
    "Signed plan on file and {c} can say who {o} would ring",
    "Mum engages",
    "Certificate of completion shared with the social worker by {d} {mo} 2026",
    "",
    "Repair date letter shown to the social worker",
    "{c}'s weight stays on or above the 25th centile at each weighing",
    "Visit records show what {c} said in {p} own words",
]
WORRIES = [
    "{c}'s home is not safe or clean enough for a small child, and at three visits in {mo} "
    "there was mess on the floors and mould on the wall beside the cot.",
    "{c} has missed {n} health appointments since the summer and the dental clinic has written "
    "twice about missed treatment.",
    "Neighbours report adults calling at the flat late at night, and police were called on "
    "{d} {mo} after shouting was heard.",
    "{m} has said she feels on her own with it all, and the family have rent arrears and a loan "
    "with a doorstep lender.",
    "{c} is often late for school, arrives hungry and has told staff there was no tea at home.",
    "{c} worries about {p} mum all the time and has started refusing to go to school so that "
    "{o} can keep an eye on her.",
    "There have been {n} incidents of domestic abuse reported to the police in the last year, "
    "two of them while {c} was in the house.",
]
GOOD = [
    "Both parents love {c}, and {c} is warm and relaxed with them.",
    "{c}'s grandmother lives two streets away and has offered to help with the school run.",
    "{m} has kept every appointment with the recovery service since {mo}.",
    "The parents came to the conference together and agreed to every part of this plan.",
    "{c} is a kind, chatty child who loves football and drawing.",
]
VIEWS = [
    "{c} told {p} social worker that {p} favourite thing is painting at nursery and that {o} "
    "does not like the smelly room.",
    "When asked what {o} would wish for, {c} said a new bed and a dog of {p} own.",
    "{c} gave {p} home a score of {n} out of 10 and said it would be 10 if the shouting stopped.",
    "{c} said {p} three worries are mum going to sleep and not waking up, the men who knock at "
    "night, and getting told off for being late.",
]


class Words:
    """One plan's names and draws."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.surname = rng.choice(SURNAMES)
        self.child = rng.choice(FIRST)
        self.worker = rng.choice(WORKERS)
        self.town = rng.choice(TOWNS)
        self.he = rng.random() < 0.5

    def fill(self, template: str) -> str:
        r = self.rng
        return template.format(
            c=self.child, o="he" if self.he else "she", p="his" if self.he else "her",
            m=f"Ms {self.surname}", town=self.town, d=r.randint(1, 28), mo=r.choice(MONTHS),
            n=r.randint(2, 9), s=self.surname)

    def owner(self) -> str:
        r = self.rng.random()
        if r < 0.1:
            return self.rng.choice(VAGUE_OWNERS)
        if r < 0.3:
            return self.rng.choice(PARENTS).format(s=self.surname)
        return f"{self.rng.choice(WORKERS)} ({self.rng.choice(ROLES)})"

    def action(self) -> tuple[str, str, str, str]:
        return (self.fill(self.rng.choice(TASKS)), self.owner(),
                self.fill(self.rng.choice(DEADLINES)), self.fill(self.rng.choice(EVIDENCE)))

    def paragraph(self, pool: list[str], k: int) -> str:
        return " ".join(self.fill(t) for t in self.rng.sample(pool, min(k, len(pool))))


def plan_blocks(seed: int, layout: str, words_target: int = 1500) -> list[tuple]:
    """A plan as blocks: ("h", level, text), ("p", text), ("meta", [(label, value)]),
    ("table", header, rows), ("ul", [items])."""
    rng = random.Random(seed)
    w = Words(rng)
    blocks: list[tuple] = [("h", 1, "Child Protection Plan")]
    blocks.append(("meta", [
        ("Children", f"{w.child} {w.surname} ({rng.randint(1, 15)}) and "
                     f"{rng.choice(FIRST)} {w.surname}"),
        ("Category of abuse", rng.choice(["Neglect", "Emotional abuse", "Physical abuse"])),
        ("Conference", f"Initial child protection conference, {rng.randint(1, 28)} "
                       f"{rng.choice(MONTHS)} 2026"),
        ("Lead social worker", f"{w.worker}, {w.town} Safeguarding Team"),
        ("Core group members", "; ".join(f"{x} ({rng.choice(ROLES)})"
                                         for x in rng.sample(WORKERS, 5))),
    ]))
    blocks += [("h", 2, "What we are worried about")]
    blocks += [("p", w.paragraph(WORRIES, 4)) for _ in range(3)]
    blocks += [("h", 2, "What's working well"), ("ul", [w.fill(g) for g in rng.sample(GOOD, 4)])]
    blocks += [("h", 2, "The plan")]
    actions = [w.action() for _ in range(26)]
    if layout == "table":
        rows = [[w.fill(rng.choice(EVIDENCE)) if i % 5 == 0 else "", *a]
                for i, a in enumerate(actions)]
        blocks.append(("table", ["Outcome", "Action", "Lead", "Timescale", "Evidence of progress"],
                       rows))
    elif layout == "inline":
        for i in range(0, len(actions), 6):
            blocks.append(("h", 3, f"Outcome {i // 6 + 1}: {w.fill(rng.choice(VIEWS))[:60]}"))
            blocks.append(("ul", [f"**Action:** {t} **Who:** {o} **By when:** {d or 'TBC'} "
                                  f"**How we will know:** {e or 'Not agreed'}"
                                  for t, o, d, e in actions[i:i + 6]]))
    else:  # numbered sentences
        items = []
        for t, o, d, e in actions:
            who = o if not o.startswith(("Ms", "Mr")) else o.split(" (")[0]
            sentence = f"{who} will {t[0].lower() + t[1:]}"
            if d:
                sentence += f" {d[0].lower() + d[1:]}"
            if e:
                sentence += f", so that {e[0].lower() + e[1:]}"
            items.append(sentence + ".")
        blocks.append(("ol", items))
    blocks += [("h", 2, f"{w.child}'s wishes and feelings"), ("p", w.paragraph(VIEWS, 3)),
               ("p", w.paragraph(VIEWS, 2))]
    blocks += [("h", 2, "Parents' views"), ("p", w.paragraph(GOOD, 3))]
    blocks += [("h", 2, "Contingency plan"),
               ("p", w.fill("If the home is rated below acceptable at two visits in a row, or "
                            "{c} misses another health appointment without a good reason, the "
                            "social worker will discuss the plan with the team manager within "
                            "five working days and a legal planning meeting will be held."))]
    blocks += [("h", 2, "Review"),
               ("p", w.fill("The review child protection conference will be held on {d} {mo} "
                            "2026 at 10am at {town} Civic Centre."))]
    # Pad the worries towards the target length with more (different) sentences.
    while count_words(blocks) < words_target:
        blocks.insert(4, ("p", w.paragraph(WORRIES + GOOD, 3)))
    return blocks


def count_words(blocks: list[tuple]) -> int:
    total = 0
    for block in blocks:
        kind = block[0]
        if kind in ("p",):
            total += len(block[1].split())
        elif kind == "h":
            total += len(block[2].split())
        elif kind in ("ul", "ol"):
            total += sum(len(x.split()) for x in block[1])
        elif kind == "meta":
            total += sum(len(f"{k} {v}".split()) for k, v in block[1])
        elif kind == "table":
            total += sum(len(c.split()) for row in block[2] for c in row)
    return total


def render_markdown(blocks: list[tuple]) -> str:
    out = []
    for block in blocks:
        kind = block[0]
        if kind == "h":
            out.append("#" * block[1] + " " + block[2])
        elif kind == "p":
            out.append(block[1])
        elif kind == "meta":
            out.append("\n".join(f"**{k}:** {v}  " for k, v in block[1]))
        elif kind == "ul":
            out.append("\n".join(f"- {x}" for x in block[1]))
        elif kind == "ol":
            out.append("\n".join(f"{i}. {x}" for i, x in enumerate(block[1], 1)))
        elif kind == "table":
            header, rows = block[1], block[2]
            lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
            lines += ["| " + " | ".join(c.replace("|", "/") for c in row) + " |" for row in rows]
            out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def render_docx(blocks: list[tuple], path: Path) -> None:
    import docx

    document = docx.Document()
    for block in blocks:
        kind = block[0]
        if kind == "h":
            document.add_heading(block[2], level=block[1])
        elif kind == "p":
            document.add_paragraph(block[1])
        elif kind == "meta":
            for k, v in block[1]:
                par = document.add_paragraph()
                par.add_run(f"{k}:").bold = True
                par.add_run(f" {v}")
        elif kind in ("ul", "ol"):
            style = "List Bullet" if kind == "ul" else "List Number"
            for item in block[1]:
                par = document.add_paragraph(style=style)
                for i, piece in enumerate(item.split("**")):  # bold labels
                    if piece:
                        par.add_run(piece).bold = bool(i % 2)
        elif kind == "table":
            header, rows = block[1], block[2]
            table = document.add_table(rows=1 + len(rows), cols=len(header))
            table.style = "Table Grid"
            for j, text in enumerate(header):
                table.cell(0, j).text = text
            for i, row in enumerate(rows, 1):
                for j, text in enumerate(row):
                    table.cell(i, j).text = text
    document.save(str(path))


LAYOUTS = ("table", "inline", "prose")


def make_plans(folder: Path, n: int, seed: int = 0, docx_share: float = 0.5) -> list[Path]:
    """n plans in `folder` (created), alternating layouts; about `docx_share` of
    them Word. Returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        blocks = plan_blocks(seed * 1_000_003 + i, LAYOUTS[i % 3])
        word = (i * 7919 % 100) < docx_share * 100
        path = folder / f"plan-{i:05d}.{'docx' if word else 'md'}"
        if word:
            render_docx(blocks, path)
        else:
            path.write_text(render_markdown(blocks), encoding="utf-8")
        paths.append(path)
    return paths


def plan_text(blocks: list[tuple]) -> list[str]:
    """The plan's text as a reader sees it: one string per paragraph, item and cell."""
    texts = []
    for block in blocks:
        kind = block[0]
        if kind == "h":
            texts.append(block[2])
        elif kind == "p":
            texts.append(block[1])
        elif kind == "meta":
            texts += [f"{k}: {v}" for k, v in block[1]]
        elif kind in ("ul", "ol"):
            texts += [x.replace("**", "") for x in block[1]]
        elif kind == "table":
            texts += [c for row in [block[1], *block[2]] for c in row if c]
    return texts
