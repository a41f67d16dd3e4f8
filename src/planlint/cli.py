"""The command line: thin click commands over the engine and the reporters.

Exit codes: 0 clean, 1 findings, 2 a file could not be read or a usage error.
Commands that need no NLP (--help, rules, rule) do not import spaCy.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMATS = ("text", "json")


def fail(message: str) -> None:
    click.echo(message, err=True)
    sys.exit(EXIT_ERROR)


def codes_option(value: str | None) -> list[str] | None:
    return [c.strip().upper() for c in value.split(",") if c.strip()] if value else None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="planlint")
def main() -> None:
    """planlint: a quality linter for child protection plans.

    It reads plans (Word .docx or Markdown), finds each action, and checks that
    it says who will do what, by when, and how everyone will know things have
    improved; and that the plan has a contingency, a named lead professional, a
    review date and the child's voice.
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--select", help="Only these rule codes, comma-separated (e.g. PL101,PL301).")
@click.option("--ignore", help="Skip these rule codes, comma-separated.")
@click.option("--model", help="spaCy pipeline to load (a package name or a path).")
def check(paths, fmt, select, ignore, model):
    """Lint plan files, or folders of them (.md, .markdown, .docx)."""
    from .engine import InputError, Linter
    from .report import json as json_report, text as text_report

    linter = make_linter(Linter, model, codes_option(select), codes_option(ignore))
    try:
        results = list(linter.lint(paths))
    except InputError as exc:
        fail(str(exc))
    renderer = json_report if fmt == "json" else text_report
    click.echo(renderer.render(results), nl=False)
    if any(r.error for r in results):
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if any(r.findings for r in results) else EXIT_CLEAN)


def make_linter(factory, model, select=None, ignore=None):
    from .catalogue import CatalogueError
    from .nlp import ModelError

    try:
        linter = factory(model=model, select=select, ignore=ignore or ())
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

    catalogue = load_catalogue_or_fail()
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
