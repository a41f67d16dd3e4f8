"""Hostile input, each case run through the real command line in a child process
(see tests/hostile/__init__.py for what a case is and what is asserted)."""
from __future__ import annotations

import pytest

from hostile import GOOD_PLAN_MARK, all_cases
from hostile._runner import run_case

CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input_is_refused_cleanly_and_the_run_goes_on(case, tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    outcome, before, after = run_case(case, folder)
    assert outcome.code != "hang", f"{case.name} did not finish:\n{outcome.text[-3000:]}"
    assert outcome.code == case.exit_code, outcome.text[-3000:]
    assert outcome.peak_mb < case.memory_mb, f"peak {outcome.peak_mb:.0f} MB"
    assert outcome.utf8, "wrote bytes that are not UTF-8"
    for expected in case.expect:
        assert expected in outcome.text, f"{expected!r} not in:\n{outcome.text[-3000:]}"
    for forbidden in case.forbid:
        assert forbidden not in outcome.text, f"{forbidden!r} in:\n{outcome.text[-3000:]}"
    if case.good_plan_reported:
        assert GOOD_PLAN_MARK in outcome.text, outcome.text[-3000:]
    changed = {name for name in before if after.get(name) != before[name]}
    assert not changed - set(case.outputs), f"inputs changed: {sorted(changed)}"
    if case.verify is not None:
        case.verify(folder, outcome.text)


def test_every_hostile_case_has_a_unique_name():
    names = [c.name for c in CASES]
    assert len(names) == len(set(names)) and names
