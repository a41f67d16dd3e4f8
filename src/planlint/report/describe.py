"""Plain-text descriptions for people: how a plan was read (`planlint parse`)
and what a file would be linted with (`planlint check --show-settings`).
Every line is made printable (escape.py): names and plan words are shown,
never obeyed."""
from __future__ import annotations

import dataclasses

from .escape import printable


def describe_plan(plan) -> str:
    meta = plan.metadata
    lines = [f"Plan: {plan.path} ({plan.format})"]
    for name in ("title", "children", "category", "conference_date", "lead_professional",
                 "core_group", "review_date"):
        value = getattr(meta, name)
        if value is not None:
            lines.append(field(f"  {name.replace('_', ' ')}: ", value.text))
    lines.append("Sections:")
    lines += [field(f"  [{s.kind.value}] ", s.title) for s in plan.sections]
    lines.append(f"Actions ({len(plan.actions)}):")
    for action in plan.actions:
        lines.append(f"  {action.index}. ({action.layout}, {action.location.describe()})")
        for part in ("task", "owner", "deadline", "evidence"):
            value = getattr(action, part)
            lines.append(field(f"     {part:<9} ", value.text if value else "-"))
        if action.due is not None:
            lines.append(f"     {'due':<9} {describe_due(action.due)}")
        for kind, value in action.extras.items():  # columns that are none of the parts
            lines.append(field(f"     {kind:<9} ", value.text))
    return "\n".join(printable(line, keep="\n") for line in lines)


def describe_due(due) -> str:
    """The deadline on the calendar, in words: "by 2026-03-12", "every 14 days
    from 2026-02-20" (its kind in brackets)."""
    parts = []
    if due.every_days:
        parts.append("every day" if due.every_days == 1 else f"every {due.every_days:g} days")
    if due.starts:
        parts.append(f"from {due.starts.isoformat()}")
    if due.by:
        parts.append(f"by {due.by.isoformat()}")
    return f"{' '.join(parts) or 'at once'} ({due.kind})"


def field(label: str, text: str) -> str:
    """`label` and `text`, the text's later lines (a Word cell of several
    paragraphs) indented under its first."""
    return label + text.replace("\n", "\n" + " " * len(label))


def describe_settings(workspace, files, linters) -> str:
    """--show-settings: what the first file would be linted with."""
    from ..config import Settings
    path, linter = files[0], linters[0]
    config = workspace.config_for(path)
    settings = config.settings if config is not None else Settings()
    options = ", ".join(f"{name.replace('_', '-')} = {value}"
                        for name, value in dataclasses.asdict(linter.options).items())
    per_file = config.ignored_for(path) if config is not None else []
    lines = [f"Settings for {path}",
             f"configuration: {config.path if config else 'none (the defaults)'}",
             f"profile: {linter.profile}",
             f"options: {options}",
             f"respect-gitignore: {str(workspace.respects_gitignore(path)).lower()}",
             f"exclude: {listed(settings.exclude)}",
             f"per-file-ignores for this file: {listed(per_file)}",
             f"glossary: {listed(sorted(linter.glossary))}",
             f"rules ({len(linter.codes)}):"]
    for code in linter.codes:
        rule = linter.catalogue.rules[code]
        lines.append(f"  {code}  {rule.name:<28} {linter.severity.get(code, rule.severity).value}")
    return "".join(printable(line) + "\n" for line in lines)


def listed(items) -> str:
    return ", ".join(items) or "(none)"
