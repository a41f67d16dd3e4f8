"""Batch linting: worker processes, the cache of results, the spaCy components
loaded. Behaviour only, never timing (benchmarks/bench.py measures speed).

In-process runs call the command line with `main([...])` and count what goes
through spaCy (`nlp.Parser.texts_parsed`, summed over the Parsers made); the
pipeline is loaded once for the test session.
"""
from __future__ import annotations

import io
import shutil
import stat
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

import planlint.cache as cache_module
from planlint import nlp
from planlint.cli import main

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_plans"
NASTY = REPO / "tests" / "nasty"
MD_PLAN = SAMPLES / "02-mensah.md"  # tasks: "Support mum", "Monitor", ...
DOCX_PLAN = SAMPLES / "08-lowe.docx"


def exe() -> str:
    return shutil.which("planlint") or str(Path(sys.executable).parent / "planlint")


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([exe(), *args], capture_output=True, cwd=cwd, timeout=600)


class Parses:
    """Counts the texts spaCy parses while in-process runs go on."""

    def __init__(self, monkeypatch):
        self.count = 0
        real = nlp.Parser.parse

        def parse(parser, texts):
            texts = list(texts)
            before = parser.texts_parsed
            found = real(parser, texts)
            self.count += parser.texts_parsed - before
            return found

        monkeypatch.setattr(nlp.Parser, "parse", parse)


def check(*args: str) -> tuple[int, str]:
    """`planlint check ARGS` in this process: (exit code, stdout)."""
    out = io.StringIO()
    with redirect_stdout(out):
        try:
            main(["check", *args], prog_name="planlint")
        except SystemExit as done:
            code = done.code
        else:
            code = 0
    return code, out.getvalue()


@pytest.fixture
def parses(monkeypatch) -> Parses:
    return Parses(monkeypatch)


@pytest.fixture
def plans(tmp_path) -> Path:
    """A folder with a Markdown plan and a Word plan."""
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(MD_PLAN, folder / "a.md")
    shutil.copy(DOCX_PLAN, folder / "b.docx")
    return folder


def cache_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


# ------------------------------------------------------------------ workers


def test_two_workers_give_the_same_bytes_as_one_process_in_every_format():
    for fmt in ("text", "json", "sarif", "junit", "github"):
        one = run_cli("check", "--no-cache", "--jobs", "1", "--format", fmt, "sample_plans",
                      "tests/nasty", cwd=REPO)
        two = run_cli("check", "--no-cache", "--jobs", "2", "--format", fmt, "sample_plans",
                      "tests/nasty", cwd=REPO)
        assert one.returncode == two.returncode == 2, (fmt, two.stderr)
        assert one.stdout == two.stdout, fmt
        assert two.stderr == b""


def test_workers_use_each_files_own_configuration(tmp_path):
    """The per-folder configuration (config.py) applies in workers as in-process."""
    for name in ("strict", "loose"):
        (tmp_path / name).mkdir()
        for i in range(3):
            shutil.copy(MD_PLAN, tmp_path / name / f"plan{i}.md")
    (tmp_path / "loose" / "planlint.toml").write_text(
        'ignore = ["PL201"]\n[severity]\nPL102 = "info"\n', encoding="utf-8")
    one = run_cli("check", "--no-cache", "--jobs", "1", str(tmp_path))
    two = run_cli("check", "--no-cache", "--jobs", "2", str(tmp_path))
    assert one.stdout == two.stdout and one.returncode == two.returncode == 1
    text = one.stdout.decode()
    assert "loose/plan0.md" in text and "strict/plan0.md" in text
    assert not any("PL201" in line for line in text.splitlines() if "/loose/" in line)
    assert any("PL201" in line for line in text.splitlines() if "/strict/" in line)


def test_a_missing_model_is_one_line_with_workers(plans):
    result = run_cli("check", "--jobs", "2", "--model", "no_such_pipeline", str(plans))
    assert result.returncode == 2
    assert result.stderr.decode().startswith("error: cannot load spaCy pipeline 'no_such_pipeline'")
    assert b"Traceback" not in result.stderr


# -------------------------------------------------------------------- cache


def test_a_cache_hit_gives_the_same_output_and_parses_nothing(plans, tmp_path, parses):
    folder = tmp_path / "cache"
    before = parses.count
    check("--cache-dir", str(folder), str(plans))
    assert parses.count > before  # the first run with this cache parses, and fills it
    for fmt in ("text", "json", "sarif", "junit", "github"):
        cold_code, cold = check("--no-cache", "--format", fmt, str(plans))
        before = parses.count
        warm_code, warm = check("--cache-dir", str(folder), "--format", fmt, str(plans))
        assert parses.count == before, fmt  # nothing parsed: every result from the cache
        assert warm == cold and warm_code == cold_code == 1, fmt


