"""Steps that open with their owner and a colon ("- **Uncle Tariq:** Collect
Sami ... — by Monday"), steps whose trailing dash piece is the deadline, and
inline labels on one line with an empty value between " · " separators."""
from __future__ import annotations

from conftest import read_md, text

STEPS = """## Safety goal

*Sami is collected from school by a safe adult every day.*

Next steps:

{steps}
"""


def steps_plan(linter, tmp_path, *steps: str):
    return read_md(linter, tmp_path, STEPS.format(steps="\n".join(steps)))


def test_owner_before_a_colon_is_the_owner_and_dash_piece_the_deadline(linter, tmp_path):
    plan = steps_plan(linter, tmp_path,
                      "- **Uncle Tariq Hussain:** Collect Sami from the school gate — _from Monday 2 November 2026_",
                      "- Grandma: Ring the school office if she is running late — as soon as she knows",
                      "- **Everyone:** Keep going")
    first, second, third = plan.actions
    assert text(first.owner) == "Uncle Tariq Hussain"
    assert text(first.task) == "Collect Sami from the school gate"
    assert text(first.deadline) == "from Monday 2 November 2026"
    assert text(second.owner) == "Grandma"
    assert text(second.task) == "Ring the school office if she is running late"
    assert text(second.deadline) == "as soon as she knows"
    assert text(third.owner) == "Everyone"
    assert text(third.task) == "Keep going"
    # Locations point at the exact words of the line.
    lines = (tmp_path / "plan.md").read_text(encoding="utf-8").splitlines()
    for part in (first.owner, first.task, first.deadline, second.deadline):
        line = lines[part.location.line - 1]
        start = part.location.column - 1
        assert line[start:start + len(part.text)] == part.text


def test_a_colon_label_that_names_no_one_is_no_owner(linter, tmp_path):
    # "Note:" is no person, and "Who:" is the label of a part, not an owner.
    plan = steps_plan(linter, tmp_path,
                      "- Note: Ring the school office before 3pm if plans change",
                      "- Take Sami to the dentist. Who: Dad When: by 30 November 2026")
    note, labelled = plan.actions
    assert text(note.owner) != "Note"
    assert text(labelled.owner) == "Dad"
    assert text(labelled.deadline) == "by 30 November 2026"


def test_a_trailing_dash_piece_that_is_no_deadline_stays_in_the_task(linter, tmp_path):
    plan = steps_plan(linter, tmp_path,
                      "- Refer Mum to the parenting course — before the next core group",
                      "- Dad: Tidy the garden — the shed and the side path")
    referral, garden = plan.actions
    assert text(referral.task) == "Refer Mum to the parenting course"
    assert text(referral.deadline) == "before the next core group"
    assert text(garden.owner) == "Dad"
    assert "the shed and the side path" in text(garden.task)
    assert text(garden.deadline) is None


def test_empty_inline_value_between_middle_dots_is_absent(linter, tmp_path):
    plan = read_md(linter, tmp_path, """## Plan

1. **Action:** Book Sami's eye test · **Owner:** Dad · **Target date:** · **How we'll know:** The optician's letter is on file
2. **Action:** Take Sami to the eye test · **Owner:** · **Target date:** by 4 December 2026 · **How we'll know:** Glasses worn in class
""")
    first, second = plan.actions
    assert text(first.owner) == "Dad"
    assert first.deadline is None
    assert text(first.evidence) == "The optician's letter is on file"
    assert second.owner is None
    assert text(second.deadline) == "by 4 December 2026"
