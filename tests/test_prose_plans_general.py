"""Plans written as sentences: action sections under other headings, Word
paragraphs with their own numbers ("A1<tab>", "ii<tab>", "2.1 "), an item's
second sentence or a clause after a semicolon as its evidence, and the deadline
chosen among several time phrases."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest

from planlint.layout.prose import numbering_length

from conftest import text


def read_md(linter, tmp_path: Path, body: str):
    path = tmp_path / "plan.md"
    path.write_text("# Child protection plan\n\n" + body, encoding="utf-8")
    return linter.read(path), path


def read_docx(linter, tmp_path: Path, paragraphs: list[tuple[str, str | None]]):
    """A Word plan from (text, style) paragraphs."""
    document = docx.Document()
    for words, style in paragraphs:
        document.add_paragraph(words, style=style)
    path = tmp_path / "plan.docx"
    document.save(path)
    return linter.read(path)


def source_text(path: Path, field) -> str:
    line = path.read_text(encoding="utf-8").splitlines()[field.location.line - 1]
    return line[field.location.column - 1:field.location.end_column - 1]


# ------------------------------------------------------------ section headings

PROSE = ("Dylan's aunt, Rosa Bell, will collect Dylan from nursery every weekday from "
         "5 October 2026. Marcus Reid (SW) will visit the home every fortnight.")


def test_sentences_under_a_what_we_will_do_heading_are_actions(linter, tmp_path):
    plan, path = read_md(linter, tmp_path, "## Worries\n\nDad shouts at Dylan.\n\n"
                         "## What we will do\n\n" + PROSE + "\n")
    assert [text(a.owner) for a in plan.actions] == ["Dylan's aunt, Rosa Bell", "Marcus Reid (SW)"]
    assert source_text(path, plan.actions[1].owner) == "Marcus Reid (SW)"


def test_a_heading_that_asks_what_happens_if_is_a_contingency_not_actions(linter, tmp_path):
    plan, _ = read_md(linter, tmp_path, "## Our plan for Dylan\n\n" + PROSE + "\n\n"
                      "## What will happen if Dad comes back\n\n"
                      "If Dad moves back in, the social worker will call a strategy meeting "
                      "the same day.\n")
    kinds = [s.kind.value for s in plan.sections]
    assert kinds == ["actions", "contingency"]
    assert len(plan.actions) == 2  # the contingency sentence is not an action


# ------------------------------------------------------------ item numbers

@pytest.mark.parametrize("number", ["A1\t", "B12. ", "C3) ", "ii\t", "iv) ", "2.1 ", "3.2.1\t",
                                    "(b) ", "7. "])
def test_an_items_own_number_is_recognised(number):
    assert numbering_length(number + "Mum will ring school.") == len(number)


@pytest.mark.parametrize("sentence", ["A disclosure will be made to Mum.", "I will ring school.",
                                      "J. Smith will visit.", "12 sessions will be offered."])
def test_a_sentence_that_opens_with_a_capital_or_a_count_keeps_it(sentence):
    assert numbering_length(sentence) == 0


def test_word_paragraph_numbers_stay_out_of_owner_and_task(linter, tmp_path):
    plan = read_docx(linter, tmp_path, [
        ("The plan", "Heading 2"),
        ("Home", "Heading 3"),
        ("H1\tLeah Moss (family support worker) will help Mum set up a bedtime routine "
         "by 30 October 2026.", None),
        ("H2\tA referral to the food bank will be made within 5 working days.", None),
        ("ii\tSchool", None),
    ])
    first, second = plan.actions[:2]
    assert text(first.owner) == "Leah Moss (family support worker)"
    assert text(first.task) == "help Mum set up a bedtime routine"
    assert text(first.deadline) == "by 30 October 2026"
    # The location points at the owner in the paragraph, after "H1<tab>".
    assert first.owner.location.offset == 3
    assert first.owner.location.length == len("Leah Moss (family support worker)")
    # A passive with no agent has no owner; its task is the clause, unnumbered.
    assert second.owner is None
    assert text(second.task).startswith("A referral to the food bank")


def test_the_second_sentence_of_a_numbered_paragraph_is_its_evidence(linter, tmp_path):
    plan = read_docx(linter, tmp_path, [
        ("The plan", "Heading 2"),
        ("1.1\tMr Hale (school counsellor) will see Tia every Tuesday until the review. "
         "His notes will record whether she is sleeping better.", None),
        ("Mum will take Tia to the dentist by 2 November 2026. "
         "Dad will pay for the bus fares.", None),
    ])
    assert len(plan.actions) == 3
    numbered, plain, second = plan.actions
    assert text(numbered.evidence) == "His notes will record whether she is sleeping better"
    assert text(numbered.owner) == "Mr Hale (school counsellor)"
    # Unnumbered paragraph: each sentence is its own action, with no evidence.
    assert plain.evidence is None
    assert text(second.owner) == "Dad"


# ------------------------------------------------------------ sentence shapes

def test_a_clause_after_a_semicolon_is_the_actions_evidence(linter, tmp_path):
    plan, path = read_md(linter, tmp_path, "## Actions\n\n"
                         "Priya Shah (HV) will weigh Noah at home before the first core group; "
                         "his weights will be plotted in the red book.\n\n"
                         "Priya Shah (HV) will weigh Noah at home before the first core group.\n")
    with_clause, without = plan.actions
    assert text(with_clause.task) == "weigh Noah at home"
    assert text(with_clause.deadline) == "before the first core group"
    assert text(with_clause.evidence) == "his weights will be plotted in the red book"
    assert source_text(path, with_clause.evidence) == "his weights will be plotted in the red book"
    assert without.evidence is None


def test_until_an_event_beats_an_occasion_as_the_deadline(linter, tmp_path):
    plan, _ = read_md(linter, tmp_path, "## Actions\n\n"
                      "Aunt Jo will take Ruby to swimming on the weeks Dad is away, until the "
                      "review conference.\n")
    assert text(plan.actions[0].deadline) == "until the review conference"


TITLE_UNDER_COUNCIL = """# Northfold Borough Council

