"""`planlint report`: one self-contained HTML report on a folder of plans.

A SMART score per plan (score.py), the plans that need attention first, findings
per rule as an inline SVG bar chart with a table of the same numbers, the score
by conference month, every finding with its words (none under --redact), and
the files that could not be read. Plan text is untrusted: all of it is escaped.
Nothing in the page loads anything from anywhere.
"""
from __future__ import annotations

import html
import io
import os
import re
import shutil
import string
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import docx_plan, markdown_plan, row
from planlint.cli import main
from planlint.engine import FileResult
from planlint.model import Action, Finding, Location, Plan, Severity
from planlint.progress import progress
from planlint.score import Score, smart_score

SAMPLES = Path(__file__).resolve().parents[1] / "sample_plans"
DEFECTS = row(task="Support Marnie Quist", who="All agencies", when="Ongoing",
              evidence="Marnie engages")
PAYLOAD = "<script>alert(1)</script>"
IMG = '<img src="https://example.org/x.png" onerror="alert(2)">'


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> Path:
    """A folder: a clean plan (February), a plan with defects and no contingency
    (March), a Word plan whose cells carry markup, a plan with no actions, an
    odd file name, and a file that is not a Word document."""
    folder = tmp_path_factory.mktemp("plans")
    (folder / "clean.md").write_text(markdown_plan(), encoding="utf-8")
    (folder / "defects.md").write_text(
        markdown_plan([row(), DEFECTS], contingency=None, conference_date="3 March 2026"),
        encoding="utf-8")
    docx_plan(folder / "word.docx", [row(task=f"Support mum {PAYLOAD}", who=f"All agencies {IMG}",
                                         when="Ongoing", evidence="Mum engages")])
    (folder / "no-actions.md").write_text(markdown_plan(actions="Nothing has been agreed yet."),
                                          encoding="utf-8")
    (folder / "<b>odd & name.md").write_text(markdown_plan(), encoding="utf-8")
    (folder / "broken.docx").write_bytes(b"this is not a zip file")
    return folder


