"""Actions that open with their owner and a dash ("**Dad** – Take Leo to ..."),
and actions written as a paragraph with Markdown definition-list lines
(": **Who:** ...")."""
from __future__ import annotations

from pathlib import Path

import docx

from conftest import read_md, text


def owner_first_docx(tmp_path: Path, items: list[tuple[str, str]], header: list[str] = ()):
    """A Word plan whose actions are paragraphs with the owner in a bold run."""
    document = docx.Document()
    document.add_heading("Child protection plan", 1)
    for line in header:
        document.add_paragraph(line)
    document.add_heading("Our plan", 2)
    document.add_heading("Keeping Leo well", 3)
    paragraphs = []
    for owner, rest in items:
        paragraph = document.add_paragraph()
        if owner:
            paragraph.add_run(owner).bold = True
        paragraph.add_run(rest)
        paragraphs.append(paragraph)
    path = tmp_path / "plan.docx"
    document.save(path)
    return path, paragraphs


def test_word_paragraph_led_by_bold_owner_gives_owner_task_deadline_evidence(linter, tmp_path):
    path, paragraphs = owner_first_docx(tmp_path, [
        ("School nurse (Priya Shah)", (" – Weigh Leo every Tuesday from 1 September "
         "2026. We'll know it is working when his weight is back on the 50th centile by the review.")),
        ("Grandad", " – Walk Leo to breakfast club each school day, so that he eats before lessons."),
    ])
    first, second = linter.read(path).actions
    assert text(first.owner) == "School nurse (Priya Shah)"
    assert text(first.task) == "Weigh Leo every Tuesday"
    assert text(first.deadline) == "from 1 September 2026"
    assert text(first.evidence) == "his weight is back on the 50th centile by the review"
    assert text(second.owner) == "Grandad"
    assert text(second.evidence) == "he eats before lessons"
    # Locations point at the words in the Word paragraph.
    start, length = first.evidence.location.offset, first.evidence.location.length
    assert paragraphs[0].text[start:start + length] == text(first.evidence)
    assert first.owner.location.offset == 0


def test_a_later_clause_telling_a_result_is_the_evidence_not_a_new_action(linter, tmp_path):
    path, _ = owner_first_docx(tmp_path, [
        ("Youth worker (Tom Reid)", (" – Meet Leo at the skate park every Saturday; the session "
         "log will be sent to the social worker each week.")),
        ("Mum", (" – Ring the dentist to book Leo a check-up within 10 days. The appointment "
         "letter will be shown to the social worker.")),
        ("Dad", " – Collect Leo from school on Fridays. He will also ring the school on Mondays."),
    ])
    actions = linter.read(path).actions
    assert len(actions) == 3  # one action per owner-led paragraph
    tom, mum, dad = actions
    assert text(tom.task) == "Meet Leo at the skate park"
    assert text(tom.deadline) == "every Saturday"
    assert text(tom.evidence) == "the session log will be sent to the social worker each week"
    assert text(mum.evidence) == "The appointment letter will be shown to the social worker"
    # A further job for a person is not evidence.
    assert dad.evidence is None


def test_owner_first_item_whose_owner_is_a_lead_label_is_not_a_header_fact(linter, tmp_path):
    path, _ = owner_first_docx(tmp_path, [
        ("Social worker", " – Refer Leo to the young carers project by 4 September 2026."),
    ], header=["Social worker – Ruth Ellis", "Review conference – 3 December 2026"])
    plan = linter.read(path)
    assert text(plan.metadata.lead_professional) == "Ruth Ellis"  # the header fact still read
    (action,) = plan.actions
    assert text(action.owner) == "Social worker"
    assert text(action.task) == "Refer Leo to the young carers project"
    assert text(action.deadline) == "by 4 September 2026"
    assert "lead_professional_2" not in plan.metadata.other


def test_markdown_owner_first_items_with_hyphen_or_em_dash(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Actions\n\n"
                   "- **Aunt Carol** - Have Leo to stay every other weekend from 12 September 2026\n"
                   "- Housing officer (Dev Patel) — Fix the broken front door lock within 7 days\n")
    carol, dev = plan.actions
    assert text(carol.owner) == "Aunt Carol"
    assert text(carol.task).startswith("Have Leo to stay")
    assert text(dev.owner) == "Housing officer (Dev Patel)"
    assert text(dev.deadline) == "within 7 days"


def test_a_task_before_the_dash_is_not_read_as_an_owner(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Actions\n\n"
                   "- Book Leo's hearing test – Mum to do this by 30 September 2026\n"
                   "- Refer Leo to speech therapy (GP – by 1 October 2026)\n")
    hearing, speech = plan.actions
    assert text(hearing.owner) != "Book Leo's hearing test"
    assert text(speech.owner) == "GP"  # the bracket layout is unchanged
    assert text(speech.deadline) == "by 1 October 2026"


def test_passive_paragraph_without_owner_stays_ownerless(linter, tmp_path):
    path, _ = owner_first_docx(tmp_path, [
        ("", "A referral to the family group conference service will be made by 1 October 2026."),
    ])
    (action,) = linter.read(path).actions
    assert action.owner is None


DEFINITION_PLAN = """## What we agreed

### What needs to change: Leo gets to school every day

Walk Leo to the school gate
: **Who:** Grandad (Mr Lowe)
: **By when:**
: **How we'll know:** Leo's attendance at 96% or more on the school register

Book a meeting with the attendance officer
: **By when:** within 10 school days
: **How we'll know:**

Ring the school before 9am on any day Leo is off sick
: **Who:** Mum
: **By when:** from 7 September 2026
: **How we'll know:** School log shows each call
"""


def test_definition_list_lines_give_one_action_with_empty_values_absent(linter, tmp_path):
    walk, meeting, ring = read_md(linter, tmp_path, DEFINITION_PLAN).actions
    assert text(walk.task) == "Walk Leo to the school gate"
    assert text(walk.owner) == "Grandad (Mr Lowe)"
    assert walk.deadline is None  # an empty "By when:", not ":"
    assert text(walk.evidence) == "Leo's attendance at 96% or more on the school register"
    assert meeting.owner is None  # the "Who" line was left out
    assert text(meeting.deadline) == "within 10 school days"
    assert meeting.evidence is None and "evidence" in meeting.slots
    assert text(ring.owner) == "Mum" and text(ring.deadline) == "from 7 September 2026"
    # Values stop at the end of their line: no ":" of the next line.
    assert all(not f.text.endswith(":") for a in (walk, meeting, ring)
               for f in (a.task, a.owner, a.deadline, a.evidence) if f)
    # Exact locations: the owner sits on the line after the task.
    assert (walk.owner.location.line, walk.owner.location.column) == (
        walk.task.location.line + 1, len(": **Who:** ") + 1)


def test_definition_list_plan_reports_missing_deadline_and_evidence(linter, tmp_path):
    path = tmp_path / "plan.md"
    path.write_text("# Child protection plan\n\n" + DEFINITION_PLAN, encoding="utf-8")
    codes = {(f.action_index, f.code) for f in linter.lint_file(path).findings}
    assert (1, "PL301") in codes  # empty By when: deadline missing
    assert (2, "PL101") in codes and (2, "PL401") in codes
    assert (3, "PL301") not in codes and (3, "PL101") not in codes
