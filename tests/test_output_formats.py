"""Output formats and the options around them: SARIF (valid against the official
2.1.0 schema, stable fingerprints), GitHub workflow commands (escaped), JUnit
XML (one testcase per plan), --output, --fail-on, --exit-zero, --statistics,
--quiet and --redact. Run through the real command line."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from conftest import docx_plan, markdown_plan, row
from planlint.report.github import command, escape_data, escape_property

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_plans"
SCHEMA = REPO / "tests" / "data" / "sarif-schema-2.1.0.json"
CORE = "PL101,PL102,PL201,PL301,PL302,PL401,PL402,PL501,PL502,PL503,PL504"
VAGUE = row(task="Support mum", who="All agencies", when="Ongoing", evidence="Mum engages")
LEGACY_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600


def planlint(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    exe = shutil.which("planlint") or str(Path(sys.executable).parent / "planlint")
    return subprocess.run([exe, "check", "--isolated", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def plans(tmp_path) -> Path:
    """A folder with a Markdown plan with findings, a Word one, a clean one and an
    unreadable one."""
    folder = tmp_path / "plans"
    write(folder / "a-vague.md", markdown_plan([VAGUE, row()]))
    docx_plan(folder / "b-word.docx", [VAGUE])
    write(folder / "c-clean.md", markdown_plan([row()]))
    (folder / "d-old.doc").write_bytes(LEGACY_DOC)
    return folder


# -------------------------------------------------------------------- SARIF


def sarif(*args: str, cwd: Path) -> dict:
    result = planlint("--format", "sarif", "--select", CORE, *args, cwd=cwd)
    assert result.returncode in (1, 2), result.stderr
    return json.loads(result.stdout)


def test_sarif_is_valid_against_the_official_2_1_0_schema(plans):
    log = sarif("plans", cwd=plans.parent)
    jsonschema.Draft4Validator.check_schema(json.loads(SCHEMA.read_text(encoding="utf-8")))
    errors = schema_errors(log)
    assert not errors, "\n".join(errors[:5])

    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "planlint" and driver["version"] and driver["informationUri"]
    rules = {r["id"]: r for r in driver["rules"]}
    deadline = rules["PL302"]
    assert deadline["name"] == "deadline-vague"
    assert deadline["defaultConfiguration"]["level"] == "warning"
    assert deadline["shortDescription"]["text"] and deadline["fullDescription"]["text"]
    assert "## Why it matters" in deadline["help"]["markdown"] and deadline["help"]["text"]
    assert rules["PL301"]["defaultConfiguration"]["level"] == "error"

    results = run["results"]
    for result in results:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert uris == {"plans/a-vague.md", "plans/b-word.docx"}
    markdown = next(r for r in results if r["ruleId"] == "PL302"
                    and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(".md"))
    region = markdown["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] > 1 and region["startColumn"] >= 1
    assert region["endLine"] == region["startLine"] and region["endColumn"] > region["startColumn"]
    assert markdown["level"] == "warning" and markdown["message"]["text"].startswith('"Ongoing"')
    word = next(r for r in results if r["ruleId"] == "PL302"
                and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(".docx"))
    assert word["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}
    assert word["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "table 2, row 2, cell 3"
    assert word["message"]["text"].startswith('table 2, row 2, cell 3: "Ongoing"')

    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [notice] = invocation["toolExecutionNotifications"]
    assert notice["level"] == "error" and "legacy .doc" in notice["message"]["text"]
    assert notice["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "plans/d-old.doc"


def schema_errors(log: dict) -> list[str]:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    return [f"{list(e.path)}: {e.message}"
            for e in sorted(validator.iter_errors(log), key=lambda e: list(e.path))]


def test_sarif_word_results_are_on_a_line_and_say_where_in_the_file(tmp_path):
    """Code scanning shows a result on a file only with a region's startLine:
    a Word result has line 1 and names its paragraph or cell in its message."""
    shutil.copy(SAMPLES / "12-lomax.docx", tmp_path / "plan.docx")
    (tmp_path / "old.doc").write_bytes(LEGACY_DOC)
    result = planlint("--format", "sarif", "--select", "PL", "plan.docx", "old.doc", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    log = json.loads(result.stdout)
    assert schema_errors(log) == []
    results = log["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"PL601", "PL602", "PL605"}
    for item in results:
        [location] = item["locations"]
        assert location["physicalLocation"]["region"]["startLine"] >= 1
        place = location["logicalLocations"][0]["fullyQualifiedName"]
        assert place.startswith(("paragraph ", "table ")), place
        assert item["message"]["text"].startswith(place + ": ")
    mace = next(r for r in results if r["message"]["text"].endswith(
        '"MACE" is used without saying what it stands for.'))
    assert mace["message"]["text"].startswith("paragraph 3: ")  # the words, not the heading
    [notice] = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert notice["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "old.doc"


def fingerprints(log: dict) -> list[tuple[str, str]]:
    return sorted((r["ruleId"], r["partialFingerprints"]["planlint/v1"])
                  for r in log["runs"][0]["results"])


def test_sarif_fingerprints_hold_when_lines_are_added_above(tmp_path):
    path = write(tmp_path / "plan.md", markdown_plan([VAGUE, VAGUE, row(when="")]))
    before = sarif("plan.md", cwd=tmp_path)
    text = path.read_text().replace("## What we are worried about",
                                    "Written after the conference.\n\nAnother note.\n\n"
                                    "## What we are worried about")
    path.write_text(text)
    after = sarif("plan.md", cwd=tmp_path)
    assert fingerprints(before) == fingerprints(after)
    lines = lambda log: sorted(r["locations"][0]["physicalLocation"]["region"]["startLine"]  # noqa: E731
                               for r in log["runs"][0]["results"])
    assert lines(after) == [n + 4 for n in lines(before)]
    prints = [fp for _, fp in fingerprints(before)]
    assert len(prints) == len(set(prints))  # two identical rows still differ


# ------------------------------------------------------------------- GitHub


def test_github_escaping_follows_the_toolkit():
    assert escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert escape_property("a: b, c%") == "a%3A b%2C c%25"
    line = command("warning", {"file": "plans/a,b.md", "line": 3, "title": "PL302 x"},
                   "two\nlines :: here")
    assert line == "::warning file=plans/a%2Cb.md,line=3,title=PL302 x::two%0Alines :: here"


def test_github_annotations_one_per_finding_with_severity_and_place(tmp_path):
    tricky = row(task="Support mum, always", who="All agencies: TBC", when="Ongoing",
                 evidence="Mum engages")
    write(tmp_path / "plans" / "a, b%.md", markdown_plan([tricky]))
    docx_plan(tmp_path / "plans" / "w.docx", [VAGUE])
    (tmp_path / "plans" / "old.doc").write_bytes(LEGACY_DOC)
    result = planlint("--format", "github", "--select", "PL102,PL201,PL301,PL302", "plans",
                      cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stdout.splitlines()
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    path = "file=plans/a%2C b%25.md,"  # property: , and % escaped
    task = next(line for line in lines if "PL201" in line and path in line)
    assert task.startswith(f"::warning {path}line=")
    assert '::"Support mum, always" cannot be checked as done or not done. Fix: ' in task
    owner = next(line for line in lines if "PL102" in line and path in line)
    assert ',title=PL102 owner-vague::"All agencies: TBC" does not' in owner  # data keeps : and ,
    word = next(line for line in lines if "PL302" in line and "w.docx" in line)
    assert word.startswith("::warning file=plans/w.docx,title=PL302 deadline-vague::table 2, row 2")
    assert "line=" not in word
    assert any(line.startswith("::error file=plans/old.doc,") for line in lines)


# -------------------------------------------------------------------- JUnit


def test_junit_has_one_testcase_per_plan(plans):
    result = planlint("--format", "junit", "--select", CORE, "plans", cwd=plans.parent)
    assert result.returncode == 2
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert root.tag == "testsuites"
    [suite] = root.findall("testsuite")
    cases = {case.get("name"): case for case in suite.findall("testcase")}
    assert set(cases) == {"plans/a-vague.md", "plans/b-word.docx", "plans/c-clean.md",
                          "plans/d-old.doc"}
    assert suite.get("tests") == "4" and suite.get("failures") == "2" and suite.get("errors") == "1"
    assert list(cases["plans/c-clean.md"]) == []
    [failure] = cases["plans/a-vague.md"].findall("failure")
    assert failure.get("type") == "warning" and "finding(s)" in failure.get("message")
    assert "PL302 deadline-vague" in failure.text and "plans/a-vague.md:" in failure.text
    assert cases["plans/b-word.docx"].find("failure") is not None
    [error] = cases["plans/d-old.doc"].findall("error")
    assert "legacy .doc" in error.get("message")


def test_junit_validates_against_the_common_junit_schema(plans):
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(REPO / "tests" / "data" / "junit.xsd")))
    result = planlint("--format", "junit", "--select", CORE, "plans", cwd=plans.parent)
    document = etree.fromstring(result.stdout.encode("utf-8"))
    assert schema.validate(document), schema.error_log


def test_junit_fails_only_on_findings_at_or_above_fail_on(plans):
    # PL302 is a warning: with --fail-on error the run passes, and so does the report.
    result = planlint("--format", "junit", "--select", "PL302", "--fail-on", "error",
                      str(plans / "a-vague.md"))
    assert result.returncode == 0
    root = ET.fromstring(result.stdout.encode("utf-8"))
    [case] = root.iter("testcase")
    assert root.get("failures") == "0" and case.find("failure") is None
    assert "PL302 deadline-vague" in case.find("system-out").text  # shown, not failing
    failing = planlint("--format", "junit", "--select", "PL302", "--fail-on", "warning",
                       str(plans / "a-vague.md"))
    assert failing.returncode == 1
    assert ET.fromstring(failing.stdout.encode("utf-8")).get("failures") == "1"


# ------------------------------------------------------------------ GitLab


def test_gitlab_code_quality_report_follows_gitlabs_format(plans):
    schema = json.loads((REPO / "tests" / "data" / "gitlab-code-quality.json").read_text())
    result = planlint("--format", "gitlab", "--select", CORE, "plans", cwd=plans.parent)
    assert result.returncode == 2  # the legacy .doc
    issues = json.loads(result.stdout)
    jsonschema.Draft7Validator(schema).validate(issues)
    by_check = {}
    for item in issues:
        by_check.setdefault(item["check_name"], []).append(item)
    vague = next(i for i in by_check["PL302"] if i["location"]["path"] == "plans/a-vague.md")
    assert vague["severity"] == "minor" and vague["location"]["lines"]["begin"] > 1
    word = next(i for i in by_check["PL302"] if i["location"]["path"] == "plans/b-word.docx")
    assert word["description"].startswith("table ") and word["location"]["lines"]["begin"] == 1
    assert by_check["planlint/unreadable-file"][0]["location"]["path"] == "plans/d-old.doc"
    fingerprints = [i["fingerprint"] for i in issues]
    assert len(fingerprints) == len(set(fingerprints))


# ----------------------------------------------------------------- concise


def test_concise_prints_one_line_a_finding(plans):
    full = planlint("--select", CORE, str(plans / "a-vague.md"))
    concise = planlint("--format", "concise", "--select", CORE, str(plans / "a-vague.md"))
    assert concise.returncode == full.returncode == 1
    lines = concise.stdout.splitlines()
    findings = [line for line in lines if ": PL" in line]
    assert len(findings) == full.stdout.count("\n    fix: ") > 0
    assert not any("fix:" in line for line in lines)
    assert lines[-1].startswith("Found ")


# ----------------------------------------------------------------- options


def test_output_writes_the_report_to_a_file_instead_of_stdout(plans, tmp_path):
    out = tmp_path / "reports" / "planlint.sarif"
    out.parent.mkdir()
    out.write_text("an old report")
    result = planlint("--format", "sarif", "--output", str(out), str(plans / "a-vague.md"))
    assert result.returncode == 1 and result.stdout == ""
    assert json.loads(out.read_text())["version"] == "2.1.0"
    assert [p.name for p in out.parent.iterdir()] == ["planlint.sarif"]  # no temporary left
    missing = planlint("--output", str(tmp_path / "nope" / "r.txt"), str(plans / "a-vague.md"))
    assert missing.returncode == 2 and len(missing.stderr.splitlines()) == 1
    assert "cannot write the report" in missing.stderr


def test_fail_on_and_exit_zero_decide_the_exit_code(plans):
    warnings_only = ["--select", "PL302", str(plans / "a-vague.md")]  # PL302 is a warning
    assert planlint(*warnings_only).returncode == 1
    assert planlint("--fail-on", "warning", *warnings_only).returncode == 1
    assert planlint("--fail-on", "error", *warnings_only).returncode == 0
    assert planlint("--exit-zero", *warnings_only).returncode == 0
    assert planlint("--exit-zero", str(plans / "d-old.doc")).returncode == 2


def test_statistics_counts_findings_per_rule(plans):
    args = ["--select", "PL102,PL302", str(plans / "a-vague.md"), str(plans / "b-word.docx")]
    text = planlint("--statistics", *args)
    lines = text.stdout.splitlines()
    assert text.returncode == 1
    assert lines[0].split() == ["2", "PL102", "owner-vague", "warning"]
    assert lines[1].split() == ["2", "PL302", "deadline-vague", "warning"]
    assert lines[-1].startswith("Found 4 finding(s)")
    data = json.loads(planlint("--statistics", "--format", "json", *args).stdout)
    assert data == [{"code": "PL102", "name": "owner-vague", "severity": "warning", "count": 2},
                    {"code": "PL302", "name": "deadline-vague", "severity": "warning", "count": 2}]
    assert planlint("--statistics", "--format", "sarif", *args).returncode == 2


def test_quiet_prints_only_the_findings(plans):
    noisy = planlint("--select", "PL302", str(plans / "a-vague.md")).stdout.splitlines()
    quiet = planlint("--quiet", "--select", "PL302", str(plans / "a-vague.md")).stdout.splitlines()
    assert quiet == noisy[:-1] and noisy[-1].startswith("Found")
    assert planlint("-q", "--select", CORE, str(plans / "c-clean.md")).stdout == ""


# ----------------------------------------------------------------- redaction


SECRET_ROW = row(task="Support Zephyrine", who="All agencies", when="Whenever Quillon can",
                 evidence="Marigold feels Zephyrine is happier")
SECRETS = ("Zephyrine", "Marigold", "Quillon", "Pemberton")


@pytest.fixture
def secret_plans(tmp_path) -> Path:
    folder = tmp_path / "plans"
    write(folder / "a.md", markdown_plan([SECRET_ROW], child="Zephyrine Pemberton (7)",
                                         lead="Quillon Pemberton, 01632 960123"))
    docx_plan(folder / "b.docx", [SECRET_ROW], child="Zephyrine Pemberton (7)")
    return folder


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit"])
def test_redact_keeps_every_word_of_the_plan_out_of_the_report(secret_plans, fmt):
    plain = planlint("--format", fmt, str(secret_plans))
    assert "Zephyrine" in plain.stdout and "Marigold" in plain.stdout  # quoted in messages
    redacted = planlint("--format", fmt, "--redact", str(secret_plans))
    assert redacted.returncode == plain.returncode == 1
    for secret in SECRETS:
        assert secret not in redacted.stdout, f"{secret!r} in the redacted {fmt} report"
    assert "PL201" in redacted.stdout and "PL102" in redacted.stdout


def test_redacted_json_nulls_the_action_text_and_uses_generic_messages(secret_plans):
    data = json.loads(planlint("--format", "json", "--redact", str(secret_plans / "a.md")).stdout)
    assert data["redacted"] is True
    entry = data["files"][0]
    for action in entry["plan"]["actions"]:
        assert {action[k] for k in ("task", "owner", "deadline", "evidence")} == {None}
        assert action["location"]["line"] and action["index"] == 1
    owner = next(f for f in entry["findings"] if f["code"] == "PL102")
    assert owner["message"] == ("The action names a group, a sector or a placeholder "
                                "instead of someone accountable.")
    assert json.loads(planlint("--format", "json", str(secret_plans / "a.md")).stdout)[
        "redacted"] is False