def test_statistics_and_redacted_output_are_the_same_from_the_cache(plans, tmp_path, parses):
    folder = tmp_path / "cache"
    for args in (["--statistics"], ["--format", "json", "--statistics"], ["--redact"],
                 ["--redact", "--format", "json"]):
        _, cold = check("--no-cache", *args, str(plans))
        check("--cache-dir", str(folder), *args, str(plans))
        before = parses.count
        _, warm = check("--cache-dir", str(folder), *args, str(plans))
        assert parses.count == before and warm == cold, args


def test_no_cache_neither_reads_nor_writes_it(plans, tmp_path, parses):
    folder = tmp_path / "cache"
    check("--cache-dir", str(folder), str(plans))
    entries = cache_files(folder)
    assert len(entries) == 2  # one per plan
    stamps = [p.stat().st_mtime_ns for p in entries]
    before = parses.count
    check("--no-cache", "--cache-dir", str(folder), str(plans))
    assert parses.count > before  # parsed again
    assert cache_files(folder) == entries and [p.stat().st_mtime_ns for p in entries] == stamps


def test_the_cache_dir_comes_from_the_environment(plans, tmp_path, monkeypatch):
    monkeypatch.setenv("PLANLINT_CACHE_DIR", str(tmp_path / "from-env"))
    check(str(plans))
    assert len(cache_files(tmp_path / "from-env")) == 2


def test_a_changed_plan_is_parsed_again(plans, tmp_path, parses):
    folder = tmp_path / "cache"
    _, first = check("--cache-dir", str(folder), str(plans))
    plan = plans / "a.md"
    plan.write_text(plan.read_text(encoding="utf-8").replace("Support mum", "Monitor mum"),
                    encoding="utf-8")
    before = parses.count
    _, warm = check("--cache-dir", str(folder), str(plans))
    assert parses.count > before
    assert '"Monitor mum" cannot' in warm and '"Support mum" cannot' not in warm
    assert warm != first
    _, cold = check("--no-cache", str(plans))
    assert warm == cold


@pytest.mark.parametrize("change", [
    ["--select", "PL101,PL201"], ["--ignore", "PL201"], ["--today", "2030-01-01"],
    ["--profile", "cin"], ["--redact"], ["--report-unused-suppressions"], ["--max-size", "1"]])
def test_another_configuration_is_another_entry(plans, tmp_path, parses, change):
    folder = tmp_path / "cache"
    check("--cache-dir", str(folder), str(plans))
    before = parses.count
    _, warm = check("--cache-dir", str(folder), *change, str(plans))
    assert parses.count > before
    _, cold = check("--no-cache", *change, str(plans))
    assert warm == cold


def test_a_configuration_file_change_is_another_entry(plans, tmp_path, parses):
    folder = tmp_path / "cache"
    check("--cache-dir", str(folder), str(plans))
    (plans / "planlint.toml").write_text('[severity]\nPL201 = "error"\n[extend-lists]\n'
                                         'vague_owners = ["the hub"]\n', encoding="utf-8")
    before = parses.count
    _, warm = check("--cache-dir", str(folder), str(plans))
    assert parses.count > before
    _, cold = check("--no-cache", str(plans))
    assert warm == cold and "PL201" in warm


def test_another_planlint_version_is_another_entry(plans, tmp_path, parses, monkeypatch):
    folder = tmp_path / "cache"
    check("--cache-dir", str(folder), str(plans))
    monkeypatch.setattr(cache_module, "__version__", "99.0.0")
    before = parses.count
    check("--cache-dir", str(folder), str(plans))
    assert parses.count > before
    before = parses.count
    check("--cache-dir", str(folder), str(plans))
    assert parses.count == before


def test_another_model_version_is_another_entry(plans, tmp_path, parses, monkeypatch):
    folder = tmp_path / "cache"
    check("--cache-dir", str(folder), str(plans))
    real = nlp.model_meta
    monkeypatch.setattr(nlp, "model_meta", lambda name: {**real(name), "version": "9.9.9"})
    before = parses.count
    check("--cache-dir", str(folder), str(plans))
    assert parses.count > before


def test_a_corrupt_entry_is_ignored_and_written_again(plans, tmp_path, parses):
    folder = tmp_path / "cache"
    _, cold = check("--cache-dir", str(folder), str(plans))
    entries = cache_files(folder)
    assert len(entries) == 2
    entries[0].write_bytes(b"")  # cut short
    entries[1].write_bytes(b"PLC1" + b"\0" * 100)  # not an entry at all
    before = parses.count
    code, again = check("--cache-dir", str(folder), str(plans))
    assert again == cold and code == 1
    assert parses.count > before  # parsed again
    assert all(len(p.read_bytes()) > 100 for p in entries)  # and written again
    before = parses.count
    _, warm = check("--cache-dir", str(folder), str(plans))
    assert warm == cold and parses.count == before  # hits again


