"""An HTML quality report on a folder of plans (`planlint report PATH... -o report.html`).

One self-contained file: inline CSS, inline SVG charts, no script, no font, no
image and no link outside the page, and a Content-Security-Policy that forbids
the browser from loading anything at all. It opens from a shared drive or an
email attachment, offline, and prints cleanly.

What it holds: a summary; the plans that need attention first (by band, then
SMART score, see score.py, then errors), with a legend of what the colours
mean; findings counted per rule (a bar chart and the same numbers as a table);
the score by conference month where plans give a date; how the score is worked
out; how to fix each rule found; each plan's findings with the words they are
about; and the files that could not be read, with why.

Printed, each rule's fix is given once, in "How to fix each rule": a finding's
row holds its fix in a <details> (closed on screen, not printed), and prints
only what that finding adds to its rule's fix (an acronym's plain words, a word
count). Rows, headings with what follows them, and the legend are kept whole
on the page.

Plans are untrusted input: every piece of text from a plan or a path is
escaped (html.escape) before it is written. With `redact` the report holds no
word of any plan (redact.py: generic messages, no quotes, no conference dates
per plan); file paths, rule codes, counts and scores stay, and so does the
score by month, which is an average over plans: only over months with at least
SMALLEST_MONTH plans, so that no plan's month can be read from it.
"""
from __future__ import annotations

import html
import re
import string
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from .. import __version__
from ..catalogue import Catalogue
from ..engine import FileResult
from ..model import Finding
from ..redact import generic_suggestion, redact_finding
from ..score import (ACTION_PARTS, BANDS, ERROR_CAP, MISSING_CAP, PLAN_CHECKS, Score,
                     band_named, banding)
from . import display_path

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
SEVERITIES = ("error", "warning", "info")
BAR_COLOURS = {"error": "#a00e1b", "warning": "#8a5a00", "info": "#2a6f97"}
# A redacted report shows a month's average score only for a month of at least this
# many scored plans. Each plan's score is in the report beside its path; a month of
# one plan would give that plan's conference month (its score is the average), and
# a month of two or three lets one work out which plans they are. Five follows the
# small-number suppression of official statistics, which commonly withholds counts
# under 5; the plans of smaller months are only counted, with no month named.
SMALLEST_MONTH = 5


def e(value: object) -> str:
    """Text for HTML: every character that could open markup escaped."""
    return html.escape(str(value), quote=True)


@dataclass(frozen=True)
class Fix:
    """How to fix one finding: its rule's fix, the same for every finding of the
    rule (printed once, in "How to fix each rule"), and what this finding's own
    fix adds to it (what the check found out: an acronym's plain words, a word
    count), or None."""

    rule: str
    own: str | None = None


@dataclass
class PlanEntry:
    """One file of the report: its result, score and conference month."""

    result: FileResult
    score: Score | None = None
    month: str | None = None  # "2026-02": the month of the plan's conference
    number: int = 0  # its place in the report (anchors: #plan-3)
    findings: list[Finding] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)  # one per finding, in order

    @property
    def path(self) -> str:
        return display_path(self.result.path)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity.value == severity)

    def rows(self) -> list[tuple[Finding, Fix]]:
        """Each finding with its fix (the finding's own text where none was worked out)."""
        fixes = self.fixes or [Fix(f.suggestion) for f in self.findings]
        return list(zip(self.findings, fixes))


def entries_for(scored: Sequence[tuple[FileResult, Score | None]], *, redact: bool = False,
                catalogue: Catalogue | None = None) -> list[PlanEntry]:
    """Report entries from linted files (not redacted: the month is read from the
    plan) and their scores; `redact` drops every word of the plans."""
    entries = []
    for number, (result, score) in enumerate(scored, 1):
        conference = result.plan.timeline.conference if result.plan is not None else None
        findings = list(result.findings)
        if redact:
            findings = [redact_finding(f, catalogue) for f in findings]
        entries.append(PlanEntry(result=result, score=score, number=number, findings=findings,
                                 fixes=[fix_of(f, catalogue) for f in findings],
                                 month=conference.strftime("%Y-%m") if conference else None))
    return entries


