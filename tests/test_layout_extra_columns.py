"""Table columns that are none of the four parts of an action (progress,
RAG status, scores, date completed, comments, signatures) are kept out of the
parts and kept on the action as named extras."""
from __future__ import annotations

import json

from click.testing import CliRunner

from planlint.cli import main

from conftest import read_md, text

HEADER = "| Action | Lead person | Timescale | Progress since last core group | RAG |\n|---|---|---|---|---|\n"


def test_a_progress_column_is_not_evidence_and_stays_on_the_action(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Outcome 1: Amy's weight is on the 9th centile\n\n" + HEADER
                   + "| Weigh Amy at the clinic | Health visitor | fortnightly | Weighed on 10 February | Amber |\n")
    action, = plan.actions
    assert text(action.evidence) == "Amy's weight is on the 9th centile"  # the goal, no evidence place
    assert {kind: text(value) for kind, value in action.extras.items()} == {
        "progress": "Weighed on 10 February", "status": "Amber"}


def test_a_date_completed_column_is_not_the_deadline(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## The plan\n\n"
                   "| What needs to happen | Who will do it | Date completed | Comments |\n|---|---|---|---|\n"
                   "| Refer Amy to the speech therapist | GP | 5 February 2026 | Done |\n")
    action, = plan.actions
    assert action.deadline is None
    assert text(action.extras["date_completed"]) == "5 February 2026"
    assert text(action.extras["comments"]) == "Done"


def test_a_table_with_a_signature_column_is_a_sign_off_not_actions(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## The plan\n\n- Mum will take Amy to nursery every weekday.\n\n"
                   "## Agreed\n\n| Agreed by | Signature | Date |\n|---|---|---|\n"
                   "| Ms Jo Hall, mother | J. Hall | 3 March 2026 |\n")
    assert [text(a.owner) for a in plan.actions] == ["Mum"]


def test_extras_are_in_the_json_plan(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text("# Child protection plan\n\n## Outcome 1: Amy is safe\n\n" + HEADER
                    + "| Weigh Amy at the clinic | Health visitor | fortnightly | Weighed | Green |\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", "--format", "json", str(path)])
    action = json.loads(result.output)["actions"][0]
    assert action["extras"]["status"]["text"] == "Green"


def test_a_score_line_above_a_table_is_a_note_not_an_action(linter, tmp_path):
    plan = read_md(linter, tmp_path, "## Outcome 1: Amy is well\n\n"
                   "How Amy scores this now: 3 out of 10 (17 February 2026).\n\n"
                   "| What will be done | Who will do it | When | How we will know |\n|---|---|---|---|\n"
                   "| Take Amy to the GP | Dad | by 3 March 2026 | GP letter shared |\n")
    assert [text(a.task) for a in plan.actions] == ["Take Amy to the GP"]
