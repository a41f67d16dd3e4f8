"""The command line: thin click commands over the engine and the reporters.

Exit codes: 0 clean, 1 findings, 2 a file could not be read or a usage error.
Commands that need no NLP (--help, rules, rule) do not import spaCy.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMATS = ("text", "json")
CHECK_FORMATS = ("text", "json", "sarif", "github", "junit")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def fail(message: str) -> None:
    click.echo(message, err=True)
    sys.exit(EXIT_ERROR)


def codes_option(value: str | None) -> list[str] | None:
    return [c.strip().upper() for c in value.split(",") if c.strip()] if value else None


class Main(click.Group):
    """No traceback for users: an unexpected exception is one line and exit 2 (the
    traceback itself with --debug). A file's own failure is already its error result."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, BrokenPipeError):
            raise
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


@main.command()
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(path_type=Path, readable=False))  # unreadable: an error line
@click.option("--format", "fmt", type=click.Choice(CHECK_FORMATS), default="text",
              show_default=True, help="text for people; json; sarif (code scanning); "
              "github (workflow annotations); junit (CI test reports).")
@click.option("--select", help="Only these rule codes, comma-separated (e.g. PL101,PL301).")
@click.option("--ignore", help="Skip these rule codes, comma-separated.")
@click.option("--model", help="spaCy pipeline to load (a package name or a path).")
@click.option("--max-size", type=click.FloatRange(min=0, min_open=True), metavar="MB",
              help="Refuse a file larger than this, a .docx once unpacked [default: 200].")
@click.option("--config", "config_file", type=click.Path(path_type=Path, dir_okay=False),
              help="Use this configuration file (planlint.toml or pyproject.toml) for every "
              "plan, instead of the nearest one to each.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("--force-exclude", is_flag=True,
              help="Apply the configuration's `exclude` to files named on the command line "
              "too, not only to files found in folders (for pre-commit).")
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
def check(paths, fmt, select, ignore, model, max_size=None, config_file=None, isolated=False,
          force_exclude=False, fail_on="info", exit_zero=False, statistics=False, quiet=False,
          output=None, redact=False, report_unused_suppressions=False, profile=None, today=None):
    """Lint plan files, or folders of them (.md, .markdown, .docx).

    Settings come from the nearest planlint.toml or pyproject.toml [tool.planlint]
    above each plan (see docs/integration.md). Exit codes: 0 clean, 1 findings (at
    or above --fail-on), 2 an unreadable file, a bad configuration or a usage error.
    """
    from .checks import Options
    from .config import ConfigError
    from .engine import InputError, Linter, Workspace

    if statistics and fmt not in ("text", "json"):
        fail("error: --statistics works with --format text or json")
    select, ignore = codes_option(select), codes_option(ignore)
    linter = make_linter(Linter, model, select, ignore, profile=profile or "cp",
                         options=Options(today=today.date()) if today else None)
    if max_size:
        linter.max_bytes = int(max_size * 2**20)
    linter.redact = redact
    linter.report_unused_suppressions = report_unused_suppressions
    try:
        workspace = Workspace(linter, select=select, ignore=ignore or (),
                              config_file=config_file, isolated=isolated,
                              force_exclude=force_exclude, profile_given=profile is not None)
        results = list(workspace.lint(paths))
    except (InputError, ConfigError) as exc:
        fail(str(exc))
    report = render_report(results, fmt, statistics=statistics, quiet=quiet,
                           catalogue=linter.catalogue)
    if output is None:
        click.echo(report, nl=False)
    else:
        write_atomically(output, report)
    sys.exit(exit_code(results, fail_on, exit_zero))


def render_report(results, fmt: str, *, statistics: bool = False, quiet: bool = False,
                  catalogue=None) -> str:
    from .report import github, junit, sarif, text
    from .report import json as json_report

    if statistics:
        return json_report.render_statistics(results) if fmt == "json" \
            else text.render_statistics(results, quiet=quiet)
    if fmt == "text":
        return text.render(results, quiet=quiet)
    if fmt == "sarif":
        return sarif.render(results, catalogue)
    return {"json": json_report, "github": github, "junit": junit}[fmt].render(results)