def fix_of(finding: Finding, catalogue: Catalogue | None) -> Fix:
    """The finding's fix split into its rule's (with no word of the plan: the form a
    redacted finding has) and what the finding fills in. A redacted finding's fix
    is its rule's already, so it adds nothing."""
    rule = catalogue.rules.get(finding.code) if catalogue is not None else None
    if rule is None:
        return Fix(finding.suggestion)
    generic = generic_suggestion(finding, catalogue)
    if finding.suggestion == generic:
        return Fix(generic)
    return Fix(generic, filled_detail(rule.suggestion, finding.suggestion))


def filled_detail(template: str, text: str) -> str | None:
    """What `text`, made from the rule's suggestion `template`, has in place of
    {detail}; None if the template has none or `text` does not follow it."""
    pattern, named = "", False
    for literal, name, _, _ in string.Formatter().parse(template):
        pattern += re.escape(literal)
        if name == "detail":
            pattern += "(?P=detail)" if named else "(?P<detail>.*?)"
            named = True
        elif name is not None:  # {text}: the quoted words, already in the row
            pattern += ".*?"
    match = re.fullmatch(pattern, text, re.DOTALL) if named else None
    return match.group("detail") if match else None


def render(entries: Sequence[PlanEntry], *, redacted: bool = False,
           generated: date | None = None, title: str = "Plan quality report") -> str:
    readable = [x for x in entries if x.result.error is None]
    unreadable = [x for x in entries if x.result.error is not None]
    sections = [
        _summary(readable, unreadable, redacted),
        _attention(readable, redacted),
        _rules(readable),
        _trend(readable, redacted),
        _method(),
        _fixes(readable),
        _plans(readable, redacted),
        _unreadable(unreadable),
    ]
    generated = generated or date.today()
    nav = "".join(f'<li><a href="#{anchor}">{e(name)}</a></li>' for anchor, name in (
        ("summary", "Summary"), ("attention", "Plans that need attention first"),
        ("rules", "Findings by rule"), ("trend", "Score by conference month"),
        ("method", "How the SMART score is worked out"), ("fixes", "How to fix each rule"),
        ("plans", "Findings in each plan"),
        ("unreadable", "Files that could not be read")))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        # Nothing may be loaded: no script, image, font, frame or connection.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
        '<meta name="referrer" content="no-referrer">\n'
        f'<meta name="generator" content="planlint {e(__version__)}">\n'
        f"<title>{e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        '<a class="skip" href="#main">Skip to the report</a>\n'
        f"<header>\n<h1>{e(title)}</h1>\n"
        f'<p class="meta">Made by planlint {e(__version__)} on '
        f"{e(_day(generated))} from {len(entries)} file(s)."
        + (" <strong>Redacted:</strong> no text of any plan is in this report; file paths, "
           "rule codes, counts and scores are." if redacted else "")
        + "</p>\n</header>\n"
        f'<nav aria-label="Contents">\n<h2 class="visually-hidden">Contents</h2>\n<ul>{nav}</ul>\n</nav>\n'
        '<main id="main">\n' + "\n".join(s for s in sections if s) + "\n</main>\n"
        "</body>\n</html>\n")


# ----------------------------------------------------------------- sections


def _summary(readable: Sequence[PlanEntry], unreadable: Sequence[PlanEntry],
             redacted: bool) -> str:
    by = Counter(f.severity.value for x in readable for f in x.findings)
    scores = [x.score.value for x in readable if x.score and x.score.value is not None]
    average = f"{round(sum(scores) / len(scores))}" if scores else "none"
    actions = sum(x.score.actions for x in readable if x.score)
    items = [
        ("Plans read", len(readable)),
        ("Files that could not be read", len(unreadable)),
        ("Actions found", actions),
        ("Findings", sum(by.values())),
        ("Errors", by["error"]),
        ("Warnings", by["warning"]),
        ("Information", by["info"]),
        ("Average SMART score", average),
    ]
    rows = "".join(f"<div><dt>{e(k)}</dt><dd>{e(v)}</dd></div>" for k, v in items)
    if scores and len(scores) != len(readable):
        rows += (f'<div><dt>Plans scored</dt><dd>{len(scores)}</dd></div>')
    return (f'<section id="summary" aria-labelledby="summary-h">\n'
            f'<h2 id="summary-h">Summary</h2>\n<dl class="summary">{rows}</dl>\n</section>')


