"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure).

One testsuite "planlint"; one testcase per plan (name: its path). A plan with
findings at or above --fail-on has one <failure> listing them all (message:
the count; text: one finding a line, as the text format prints them), so the
report fails exactly when the exit code does; findings below --fail-on are
listed in the testcase's <system-out>, shown but not failing. An unreadable
plan has an <error>. A clean plan is a passing testcase.

The XML follows the common JUnit schema (Jenkins' and Surefire's: testcase has
name, classname and time; no `file` attribute); tests/test_output_formats.py
validates it against tests/data/schemas/junit.xsd. Built with xml.etree, and
every text made printable (escape.py), so the XML is well formed whatever a
plan or its name holds.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from ..engine import FileResult
from . import display_path
from .escape import printable
from .formats import ReportOptions, fails
from .text import format_finding


def render(results: Sequence[FileResult], fail_on: str = "info") -> str:
    failing = [[f for f in r.findings if fails(f.severity.value, fail_on)] for r in results]
    counts = {"tests": str(len(results)), "failures": str(sum(1 for f in failing if f)),
              "errors": str(sum(1 for r in results if r.error))}
    suites = ET.Element("testsuites", name="planlint", **counts)
    suite = ET.SubElement(suites, "testsuite", name="planlint", skipped="0", **counts)
    for result, failures in zip(results, failing):
        testcase(suite, result, failures)
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"


def testcase(suite: ET.Element, result: FileResult, failures: list) -> None:
    path = printable(display_path(result.path))
    case = ET.SubElement(suite, "testcase", name=path, classname="planlint")
    if result.error:
        ET.SubElement(case, "error", message=printable(result.error),
                      type="unreadable-file").text = printable(f"{path}: error: {result.error}")
    if failures:
        by = Counter(f.severity.value for f in failures)
        worst = next(s for s in ("error", "warning", "info") if by[s])
        message = (f"{len(failures)} finding(s): {by['error']} error, "
                   f"{by['warning']} warning, {by['info']} info")
        ET.SubElement(case, "failure", message=message, type=worst).text = \
            "\n".join(format_finding(path, f) for f in failures)
    shown = [f for f in result.findings if f not in failures]
    if shown:
        ET.SubElement(case, "system-out").text = \
            "\n".join(format_finding(path, f) for f in shown)


def stream(results: Iterable[FileResult], write: Callable[[str], None],
           options: ReportOptions) -> None:
    """The header counts every plan, so the (slim) results are kept to the end."""
    write(render(list(results), options.fail_on))
