"""Redaction (`planlint check --redact`): results that carry no text of the plan.

Plans are special-category personal data; a report kept by CI, uploaded to code
scanning or mailed round may not be. A redacted result keeps what is needed to
find and fix each problem (path, rule, severity, location, action number) and
drops every word of the plan:

- each finding's message is the rule's generic form: a message that quotes the
  plan ('"All agencies" does not identify anyone ...') is replaced by the rule's
  summary; `quote` is None;
- the plan keeps only its actions' index, layout, location and slots: task,
  owner, deadline, evidence, frequency, outcome and the action's text are
  emptied (JSON shows them as null); metadata, sections, dates and the plan's
  own comments are dropped.

File paths stay (name plan files without personal details where that matters).
"""
from __future__ import annotations

import re

from .catalogue import Catalogue
from .model import Action, Finding, Plan

KEEP = {"index", "location", "layout", "slots"}
PLACEHOLDER = re.compile(r"[\"“‘']?\{text\}[\"”’']?")
DETAIL = re.compile(r"[\"“‘']?\{detail\}[\"”’']?")


def generic_message(finding: Finding, catalogue: Catalogue) -> str:
    rule = catalogue.rules.get(finding.code)
    if rule is None:  # planlint's own findings (PL001) quote nothing
        return finding.message
    return rule.summary if "{text}" in rule.message else rule.format_message(None)


def generic_suggestion(finding: Finding, catalogue: Catalogue) -> str:
    rule = catalogue.rules.get(finding.code)
    if rule is None:
        return finding.suggestion
    if "{text}" not in rule.suggestion and "{detail}" not in rule.suggestion:
        return rule.format_suggestion(None)
    # {detail} is what the check found out (a name, a count): left out as well.
    template = DETAIL.sub("...", PLACEHOLDER.sub("these words", rule.suggestion))
    return template.replace("{{", "{").replace("}}", "}")


def redact_finding(finding: Finding, catalogue: Catalogue) -> Finding:
    return finding.model_copy(update={"message": generic_message(finding, catalogue),
                                      "suggestion": generic_suggestion(finding, catalogue),
                                      "quote": None})


def redact_action(action: Action) -> Action:
    update = {name: ("" if name == "text" else None)
              for name in type(action).model_fields if name not in KEEP}
    return action.model_copy(update=update)


def redact_plan(plan: Plan) -> Plan:
    return type(plan)(path=plan.path, format=plan.format,
                      actions=[redact_action(a) for a in plan.actions])