def attention_order(entries: Sequence[PlanEntry]) -> list[PlanEntry]:
    """Plans that need attention first: red, then amber, then green (score.banding);
    in each band no action found first, then the lowest score, then the most errors
    and warnings."""
    def key(x: PlanEntry):
        value = x.score.value if x.score else None
        rank = BANDS.index(banding(x.score)[0]) if x.score else len(BANDS)
        return (-rank, value is not None, value if value is not None else 0,
                -x.count("error"), -x.count("warning"), x.path)
    return sorted(entries, key=key)


def _band_text(score: Score | None) -> tuple[str, str]:
    """The band's name for a CSS class, and the words in the plan's row."""
    if score is None:
        return "none", "not scored"
    band, why = banding(score)
    return band.name, f"{band.name} ({why})" if why else band.name


def legend() -> str:
    """What the colours mean, written from score.BANDS so that it always agrees."""
    must_haves = ", ".join(PLAN_CHECKS.values())
    error_cap = BANDS.index(band_named(ERROR_CAP))
    missing_cap = BANDS.index(band_named(MISSING_CAP))
    items = []
    for i, band in enumerate(BANDS):
        top = 100 if i == 0 else BANDS[i - 1].lowest - 1
        when = [f"a score of {band.lowest} to {top}"
                + (" with no error" if i < error_cap else "")
                + (" and none of the plan's must-haves missing" if i < missing_cap else "")]
        if i == error_cap:
            when.append("a higher score with any error: an error caps the band at "
                        f"{ERROR_CAP}, so a plan with an error is never {BANDS[0].name}")
        if i == missing_cap:
            when += ["no actions found", "whatever the score, a plan missing any of its "
                     f"must-haves ({must_haves})"]
        items.append(f'<li><span class="band band-{e(band.name)}">{e(band.name.capitalize())}'
                     f"</span> {e('; or '.join(when))}. {e(band.meaning.capitalize())}.</li>")
    return ('<div class="legend" id="bands">\n<h3>What the colours mean</h3>\n'
            "<p>Each plan's band comes from its SMART score, capped by what the score alone "
            "would hide:</p>\n"
            f'<ul>{"".join(items)}</ul>\n</div>\n')


def _score_text(score: Score | None) -> str:
    if score is None:
        return "not scored"
    if score.value is None:
        return "no actions found" if score.actions == 0 else "no scored rule ran"
    return str(score.value)


def _attention(readable: Sequence[PlanEntry], redacted: bool) -> str:
    head = '<h2 id="attention-h">Plans that need attention first</h2>\n'
    if not readable:
        return (f'<section id="attention" aria-labelledby="attention-h">\n{head}'
                "<p>No plan could be read.</p>\n</section>")
    month = not redacted and any(x.month for x in readable)
    rows = []
    for x in attention_order(readable):
        band, words = _band_text(x.score)
        cells = [f'<th scope="row"><a href="#plan-{x.number}">{e(x.path)}</a></th>',
                 f'<td class="num score-{band}">{e(_score_text(x.score))}</td>',
                 f'<td class="band-{band}">{e(words)}</td>',
                 f'<td class="num">{x.score.actions if x.score else 0}</td>',
                 f'<td class="num">{x.count("error")}</td>',
                 f'<td class="num">{x.count("warning")}</td>',
                 f'<td class="num">{x.count("info")}</td>']
        if month:
            cells.append(f"<td>{e(_month(x.month)) if x.month else '&ndash;'}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    headers = ["Plan", "SMART score (0&ndash;100)", "Band", "Actions", "Errors", "Warnings",
               "Info"]
    headers += ["Conference"] if month else []
    thead = "".join(f'<th scope="col">{h}</th>' for h in headers)
    return (f'<section id="attention" aria-labelledby="attention-h">\n{head}'
            "<p>Red plans first, then amber, then green; in each, the lowest score first, "
            "then the most errors. A plan in which no action was found comes first: check "
            "that its actions are laid out in a way planlint reads.</p>\n" + legend() +
            '<div class="scroll"><table class="plans">\n'
            '<caption class="visually-hidden">Plans, red first, then the lowest SMART score '
            'first</caption>\n'
            f"<thead><tr>{thead}</tr></thead>\n<tbody>\n" + "\n".join(rows) +
            "\n</tbody>\n</table></div>\n</section>")


