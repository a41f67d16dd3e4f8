"""Plan facts written in shapes other than "Label: value" lines: dash-separated
bullets, one line of facts split by " | " or " · ", a label followed by a date,
header tables read across (labels in the first row) or as label/value pairs on
each row, and contingencies that share a section or put the decision off.

Each case is a whole plan linted through the real pipeline, with a passing
and a failing variant, so a test fails if the fact is not read at all.
"""
from __future__ import annotations

import pytest

from conftest import CHILD_VOICE, CONTINGENCY, plan_codes, markdown_plan

FACTS = {"PL501", "PL502", "PL503"}


def plan_with_header(header: str, **parts) -> str:
    """A clean plan whose header facts are `header`, written as given; the
    default lead and review date are left out so only the header can give them."""
    parts = {"child": None, "category": None, "conference_date": None, "lead": None,
             "core_group": None, "review": None, **parts}
    title, rest = markdown_plan(**parts).split("\n", 1)
    return f"{title}\n\n{header}\n{rest}"


def fact_codes(result) -> set[str]:
    return plan_codes(result) & FACTS


# ------------------------------------------------- header lines and bullets


@pytest.mark.parametrize("separator", [" — ", " – ", " - "])
def test_dash_separated_header_bullets_give_lead_and_review(lint_md, separator):
    header = "\n".join(f"- {label}{separator}{value}" for label, value in [
        ("Child", "Jayden Price (14)"),
        ("Lead social worker", "Olu Bankole, Westgate Safeguarding Team"),
        ("Next review conference", "21 October 2026")])
    assert fact_codes(lint_md(plan_with_header(header))) == set()


def test_dash_separated_placeholders_are_missing(lint_md):
    header = ("- Child — Jayden Price (14)\n- Lead social worker — Awaiting allocation\n"
              "- Next review conference — TBC")
    assert fact_codes(lint_md(plan_with_header(header))) == {"PL502", "PL503"}


@pytest.mark.parametrize("separator", [" | ", " · ", " • "])
def test_one_line_of_facts_is_split_at_its_separators(lint_md, separator):
    line = separator.join(["Child: Jayden Price (14)", "Category: Neglect",
                           "Named SW: Olu Bankole", "Next CP conference 21/10/2026"])
    assert fact_codes(lint_md(plan_with_header(line))) == set()


def test_one_line_of_facts_with_review_still_to_be_confirmed_is_missing(lint_md):
    line = "Child: Jayden Price (14) · Named SW: Olu Bankole · Next CP conference: to be confirmed"
    assert fact_codes(lint_md(plan_with_header(line))) == {"PL503"}


def test_label_then_date_without_separator_is_a_fact_but_prose_is_not(lint_md):
    passing = plan_with_header("Lead SW: Olu Bankole\n\nNext RCPC 04.11.2026")
    assert fact_codes(lint_md(passing)) == set()
    # A sentence that starts with words and then a number is not a label.
    failing = plan_with_header("Lead SW: Olu Bankole\n\nJayden said 3 things worry him.")
    assert fact_codes(lint_md(failing)) == {"PL503"}


# ------------------------------------------------------------ header tables


def test_header_table_read_across_gives_lead_and_review(lint_md):
    table = ("| Child | Category | Conference | Lead social worker | Next review |\n"
             "|---|---|---|---|---|\n"
             "| Jayden Price (14) | Neglect | 2 July 2026 | Olu Bankole | 21 October 2026 |")
    assert fact_codes(lint_md(plan_with_header(table))) == set()


def test_header_table_read_across_with_placeholders_is_missing(lint_md):
    table = ("| Child | Category | Conference | Lead social worker | Next review |\n"
             "|---|---|---|---|---|\n"
             "| Jayden Price (14) | Neglect | 2 July 2026 | Not yet allocated | TBC |")
    assert fact_codes(lint_md(plan_with_header(table))) == {"PL502", "PL503"}


def word_plan(path, header_rows: list[tuple[str, ...]], contingency: str = CONTINGENCY):
    """A Word plan whose header is a table of the given rows, built with python-docx."""
    import docx

    document = docx.Document()
    document.add_heading("Child protection plan", level=1)
    table = document.add_table(rows=0, cols=len(header_rows[0]))
    for values in header_rows:
        for cell, text in zip(table.add_row().cells, values):
            cell.text = text
    for heading, text in [("The child's wishes and feelings", CHILD_VOICE),
                          ("Contingency plan", contingency)]:
        document.add_heading(heading, level=2)
        document.add_paragraph(text)
    document.save(str(path))
    return path


