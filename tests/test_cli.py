"""The command line, run as a user runs it: the installed `planlint` program."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_plans"


def planlint(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    exe = shutil.which("planlint") or str(Path(sys.executable).parent / "planlint")
    return subprocess.run([exe, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_check_a_clean_plan_exits_0():
    result = planlint("check", str(SAMPLES / "01-holt.md"))
    assert result.returncode == 0, result.stdout
    assert "All clear" in result.stdout


def test_check_reports_findings_like_a_linter_and_exits_1(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text("# Child protection plan\n\n## The plan\n\n"
                    "| What will be done | Who | By when | How will we know |\n|---|---|---|---|\n"
                    "| Support mum | All agencies | Ongoing | Mum engages |\n")
    result = planlint("check", str(plan))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert f"{plan}:7:3: PL201 task-vague" in result.stdout
    assert f"{plan}:7:17: PL102 owner-vague" in result.stdout
    assert any(line.strip().startswith("fix:") for line in lines)
    assert lines[-1].startswith("Found ")


def test_check_json_follows_the_contract(tmp_path):
    result = planlint("check", "--format", "json", str(SAMPLES / "02-mensah.md"))
    assert result.returncode == 1
    data = json.loads(result.stdout)
    entry = data["files"][0]
    assert set(entry) == {"path", "error", "plan", "findings"}
    action = entry["plan"]["actions"][0]
    assert {"index", "task", "owner", "deadline", "evidence", "location"} <= set(action)
    finding = entry["findings"][0]
    assert {"code", "name", "severity", "message", "suggestion", "location", "action_index"} <= set(finding)
    assert {"line", "column", "ref"} <= set(finding["location"])
    indexed = [f for f in entry["findings"] if f["action_index"] is not None]
    for f in indexed:
        assert entry["plan"]["actions"][f["action_index"] - 1]["index"] == f["action_index"]
    assert data["summary"]["files"] == 1
    assert data["summary"]["findings"] == len(entry["findings"])


def test_check_a_folder_skips_its_readme_and_lints_both_formats():
    result = planlint("check", "--format", "json", str(SAMPLES))
    paths = [f["path"] for f in json.loads(result.stdout)["files"]]
    assert not any(p.endswith("README.md") for p in paths)
    assert any(p.endswith(".docx") for p in paths) and any(p.endswith(".md") for p in paths)
    assert paths == sorted(paths)


def test_unreadable_file_is_one_line_exit_2_and_the_rest_is_linted(tmp_path):
    bad = tmp_path / "old.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    good = SAMPLES / "01-holt.md"
    result = planlint("check", str(bad), str(good))
    assert result.returncode == 2
    assert f"{bad}: error: this is a legacy .doc file; open it in Word and save it as .docx" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert "1 file(s) could not be read" in result.stdout


def test_missing_path_is_a_usage_error(tmp_path):
    result = planlint("check", str(tmp_path / "nope.md"))
    assert result.returncode == 2
    assert "no such file" in result.stderr


def test_select_and_ignore(tmp_path):
    path = str(SAMPLES / "02-mensah.md")
    only = json.loads(planlint("check", "--format", "json", "--select", "PL201", path).stdout)
    assert {f["code"] for f in only["files"][0]["findings"]} == {"PL201"}
    rest = json.loads(planlint("check", "--format", "json", "--ignore", "PL201", path).stdout)
    codes = {f["code"] for f in rest["files"][0]["findings"]}
    assert "PL201" not in codes and codes
    unknown = planlint("check", "--select", "PL999", path)
    assert unknown.returncode == 2 and "PL999" in unknown.stderr


def test_select_and_ignore_take_prefixes_as_ruff_does():
    path = str(SAMPLES / "02-mensah.md")
    every = json.loads(planlint("check", "--format", "json", path).stdout)
    codes = {f["code"] for f in every["files"][0]["findings"]}
    deadline = json.loads(planlint("check", "--format", "json", "--select", "pl3", path).stdout)
    assert {f["code"] for f in deadline["files"][0]["findings"]} == \
        {c for c in codes if c.startswith("PL3")} != set()
    rest = json.loads(planlint("check", "--format", "json", "--ignore", "PL3,PL2", path).stdout)
    assert {f["code"] for f in rest["files"][0]["findings"]} == \
        {c for c in codes if not c.startswith(("PL3", "PL2"))}
    assert planlint("check", "--select", "PL9", path).returncode == 2


def test_parse_prints_the_plan_as_json():
    result = planlint("parse", "--format", "json", str(SAMPLES / "03-marsh.md"))
    assert result.returncode == 0
    plan = json.loads(result.stdout)
    assert plan["actions"] and plan["metadata"]["lead_professional"]["text"]
    first = plan["actions"][0]
    assert first["task"]["location"]["line"] > 0


def test_parse_text_lists_actions():
    result = planlint("parse", str(SAMPLES / "07-dawson.docx"))
    assert result.returncode == 0
    assert "Actions (" in result.stdout and "table" in result.stdout


def test_rules_lists_the_catalogue():
    result = planlint("rules")
    assert result.returncode == 0
    for code in ("PL101", "PL102", "PL201", "PL301", "PL302", "PL401", "PL402",
                 "PL501", "PL502", "PL503", "PL504"):
        assert code in result.stdout


def test_rule_explains_one_rule_by_code_or_name():
    by_code = planlint("rule", "PL301")
    by_name = planlint("rule", "deadline-missing")
    assert by_code.returncode == 0 and by_code.stdout == by_name.stdout
    assert "## Why it matters" in by_code.stdout and "## Source" in by_code.stdout
    unknown = planlint("rule", "PL999")
    assert unknown.returncode == 2 and "unknown rule" in unknown.stderr


@pytest.mark.parametrize("command", [["--help"], ["rules"], ["rule", "PL101"]])
def test_commands_that_need_no_nlp_do_not_import_spacy(command):
    code = ("import sys; from planlint.cli import main\n"
            "try:\n    main(%r)\nexcept SystemExit:\n    pass\n"
            "assert 'spacy' not in sys.modules, 'spacy imported'" % (command,))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_eval_prints_the_table_and_the_baseline():
    result = planlint("eval", "--baseline", str(REPO / "tests" / "data" / "heldout"))
    assert result.returncode == 0
    assert "# planlint" in result.stdout and "# keyword baseline" in result.stdout
    assert "PL201" in result.stdout and "micro" in result.stdout


def test_no_input_file_is_modified(tmp_path):
    copy = tmp_path / "plans"
    shutil.copytree(SAMPLES, copy)
    before = {p.name: p.read_bytes() for p in copy.iterdir()}
    planlint("check", str(copy))
    assert {p.name: p.read_bytes() for p in copy.iterdir()} == before


def test_a_reader_that_stops_early_ends_the_run_quietly_with_141():
    """`planlint check plans/ | head -1`: standard output closed half way."""
    exe = shutil.which("planlint") or str(Path(sys.executable).parent / "planlint")
    child = subprocess.Popen([exe, "check", "--no-cache", str(SAMPLES)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    child.stdout.readline()
    child.stdout.close()  # as `head -1` does once it has its line
    stderr = child.stderr.read().decode()
    assert child.wait(timeout=300) == 141
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr


def test_rules_lists_planlints_own_rule_and_marks_opt_in_rules():
    lines = planlint("rules").stdout.splitlines()
    assert any(line.startswith("PL001  unused-suppression") for line in lines)
    assert [line.split()[0] for line in lines if line.endswith("(opt-in)")] == \
        ["PL603", "PL604", "PL605"]


def test_rule_explains_every_rule_with_all_and_speaks_json():
    every = planlint("rule", "--all").stdout
    assert "PL001 unused-suppression" in every and "PL607" in every
    one = json.loads(planlint("rule", "--format", "json", "PL301").stdout)
    assert one["code"] == "PL301" and one["examples"]
    assert planlint("rule").returncode == 2  # neither a code nor --all


def test_parse_shows_each_deadline_on_the_calendar():
    out = planlint("parse", str(SAMPLES / "01-holt.md")).stdout
    assert "     due       by 2026-" in out


def test_annotated_copies_in_a_folder_are_not_linted_as_plans(tmp_path):
    shutil.copy(SAMPLES / "02-mensah.md", tmp_path / "plan.md")
    assert planlint("annotate", str(tmp_path / "plan.md")).returncode == 0
    assert (tmp_path / "plan.reviewed.md").exists()
    result = planlint("check", str(tmp_path))
    assert "plan.reviewed.md" not in result.stdout
    assert "in 1 of 1 plan(s)" in result.stdout
    named = planlint("check", str(tmp_path / "plan.reviewed.md"))  # named: linted
    assert "plan.reviewed.md" in named.stdout


def test_a_folder_with_no_plans_is_an_error_not_all_clear(tmp_path):
    (tmp_path / "notes.txt").write_text("not a plan")
    result = planlint("check", str(tmp_path))
    assert result.returncode == 2
    assert "no plan files in this folder" in result.stderr and "All clear" not in result.stdout


def test_eval_names_an_unreadable_labelled_plan_in_one_line(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    entry = {"plan": "plans/missing.md", "plan_labels": {}, "actions": []}
    (corpus / "labels.jsonl").write_text(json.dumps(entry) + "\n")
    result = planlint("eval", str(corpus))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"{corpus}/labels.jsonl:1: error: label 'contingency_missing' is missing "
        "(see docs/labelled-corpus.md)"]
    entry["plan_labels"] = {k: False for k in ("contingency_missing", "lead_professional_missing",
                                               "review_date_missing", "child_voice_missing")}
    (corpus / "labels.jsonl").write_text(json.dumps(entry) + "\n")
    result = planlint("eval", str(corpus))
    assert result.returncode == 2 and "internal error" not in result.stderr
    assert result.stderr.strip() == f"{corpus}/plans/missing.md: error: file not found; check the path"
