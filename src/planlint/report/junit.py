"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure).

One testsuite "planlint"; one testcase per plan (name: its path). A plan with
findings has one <failure> listing them all (message: the count; text: one
finding a line, as the text format prints them); an unreadable plan has an
<error>. A clean plan is a passing testcase. Built with xml.etree, so the XML is
well formed whatever the plan says.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence

from ..engine import FileResult
from . import display_path, summary
from .escape import printable
from .text import format_finding

# Characters XML 1.0 cannot hold at all (escaping does not help): replaced.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _x(text: str) -> str:
    return NOT_XML.sub("\ufffd", text)


def render(results: Sequence[FileResult]) -> str:
    s = summary(results)
    suites = ET.Element("testsuites", name="planlint", tests=str(len(results)),
                        failures=str(s["files_with_findings"]),
                        errors=str(s["files_with_errors"]))
    suite = ET.SubElement(suites, "testsuite", name="planlint", tests=str(len(results)),
                          failures=str(s["files_with_findings"]),
                          errors=str(s["files_with_errors"]), skipped="0")
    for result in results:
        path = printable(display_path(result.path))
        case = ET.SubElement(suite, "testcase", name=path, classname="planlint", file=path)
        if result.error:
            ET.SubElement(case, "error", message=_x(result.error), type="unreadable-file").text = \
                _x(f"{path}: error: {result.error}")
        if result.findings:
            by = Counter(f.severity.value for f in result.findings)
            worst = next(s for s in ("error", "warning", "info") if by[s])
            message = (f"{len(result.findings)} finding(s): {by['error']} error, "
                       f"{by['warning']} warning, {by['info']} info")
            failure = ET.SubElement(case, "failure", message=message, type=worst)
            failure.text = _x("\n".join(format_finding(path, f) for f in result.findings))
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