@pytest.fixture(scope="module")
def report(plans, tmp_path_factory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("out") / "report.html"
    result = run("report", str(plans), "-o", str(out), "--isolated", "--today", "2026-03-10")
    return out, result


class Page(HTMLParser):
    """Every start tag with its attributes, and the text of each table."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def all(self, tag: str, **attrs) -> list[dict]:
        return [a for t, a in self.tags if t == tag
                and all(a.get(k) == v for k, v in attrs.items())]


def page_of(report) -> tuple[str, Page]:
    path, result = report
    text = path.read_text(encoding="utf-8")
    return text, Page(text)


# ------------------------------------------------------------------ content


def test_report_is_written_and_an_unreadable_file_is_listed_with_its_error(report, plans):
    path, result = report
    assert result.exit_code == 2  # a file could not be read; the report is still written
    assert path.exists()
    assert "could not be read" in result.output
    text, page = page_of(report)
    unreadable = text[text.index('id="unreadable"'):]
    assert "broken.docx</code>: not a Word document (not a zip file)" in unreadable


def test_each_rule_with_findings_has_one_bar_and_a_row_in_the_charts_table(report, plans, linter):
    text, page = page_of(report)
    codes = set()
    for plan in plans.iterdir():
        codes |= {f.code for f in linter.lint_file(plan).findings}
    bars = page.all("rect", **{"class": "bar"})
    assert sorted(b["data-code"] for b in bars) == sorted(codes)
    chart = page.all("svg", **{"class": "chart"})[0]
    assert chart["role"] == "img" and chart["aria-labelledby"]
    rules_table = text[text.index('<table class="rules">'):]
    rules_table = rules_table[:rules_table.index("</table>")]
    assert sorted(re.findall(r'<tr><th scope="row">(PL\d{3})</th>', rules_table)) == sorted(codes)
    assert "<caption>Findings by rule (the chart's data)</caption>" in rules_table


def test_plans_needing_attention_come_first(report):
    text, _ = page_of(report)
    table = text[text.index('<table class="plans">'):]
    table = table[:table.index("</table>")]
    order = re.findall(r'<th scope="row"><a href="#plan-\d+">([^<]*)</a></th>', table)
    names = [Path(name.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")).name
             for name in order]
    assert names[0] == "no-actions.md"  # nothing to score: the first thing to look at
    assert names.index("defects.md") < names.index("clean.md")
    assert names.index("word.docx") < names.index("clean.md")
    assert "broken.docx" not in names  # listed with the unreadable files instead
    assert "no actions found" in table


def test_smart_score_counts_four_parts_per_action_and_four_plan_checks(plans, linter):
    result = linter.lint_file(plans / "defects.md")
    score = smart_score(result, linter.codes)
    # Action 1 passes its 4 parts, action 2 none; the plan lacks its contingency.
    assert (score.action_passed, score.action_checked) == (4, 8)
    assert (score.plan_passed, score.plan_checked) == (3, 4)
    assert score.value == round(100 * 7 / 12) == 58
    only_deadlines = smart_score(result, ["PL301", "PL302"])
    assert (only_deadlines.passed, only_deadlines.checked, only_deadlines.value) == (1, 2, 50)
    clean = smart_score(linter.lint_file(plans / "clean.md"), linter.codes)
    assert clean.value == 100
    none = smart_score(linter.lint_file(plans / "no-actions.md"), linter.codes)
    assert none.actions == 0 and none.value is None
    assert smart_score(FileResult(path="x", error="unreadable"), linter.codes) is None


def test_a_suppressed_finding_counts_as_passed():
    plan = Plan(path="p.md", format="markdown",
                actions=[Action(index=1, text="t", location=Location(line=1), layout="table")])
    finding = Finding(code="PL201", name="task-vague", severity=Severity.WARNING, message="m",
                      suggestion="s", location=Location(line=1), action_index=1)
    codes = ["PL201", "PL501"]
    assert smart_score(FileResult(path="p.md", plan=plan, findings=[finding]), codes).value == 50
    assert smart_score(FileResult(path="p.md", plan=plan, findings=[]), codes).value == 100


def test_the_trend_shows_the_average_score_by_conference_month(report):
    text, page = page_of(report)
    trend = text[text.index('id="trend"'):text.index('id="method"')]
    months = re.findall(r'<tr><th scope="row">([A-Za-z]+ \d{4})</th>', trend)
    assert months == ["February 2026", "March 2026"]
    assert len(page.all("rect", **{"class": "column"})) == 2
    assert "aria-labelledby=\"trend-chart-t trend-chart-d\"" in trend


def test_each_finding_is_listed_with_its_words(report):
    text, _ = page_of(report)
    assert "&quot;All agencies&quot; does not identify anyone accountable" in text
    assert '<q class="quote">Marnie engages</q>' in text
    assert "How the SMART score is worked out" in text
    assert "100 &times; checks passed &divide; checks made" in text


def test_plan_text_and_paths_are_escaped(report):
    text, page = page_of(report)
    assert "<script" not in text.lower()
    assert "<img" not in text.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text  # shown as text
    assert "&lt;b&gt;odd &amp; name.md" in text
    assert not page.all("b")  # the file name's markup made no element


def test_the_page_loads_nothing_from_anywhere(report):
    text, page = page_of(report)
    for tag, attrs in page.tags:
        for name in ("src", "href", "action", "data", "poster", "srcset", "xlink:href"):
            value = attrs.get(name)
            if value is not None:
                assert name == "href" and value.startswith("#"), (tag, attrs)
    assert not page.all("script") and not page.all("link") and not page.all("img")
    assert "@import" not in text and "url(" not in text
    csp = page.all("meta", **{"http-equiv": "Content-Security-Policy"})
    assert csp and "default-src 'none'" in csp[0]["content"]


def test_the_page_is_accessible_and_printable(report):
    text, page = page_of(report)
    assert page.all("html", lang="en-GB")
    assert len(page.all("h1")) == 1
    assert page.all("main") and page.all("nav")
    for th in page.all("th"):
        assert th.get("scope") in ("col", "row"), th
    assert "@media print" in text
    assert "<title>Plan quality report</title>" in text


def test_redacted_report_has_no_words_of_any_plan(plans, tmp_path):
    out = tmp_path / "redacted.html"
    result = run("report", str(plans), "-o", str(out), "--redact", "--isolated")
    assert result.exit_code == 2
    text = out.read_text(encoding="utf-8")
    # (Words of the rules' own messages, such as "ongoing", may stay: they are not the plan's.)
    for words in ("All agencies", "Marnie", "Quist", "Ben Carter", "alert(1)", "Anna Webb",
                  "Mum engages"):
        assert words not in text, words
    assert "Redacted:" in text
    assert 'class="quote"' not in text
    assert "<th scope=\"col\">Conference</th>" not in text
    assert 'class="bar"' in text  # counts and scores stay


def test_a_redacted_report_gives_no_month_or_score_of_a_plan_alone_in_its_month(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text(markdown_plan([DEFECTS]), encoding="utf-8")  # conference in February
    pages = {}
    for redacted in (False, True):
        out = tmp_path / f"report-{redacted}.html"
        result = run("report", str(plan), "-o", str(out), "--isolated", "--today", "2026-03-10",
                     *(["--redact"] if redacted else []))
        assert result.exit_code == 0, result.output
        text = out.read_text(encoding="utf-8")
        pages[redacted] = text, text[text.index('id="trend"'):text.index('id="method"')]
    score = re.search(r'class="num score-\w+">(\d+)<', pages[True][0]).group(1)
    assert "February 2026" in pages[False][1] and score in pages[False][1]
    text, trend = pages[True]
    # (The rules' own examples may name a day in February: they are not the plan's.)
    for month in ("February 2026", "Feb 26", "2026-02"):
        assert month not in text, month
    assert not re.search(rf"(?<!\d){score}(?!\d)", trend)
    assert "1 plan(s) are not in this chart" in trend
    assert 'class="column"' not in trend


def test_a_redacted_report_shows_a_month_of_five_plans_or_more(tmp_path):
    for name in ("a", "b", "c", "d", "e"):
        (tmp_path / f"{name}.md").write_text(markdown_plan(), encoding="utf-8")
    (tmp_path / "f.md").write_text(markdown_plan(conference_date="3 March 2026"),
                                   encoding="utf-8")
    out = tmp_path / "r.html"
    result = run("report", str(tmp_path), "-o", str(out), "--redact", "--isolated",
                 "--today", "2026-04-10")
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    trend = text[text.index('id="trend"'):text.index('id="method"')]
    assert re.findall(r'<tr><th scope="row">([A-Za-z]+ \d{4})</th>', trend) == ["February 2026"]
    assert "March 2026" not in trend and "2026-03" not in text
    assert "1 plan(s) are not in this chart" in trend


def test_report_goes_to_standard_output_without_o(plans):
    result = run("report", str(plans / "clean.md"), "--isolated")
    assert result.exit_code == 0
    assert result.output.startswith("<!DOCTYPE html>")
    assert result.output.rstrip().endswith("</html>")


def test_report_refuses_to_write_over_a_plan(plans):
    before = (plans / "clean.md").read_bytes()
    result = run("report", str(plans / "clean.md"), "-o", str(plans / "clean.md"))
    assert result.exit_code == 2
    assert "refusing to write over a plan" in result.output
    assert (plans / "clean.md").read_bytes() == before


def test_report_without_findings_or_dates_says_so(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text(markdown_plan(conference_date=None), encoding="utf-8")
    out = tmp_path / "r.html"
    result = run("report", str(plan), "-o", str(out), "--isolated", "--select", "PL101")
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "<p>No findings.</p>" in text
    assert "Every file could be read." in text


# -------------------------------------------------------------------- bands


def report_on(tmp_path: Path, plan_text: str) -> str:
    """The report on one Markdown plan, as its HTML."""
    plan = tmp_path / "plan.md"
    plan.write_text(plan_text, encoding="utf-8")
    out = tmp_path / "report.html"
    result = run("report", str(plan), "-o", str(out), "--isolated", "--today", "2026-03-10")
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def plan_row(text: str) -> tuple[int, str, str]:
    """The one plan's score, band (its colour's class) and band as written."""
    table = text[text.index('<table class="plans">'):]
    score = re.search(r'<td class="num score-\w+">(\d+)</td>', table).group(1)
    band = re.search(r'<td class="band-(\w+)">([^<]*)</td>', table)
    assert band, "the plans table gives no band"
    return int(score), band.group(1), html.unescape(band.group(2))


def test_a_plan_with_an_error_is_never_shown_green(tmp_path):
    text = report_on(tmp_path, markdown_plan([row()] * 5 + [row(who="")]))  # PL101, an error
    score, band, words = plan_row(text)
    assert score >= 80  # green, by its score alone
    assert band == "amber" and words == "amber (1 error(s))"
    clean_score, clean_band, _ = plan_row(report_on(tmp_path, markdown_plan([row()] * 6)))
    assert (clean_score, clean_band) == (100, "green")


def test_a_plan_missing_the_childs_voice_is_red_whatever_its_score(tmp_path):
    score, band, words = plan_row(report_on(tmp_path, markdown_plan([row()] * 6,
                                                                    child_voice=None)))
    assert score >= 80
    assert band == "red" and words == "red (child's voice missing)"


def test_an_error_caps_the_band_at_amber_and_a_missing_must_have_makes_it_red():
    from planlint.score import banding

    def band(**counts) -> tuple[str, str | None]:
        score = Score(actions=10, action_passed=40, action_checked=40, plan_passed=4,
                      plan_checked=4, **counts)
        found, why = banding(score)
        return found.name, why

    assert band() == ("green", None)
    assert band(errors=2) == ("amber", "2 error(s)")
    assert band(missing=("PL501", "PL503"), errors=2) == (
        "red", "contingency plan and review date missing")
    low = Score(actions=10, action_passed=10, action_checked=40, plan_passed=4, plan_checked=4,
                errors=3)
    assert banding(low)[0].name == "red" and banding(low)[1] is None  # red by its score
    no_actions = Score(actions=0, action_passed=0, action_checked=0, plan_passed=4,
                       plan_checked=4)
    assert banding(no_actions)[0].name == "red"


def test_the_legend_says_what_each_colour_means_before_the_plans_table(report):
    text, _ = page_of(report)
    before_table = text[text.index('id="attention"'):text.index('<table class="plans">')]
    legend = html.unescape(re.sub(r"<[^>]+>", "", before_table))
    for words in ("What the colours mean", "Green a score of 80 to 100 with no error",
                  "Amber a score of 50 to 79", "Red a score of 0 to 49",
                  "an error caps the band at amber, so a plan with an error is never green",
                  "whatever the score, a plan missing any of its must-haves (contingency plan, "
                  "lead professional, review date, child's voice)"):
        assert words in legend, words


# ------------------------------------------------------------------ on paper

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# The sample plans' report (on 10 March 2026, while the plans are in force: 88
# findings) printed on 11 A4 pages when this was written, 19 before each rule's fix
# was printed once; two pages of headroom for other fonts and for sample plans that
# change.
MOST_PAGES = 13


@pytest.fixture(scope="module")
def printed_samples(tmp_path_factory) -> tuple[int, str]:
    """The sample plans' report printed to PDF by headless Chromium: its number of
    pages, and its text in the order it was drawn (cell by cell; not as laid out,
    which interleaves the lines of cells side by side) with all white space taken
    out (lines wrap anywhere)."""
    if not (os.path.exists(CHROMIUM) and shutil.which("pdfinfo") and shutil.which("pdftotext")):
        pytest.skip("Chromium or poppler-utils is not installed (Debian: apt-get install "
                    "chromium poppler-utils; see .ci/apt-packages.txt)")
    folder = tmp_path_factory.mktemp("print")
    page, pdf = folder / "report.html", folder / "report.pdf"
    result = run("report", str(SAMPLES), "-o", str(page), "--isolated", "--today", "2026-03-10")
    assert result.exit_code == 0, result.output
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", f"--user-data-dir={folder / 'profile'}",
                    f"--print-to-pdf={pdf}", page.as_uri()],
                   check=True, capture_output=True, timeout=180)
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    pages = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return pages, "".join(text.split())


def test_the_sample_plans_report_prints_on_a_few_pages_with_its_legend(printed_samples):
    pages, text = printed_samples
    assert pages <= MOST_PAGES
    assert "Whatthecoloursmean" in text


def test_each_rules_fix_is_printed_once(printed_samples, linter):
    _, text = printed_samples
    # The rules that drew a finding: a code followed by its name ("PL101owner-missing";
    # the score's explanation also lists codes, bare, that may have drawn none).
    codes = set(re.findall(r"(PL\d{3})[a-z]+-[a-z]", text))
    assert {"PL101", "PL201", "PL601"} <= codes
    for code in sorted(codes):
        # What a rule's fix says for every finding: the template's words around the
        # {text} and {detail} that each finding fills in.
        pieces = [literal for literal, _, _, _ in
                  string.Formatter().parse(linter.catalogue.rules[code].suggestion)]
        for piece in ("".join(literal.split()) for literal in pieces):
            if len(piece) >= 20:
                assert text.count(piece) == 1, (code, piece, text.count(piece))
    # A finding's own part of its fix (an acronym's plain words) is printed with it.
    assert '"DomesticViolenceProtectionNotice(DVPN)"' in text


# ----------------------------------------------------------------- progress


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_is_silent_off_a_terminal_and_drawn_on_one():
    quiet = io.StringIO()
    assert list(progress(range(5), stream=quiet)) == [0, 1, 2, 3, 4]
    assert quiet.getvalue() == ""
    terminal = Terminal()
    assert list(progress(range(5), stream=terminal, desc="report")) == [0, 1, 2, 3, 4]
    assert "report:" in terminal.getvalue() and "/5 " in terminal.getvalue()  # a bar was drawn
    forced_off = Terminal()
    assert list(progress(range(5), stream=forced_off, enabled=False)) == [0, 1, 2, 3, 4]
    assert forced_off.getvalue() == ""


# ----------------------------------------------------------- in a browser


@pytest.mark.skipif(not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)),
                    reason="Chromium is not installed (Debian: apt-get install chromium "
                    "chromium-driver; see .ci/apt-packages.txt)")
def test_the_report_renders_in_headless_chromium_without_any_request(report, tmp_path,
                                                                     monkeypatch):
    pytest.importorskip("selenium", reason="selenium is in the test extra: pip install -e '.[test]'")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    monkeypatch.setenv("SE_OFFLINE", "true")  # Selenium Manager must not fetch anything
    path, _ = report
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-dev-shm-usage", "--window-size=1280,1600",
                 f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        driver.get(path.as_uri())
        assert driver.title == "Plan quality report"
        bars = driver.find_elements(By.CSS_SELECTOR, "#rules svg.chart rect.bar")
        rows = driver.find_elements(By.CSS_SELECTOR, "table.rules tbody tr")
        assert bars and len(bars) == len(rows)
        assert all(bar.size["width"] > 0 for bar in bars)  # drawn, not just in the markup
        assert driver.find_element(By.CSS_SELECTOR, "table.plans").is_displayed()
        assert driver.find_elements(By.CSS_SELECTOR, "#trend svg.chart rect.column")
        # Nothing was fetched but the page itself.
        import json

        urls = []
        for entry in driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                urls.append(message["params"]["request"]["url"])
        assert path.as_uri() in urls
        # (chrome:// pages are the browser's own new tab, loaded from inside it.)
        outside = [u for u in urls if not u.startswith(("file:", "data:", "about:", "chrome:"))]
        assert outside == []
        assert driver.execute_script(
            "return [...document.querySelectorAll('[src],[href]')]"
            ".every(e => (e.getAttribute('href') || '').startsWith('#'))")
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1280, min(int(height) + 100, 8000))
        shot = tmp_path / "report.png"
        assert driver.save_screenshot(str(shot))
        assert shot.stat().st_size > 10_000
        chart = tmp_path / "chart.png"
        driver.find_element(By.CSS_SELECTOR, "#rules figure").screenshot(str(chart))
        assert chart.exists()
        pdf = driver.print_page()  # the print stylesheet, as a browser prints it
        assert pdf and len(pdf) > 1000
        keep = os.environ.get("PLANLINT_KEEP_SCREENSHOTS")
        if keep:  # to look at them: PLANLINT_KEEP_SCREENSHOTS=/some/folder
            shutil.copy(shot, Path(keep) / "report.png")
            shutil.copy(chart, Path(keep) / "chart.png")
    finally:
        driver.quit()