## {title}

- Parents — Ms Jo Reed and Mr Sam Reed
- Lead professional — Ana Silva (Social Worker)

### Ben's views

Ben told his teacher that he likes his new bedroom and wants his dog back.

### What will happen

1. The health visitor will weigh Ben at the clinic every two weeks, so that his weight is on the 25th centile by the review.
"""


@pytest.mark.parametrize("title, actions", [
    # A heading naming the document, under the council's name, is the title:
    # the facts and the child's words under it are not actions.
    ("Child Protection Plan", 1),
    ("Child protection plan – Reed children", 1),
])
def test_a_heading_naming_the_document_is_its_title(linter, tmp_path, title, actions):
    path = tmp_path / "plan.md"
    path.write_text(TITLE_UNDER_COUNCIL.format(title=title), encoding="utf-8")
    plan = linter.read(path)
    assert len(plan.actions) == actions
    assert plan.metadata.title.text == title
    assert "PL504" not in {f.code for f in linter.check(plan)}


def test_the_same_heading_after_other_sections_still_holds_actions(linter, tmp_path):
    body = ("## What we are worried about\n\nBen has missed school.\n\n"
            "## Child protection plan\n\n"
            "1. The class teacher will ring Ms Reed by 9.30am on any day Ben is not in school.\n")
    plan, _ = read_md(linter, tmp_path, body)
    assert len(plan.actions) == 1
    assert plan.actions[0].owner.text == "The class teacher"


@pytest.mark.parametrize("heading, is_goal", [
    ("Ben's views", False),                        # his views follow
    ("What Ben has told us", False),
    ("Ben's views are listened to at school", True),  # a goal that mentions views
])
def test_a_views_subheading_in_the_actions_is_not_a_goal(linter, tmp_path, heading, is_goal):
    body = ("## What will happen\n\n"
            f"### {heading}\n\n"
            "1. The class teacher will meet Ben every Friday and write down what he says, "
            "so that his words are in his file before each core group.\n")
    plan, _ = read_md(linter, tmp_path, body)
    outcomes = [a.outcome.text if a.outcome else None for a in plan.actions]
    kinds = [s.kind.value for s in plan.sections]
    if is_goal:
        assert outcomes == [heading] and kinds == ["actions"]
    else:  # what follows is the child's words, not the plan's
        assert outcomes == [] and kinds == ["actions", "child_views"]