def rule_counts(readable: Sequence[PlanEntry]) -> list[dict]:
    """Findings per rule, most first: code, name, severity, count, plans."""
    counts: Counter = Counter()
    plans: dict[str, set[int]] = {}
    names: dict[str, tuple[str, str]] = {}
    for x in readable:
        for f in x.findings:
            counts[f.code] += 1
            plans.setdefault(f.code, set()).add(x.number)
            names.setdefault(f.code, (f.name, f.severity.value))
    return [{"code": code, "name": names[code][0], "severity": names[code][1],
             "count": count, "plans": len(plans[code])}
            for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def _rules(readable: Sequence[PlanEntry]) -> str:
    head = '<h2 id="rules-h">Findings by rule</h2>\n'
    data = rule_counts(readable)
    if not data:
        return (f'<section id="rules" aria-labelledby="rules-h">\n{head}'
                "<p>No findings.</p>\n</section>")
    rows = "".join(
        f'<tr><th scope="row">{e(d["code"])}</th><td>{e(d["name"])}</td>'
        f'<td><span class="sev sev-{e(d["severity"])}">{e(d["severity"])}</span></td>'
        f'<td class="num">{d["count"]}</td><td class="num">{d["plans"]}</td></tr>'
        for d in data)
    return chart_section("rules", head, rules_chart(data),
                         "Number of findings of each rule over all plans, most first. The "
                         "table below gives the same numbers.", "",
                         "Findings by rule", ("Rule", "Name", "Severity", "Findings", "Plans"),
                         rows)


def rules_chart(data: Sequence[dict]) -> str:
    """A horizontal bar chart (inline SVG): one bar (rect.bar) per rule with findings."""
    label_w, bar_w, row_h, top = 300, 360, 26, 8
    width = label_w + bar_w + 60
    height = top * 2 + row_h * len(data)
    most = max(d["count"] for d in data)
    desc = "; ".join(f'{d["code"]} {d["name"]}: {d["count"]}' for d in data)
    parts = [f'<svg class="chart" role="img" aria-labelledby="rules-chart-t rules-chart-d" '
             f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             'preserveAspectRatio="xMinYMin meet">',
             '<title id="rules-chart-t">Findings by rule</title>',
             f'<desc id="rules-chart-d">{e(desc)}</desc>']
    for i, d in enumerate(data):
        y = top + i * row_h
        length = max(2, round(bar_w * d["count"] / most))
        colour = BAR_COLOURS.get(d["severity"], "#444444")
        label = f'{d["code"]} {d["name"]} ({d["severity"]})'
        parts.append(
            f'<g class="bar-row" data-code="{e(d["code"])}">'
            f'<title>{e(label)}: {d["count"]} finding(s)</title>'
            f'<text x="{label_w - 8}" y="{y + row_h * 0.65:.1f}" text-anchor="end" '
            f'class="label">{e(label)}</text>'
            f'<rect class="bar" data-code="{e(d["code"])}" x="{label_w}" y="{y + 4}" '
            f'width="{length}" height="{row_h - 8}" fill="{colour}"></rect>'
            f'<text x="{label_w + length + 6}" y="{y + row_h * 0.65:.1f}" '
            f'class="value">{d["count"]}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def month_scores(readable: Sequence[PlanEntry]) -> list[dict]:
    """Average score of the plans of each conference month, oldest first."""
    by_month: dict[str, list[int]] = {}
    for x in readable:
        if x.month and x.score and x.score.value is not None:
            by_month.setdefault(x.month, []).append(x.score.value)
    return [{"month": m, "score": round(sum(v) / len(v)), "plans": len(v)}
            for m, v in sorted(by_month.items())]


def _trend(readable: Sequence[PlanEntry], redacted: bool) -> str:
    head = '<h2 id="trend-h">Score by conference month</h2>\n'
    every = month_scores(readable)
    data = [d for d in every if d["plans"] >= SMALLEST_MONTH] if redacted else every
    withheld = sum(d["plans"] for d in every) - sum(d["plans"] for d in data)
    undated = sum(1 for x in readable if not x.month)
    note = (f"<p>{undated} plan(s) give no conference date that planlint could read, and "
            "are not in this chart.</p>\n" if undated else "")
    if withheld:
        note += (f"<p>{withheld} plan(s) are not in this chart: this report is redacted, "
                 f"and it shows a month only where {SMALLEST_MONTH} or more plans had their "
                 "conference in it, so that no plan's month can be told.</p>\n")
    if not data:
        return (f'<section id="trend" aria-labelledby="trend-h">\n{head}'
                + (note if withheld else
                   "<p>No plan gives a conference date that planlint could read, so there "
                   "is no trend to show.</p>\n") + "</section>")
    rows = "".join(f'<tr><th scope="row">{e(_month(d["month"]))}</th>'
                   f'<td class="num">{d["score"]}</td><td class="num">{d["plans"]}</td></tr>'
                   for d in data)
    return chart_section("trend", head, trend_chart(data),
                         "Average SMART score of the plans whose conference was in each "
                         "month (0&ndash;100). The table below gives the same numbers.", note,
                         "Score by conference month", ("Month", "Average SMART score", "Plans"),
                         rows)


def chart_section(name: str, head: str, chart: str, caption: str, note: str,
                  table_caption: str, columns: Sequence[str], rows: str) -> str:
    """A chart and the table of its data, so that what the chart shows can be
    read without seeing it (screen readers, print)."""
    header = "".join(f'<th scope="col">{column}</th>' for column in columns)
    return (f'<section id="{name}" aria-labelledby="{name}-h">\n{head}'
            f"<figure>\n{chart}\n<figcaption>{caption}</figcaption>\n</figure>\n{note}"
            f'<div class="scroll"><table class="{name}">\n'
            f"<caption>{table_caption} (the chart's data)</caption>\n"
            f"<thead><tr>{header}</tr></thead>\n"
            f"<tbody>{rows}</tbody>\n</table></div>\n</section>")


def trend_chart(data: Sequence[dict]) -> str:
    """Columns (inline SVG), one per month: the average score, on a 0-100 scale."""
    left, top, plot_h, col_w = 40, 12, 160, 56
    width = left + col_w * len(data) + 16
    height = top + plot_h + 40
    desc = "; ".join(f'{_month(d["month"])}: {d["score"]} ({d["plans"]} plan(s))' for d in data)
    parts = [f'<svg class="chart" role="img" aria-labelledby="trend-chart-t trend-chart-d" '
             f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             'preserveAspectRatio="xMinYMin meet">',
             '<title id="trend-chart-t">Average SMART score by conference month</title>',
             f'<desc id="trend-chart-d">{e(desc)}</desc>']
    for level in (0, 50, 100):
        y = top + plot_h - plot_h * level / 100
        parts.append(f'<line x1="{left}" x2="{width - 8}" y1="{y:.1f}" y2="{y:.1f}" '
                     'class="grid"></line>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" '
                     f'class="axis">{level}</text>')
    for i, d in enumerate(data):
        x = left + i * col_w + 8
        h = plot_h * d["score"] / 100
        y = top + plot_h - h
        short = _month(d["month"], short=True)
        parts.append(
            f'<g class="month" data-month="{e(d["month"])}">'
            f'<title>{e(_month(d["month"]))}: {d["score"]} ({d["plans"]} plan(s))</title>'
            f'<rect class="column" x="{x}" y="{y:.1f}" width="{col_w - 16}" '
            f'height="{max(h, 1):.1f}" fill="#1d4f91"></rect>'
            f'<text x="{x + (col_w - 16) / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" '
            f'class="value">{d["score"]}</text>'
            f'<text x="{x + (col_w - 16) / 2:.1f}" y="{top + plot_h + 16}" '
            f'text-anchor="middle" class="axis">{e(short)}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def _method() -> str:
    names = {"what": "What will be done (Specific)",
             "how we will know": "How we will know (Measurable)",
             "who": "Who will do it (Accountable)",
             "by when": "By when (Time-bound)"}
    rows = "".join(f'<tr><th scope="row">{e(names[part])}</th><td>{e(", ".join(codes))}</td></tr>'
                   for part, codes in ACTION_PARTS.items())
    plan_rows = "".join(f'<tr><th scope="row">{e(what.capitalize())}</th><td>{e(code)}</td></tr>'
                        for code, what in PLAN_CHECKS.items())
    return (
        '<section id="method" aria-labelledby="method-h">\n'
        '<h2 id="method-h">How the SMART score is worked out</h2>\n'
        "<p>Each action is checked on four parts. A part passes when planlint finds none "
        "of its rules on that action:</p>\n"
        '<table class="method"><caption class="visually-hidden">Action checks</caption>'
        '<thead><tr><th scope="col">Part of each action</th><th scope="col">Fails on</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>\n"
        "<p>The plan as a whole is checked on four more:</p>\n"
        '<table class="method"><caption class="visually-hidden">Plan checks</caption>'
        '<thead><tr><th scope="col">The plan has</th><th scope="col">Fails on</th></tr>'
        f"</thead><tbody>{plan_rows}</tbody></table>\n"
        "<p><strong>SMART score = 100 &times; checks passed &divide; checks made</strong>, "
        "rounded: a plan with 10 actions makes 44 checks. Only the rules that ran count "
        "(not those left out by <code>--select</code>, <code>--ignore</code>, the "
        "configuration or the plan's profile). A finding suppressed in the plan was "
        "accepted, and counts as passed. A plan in which no action was found is not "
        "scored. Whether an action is achievable and relevant is a professional "
        "judgement that planlint does not make. Other findings (dates, timescales, "
        "plain language) are listed with each plan but do not change the score.</p>\n"
        "</section>")


def rule_fixes(readable: Sequence[PlanEntry]) -> dict[str, tuple[str, str]]:
    """Each rule found, by code: its name and its fix (with no word of any plan)."""
    fixes: dict[str, tuple[str, str]] = {}
    for x in readable:
        for f, fix in x.rows():
            fixes.setdefault(f.code, (f.name, fix.rule))
    return dict(sorted(fixes.items()))


def _fixes(readable: Sequence[PlanEntry]) -> str:
    fixes = rule_fixes(readable)
    if not fixes:
        return ""
    rows = "".join(f'<tr><th scope="row"><span class="code">{e(code)}</span> {e(name)}</th>'
                   f'<td class="fix-text">{e(fix)}</td></tr>'
                   for code, (name, fix) in fixes.items())
    return ('<section id="fixes" aria-labelledby="fixes-h">\n'
            '<h2 id="fixes-h">How to fix each rule</h2>\n'
            "<p>What to do about a finding of each rule found in these plans. Each finding "
            "below has its own fix too (shown when opened, and not printed); where it "
            "says more than its rule's, the printed page gives that part with the "
            "finding.</p>\n"
            '<table class="fixes"><caption class="visually-hidden">How to fix each rule'
            '</caption><thead><tr><th scope="col" class="c-rule">Rule</th>'
            '<th scope="col">How to fix it</th></tr></thead>\n'
            f"<tbody>{rows}</tbody>\n</table>\n</section>")


def _plans(readable: Sequence[PlanEntry], redacted: bool) -> str:
    out = ['<section id="plans" aria-labelledby="plans-h">',
           '<h2 id="plans-h">Findings in each plan</h2>']
    if not readable:
        out.append("<p>No plan could be read.</p>")
    for x in readable:
        out.append(f'<section class="plan{"" if x.findings else " clean"}" id="plan-{x.number}" '
                   f'aria-labelledby="plan-{x.number}-h">')
        out.append(f'<h3 id="plan-{x.number}-h">{e(x.path)}</h3>')
        out.append(f"<p>{_plan_line(x, redacted)}</p>")
        if not x.findings:
            out.append("<p>No findings.</p>")
        else:
            out.append(_findings_table(x, redacted))
        out.append("</section>")
    out.append("</section>")
    return "\n".join(out)


def _plan_line(x: PlanEntry, redacted: bool) -> str:
    s = x.score
    bits = []
    if s is not None and s.value is not None:
        bits.append(f"SMART score <strong>{s.value}</strong> ({s.passed} of {s.checked} checks "
                    f"passed: actions {s.action_passed} of {s.action_checked}, plan "
                    f"{s.plan_passed} of {s.plan_checked})")
    elif s is not None:
        bits.append(f"<strong>{e(_score_text(s).capitalize())}</strong>: not scored")
    if s is not None:
        band, words = _band_text(s)
        bits.append(f'band <span class="band band-{band}">{e(words)}</span>')
    bits.append(f"{s.actions if s else 0} action(s)")
    bits.append(f'{x.count("error")} error(s), {x.count("warning")} warning(s), '
                f'{x.count("info")} info')
    if x.month and not redacted:
        bits.append(f"conference {e(_month(x.month))}")
    return " &middot; ".join(bits)


def _findings_table(x: PlanEntry, redacted: bool) -> str:
    # (Column widths are in the style sheet, by class: print leaves out the fix column.)
    headers = [("where", "Where"), ("action", "Action"), ("rule", "Rule"),
               ("severity", "Severity"), ("finding", "Finding"), ("fix", "Fix")]
    if not redacted:
        headers.append(("words", "Words"))
    rows = []
    for f, fix in x.rows():
        own = f'<span class="own-fix">Fix for this one: {e(fix.own)}</span>' if fix.own else ""
        cells = [f'<td>{e(f.location.describe())}</td>',
                 f'<td class="num">{f.action_index if f.action_index else "plan"}</td>',
                 f'<th scope="row"><span class="code">{e(f.code)}</span> {e(f.name)}</th>',
                 f'<td><span class="sev sev-{e(f.severity.value)}">{e(f.severity.value)}</span></td>',
                 f"<td>{e(f.message)}{own}</td>",
                 f'<td class="fix"><details><summary>How to fix</summary>{e(f.suggestion)}'
                 "</details></td>"]
        if not redacted:
            cells.append(f'<td><q class="quote">{e(f.quote)}</q></td>' if f.quote else "<td></td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    thead = "".join(f'<th scope="col" class="c-{key}">{h}</th>' for key, h in headers)
    return (f'<div class="scroll"><table class="findings{" redacted" if redacted else ""}">\n'
            f'<caption class="visually-hidden">Findings in {e(x.path)}</caption>\n'
            f"<thead><tr>{thead}</tr></thead>\n<tbody>\n" + "\n".join(rows) +
            "\n</tbody>\n</table></div>")


def _unreadable(unreadable: Sequence[PlanEntry]) -> str:
    head = '<h2 id="unreadable-h">Files that could not be read</h2>\n'
    if not unreadable:
        return (f'<section id="unreadable" class="none" aria-labelledby="unreadable-h">\n'
                f"{head}<p>Every file could be read.</p>\n</section>")
    items = "".join(f"<li><code>{e(x.path)}</code>: {e(x.result.error)}</li>"
                    for x in unreadable)
    return (f'<section id="unreadable" aria-labelledby="unreadable-h">\n{head}'
            f'<ul class="unreadable">{items}</ul>\n</section>')


# ------------------------------------------------------------------ helpers


def _month(key: str, short: bool = False) -> str:
    year, month = key.split("-")
    name = MONTHS[int(month) - 1]
    return f"{name[:3]} {year[2:]}" if short else f"{name} {year}"


def _day(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.25rem 3rem;
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #1b1b1b; background: #fff; }
h1 { font-size: 1.8rem; margin: .5rem 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; padding-top: .5rem; border-top: 2px solid #1b1b1b; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .25rem; word-break: break-all; }
a { color: #1d4f91; }
a:focus-visible { outline: 3px solid #f9c700; outline-offset: 2px; }
.meta { color: #4a4a4a; margin-top: 0; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
nav ul { list-style: none; padding: 0; margin: .5rem 0 0; display: flex; flex-wrap: wrap;
  gap: .25rem 1.25rem; }
dl.summary { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
  gap: .5rem; margin: 0; }
dl.summary div { border: 1px solid #b1b4b6; padding: .5rem .75rem; }
dl.summary dt { font-size: .875rem; color: #4a4a4a; }
dl.summary dd { margin: 0; font-size: 1.35rem; font-weight: 700; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9375rem; }
caption { text-align: left; font-weight: 700; padding: .25rem 0; }
th, td { border: 1px solid #b1b4b6; padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f3f2f1; }
tbody th { font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.score-red, .score-none, .band-red, .band-none { background: #fde8e8; font-weight: 700; }
.score-amber, .band-amber { background: #fff4d6; }
.score-green, .band-green { background: #e7f4ea; }
span.band { display: inline-block; padding: 0 .4rem; border: 1px solid #6f777b;
  border-radius: .25rem; }
.legend { border: 1px solid #b1b4b6; padding: .25rem .75rem; margin: .5rem 0; }
.legend h3 { margin: .25rem 0; }
.legend p { margin: .25rem 0; }
.legend ul { margin: .25rem 0; padding-left: 0; list-style: none; }
.legend li { margin: .2rem 0; }
table.findings, table.fixes { table-layout: fixed; }
.findings .c-where { width: 9%; } .findings .c-action { width: 6%; }
.findings .c-rule { width: 14%; } .findings .c-severity { width: 8%; }
.findings .c-finding { width: 30%; } .findings .c-fix { width: 20%; }
.findings .c-words { width: 13%; }
.findings.redacted .c-finding { width: 38%; } .findings.redacted .c-fix { width: 25%; }
.fixes .c-rule { width: 25%; }
details summary { cursor: pointer; color: #1d4f91; }
.own-fix { display: none; }
.sev { display: inline-block; padding: 0 .4rem; border-radius: .25rem; font-size: .8125rem;
  font-weight: 700; border: 1px solid currentColor; }
.sev-error { color: #8a0c18; background: #fde8e8; }
.sev-warning { color: #5c3c00; background: #fff4d6; }
.sev-info { color: #0b4a6f; background: #e6f2fb; }
.code { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; }
q.quote { font-style: italic; }
figure { margin: .5rem 0; }
figcaption { color: #4a4a4a; font-size: .9rem; }
svg.chart { max-width: 100%; height: auto; font: 13px system-ui, Arial, sans-serif; }
svg.chart .label, svg.chart .value, svg.chart .axis { fill: #1b1b1b; }
svg.chart .grid { stroke: #b1b4b6; stroke-width: 1; }
ul.unreadable li { margin-bottom: .25rem; }
@media print {
  @page { size: A4; margin: 12mm; }
  html { font-size: 9pt; }
  body { max-width: none; padding: 0; }
  th, td { padding: .2rem .35rem; }
  nav, .skip { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { margin-top: 1.25rem; }
  /* Headings, and the lines under them, stay with the table that follows. */
  h2, h3, p:has(+ table, + .scroll, + .legend) { break-after: avoid; }
  tbody tr:first-child { break-before: avoid; }
  tr, figure, .legend, section > p, section.plan.clean { break-inside: avoid; }
  thead { display: table-header-group; }
  .scroll { overflow: visible; }
  /* Each rule's fix is printed once, in "How to fix each rule"; a row prints only
     what its own fix adds. */
  .findings .c-fix, .findings td.fix { display: none; }
  .own-fix { display: block; margin-top: .15rem; }
  #unreadable.none { display: none; }  /* (the summary says so: 0 files) */
  .findings .c-where { width: 11%; } .findings .c-action { width: 7%; }
  .findings .c-rule { width: 18%; } .findings .c-severity { width: 9%; }
  .findings .c-finding { width: 38%; } .findings .c-words { width: 17%; }
  .findings.redacted .c-finding { width: 55%; }
  .score-red, .score-none, .score-amber, .score-green, .band-red, .band-none, .band-amber,
  .band-green, thead th, .sev {
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""
