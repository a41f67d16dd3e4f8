"""A layout the reader cannot read is reported (PL520, info), not read
silently wrong: a table of rows in a plan section that is neither actions nor
facts, or a plan section that gave no actions."""
from __future__ import annotations

from conftest import findings_of, markdown_plan, row

HEADER = "# Child protection plan\n\n**Lead social worker:** Anna Webb\n\n"


def test_a_table_in_the_plan_that_is_neither_actions_nor_facts_is_reported(lint_md):
    result = lint_md(HEADER + "## The plan\n\n| Area | Support | Contact |\n|---|---|---|\n"
                     "| Housing | Tenancy | 0161 000 0000 |\n| School | Mentoring | Office |\n"
                     "| Health | Clinic | Reception |\n")
    found, = findings_of(result, "PL520")
    assert found.severity.value == "info"
    assert found.quote == "Area | Support | Contact"


def test_a_plan_section_that_gives_no_actions_is_reported(lint_md):
    result = lint_md(HEADER + "## Actions\n\nThe family has been through a hard time.\n")
    found, = findings_of(result, "PL520")
    assert found.quote == "Actions"


def test_a_plan_read_as_actions_is_not_reported(lint_md):
    assert findings_of(lint_md(markdown_plan([row()])), "PL520") == []
