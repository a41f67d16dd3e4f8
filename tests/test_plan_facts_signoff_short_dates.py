"""Plan facts in three more shapes: a header line of facts split by semicolons,
a review conference written under a conference label (an "RCPC" or "Date of
review conference" after the plan's own ICPC, short dates such as 02.06.26
included), and the lead professional named only in the plan's closing sign-off.

Each case is a whole plan linted through the real pipeline, with a passing and
a failing variant.
"""
from __future__ import annotations

import docx

from conftest import docx_plan, markdown_plan, plan_codes

FACTS = {"PL501", "PL502", "PL503"}


def plan_with_header(header: str) -> str:
    """A clean plan whose only header facts are `header` (no default lead or review)."""
    title, rest = markdown_plan(child=None, category=None, conference_date=None, lead=None,
                                core_group=None, review=None).split("\n", 1)
    return f"{title}\n\n{header}\n{rest}"


def fact_codes(result) -> set[str]:
    return plan_codes(result) & FACTS


# ------------------------------------------------------ semicolon-split header


def test_semicolon_split_header_bullet_gives_lead_and_short_review_date(lint_md):
    header = ("- Child: Tariq Osei, 11; Category: Neglect; ICPC: 03/03/2026; "
              "Lead SW: Ruth Pemberton; RCPC: 02.06.26")
    result = lint_md(plan_with_header(header))
    assert fact_codes(result) == set()
    review = result.plan.metadata.review_date
    assert review.text == "02.06.26"
    # The value's location is exact: line 3 of the file, where "02.06.26" starts.
    assert (review.location.line, review.location.column) == (3, header.index("02.06.26") + 1)
    assert result.plan.metadata.lead_professional.text == "Ruth Pemberton"


def test_semicolon_split_header_with_review_tbc_is_missing(lint_md):
    header = "- Child: Tariq Osei, 11; ICPC: 03/03/2026; Lead SW: Ruth Pemberton; RCPC: TBC"
    assert fact_codes(lint_md(plan_with_header(header))) == {"PL503"}


def test_semicolons_inside_a_value_do_not_split_it(lint_md):
    # No "Label:" after these semicolons: they list the core group's members.
    header = "Core group: Mum; Dad; Oakfield Primary School\n\nLead SW: Ruth Pemberton"
    result = lint_md(plan_with_header(header))
    assert result.plan.metadata.core_group.text == "Mum; Dad; Oakfield Primary School"


# ------------------------------------- review conference under a conference label


def test_review_conference_after_the_icpc_is_the_next_review(lint_md):
    line = ("Child: Tariq Osei (11) · Lead SW: Ruth Pemberton · Initial conference 5 March 2026 · "
            "Date of review conference: 28 May 2026")
    result = lint_md(plan_with_header(line))
    assert fact_codes(result) == set()
    assert result.plan.metadata.review_date.text == "28 May 2026"
    assert result.plan.metadata.conference_date.text == "5 March 2026"


def test_review_conference_dated_before_the_icpc_is_not_the_next_review(lint_md):
    line = ("Child: Tariq Osei (11) · Lead SW: Ruth Pemberton · Initial conference 5 March 2026 · "
            "RCPC: 01.02.26")
    assert fact_codes(lint_md(plan_with_header(line))) == {"PL503"}


# ---------------------------------------------------------- sign-off lines


def word_plan_signed(path, sign_off: str, lead: str | None = None):
    """A clean Word plan with no lead in its header (unless given) and a
    closing sign-off paragraph."""
    docx_plan(path, lead=lead)
    document = docx.Document(str(path))
    document.add_paragraph(sign_off)
    document.save(str(path))
    return path


def test_lead_named_in_the_closing_sign_off_counts(linter, tmp_path):
    path = word_plan_signed(tmp_path / "signed.docx", "This plan was written by Mehmet Yilmaz, "
                            "allocated social worker, Westvale Children's Services, 9 March 2026.")
    assert fact_codes(linter.lint_file(path)) == set()


def test_sign_off_with_a_colon_and_bracketed_role_counts(lint_md):
    text = markdown_plan(lead=None, extra="Completed by: Priya Anand (lead SW)")
    assert fact_codes(lint_md(text)) == set()


def test_sign_off_by_someone_not_the_lead_names_no_lead(linter, tmp_path):
    path = word_plan_signed(tmp_path / "manager.docx",
                            "Plan prepared by Mehmet Yilmaz, Team Manager, Westvale Children's Services.")
    assert fact_codes(linter.lint_file(path)) == {"PL502"}


def test_signed_by_the_parents_names_no_lead(lint_md):
    text = markdown_plan(lead=None, extra="The agreement was signed by both parents, at the visit.")
    assert fact_codes(lint_md(text)) == {"PL502"}


def test_header_lead_tbc_is_not_overruled_by_a_social_worker_sign_off(linter, tmp_path):
    path = word_plan_signed(tmp_path / "tbc.docx",
                            "Prepared by Mehmet Yilmaz, social worker, duty team.", lead="TBC")
    assert fact_codes(linter.lint_file(path)) == {"PL502"}