def exit_code(results, fail_on: str = "info", exit_zero: bool = False) -> int:
    """2 when a file could not be read; else 1 when a finding at or above `fail_on`
    remains (never with `exit_zero`); else 0."""
    if any(r.error for r in results):
        return EXIT_ERROR
    if exit_zero:
        return EXIT_CLEAN
    threshold = SEVERITY_RANK[fail_on]
    failing = any(SEVERITY_RANK[f.severity.value] >= threshold
                  for r in results for f in r.findings)
    return EXIT_FINDINGS if failing else EXIT_CLEAN


def write_atomically(path: Path, text: str) -> None:
    """Write a report so that a reader never sees half of it: a temporary file in
    the same folder, then renamed over the target."""
    import contextlib
    import tempfile

    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        fail(f"{path}: error: cannot write the report ({exc.strerror or exc})")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        fail(f"{path}: error: cannot write the report ({exc.strerror or exc})")


def make_linter(factory, model, select=None, ignore=None, **settings):
    from .catalogue import CatalogueError
    from .nlp import ModelError

    try:
        linter = factory(model=model, select=select, ignore=ignore or (), **settings)
        unknown = sorted((set(select or ()) | set(ignore or ())) - set(linter.catalogue.rules))
        if unknown:
            fail(f"error: unknown rule code(s): {', '.join(unknown)} (see `planlint rules`)")
        linter.parser  # load the model now, so a missing model is one clear error
        return linter
    except (ModelError, CatalogueError) as exc:
        fail(f"error: {exc}")


@main.command()
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--model", help="spaCy pipeline to load (a package name or a path).")
def parse(path, fmt, model):
    """Show how a plan is read: its metadata, sections and actions."""
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


def describe_plan(plan) -> str:
    meta = plan.metadata
    lines = [f"Plan: {plan.path} ({plan.format})"]
    for name in ("title", "children", "category", "conference_date", "lead_professional",
                 "core_group", "review_date"):
        value = getattr(meta, name)
        if value is not None:
            lines.append(f"  {name.replace('_', ' ')}: {value.text}")
    lines.append("Sections:")
    lines += [f"  [{s.kind.value}] {s.title}" for s in plan.sections]
    lines.append(f"Actions ({len(plan.actions)}):")
    for action in plan.actions:
        lines.append(f"  {action.index}. ({action.layout}, {action.location.describe()})")
        for part in ("task", "owner", "deadline", "evidence"):
            value = getattr(action, part)
            lines.append(f"     {part:<9} {value.text if value else '-'}")
    return "\n".join(lines)


@main.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
def rules(fmt):
    """List the rules."""
    import json

    catalogue = load_catalogue_or_fail()
    if fmt == "json":
        click.echo(json.dumps([r.model_dump(mode="json") for r in catalogue.rules.values()], indent=2))
        return
    for rule in catalogue.rules.values():
        click.echo(f"{rule.code}  {rule.name:<28} {rule.severity.value:<8} {rule.summary}")


@main.command()
@click.argument("code")
def rule(code):
    """Explain one rule (by code or name): why it matters, its source, examples."""
    from .catalogue import format_rule

    from .suppress import UNUSED

    catalogue = load_catalogue_or_fail()
    if code.strip().upper() == UNUSED.code or code.strip().lower() == UNUSED.name:
        click.echo(format_rule(UNUSED))  # planlint's own finding, not a catalogue rule
        return
    try:
        click.echo(format_rule(catalogue.rule(code)))
    except KeyError as exc:
        fail(f"error: {exc.args[0] if exc.args else exc}")


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
    from .evaluate import evaluate, format_report

    if not (corpus / "labels.jsonl").exists():
        fail(f"{corpus}: error: no labels.jsonl in this folder")
    linter = make_linter(Linter, model)

    def lint(path):
        plan = linter.read(path)
        return plan, linter.check(plan)

    click.echo(format_report(evaluate(corpus, lint), "planlint", verbose))
    if baseline:
        from .baseline import KeywordBaseline

        keywords = KeywordBaseline(linter)
        click.echo("\n" + format_report(evaluate(corpus, keywords.lint), "keyword baseline", verbose))


if __name__ == "__main__":
    main()
