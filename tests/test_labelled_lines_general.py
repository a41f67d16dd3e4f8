"""Labelled parts written one per line inside one item: a label of any wording
at the start of a line ("How we'll measure it:", "Person responsible:") is
read with the header matcher and its keywords; unknown labels split nothing."""
from __future__ import annotations

import docx

from conftest import read_md, text


def test_unlisted_labels_on_their_own_lines_are_mapped_by_keywords(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Actions\n\n"
                   "- *To do:* Take Priya to the eye clinic and collect her new glasses\n"
                   "  *Person responsible:* Aunt Meena\n"
                   "  *Target date:* by 4 March 2027\n"
                   "  *What success looks like:* Priya wearing her glasses at school every day\n")
    action = plan.actions[0]
    assert text(action.task) == "Take Priya to the eye clinic and collect her new glasses"
    assert text(action.owner) == "Aunt Meena"
    # The deadline stops at its line's end instead of taking the next label.
    assert text(action.deadline) == "by 4 March 2027"
    assert text(action.evidence) == "Priya wearing her glasses at school every day"


def test_a_question_label_with_a_keyword_ends_the_value_before_it(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Actions\n\n"
                   "- __Task:__ Fit a stair gate at the top of the stairs\n"
                   "  __Who:__ Landlord (Oakfield Housing)\n"
                   "  __When:__ within 10 days\n"
                   "  __How can we tell it is done:__ Gate seen closed at the next home visit\n")
    action = plan.actions[0]
    assert text(action.deadline) == "within 10 days"
    assert text(action.evidence) == "Gate seen closed at the next home visit"
    assert text(action.evidence) != "Actions"  # not the heading above


def test_empty_labelled_values_are_absent(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Actions\n\n"
                   "- _Task:_ Dad to be more supportive\n"
                   "  _Responsible:_ Dad\n"
                   "  _Deadline:_\n"
                   "  _How we'll measure it:_\n")
    action = plan.actions[0]
    assert text(action.owner) == "Dad"
    assert action.deadline is None
    assert action.evidence is None


def test_unknown_line_labels_do_not_split_the_value(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Actions\n\n"
                   "- Task: Drive Ollie to football training\n"
                   "  Who: Grandad\n"
                   "  When: every Saturday\n"
                   "  Kit bag: packed the night before\n")
    action = plan.actions[0]
    # "Kit bag" names no part of an action: it stays inside the deadline's text.
    assert text(action.deadline) == "every Saturday\nKit bag: packed the night before"


def test_a_lone_keyword_label_does_not_split_a_sentence(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Actions\n\n"
                   "- Mum will ring the school each morning Ollie is off sick\n"
                   "  The worker will check: the attendance log every Friday\n")
    # "worker" is an owner keyword, but with no other label the line is a sentence.
    assert all(text(a.owner) != "the attendance log every Friday" for a in plan.actions)


def test_a_keyword_label_beside_a_known_label_is_read(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Actions\n\n"
                   "- Ring the school each morning Ollie is off sick\n"
                   "  Who: Mum\n"
                   "  Date to start: 1 March 2027\n")
    action = plan.actions[0]
    assert text(action.owner) == "Mum"
    assert text(action.deadline) == "1 March 2027"


def test_line_labels_above_the_actions_stay_plan_facts(linter, tmp_path):
    plan = read_md(linter, tmp_path, "Children: Ollie Reed (6)\nLead professional: Family worker\n"
                   "Date of meeting: 3 February 2027\n\n## Actions\n\n"
                   "- Task: Ring the school\n  Who: Mum\n  Target date: Friday\n")
    assert [text(a.task) for a in plan.actions] == ["Ring the school"]


def test_line_labels_after_word_line_breaks_keep_exact_places(linter, tmp_path):
    document = docx.Document()
    document.add_heading("Child protection plan", 1)
    document.add_heading("Actions", 2)
    paragraph = document.add_paragraph("Task: Book a dental check-up for Sami")
    for line in ("Person responsible: Foster carer (Mrs Hale)", "Target date: by 30 April 2027",
                 "How we'll measure it: Dentist's letter on Sami's file"):
        paragraph.add_run().add_break()
        paragraph.add_run(line)
    path = tmp_path / "plan.docx"
    document.save(path)
    action = linter.read(path).actions[0]
    assert text(action.owner) == "Foster carer (Mrs Hale)"
    assert text(action.deadline) == "by 30 April 2027"
    assert text(action.evidence) == "Dentist's letter on Sami's file"
    start = action.evidence.location.offset
    assert paragraph.text[start:start + action.evidence.location.length] == text(action.evidence)