def test_a_tampered_entry_fails_its_check(plans, tmp_path, parses):
    folder = tmp_path / "cache"
    _, cold = check("--cache-dir", str(folder), str(plans))
    entry = cache_files(folder)[0]
    blob = bytearray(entry.read_bytes())
    blob[-1] ^= 0x01
    entry.write_bytes(bytes(blob))
    before = parses.count
    _, again = check("--cache-dir", str(folder), str(plans))
    assert again == cold and parses.count > before


def test_the_cache_holds_no_plan_text_and_only_its_owner_can_read_it(plans, tmp_path):
    folder = tmp_path / "cache"
    _, out = check("--cache-dir", str(folder), "--format", "json", str(plans))
    entries = cache_files(folder)
    assert entries
    # Words of the plans' tasks, owners and quotes, all in the report.
    words = ["Support mum", "All agencies", "Mensah", "Lowe", "immunisation", "nursery",
             "support", "school"]
    assert all(w.lower() in out.lower() for w in words[:2])
    for entry in entries:
        data = entry.read_bytes()
        for word in words:
            for form in {word, word.lower(), word.upper()}:
                assert form.encode("utf-8") not in data, (entry, form)
                assert form.encode("utf-16-le") not in data
        assert stat.S_IMODE(entry.stat().st_mode) == 0o600
        assert stat.S_IMODE(entry.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert not [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


def test_errors_are_not_cached(tmp_path):
    folder = tmp_path / "cache"
    check("--cache-dir", str(folder), str(NASTY))
    readable = {p.name for p in NASTY.rglob("*") if p.is_file()}
    assert len(cache_files(folder)) < len(readable)
    # An unreadable file is reported each time, the same way.
    first = check("--cache-dir", str(folder), str(NASTY))
    assert check("--cache-dir", str(folder), str(NASTY)) == first
    assert first[0] == 2


def test_the_same_plan_under_two_names_shares_an_entry(plans, tmp_path, parses):
    folder = tmp_path / "cache"
    shutil.copy(plans / "a.md", plans / "c.md")
    _, out = check("--cache-dir", str(folder), str(plans))
    assert len(cache_files(folder)) == 2
    assert f"{plans / 'c.md'}:" in out  # each result under its own path


def test_concurrent_writers_leave_a_whole_entry(tmp_path):
    """Two runs filling one cache at once (the same entries): every entry whole."""
    folder = tmp_path / "cache"
    plans = tmp_path / "samples"
    shutil.copytree(SAMPLES, plans)
    runs = [subprocess.Popen([exe(), "check", "--jobs", "1", "--cache-dir", str(folder),
                              str(plans)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(2)]
    outs = [r.communicate(timeout=600) for r in runs]
    assert outs[0][0] == outs[1][0] and outs[0][1] == outs[1][1] == b""
    assert not [p for p in folder.rglob("*") if p.name.endswith(".tmp")]
    assert len(cache_files(folder)) == 12
    warm = run_cli("check", "--cache-dir", str(folder), str(plans))
    assert warm.stdout == outs[0][0]


def test_a_warm_run_does_not_import_spacy(plans, tmp_path):
    folder = tmp_path / "cache"
    assert run_cli("check", "--cache-dir", str(folder), str(plans)).returncode == 1
    code = ("import sys\nfrom planlint.cli import main\n"
            "try:\n    main(%r)\nexcept SystemExit as e:\n    code = e.code\n"
            "assert 'spacy' not in sys.modules, 'spacy imported'\n"
            "sys.exit(code)" % (["check", "--cache-dir", str(folder), str(plans)],))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 1, result.stderr


def test_output_to_a_file_is_the_same_and_written_whole(plans, tmp_path):
    target = tmp_path / "report.txt"
    shown = run_cli("check", "--no-cache", str(plans))
    written = run_cli("check", "--no-cache", "--output", str(target), str(plans))
    assert written.stdout == b"" and written.returncode == shown.returncode == 1
    assert target.read_bytes() == shown.stdout
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []


# ----------------------------------------------------------------- pipeline


def test_only_the_components_the_checks_read_are_loaded(linter):
    pipeline = linter.parser.nlp
    assert pipeline.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler",
                                   "lemmatizer", "ner"]
    assert "senter" not in pipeline.component_names  # excluded: not even read
    assert set(pipeline.pipe_names) <= nlp.NEEDED
    doc = linter.parser.parse_one("Mum will take Ben to the GP by 3 March 2026.")
    # Everything the checks read is there: tags, POS, dependencies, lemmas, DATE.
    assert [t.pos_ for t in doc][:3] == ["PROPN", "AUX", "VERB"]
    assert doc[2].tag_ == "VB" and doc[2].dep_ == "ROOT" and doc[2].lemma_ == "take"
    assert any(e.label_ == "DATE" for e in doc.ents)
    assert len(list(doc.sents)) == 1


def test_the_tokenizer_built_at_load_is_the_one_the_package_stores(linter):
    """load() does not read the default package's tokenizer from disk: the one
    spaCy builds from its English defaults is the same, byte for byte."""
    import spacy

    stored = spacy.load(nlp.default_model(), exclude=["senter"])
    assert stored.tokenizer.to_bytes(exclude=["vocab"]) == \
        linter.parser.nlp.tokenizer.to_bytes(exclude=["vocab"])


def test_the_numpy_ops_are_used_unless_blis_is_asked_for(linter, monkeypatch):
    ops = linter.parser.nlp.get_pipe("tagger").model.ops
    assert type(ops).__name__ == "NumpyOps" and ops.use_blis is False
    monkeypatch.setenv(nlp.OPS_ENV, "blis")
    assert nlp.ops_name() == "blis"
    monkeypatch.delenv(nlp.OPS_ENV)
    assert nlp.ops_name() == "numpy"


def test_a_plans_parses_do_not_depend_on_the_plans_before_it(linter):
    """The Parser forgets the plan before: the same texts in the next plan are
    parsed again (so a plan's result is the same in any process, in any order)."""
    parser = linter.parser
    start = parser.texts_parsed
    linter.check(linter.read(MD_PLAN))
    once = parser.texts_parsed - start
    linter.check(linter.read(MD_PLAN))
    assert once > 0 and parser.texts_parsed - start == 2 * once


def test_check_help_and_rules_import_no_spacy():
    for command in (["check", "--help"], ["--help"], ["rules"], ["rule", "PL101"]):
        code = ("import sys; from planlint.cli import main\n"
                "try:\n    main(%r)\nexcept SystemExit:\n    pass\n"
                "assert 'spacy' not in sys.modules, 'spacy imported'\n"
                "assert 'numpy' not in sys.modules, 'numpy imported'" % (command,))
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert result.returncode == 0, (command, result.stderr)


def test_spacy_command_line_still_works_after_a_lazy_import(linter):
    """planlint imports spaCy without its command line; asking for it still works."""
    import spacy

    assert spacy.info()["spacy_version"]
    from spacy.cli import download  # noqa: F401


def test_entries_round_trip_every_field_reporters_read(linter, tmp_path):
    from planlint.runner import lint_one

    folder = tmp_path / "cache"
    store = cache_module.ResultCache(folder)
    for plan in (MD_PLAN, DOCX_PLAN, SAMPLES / "07-dawson.docx", SAMPLES / "05-novak.md"):
        fresh = lint_one(linter, plan, store)
        cached = lint_one(linter, plan, store)
        assert store.hits >= 1
        assert cached.findings == fresh.findings
        assert cached.plan.model_dump() == fresh.plan.model_dump()
        assert cached.redacted == fresh.redacted and cached.path == fresh.path


def test_the_default_cache_folder_is_the_users_cache(monkeypatch, tmp_path):
    monkeypatch.delenv("PLANLINT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert cache_module.default_dir() == tmp_path / "xdg" / "planlint"
    monkeypatch.setenv("PLANLINT_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_module.default_dir() == tmp_path / "mine"


def test_jobs_default_lints_a_handful_of_plans_in_process():
    from planlint.runner import available_cores, workers_for

    assert workers_for(None, 5) == 1  # a pre-commit hook: no worker to start
    assert workers_for(None, 1000) == available_cores()
    assert workers_for(1, 1000) == 1
    assert workers_for(4, 2) == 2  # never more workers than plans
    assert workers_for(2, 0) == 1


def test_the_bank_holiday_table_is_the_holidays_packages():
    """dates.py reads bank holidays from a table (no import of `holidays` at start);
    it must be what the installed package says (scripts/make_bank_holidays.py)."""
    import holidays

    from planlint import bank_holidays, dates

    table = bank_holidays.table()
    for year in range(bank_holidays.FIRST_YEAR, bank_holidays.LAST_YEAR + 1):
        expected = frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))
        assert table[year] == expected, year
        assert dates.bank_holidays(year) == expected
    assert dates.bank_holidays(1999) == frozenset(
        holidays.country_holidays("GB", subdiv="ENG", years=1999))
