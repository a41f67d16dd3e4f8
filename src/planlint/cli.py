"""The command line: thin click commands over the engine and the reporters.

Exit codes: 0 clean, 1 findings, 2 a file could not be read or a usage error;
130 stopped by SIGINT (Ctrl-C), 143 by SIGTERM, 141 when standard output was
closed (as a shell reports a process ended by those signals).
Commands that need no NLP (--help, rules, rule) do not import spaCy.
"""
from __future__ import annotations

import dataclasses
import os
import signal
import sys
from pathlib import Path

import click

from . import __version__
from .report.formats import FORMATS, SEVERITY_RANK

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED, EXIT_PIPE, EXIT_TERMINATED = 130, 141, 143
TEXT_OR_JSON = ("text", "json")  # parse, rules


def say(message: str) -> None:
    """A line on standard error; names and plan words in it made printable."""
    from .report.escape import printable

    click.echo(printable(message), err=True)


def fail(message: str) -> None:
    say(message)
    sys.exit(EXIT_ERROR)


def codes_option(value: str | None) -> list[str] | None:
    return [c.strip().upper() for c in value.split(",") if c.strip()] if value else None


class Main(click.Group):
    """No traceback for users: an unexpected exception is one line and exit 2 (the
    traceback itself with --debug). A file's own failure is already its error result."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:  # outputs are already removed (output.AtomicFile)
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:  # `planlint check | head`: stop quietly
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(EXIT_PIPE)
        except Exception as exc:
            if os.environ.get("PLANLINT_DEBUG", "") not in ("", "0"):
                raise
            fail(f"error: internal error ({type(exc).__name__}); run with --debug and report it")


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="planlint")
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error.")
def main(debug: bool = False) -> None:
    """planlint: a quality linter for child protection plans.

    It reads plans (Word .docx or Markdown), finds each action, and checks that
    it says who will do what, by when, and how everyone will know things have
    improved; and that the plan has a contingency, a named lead professional, a
    review date and the child's voice.
    """
    if debug:
        os.environ["PLANLINT_DEBUG"] = "1"  # read by the engine (engine.debugging)
    # SIGTERM (a CI job cancelled, a pipeline stopped) unwinds like Ctrl-C, so
    # that no half-written output stays behind.
    signal.signal(signal.SIGTERM, terminated)


def terminated(signum, frame) -> None:
    sys.exit(EXIT_TERMINATED)


TIMEOUT_HELP = ("Seconds one file may take; a file that takes longer gets its one-line "
                "error and the run goes on (0: no limit) [default: 60].")
SELECT_HELP = ("Only these rule codes or prefixes, comma-separated (e.g. PL101,PL3; ALL: "
               "every rule, opt-in ones too); replaces the configuration's selection.")
EXTEND_SELECT_HELP = ("Add these rule codes or prefixes to the selection (e.g. PL603, an "
                      "opt-in rule).")
IGNORE_HELP = "Skip these rule codes or prefixes, comma-separated."
EXTEND_IGNORE_HELP = "Skip these too (the same as --ignore on the command line, as in Ruff)."
GITIGNORE_HELP = ("Leave out the files git ignores (.gitignore) when walking folders "
                  "[default: yes, or the configuration's respect-gitignore].")


@main.command()
@click.argument("paths", nargs=-1,
                type=click.Path(path_type=Path, readable=False))  # unreadable: an error line
@click.option("--format", "fmt", type=click.Choice(tuple(FORMATS)), default="text",
              show_default=True,
              help="; ".join(f"{f.name}: {f.help}" for f in FORMATS.values()) + ".")
@click.option("--select", help=SELECT_HELP)
@click.option("--extend-select", help=EXTEND_SELECT_HELP)
@click.option("--ignore", help=IGNORE_HELP)
@click.option("--extend-ignore", help=EXTEND_IGNORE_HELP)
@click.option("--model", help="spaCy pipeline to load (a package name or a path).")
@click.option("--max-size", type=click.FloatRange(min=0, min_open=True), metavar="MB",
              help="Refuse a file larger than this, a .docx once unpacked [default: 200].")
@click.option("--config", "config_file", type=click.Path(path_type=Path, dir_okay=False),
              help="Use this configuration file (planlint.toml or pyproject.toml) for every "
              "plan, instead of the nearest one to each.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("--force-exclude", is_flag=True,
              help="Apply the configuration's `exclude` (and .gitignore) to files named on "
              "the command line too, not only to files found in folders (for pre-commit).")
@click.option("--respect-gitignore/--no-respect-gitignore", default=None, help=GITIGNORE_HELP)
@click.option("--stdin-filename", metavar="NAME",
              help="Read the plan from standard input (as with `-`) and name it NAME: in "
              "the report, for its reader (by the suffix) and for its configuration.")
@click.option("--show-files", is_flag=True,
              help="List the files that would be linted, one a line, and exit.")
@click.option("--show-settings", is_flag=True,
              help="Show the settings the first file would be linted with, and exit.")
@click.option("--min-severity", type=click.Choice(tuple(SEVERITY_RANK)),
              help="Show only findings of this severity or above; the others are not "
              "counted, in the summary or for --fail-on [default: info].")
@click.option("--fail-on", type=click.Choice(tuple(SEVERITY_RANK)), default="info",
              show_default=True,
              help="Exit 1 only if a finding of this severity or above remains.")
@click.option("--exit-zero", is_flag=True,
              help="Exit 0 even when there are findings (an unreadable file still exits 2).")
@click.option("--statistics", is_flag=True,
              help="Count the findings of each rule instead of listing them.")
@click.option("--quiet", "-q", is_flag=True,
              help="Print only the findings: no summary line (text format).")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the report to this file (replaced atomically), not to stdout.")
@click.option("--redact", is_flag=True,
              help="Keep every word of the plans out of the report: generic messages, "
              "no quotes, no action text.")
@click.option("--profile", type=click.Choice(["cp", "cin", "early-help"]),
              help="The kind of plan: child protection (default), child in need, early help.")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d", "%d/%m/%Y"]),
              help="Judge deadlines as of this day (YYYY-MM-DD or DD/MM/YYYY); default today.")
@click.option("--report-unused-suppressions", is_flag=True,
              help="Report suppression comments that suppressed nothing (PL001, info).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), metavar="N",
              help="Lint in N worker processes (1: in this process). Default: as many as "
              "the cores when there are enough plans to parse.")
@click.option("--no-cache", is_flag=True,
              help="Neither read nor write the cache of results (see docs/performance.md).")
@click.option("--cache-dir", type=click.Path(path_type=Path, file_okay=False),
              help="Keep the cache here (e.g. .planlint_cache) [default: $PLANLINT_CACHE_DIR, "
              "else the user's cache folder].")
@click.option("--timeout", type=click.FloatRange(min=0), metavar="SECONDS", help=TIMEOUT_HELP)
def check(paths, fmt, select, ignore, model, max_size=None, config_file=None, isolated=False,
          force_exclude=False, fail_on="info", exit_zero=False, statistics=False, quiet=False,
          output=None, redact=False, report_unused_suppressions=False, profile=None, today=None,
          jobs=None, no_cache=False, cache_dir=None, timeout=None, extend_select=None,
          extend_ignore=None, respect_gitignore=None, stdin_filename=None, show_files=False,
          show_settings=False, min_severity=None):
    """Lint plan files, or folders of them (.md, .markdown, .docx); no PATH: the
    current folder; `-`: standard input.

    Settings come from the nearest planlint.toml or pyproject.toml [tool.planlint]
    above each plan (see docs/integration.md). Exit codes: 0 clean, 1 findings (at
    or above --fail-on), 2 an unreadable file, a bad configuration or a usage error.
    """
    from .catalogue import CatalogueError
    from .nlp import ModelError, check_model
    from .report.describe import describe_settings
    from .runner import RunSpec, lint_files, open_cache
    from .stdin import lint_stdin

    if statistics and fmt not in ("text", "json"):
        fail("error: --statistics works with --format text or json")
    stdin = stdin_name(paths, stdin_filename)
    select, extend_select = codes_option(select), codes_option(extend_select)
    ignore = [*(codes_option(ignore) or ()), *(codes_option(extend_ignore) or ())]
    spec = RunSpec(model=model, select=tuple(select) if select else None,
                   extend_select=tuple(extend_select or ()), ignore=tuple(ignore),
                   profile=profile, today=today.date() if today else None,
                   max_bytes=int(max_size * 2**20) if max_size else None, redact=redact,
                   report_unused_suppressions=report_unused_suppressions,
                   config_file=config_file, isolated=isolated, force_exclude=force_exclude,
                   respect_gitignore=respect_gitignore)
    try:
        linter = spec.linter()
    except CatalogueError as exc:
        fail(f"error: {exc}")
    refuse_unknown_codes([*(select or ()), *(extend_select or ()), *ignore], linter.catalogue)
    workspace, files, linters = open_workspace(spec, linter, paths or (Path("."),), stdin)
    if show_files:
        show_file_list(files)
    if show_settings:
        if not files:
            fail("error: no file to show the settings of (every file was left out)")
        click.echo(describe_settings(workspace, files, linters), nl=False)
        sys.exit(EXIT_CLEAN)
    try:
        # The pipeline is loaded when a plan needs parsing (not at all when every
        # result is cached), but a missing one is one clear error now.
        check_model(model)
        # (Standard input is not a file to cache the results of.)
        cache = None if no_cache or stdin else open_cache(cache_dir or default_cache_dir(), model)
    except ModelError as exc:
        fail(f"error: {exc}")
    refuse_overwrite(output, [stdin] if stdin else paths or (Path("."),), files)
    # Only JSON and SARIF read the actions (their words, places and dates).
    actions = FORMATS[fmt].reads_actions and not statistics
    timeout = timeout_of(timeout)
    if stdin:
        results = lint_stdin(linters, stdin, timeout=timeout, actions=actions)
    else:
        results = lint_files(spec, workspace, files, linters, jobs=jobs, cache=cache,
                             actions=actions, timeout=timeout)
    if min_severity:
        results = at_or_above(results, min_severity)
    try:
        code = write_report(results, fmt, output, statistics=statistics, quiet=quiet,
                            catalogue=linter.catalogue, fail_on=fail_on, exit_zero=exit_zero)
    except ModelError as exc:
        fail(f"error: {exc}")
    sys.exit(code)


def stdin_name(paths, stdin_filename: str | None) -> Path | None:
    """The name standard input is linted under, when it is read: `-` (named `-`), or
    --stdin-filename NAME with `-` or no path (as in Ruff). It is linted alone."""
    from .stdin import STDIN

    if STDIN not in paths and stdin_filename is None:
        return None
    if any(path != STDIN for path in paths):
        fail("error: standard input (`-` or --stdin-filename) is linted alone; give no "
             "other path")
    return Path(stdin_filename) if stdin_filename is not None else STDIN


def refuse_unknown_codes(codes, catalogue) -> None:
    from .config import unknown_codes

    unknown = unknown_codes(codes, catalogue)
    if unknown:
        fail(f"error: unknown rule code(s): {', '.join(unknown)} (see `planlint rules`)")


def open_workspace(spec, linter, paths, stdin: Path | None):
    """The Workspace, the files to lint and the Linter of each: standard input
    alone (left out when --force-exclude excludes its name), or the paths. Every
    configuration is read and checked before the first file is linted, so that a
    bad one stops the run before any output."""
    from .config import ConfigError
    from .engine import InputError

    try:
        workspace = spec.workspace(linter)
        if stdin is not None:
            files = [] if workspace.excluded(stdin) else [stdin]
        else:
            files = workspace.files(paths)
        linters = [workspace.linter_for(path) for path in files]
    except (InputError, ConfigError) as exc:
        fail(str(exc))
    return workspace, files, linters


def show_file_list(files) -> None:
    """--show-files: the files, as the report would name them; exit 0."""
    from .report.escape import printable

    for path in files:
        click.echo(printable(str(path)))
    sys.exit(EXIT_CLEAN)


def at_or_above(results, min_severity: str):
    """--min-severity: each result without the findings below it (not shown, not
    counted, not failing the run)."""
    from .report.formats import fails

    for result in results:
        kept = [f for f in result.findings if fails(f.severity.value, min_severity)]
        yield result if len(kept) == len(result.findings) else \
            dataclasses.replace(result, findings=kept)


def refuse_overwrite(output: Path | None, paths, files) -> None:
    """An output must never take a plan's place: not an input file (through links,
    and hard links), nor a file that linting these paths would read."""
    from .engine import would_read
    from .output import same_file

    if output is None:
        return
    inputs = [*files, *(p for p in paths if not p.is_dir())]
    if any(same_file(output, f) for f in inputs) or \
            any(would_read(output, p) for p in paths if p.is_dir()):
        fail(f"{output}: error: refusing to write over a plan; choose another --output")


def default_cache_dir() -> Path:
    from .cache import default_dir

    return default_dir()


def write_report(results, fmt: str, output: Path | None, *, statistics: bool, quiet: bool,
                 catalogue, fail_on: str, exit_zero: bool) -> int:
    """Write the report of `results` (an iterator, in order) to stdout or `output`
    as they come (report/formats.py); the exit code."""
    from .output import OutputError, ReportSink
    from .report.formats import FORMATS, Outcome, ReportOptions, write_statistics

    outcome = Outcome()
    results = outcome.watch(results)
    try:
        with ReportSink(output) as sink:
            if statistics:
                write_statistics(results, fmt, sink.write, quiet)
            else:
                FORMATS[fmt].stream(results, sink.write, ReportOptions(catalogue, quiet, fail_on))
    except OutputError as exc:
        fail(str(exc))
    if outcome.unreadable:
        return EXIT_ERROR
    if exit_zero:
        return EXIT_CLEAN
    return EXIT_FINDINGS if outcome.fails(fail_on) else EXIT_CLEAN


def make_linter(factory, model, select=None, ignore=None, extend_select=(), **settings):
    from .catalogue import CatalogueError
    from .nlp import ModelError

    try:
        linter = factory(model=model, select=select, ignore=ignore or (), **settings)
        refuse_unknown_codes([*(select or ()), *extend_select, *(ignore or ())],
                             linter.catalogue)
        linter.parser  # load the model now, so a missing model is one clear error
        return linter
    except (ModelError, CatalogueError) as exc:
        fail(f"error: {exc}")


@main.command()
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(TEXT_OR_JSON), default="text", show_default=True)
@click.option("--model", help="spaCy pipeline to load (a package name or a path).")
def parse(path, fmt, model):
    """Show how a plan is read: its metadata, sections and actions."""
    from .report.describe import describe_plan
    from .engine import Linter
    from .readers import ReadError

    linter = make_linter(Linter, model)
    if not path.exists():
        fail(f"{path}: error: no such file")
    try:
        plan = linter.read(path)
    except ReadError as exc:
        fail(f"{path}: error: {exc}")
    if fmt == "json":
        click.echo(plan.model_dump_json(indent=2, exclude_none=True))
    else:
        click.echo(describe_plan(plan))


@main.command()
@click.option("--format", "fmt", type=click.Choice(TEXT_OR_JSON), default="text", show_default=True)
def rules(fmt):
    """List the rules (opt-in ones, which run only when selected, are marked)."""
    import json

    every = all_rules()
    if fmt == "json":
        click.echo(json.dumps([r.model_dump(mode="json") for r in every], indent=2))
        return
    for rule in every:
        mark = " (opt-in)" if rule.opt_in else ""
        click.echo(f"{rule.code}  {rule.name:<28} {rule.severity.value:<8} {rule.summary}{mark}")


@main.command()
@click.argument("code", required=False)
@click.option("--all", "every", is_flag=True, help="Explain every rule.")
@click.option("--format", "fmt", type=click.Choice(TEXT_OR_JSON), default="text", show_default=True)
def rule(code, every=False, fmt="text"):
    """Explain one rule (by code or name), or every one with --all: why it
    matters, its source, examples."""
    import json

    from .catalogue import format_rule

    if every == bool(code):
        fail("error: give one rule's code or name, or --all")
    chosen = all_rules() if every else [find_rule(code)]
    if fmt == "json":
        data = [r.model_dump(mode="json") for r in chosen]
        click.echo(json.dumps(data if every else data[0], indent=2))
        return
    click.echo("\n\n".join(format_rule(r) for r in chosen))


def all_rules() -> list:
    """The catalogue's rules and planlint's own (PL001, unused suppressions), by code."""
    from .suppress import UNUSED

    return sorted([*load_catalogue_or_fail().rules.values(), UNUSED], key=lambda r: r.code)


def find_rule(code: str):
    wanted = code.strip()
    for rule in all_rules():
        if rule.code == wanted.upper() or rule.name == wanted.lower():
            return rule
    try:
        load_catalogue_or_fail().rule(code)  # for its message, naming near matches
    except KeyError as exc:
        fail(f"error: {exc.args[0] if exc.args else exc}")
    fail(f"error: no rule {code!r}")


def load_catalogue_or_fail():
    from .catalogue import CatalogueError, load_catalogue

    try:
        return load_catalogue()
    except CatalogueError as exc:
        fail(f"error: {exc}")


@main.command(name="eval")
@click.argument("corpus", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--baseline", is_flag=True, help="Also score a plain keyword baseline.")
@click.option("--verbose", "-v", is_flag=True, help="List each mismatch.")
@click.option("--model", help="spaCy pipeline to load.")
def evaluate_command(corpus, baseline, verbose, model):
    """Measure extraction and rule accuracy on a labelled corpus (labels.jsonl)."""
    from .engine import Linter
    from .evaluate import CorpusError, evaluate, format_report

    if not (corpus / "labels.jsonl").exists():
        fail(f"{corpus}: error: no labels.jsonl in this folder")
    linter = make_linter(Linter, model)

    def lint(path):
        plan = linter.read(path)
        return plan, linter.check(plan)

    try:
        click.echo(format_report(evaluate(corpus, lint), "planlint", verbose))
        if baseline:
            from .baseline import KeywordBaseline

            keywords = KeywordBaseline(linter)
            click.echo("\n" + format_report(evaluate(corpus, keywords.lint), "keyword baseline",
                                            verbose))
    except CorpusError as exc:
        fail(str(exc))


# ------------------------------------------------- annotate and report
# Feedback where people read it: comments in the plan itself (Word comments, or
# HTML comments in Markdown), and an HTML report on a folder of plans.


def lint_options(command):
    """The options that choose the rules and the configuration, as `check` has
    them. A command takes those it does not read itself as `**choice`, for
    make_workspace."""
    options = [
        click.option("--select", help=SELECT_HELP),
        click.option("--extend-select", help=EXTEND_SELECT_HELP),
        click.option("--ignore", help=IGNORE_HELP),
        click.option("--extend-ignore", help=EXTEND_IGNORE_HELP),
        click.option("--respect-gitignore/--no-respect-gitignore", default=None,
                     help=GITIGNORE_HELP),
        click.option("--model", help="spaCy pipeline to load (a package name or a path)."),
        click.option("--config", "config_file",
                     type=click.Path(path_type=Path, dir_okay=False),
                     help="Use this configuration file for every plan, instead of the "
                     "nearest one to each."),
        click.option("--isolated", is_flag=True, help="Ignore every configuration file."),
        click.option("--profile", type=click.Choice(["cp", "cin", "early-help"]),
                     help="The kind of plan: child protection (default), child in need, "
                     "early help."),
        click.option("--today", type=click.DateTime(formats=["%Y-%m-%d", "%d/%m/%Y"]),
                     help="Judge deadlines as of this day (YYYY-MM-DD or DD/MM/YYYY)."),
        click.option("--max-size", type=click.FloatRange(min=0, min_open=True), metavar="MB",
                     help="Refuse a file larger than this, a .docx once unpacked "
                     "[default: 200]."),
        click.option("--progress/--no-progress", default=None,
                     help="A progress bar on standard error [default: when it is a terminal]."),
        click.option("--timeout", type=click.FloatRange(min=0), metavar="SECONDS",
                     help=TIMEOUT_HELP),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def make_workspace(paths, *, select=None, extend_select=None, ignore=None,
                   extend_ignore=None, model=None, config_file=None, isolated=False,
                   profile=None, today=None, max_size=None, respect_gitignore=None,
                   force_exclude=False):
    """The Linter and Workspace for these options (as `check` makes them), and the
    files to lint. A bad path, configuration or rule code stops here (exit 2)."""
    from .checks import Options
    from .config import ConfigError
    from .engine import InputError, Linter, Workspace

    select, extend_select = codes_option(select), codes_option(extend_select) or []
    ignore = [*(codes_option(ignore) or ()), *(codes_option(extend_ignore) or ())]
    linter = make_linter(Linter, model, select, ignore, extend_select, profile=profile or "cp",
                         options=Options(today=today.date()) if today else None)
    if max_size:
        linter.max_bytes = int(max_size * 2**20)
    try:
        workspace = Workspace(linter, select=select, extend_select=extend_select,
                              ignore=ignore, config_file=config_file, isolated=isolated,
                              force_exclude=force_exclude, profile_given=profile is not None,
                              respect_gitignore=respect_gitignore)
        files = workspace.files(paths)
        linters = [workspace.linter_for(path) for path in files]  # every config checked first
    except (InputError, ConfigError) as exc:
        fail(str(exc))
    return linter, files, linters


@main.command()
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(path_type=Path, readable=False))
@click.option("--output", "-o", type=click.Path(path_type=Path),
              help="The annotated copy (one plan), or a folder for them (several plans). "
              "Default: NAME.reviewed.docx (or .md) beside each plan.")
@click.option("--force", is_flag=True, help="Replace an annotated copy that is already there.")
@lint_options
def annotate(paths, output=None, force=False, progress=None, timeout=None, **choice):
    """Write a copy of each plan with its findings as comments in it.

    Word: a comment (author "planlint") on the cell or the words of each finding,
    with the message and the fix; plan-level findings on the title. Markdown: an
    HTML comment at the end of each finding's line. The plan itself is never
    changed. Exit codes: 0 written, 2 a plan that could not be read or written,
    or a usage error.
    """
    from .annotate import TargetError, annotate_one, plan_targets
    from .progress import progress as with_progress
    from .progress import write
    from .report.escape import printable

    _, files, linters = make_workspace(paths, **choice)
    # (A folder's copies of an earlier run are not found: engine.has_plan_name.)
    kept = list(zip(files, linters))
    single = len(paths) == 1 and not paths[0].is_dir()
    if output is not None and not single:
        if output.exists() and not output.is_dir():
            fail(f"{output}: error: with several plans or a folder, --output must be a folder")
        output.mkdir(parents=True, exist_ok=True)
    try:
        targets, existing = plan_targets([f for f, _ in kept], output, single, force)
    except TargetError as exc:
        fail(str(exc))
    failed = 0
    for path, linter in with_progress(kept, desc="annotate", enabled=progress):
        if path in existing:
            written, message = False, \
                f"{targets[path]}: error: already exists; use --force to replace it"
        else:
            written, message = annotate_one(path, linter, targets[path], timeout_of(timeout))
        if written:
            click.echo(printable(message))
        else:
            failed += 1
            write(printable(message))
    sys.exit(EXIT_ERROR if failed else EXIT_CLEAN)


def timeout_of(given: float | None) -> float:
    from .runner import DEFAULT_TIMEOUT

    return DEFAULT_TIMEOUT if given is None else given


@main.command()
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(path_type=Path, readable=False))
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the report to this file (replaced atomically); default: stdout.")
@click.option("--redact", is_flag=True,
              help="Keep every word of the plans out of the report: generic messages, "
              "no quotes, no conference dates per plan.")
@click.option("--title", default="Plan quality report", show_default=True,
              help="The report's heading.")
@click.option("--force-exclude", is_flag=True,
              help="Apply the configuration's `exclude` to files named on the command "
              "line too.")
@lint_options
def report(paths, output=None, redact=False, title="Plan quality report", force_exclude=False,
           progress=None, timeout=None, today=None, **choice):
    """Write one self-contained HTML quality report on plans or folders of plans.

    A SMART score per plan, the plans that need attention first, findings per
    rule (a chart and a table), the score by conference month, and every
    finding. No script, no network: it opens offline and prints. Exit codes:
    0 written, 2 a plan that could not be read (the report is still written)
    or a usage error.
    """
    from datetime import date

    from .output import OutputError, ReportSink
    from .progress import progress as with_progress
    from .report.html import entries_for, render
    from .runner import lint_in_time
    from .score import smart_score

    base, files, linters = make_workspace(paths, today=today, force_exclude=force_exclude,
                                          **choice)
    if output is not None and output.is_dir():
        fail(f"{output}: error: is a folder; give the file to write")
    refuse_overwrite(output, paths, files)
    scored = []
    for path, linter in with_progress(list(zip(files, linters)), desc="report",
                                      enabled=progress):
        result = lint_in_time(linter, path, timeout_of(timeout))
        scored.append((result, smart_score(result, linter.codes)))
    entries = entries_for(scored, redact=redact, catalogue=base.catalogue)
    page = render(entries, redacted=redact, title=title,
                  generated=today.date() if today else date.today())
    try:
        with ReportSink(output) as sink:
            sink.write(page)
    except OutputError as exc:
        fail(str(exc))
    if output is not None:
        unreadable = sum(1 for r, _ in scored if r.error)
        findings = sum(len(r.findings) for r, _ in scored)
        say(f"Wrote {output}: {len(scored) - unreadable} plan(s), {findings} finding(s)"
            + (f", {unreadable} file(s) could not be read" if unreadable else "") + ".")
    for result, _ in scored:
        if result.error:
            say(f"{result.path}: error: {result.error}")
    sys.exit(EXIT_ERROR if any(r.error for r, _ in scored) else EXIT_CLEAN)


if __name__ == "__main__":
    main()
