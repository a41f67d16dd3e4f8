"""Actions whose parts sit inside one bullet or paragraph: labels, a bracket
after the task, a dashed evidence clause, and owner headings."""
from __future__ import annotations

import docx

from conftest import read_md, text


def test_labels_inside_one_word_paragraph_split_it_into_parts(linter, tmp_path):
    document = docx.Document()
    document.add_heading("Child protection plan", 1)
    document.add_heading("Actions", 2)
    paragraph = document.add_paragraph("Take Noah to the dentist for a check-up.")
    for label, value in (("Lead:", " Grandad (Mr Okafor)"), ("By:", " 14 August 2026"),
                         ("Success measure:", " Dental record shows the check-up")):
        paragraph.add_run(" " + label).bold = True
        paragraph.add_run(value)
    document.add_paragraph("Speak to Noah about school.").add_run(" Who: Mum").bold = False
    path = tmp_path / "plan.docx"
    document.save(path)
    action = linter.read(path).actions[0]
    assert text(action.task) == "Take Noah to the dentist for a check-up"
    assert text(action.owner) == "Grandad (Mr Okafor)"
    assert text(action.deadline) == "14 August 2026"  # not swallowing the next label
    assert text(action.evidence) == "Dental record shows the check-up"
    start = action.deadline.location.offset
    assert paragraph.text[start:start + action.deadline.location.length] == "14 August 2026"


def test_a_left_out_label_is_missing_not_taken_from_the_heading(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Actions\n\n### Keeping Ava safe online\n\n"
                   "Check Ava's phone settings. Lead: Dad By: Friday 3 July "
                   "How we'll know: settings screenshot shared\n\n"
                   "Fit a lock on the back gate. Lead: Landlord By: 30 June 2026\n")
    first, second = plan.actions
    assert text(first.evidence) == "settings screenshot shared"
    assert second.evidence is None  # its place was left empty, whatever the heading says
    assert text(second.owner) == "Landlord"


def test_checkbox_item_with_bracketed_owner_and_deadline(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Actions\n\n"
                   "- [x] Book a hearing test for Ruby (health visitor; within 2 weeks) "
                   "- success: test result in the red book\n"
                   "- [ ] Move the medicines into a locked cupboard (by 1 May 2026)\n")
    first, second = plan.actions
    assert text(first.task) == "Book a hearing test for Ruby"
    assert text(first.owner) == "health visitor"
    assert text(first.deadline) == "within 2 weeks"
    assert text(first.evidence) == "test result in the red book"
    assert first.owner.location.line == 5 and first.owner.location.column == 37
    assert "[" not in text(second.task)
    assert second.owner is None and text(second.deadline) == "by 1 May 2026"
    assert second.evidence is None  # the layout has a success place, left out here


def test_bracket_that_explains_the_task_is_not_an_owner(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Actions\n\n"
                   "- The school nurse will check Sam's height and weight (the 6 to 8 week review)\n")
    action = plan.actions[0]
    assert text(action.owner) == "The school nurse"


def test_owner_heading_gives_each_bullet_its_owner(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Plan\n\n### Dad will:\n\n"
                   "- Stop drinking before contact (from 1 June 2026) — *we will know because* "
                   "breath tests at contact are clear\n"
                   "- Come to every core group\n\n"
                   "### What school will do\n\n- Record Leo's attendance every day\n\n"
                   "## Contingency plan\n\nIf Dad drinks, contact stops.\n")
    first, second, third = plan.actions
    assert text(first.owner) == text(second.owner) == "Dad"
    assert text(first.deadline) == "from 1 June 2026"
    assert text(first.evidence) == "breath tests at contact are clear"
    assert first.outcome is None  # an owner heading is not a goal
    assert text(third.owner) == "school"


def test_owner_in_the_bullet_wins_over_the_heading(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Actions\n\n### The health visitor will:\n\n"
                   "- Weigh Mia every week (GP practice nurse – weekly)\n")
    assert text(plan.actions[0].owner) == "GP practice nurse"


def test_heading_that_names_no_one_sets_no_owner(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## What we will do\n\n- Refer Ella to CAMHS by 2 May 2026\n")
    assert all(action.owner is None for action in plan.actions)


def test_brackets_in_a_worry_are_not_actions(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## What we are worried about\n\n"
                   "- Ben has missed school (since March)\n\n## Actions\n\n"
                   "- Social worker to visit Ben weekly\n")
    assert [text(a.task) for a in plan.actions] != [] and \
        all("missed school" not in (a.text or "") for a in plan.actions)
