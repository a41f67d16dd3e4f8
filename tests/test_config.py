"""Configuration: [tool.planlint] in pyproject.toml or planlint.toml, found by
walking up from each plan (nearest wins), --config, --isolated; select, ignore,
per-file-ignores, severity, extend-lists, glossary, exclude; one clear line for
a bad file. Run through the real command line, as a user runs it."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import markdown_plan, row
from planlint.catalogue import load_catalogue
from planlint.cli import main
from planlint.config import ConfigError, load_config
from planlint.engine import Workspace

VAGUE = row(task="Support mum", who="All agencies", when="Ongoing", evidence="Mum engages")
SELECT = ["--select", "PL102,PL201,PL302,PL402"]


def planlint(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    exe = shutil.which("planlint") or str(Path(sys.executable).parent / "planlint")
    return subprocess.run([exe, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def plan(path: Path, rows=None, **kwargs) -> Path:
    return write(path, markdown_plan(rows if rows is not None else [VAGUE], **kwargs))


def codes(*args: str, cwd: Path | None = None) -> dict[str, set[str]]:
    """Lint with JSON output: the codes found in each file (by file name)."""
    result = planlint("check", "--format", "json", *args, cwd=cwd)
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return {Path(f["path"]).name: {x["code"] for x in f["findings"]}
            for f in json.loads(result.stdout)["files"]}


def severities(*args: str) -> dict[str, str]:
    result = planlint("check", "--format", "json", *args)
    return {f["code"]: f["severity"] for f in json.loads(result.stdout)["files"][0]["findings"]}


def shown(*args: str) -> list[str]:
    """The lines of `planlint check ARGS` run in-process (for --show-settings and
    --show-files, which lint nothing)."""
    result = CliRunner().invoke(main, ["check", *args])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def rules_for(path: Path, *args: str) -> set[str]:
    """The rule codes `check --show-settings` lists for a file."""
    return {line.split()[0] for line in shown("--show-settings", *args, str(path))
            if line.startswith("  PL")}


def prefixed(*prefixes: str) -> set[str]:
    return {code for code in load_catalogue().rules if code.startswith(prefixes)}


# ------------------------------------------------------------------ discovery


def test_pyproject_tool_planlint_table_applies_to_plans_below_it(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "plans"\n\n'
          '[tool.planlint]\nignore = ["PL201"]\n')
    path = plan(tmp_path / "plans" / "a.md")
    assert codes(*SELECT, str(path))["a.md"] == {"PL102", "PL302", "PL402"}
    assert "PL201" in codes(*SELECT, "--isolated", str(path))["a.md"]


def test_a_pyproject_without_a_planlint_table_is_passed_over(tmp_path):
    write(tmp_path / "planlint.toml", 'ignore = ["PL402"]\n')
    write(tmp_path / "plans" / "pyproject.toml", '[tool.black]\nline-length = 99\n')
    path = plan(tmp_path / "plans" / "a.md")
    assert "PL402" not in codes(*SELECT, str(path))["a.md"]


def test_planlint_toml_wins_over_pyproject_in_the_same_folder(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.planlint]\nignore = ["PL201"]\n')
    write(tmp_path / "planlint.toml", 'ignore = ["PL302"]\n')
    found = codes(*SELECT, str(plan(tmp_path / "a.md")))["a.md"]
    assert "PL302" not in found and "PL201" in found


def test_the_nearest_configuration_wins_for_each_file_of_one_run(tmp_path):
    write(tmp_path / "planlint.toml", 'ignore = ["PL201"]\n')
    write(tmp_path / "team" / "planlint.toml", 'ignore = ["PL302"]\n')
    plan(tmp_path / "top.md")
    plan(tmp_path / "team" / "inner.md")
    found = codes(*SELECT, str(tmp_path))
    assert found["top.md"] == {"PL102", "PL302", "PL402"}
    assert found["inner.md"] == {"PL102", "PL201", "PL402"}  # not merged with the parent's


def test_config_option_uses_one_file_for_every_plan(tmp_path):
    write(tmp_path / "team" / "planlint.toml", 'ignore = ["PL302"]\n')
    other = write(tmp_path / "elsewhere" / "strict.toml", 'ignore = ["PL102"]\n')
    path = plan(tmp_path / "team" / "a.md")
    assert codes(*SELECT, "--config", str(other), str(path))["a.md"] == {"PL201", "PL302", "PL402"}


def test_isolated_ignores_every_configuration_file(tmp_path):
    write(tmp_path / "planlint.toml", 'select = ["PL3"]\n')
    path = plan(tmp_path / "a.md")
    assert codes(*SELECT, str(path))["a.md"] == {"PL102", "PL201", "PL302", "PL402"}  # CLI wins
    assert codes(str(path))["a.md"] == {"PL302"}  # "PL3" selects PL301, PL302, ...
    assert {"PL102", "PL201"} <= codes("--isolated", str(path))["a.md"]


# --------------------------------------------------------------------- keys


def test_per_file_ignores_globs_are_relative_to_the_config_folder(tmp_path):
    root = tmp_path / "repo"
    write(root / "planlint.toml", '[per-file-ignores]\n"drafts/*" = ["PL302"]\n'
          '"*.markdown" = ["PL402"]\n')
    plan(root / "drafts" / "a.md")
    plan(root / "other" / "drafts" / "b.md")  # drafts/* is anchored at the config folder
    plan(root / "c.markdown")
    found = codes(*SELECT, "repo", cwd=tmp_path)  # run from another folder
    assert "PL302" not in found["a.md"] and "PL402" in found["a.md"]
    assert {"PL302", "PL402"} <= found["b.md"]
    assert "PL402" not in found["c.markdown"] and "PL302" in found["c.markdown"]


def test_extend_select_and_extend_ignore_add_to_the_configured_selection(tmp_path):
    write(tmp_path / "planlint.toml", 'select = ["PL3"]\nextend-select = ["PL102"]\n'
          'extend-ignore = ["PL302"]\n')
    path = plan(tmp_path / "a.md")
    assert rules_for(path) == prefixed("PL3") - {"PL302"} | {"PL102"}
    write(tmp_path / "team" / "pyproject.toml", '[tool.planlint]\nextend-select = ["PL603"]\n')
    defaults = set(load_catalogue().default_codes("cp"))
    assert rules_for(plan(tmp_path / "team" / "b.md")) == defaults | {"PL603"}


def test_select_all_in_configuration_selects_every_rule_opt_in_ones_included(tmp_path):
    write(tmp_path / "planlint.toml", 'select = ["ALL"]\nignore = ["PL5"]\n')
    assert rules_for(plan(tmp_path / "a.md")) == set(load_catalogue().rules) - prefixed("PL5")


def test_respect_gitignore_false_in_configuration_lints_what_git_ignores(tmp_path):
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".gitignore", "old/\n")
    plan(tmp_path / "a.md")
    plan(tmp_path / "old" / "b.md")
    both = [str(tmp_path / "a.md"), str(tmp_path / "old" / "b.md")]
    write(tmp_path / "planlint.toml", "respect-gitignore = false\n")
    assert shown("--show-files", str(tmp_path)) == both
    assert shown("--show-files", "--respect-gitignore", str(tmp_path)) == both[:1]  # CLI wins


def test_exclude_globs_are_gitignore_lines_and_a_later_negated_one_takes_a_file_back(tmp_path):
    write(tmp_path / "planlint.toml",
          'exclude = ["archive/", "!archive/keep.md", "/top-*.md", "**/x/*.md"]\n')
    for name in ("archive/old.md", "archive/keep.md", "top-1.md", "sub/top-2.md",
                 "a/b/x/c.md", "live.md"):
        write(tmp_path / name, "x")
    assert shown("--show-files", str(tmp_path)) == [
        str(tmp_path / name) for name in ("archive/keep.md", "live.md", "sub/top-2.md")]


def test_a_per_file_ignores_glob_starting_with_bang_applies_to_the_files_it_does_not_match(
        tmp_path):
    write(tmp_path / "planlint.toml", '[per-file-ignores]\n"!templates/*" = ["PL504"]\n')
    template, live = plan(tmp_path / "templates" / "t.md"), plan(tmp_path / "live.md")
    assert "PL504" in rules_for(template) and "PL504" not in rules_for(live)


def test_severity_overrides_change_the_severity_and_the_exit_code(tmp_path):
    path = plan(tmp_path / "a.md")
    assert severities("--select", "PL302", str(path)) == {"PL302": "warning"}
    assert planlint("check", "--select", "PL302", "--fail-on", "error", str(path)).returncode == 0
    write(tmp_path / "planlint.toml", '[severity]\nPL302 = "error"\n')
    assert severities("--select", "PL302", str(path)) == {"PL302": "error"}
    assert planlint("check", "--select", "PL302", "--fail-on", "error", str(path)).returncode == 1


def test_extend_lists_adds_a_teams_own_words_in_its_folder_only(tmp_path):
    local = row(who="The Hub")
    write(tmp_path / "north" / "planlint.toml", '[extend-lists]\nvague_owners = ["The  Hub"]\n')
    plan(tmp_path / "north" / "a.md", [local])
    plan(tmp_path / "south" / "b.md", [local])
    found = codes("--select", "PL102", str(tmp_path))
    assert found == {"a.md": {"PL102"}, "b.md": set()}


def test_exclude_skips_files_found_in_folders_and_force_exclude_named_ones(tmp_path):
    write(tmp_path / "planlint.toml", 'exclude = ["archive/", "*.draft.md"]\n')
    plan(tmp_path / "live.md")
    old = plan(tmp_path / "archive" / "2019" / "old.md")
    plan(tmp_path / "next.draft.md")
    assert set(codes(*SELECT, str(tmp_path))) == {"live.md"}
    assert set(codes(*SELECT, str(old))) == {"old.md"}  # named on the command line
    result = planlint("check", "--force-exclude", str(old))
    assert result.returncode == 0 and "0 plan(s)" in result.stdout


def test_linters_per_configuration_share_one_spacy_parser(linter, tmp_path):
    write(tmp_path / "a" / "planlint.toml", '[extend-lists]\nagencies = ["the hub"]\n'
          '[glossary]\nIRO = "independent reviewing officer"\n')
    write(tmp_path / "b" / "planlint.toml", 'ignore = ["PL201"]\n')
    first, second = plan(tmp_path / "a" / "x.md"), plan(tmp_path / "b" / "y.md")
    plain = plan(tmp_path / "c" / "z.md")
    workspace = Workspace(linter)
    a, b = workspace.linter_for(first), workspace.linter_for(second)
    assert a is not b and a.parser is b.parser is linter.parser
    assert a.glossary == {"IRO": "independent reviewing officer"}
    assert "the hub" in a.lexicon.catalogue.list("agencies")
    assert "the hub" not in linter.catalogue.list("agencies")  # the shared one untouched
    assert "PL201" not in b.codes and "PL201" in a.codes
    assert workspace.linter_for(plain).codes == linter.codes
    assert workspace.linter_for(first) is a  # one Linter per configuration


# ------------------------------------------------------------------- errors


@pytest.mark.parametrize("name, text, key", [
    ("planlint.toml", 'selekt = ["PL101"]\n', "selekt: unknown key"),
    ("planlint.toml", '[severity]\nPL302 = "fatal"\n', "severity.PL302: must be one of"),
    ("planlint.toml", 'select = "PL101"\n', "select: Input should be a valid list"),
    ("planlint.toml", 'ignore = ["E501"]\n', "ignore: 'E501' is not a rule code"),
    ("planlint.toml", 'ignore = ["PL999"]\n', "ignore: unknown rule code 'PL999'"),
    ("planlint.toml", 'extend-select = ["PL999"]\n', "extend-select: unknown rule code 'PL999'"),
    ("planlint.toml", 'exclude = ["# old"]\n', "exclude: '# old' is not a usable glob"),
    ("planlint.toml", '[extend-lists]\nvague_owner = ["hub"]\n',
     "extend-lists.vague_owner: unknown word list 'vague_owner'; did you mean vague_owners"),
    ("planlint.toml", 'select = ["PL101"\n', "invalid TOML"),
    ("pyproject.toml", '[tool.planlint]\nper_file_ignores = {}\n',
     "tool.planlint.per_file_ignores: unknown key"),
    ("pyproject.toml", '[tool.planlint.per-file-ignores]\n"*.md" = "PL101"\n',
     'tool.planlint.per-file-ignores."*.md": Input should be a valid list'),
])
def test_a_bad_configuration_is_one_line_naming_file_and_key_and_exit_2(tmp_path, name, text, key):
    config = write(tmp_path / name, text)
    path = plan(tmp_path / "a.md")
    result = planlint("check", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{config}: error: ") and key in lines[0], lines[0]
    assert "Traceback" not in result.stderr


def test_a_missing_config_option_file_is_exit_2(tmp_path):
    result = planlint("check", "--config", str(tmp_path / "nope.toml"), str(plan(tmp_path / "a.md")))
    assert result.returncode == 2 and "configuration file not found" in result.stderr


def test_load_config_reads_hyphenated_keys_and_normalises_codes(tmp_path):
    config = load_config(write(tmp_path / "planlint.toml",
                               'select = ["pl1", "PL301"]\nexclude = ["old/"]\n'
                               '[per-file-ignores]\n"a/*" = ["pl504"]\n'
                               '[glossary]\nCIN = "child in need"\n'))
    settings = config.settings
    assert settings.select == ["PL1", "PL301"] and settings.per_file_ignores == {"a/*": ["PL504"]}
    assert settings.glossary == {"CIN": "child in need"} and config.root == tmp_path
    with pytest.raises(ConfigError):
        load_config(write(tmp_path / "bad.toml", "exclude = [1]\n"))