def test_word_header_table_of_label_value_pairs_gives_lead_and_review(linter, tmp_path):
    path = word_plan(tmp_path / "pairs.docx", [
        ("Child", "Jayden Price (14)", "Category", "Neglect"),
        ("Lead professional", "Olu Bankole, social worker", "Next RCPC", "21/10/2026")])
    result = linter.lint_file(path)
    assert result.error is None
    assert result.plan.metadata.lead_professional.text == "Olu Bankole, social worker"
    assert result.plan.metadata.review_date.text == "21/10/2026"
    assert fact_codes(result) == set()


def test_word_header_table_of_pairs_with_gaps_is_missing(linter, tmp_path):
    path = word_plan(tmp_path / "gaps.docx", [
        ("Child", "Jayden Price (14)", "Category", "Neglect"),
        ("Lead professional", "Awaiting allocation", "Next RCPC", "")])
    assert fact_codes(linter.lint_file(path)) == {"PL502", "PL503"}


def test_word_header_table_read_across(linter, tmp_path):
    labels = ("Child", "Lead social worker", "Date of next review")
    passing = word_plan(tmp_path / "across.docx", [labels, ("Jayden Price (14)", "Olu Bankole", "4 Nov 2026")])
    assert fact_codes(linter.lint_file(passing)) == set()
    failing = word_plan(tmp_path / "across-tbc.docx", [labels, ("Jayden Price (14)", "Olu Bankole", "TBA")])
    assert fact_codes(linter.lint_file(failing)) == {"PL503"}


# ---------------------------------------------------------------- contingency


def test_contingency_inside_a_combined_review_section_counts(lint_md):
    extra = ("## Review date and contingency\n\nThe next review conference will be on "
             "5 November 2026. If Jayden goes missing overnight again, the social worker will "
             "ask the police to find him and hold a strategy meeting the next working day.")
    result = lint_md(plan_with_header("Lead social worker: Olu Bankole", contingency=None, extra=extra))
    assert fact_codes(result) == set()


def test_combined_section_without_a_contingency_is_missing(lint_md):
    extra = "## Review date and contingency\n\nThe next review conference will be on 5 November 2026."
    result = lint_md(plan_with_header("Lead social worker: Olu Bankole", contingency=None, extra=extra))
    assert fact_codes(result) == {"PL501"}


@pytest.mark.parametrize("heading", ["What will happen if Jayden is not safe", "Plan B"])
def test_a_heading_asking_what_happens_if_holds_the_contingency(lint_md, heading):
    extra = (f"## {heading}\n\nIf Jayden is found with older men again, his mum will ring 999 "
             "and the social worker will convene a strategy meeting within one working day.")
    result = lint_md(markdown_plan(contingency=None, extra=extra))
    assert fact_codes(result) == set()


@pytest.mark.parametrize("contingency", [
    "To be decided at the core group if things do not improve.",
    "TBC if the family move out of the area.",
    "Will be agreed by the core group.",
])
def test_a_contingency_that_puts_the_decision_off_is_missing(lint_md, contingency):
    assert fact_codes(lint_md(markdown_plan(contingency=contingency))) == {"PL501"}


# ---------------------------------------------------------------- child voice


def test_a_section_about_a_babys_world_records_the_childs_day(lint_md):
    world = ("At both visits Mia lay on her mat, babbling to her big sister; she flinched and "
             "went still when the front door slammed and settled once her gran picked her up.")
    passing = markdown_plan(child="Mia Holt (5 months)", child_voice=world, child_voice_heading="Mia's world")
    assert "PL504" not in plan_codes(lint_md(passing))
    failing = markdown_plan(child="Mia Holt (5 months)", child_voice=None)
    assert "PL504" in plan_codes(lint_md(failing))


def test_bare_review_label_is_the_review_date_but_review_by_is_a_deadline(lint_md):
    # After the conference date, as header lines give them ("Review" alone
    # before any conference date is the review conference that made the plan).
    facts = "Conference: 2 July 2026  \nLead SW: Olu Bankole  \n"
    passing = plan_with_header(facts + "Review: 21 October 2026")
    assert fact_codes(lint_md(passing)) == set()
    failing = plan_with_header(facts + "Review by: 21 October 2026")
    assert fact_codes(lint_md(failing)) == {"PL503"}
