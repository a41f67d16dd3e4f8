"""The command-line conventions Ruff (and Vale) users expect of `planlint check`:
--extend-select / --extend-ignore, ALL, standard input (`-`, --stdin-filename),
no path meaning the current folder, files git ignores left out of folder
walks, --show-settings, --show-files and --min-severity. Run in-process
through click's CliRunner (the real command line, without a process each)."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from conftest import docx_plan, markdown_plan, row
from planlint.catalogue import load_catalogue
from planlint.cli import main

# The default plan (markdown_plan()) is clean but for three plan-level warnings
# (PL507, PL510, PL511) and, when selected, the opt-in PL603 (info): its
# contingency sentence is 26 words long.
DEFAULT_FINDINGS = {"PL507", "PL510", "PL511"}


def invoke(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=stdin)


def check(*args: str, stdin: bytes | None = None):
    """`planlint check --no-cache --format json ARGS`: the result and the codes
    found in each file (by the path the report gives it)."""
    result = invoke("check", "--no-cache", "--format", "json", *args, stdin=stdin)
    assert result.exit_code in (0, 1), result.output
    files = json.loads(result.stdout)["files"]
    return result, {f["path"]: {x["code"] for x in f["findings"]} for f in files}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def plan(path: Path, **kwargs) -> Path:
    return write(path, markdown_plan(**kwargs))


def shown_files(*args: str) -> list[str]:
    result = invoke("check", "--show-files", *args)
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def shown_rules(*args: str) -> set[str]:
    """The rule codes `check --show-settings` lists."""
    result = invoke("check", "--show-settings", *args)
    assert result.exit_code == 0, result.output
    return {line.split()[0] for line in result.stdout.splitlines() if line.startswith("  PL")}


def repository(folder: Path) -> Path:
    (folder / ".git" / "info").mkdir(parents=True)  # enough for git (and planlint) to see one
    return folder


# ------------------------------------------------------------ rule selection


def test_extend_select_adds_an_opt_in_rule_to_the_default_rules(tmp_path):
    path = plan(tmp_path / "plan.md")
    assert check(str(path))[1] == {str(path): DEFAULT_FINDINGS}
    assert check("--extend-select", "PL603", str(path))[1] == \
        {str(path): DEFAULT_FINDINGS | {"PL603"}}


def test_extend_ignore_on_the_command_line_adds_to_the_configurations_ignore(tmp_path):
    write(tmp_path / "planlint.toml", 'ignore = ["PL510"]\n')
    path = plan(tmp_path / "plan.md")
    assert check("--extend-ignore", "PL511", str(path))[1] == {str(path): {"PL507"}}


def test_extend_select_on_the_command_line_adds_to_the_configurations_select(tmp_path):
    write(tmp_path / "planlint.toml", 'select = ["PL3"]\n')
    path = plan(tmp_path / "plan.md")
    rules = shown_rules("--extend-select", "PL510", str(path))
    assert rules == {c for c in load_catalogue().rules if c.startswith("PL3")} | {"PL510"}
    # --select replaces the configuration's selection; --extend-select still adds.
    assert shown_rules("--select", "PL101", "--extend-select", "PL102", str(path)) == \
        {"PL101", "PL102"}


def test_select_all_runs_every_rule_opt_in_ones_included(tmp_path):
    path = plan(tmp_path / "plan.md")
    assert shown_rules("--select", "ALL", str(path)) == set(load_catalogue().rules)
    assert "PL603" in check("--select", "ALL", str(path))[1][str(path)]


def test_annotate_and_report_take_extend_select_and_extend_ignore(tmp_path):
    path = plan(tmp_path / "plan.md")
    annotated = invoke("annotate", "--select", "PL510", "--extend-select", "PL603",
                       str(path), "-o", str(tmp_path / "out.md"))
    assert annotated.exit_code == 0, annotated.output
    assert ": 2 comment(s)" in annotated.stdout  # PL510 and PL603
    reported = invoke("report", "--extend-ignore", "PL510,PL511", str(path),
                      "-o", str(tmp_path / "report.html"))
    assert reported.exit_code == 0, reported.output
    assert "1 plan(s), 1 finding(s)" in reported.stderr


# ------------------------------------------------------------ standard input


def test_a_plan_on_standard_input_is_linted_and_named_dash(tmp_path):
    result, found = check("-", stdin=markdown_plan().encode())
    assert found == {"-": DEFAULT_FINDINGS}
    text = invoke("check", "--no-cache", "-", stdin=markdown_plan().encode())
    assert text.stdout.startswith("-:") and text.exit_code == 1


def test_stdin_filename_names_the_plan_and_finds_its_configuration(tmp_path, monkeypatch):
    write(tmp_path / "team" / "planlint.toml", 'ignore = ["PL510"]\n')
    monkeypatch.chdir(tmp_path)
    _, found = check("--stdin-filename", "team/mia.md", stdin=markdown_plan().encode())
    assert found == {"team/mia.md": {"PL507", "PL511"}}


def test_a_word_plan_on_standard_input_is_read_as_word(tmp_path):
    data = docx_plan(tmp_path / "plan.docx", [row(who="All agencies")]).read_bytes()
    assert "PL102" in check("-", stdin=data)[1]["-"]  # a zip: Word, without a name
    assert "PL102" in check("--stdin-filename", "mia.docx", stdin=data)[1]["mia.docx"]


def test_standard_input_over_the_size_limit_is_one_error_line_and_exit_2():
    result = invoke("check", "--no-cache", "--max-size", "0.001", "-",
                    stdin=markdown_plan().encode())
    assert result.exit_code == 2
    assert result.stdout.splitlines()[0] == \
        "-: error: file too large (more than the limit of 0.001 MB); split the plan into " \
        "smaller files"


def test_standard_input_is_read_instead_of_the_named_file_and_nothing_is_written(tmp_path):
    on_disk = plan(tmp_path / "mia.md", lead=None)  # would be PL502
    before = on_disk.read_bytes()
    cache = tmp_path / "cache"
    result = invoke("check", "--cache-dir", str(cache), "--format", "json",
                    "--stdin-filename", str(on_disk), stdin=markdown_plan().encode())
    codes = {f["code"] for f in json.loads(result.stdout)["files"][0]["findings"]}
    assert codes == DEFAULT_FINDINGS
    assert on_disk.read_bytes() == before
    assert not cache.exists() or not any(cache.rglob("*"))


def test_standard_input_is_linted_alone(tmp_path):
    result = invoke("check", "-", str(plan(tmp_path / "plan.md")), stdin=b"")
    assert result.exit_code == 2
    assert "standard input (`-` or --stdin-filename) is linted alone" in result.stderr


# ------------------------------------------------------------ paths


def test_check_with_no_path_lints_the_current_folder(tmp_path, monkeypatch):
    plan(tmp_path / "plans" / "mia.md")
    monkeypatch.chdir(tmp_path)
    assert check()[1] == {"plans/mia.md": DEFAULT_FINDINGS}


def test_folder_walks_leave_out_what_git_ignores(tmp_path):
    root = repository(tmp_path)
    for name in ("live.md", "build/a.md", "build/keep.md", "plans/b.md", "plans/old/c.md",
                 "plans/d.md", "plans/e.md"):
        plan(root / name)
    write(root / ".gitignore", "build/\n!build/keep.md\n")  # git never looks inside build/
    write(root / "plans" / ".gitignore", "old/\n*.md\n!b.md\n")  # the deepest file decides
    write(root / ".git" / "info" / "exclude", "e.md\n")
    assert shown_files(str(root)) == [str(root / "live.md"), str(root / "plans" / "b.md")]
    _, found = check(str(root))
    assert set(found) == {str(root / "live.md"), str(root / "plans" / "b.md")}


def test_a_file_git_ignores_is_linted_when_named_unless_force_exclude(tmp_path):
    root = repository(tmp_path)
    ignored = plan(root / "drafts" / "mia.md")
    write(root / ".gitignore", "drafts/\n")
    assert shown_files(str(ignored)) == [str(ignored)]
    assert shown_files(str(root / "drafts")) == [str(ignored)]  # a folder named: linted whole
    assert shown_files("--force-exclude", str(ignored)) == []


def test_no_respect_gitignore_lints_what_git_ignores(tmp_path):
    root = repository(tmp_path)
    plan(root / "a.md")
    plan(root / "old" / "b.md")
    write(root / ".gitignore", "old/\n")
    assert shown_files(str(root)) == [str(root / "a.md")]
    assert shown_files("--no-respect-gitignore", str(root)) == \
        [str(root / "a.md"), str(root / "old" / "b.md")]


def test_gitignore_files_outside_a_git_repository_are_not_read(tmp_path):
    plan(tmp_path / "a.md")
    write(tmp_path / ".gitignore", "a.md\n")
    assert shown_files(str(tmp_path)) == [str(tmp_path / "a.md")]


# ------------------------------------------------------------ what a run shows


def test_show_settings_prints_the_settings_of_the_first_file_and_exits_0(tmp_path):
    config = write(tmp_path / "planlint.toml",
                   'profile = "cin"\nselect = ["PL3", "PL5"]\nexclude = ["archive/"]\n'
                   'min-visit-days = 7\n[severity]\nPL302 = "error"\n'
                   '[per-file-ignores]\n"*.md" = ["PL504"]\n')
    path = plan(tmp_path / "mia.md")
    result = invoke("check", "--show-settings", "--today", "2026-03-01", str(tmp_path))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:2] == [f"Settings for {path}", f"configuration: {config}"]
    assert "profile: cin" in lines and "exclude: archive/" in lines
    assert "per-file-ignores for this file: PL504" in lines
    assert any(line.startswith("options: today = 2026-03-01, min-visit-days = 7")
               for line in lines)
    assert any(line.split() == ["PL302", "deadline-vague", "error"] for line in lines)
    rules = {line.split()[0] for line in lines if line.startswith("  PL")}
    assert "PL504" not in rules and "PL505" not in rules  # per-file; child protection only
    assert {"PL301", "PL501"} <= rules


def test_show_files_lists_the_files_that_would_be_linted_and_exits_0(tmp_path):
    write(tmp_path / "planlint.toml", 'exclude = ["archive/"]\n')
    for name in ("b.md", "a.docx", "archive/old.md", "README.md"):
        write(tmp_path / name, "x")  # not read: only listed
    result = invoke("check", "--show-files", str(tmp_path))
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [str(tmp_path / "a.docx"), str(tmp_path / "b.md")]


def test_min_severity_hides_findings_below_it_from_the_report_the_count_and_the_exit(tmp_path):
    path = plan(tmp_path / "plan.md")
    shown = invoke("check", "--no-cache", "--extend-select", "PL603",
                   "--min-severity", "warning", str(path))
    assert shown.exit_code == 1 and "PL603" not in shown.stdout
    assert shown.stdout.splitlines()[-1] == \
        "Found 3 finding(s) in 1 of 1 plan(s) (0 error, 3 warning, 0 info)."
    none = invoke("check", "--no-cache", "--min-severity", "error", str(path))
    assert none.exit_code == 0 and none.stdout.startswith("All clear")
