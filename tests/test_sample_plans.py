"""The sample plans give exactly the findings their README promises: none for
the seven clean plans, and the deliberate defects of the other five."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from planlint.checks import Options
from planlint.engine import Linter

SAMPLES = Path(__file__).resolve().parents[1] / "sample_plans"
# Plain-language advice is not part of the promise; the date of the run is fixed
# after every review, so no deadline is "passed" in a plan still in force.
LANGUAGE = {"PL601", "PL602", "PL603", "PL604", "PL605", "PL606", "PL607"}


def expected() -> dict[str, dict]:
    text = (SAMPLES / "README.md").read_text(encoding="utf-8")
    found = {}
    for name, line in re.findall(r"### `([^`]+)`.*?\nExpected planlint findings: ([^\n]*)", text, re.S):
        codes: dict = {}
        if line.strip() != "none.":
            for part in line.rstrip(".").split("; "):  # "plan PL502", "action 2: PL201 PL302"
                if part.startswith("plan "):
                    codes[None] = set(part.split()[1:])
                else:
                    where, _, listed = part.partition(": ")
                    codes[int(where.split()[1])] = set(listed.split())
        found[name] = codes
    return found


EXPECTED = expected()


@pytest.fixture(scope="module")
def sample_linter():
    return Linter(options=Options(today=date(2027, 1, 1)))


def test_the_readme_lists_all_twelve_plans():
    assert len(EXPECTED) == 12
    assert sum(not codes for codes in EXPECTED.values()) == 7


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_plan_findings_match_its_readme(sample_linter, name):
    result = sample_linter.lint_file(SAMPLES / name)
    assert result.error is None
    got: dict = {}
    for finding in result.findings:
        if finding.code not in LANGUAGE:
            got.setdefault(finding.action_index, set()).add(finding.code)
    assert got == EXPECTED[name]
