"""JUnit XML: one testsuite per file, one failing testcase per finding, a passing testcase
for a clean file, an <error> for a file that could not be checked."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from checker.model import FileReport, Finding, Severity
from checker.report import junit


def test_structure(sample_reports):
    root = ET.fromstring(junit.render(sample_reports))
    assert root.tag == "testsuites"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert list(suites) == [r.path for r in sample_reports]
    post = suites["docs/post.md"]
    assert post.get("tests") == "4" and post.get("failures") == "4" and post.get("errors") == "0"
    cases = post.findall("testcase")
    assert [c.find("failure").get("type") for c in cases] == ["error", "warning", "info", "warning"]
    assert cases[0].get("name") == "N2 at line 3, column 5" and cases[0].get("line") == "3"
    assert "suggestion: GANs, or generative" in cases[0].find("failure").text
    clean = suites["docs/clean.md"].findall("testcase")
    assert len(clean) == 1 and list(clean[0]) == []
    missing = suites["docs/missing.md"]
    assert missing.get("errors") == "1" and missing.find("testcase/error").get("message") == "no such file"
    assert root.get("tests") == "7" and root.get("failures") == "5" and root.get("errors") == "1"


def test_special_characters_survive_a_round_trip(sample_reports):
    root = ET.fromstring(junit.render(sample_reports))
    odd = root.find("testsuite[@name='notes/odd name & <x>.txt']")
    assert odd.find("testcase/failure").get("message") == "Chatbots & <LLMs> are not the same"


def test_control_characters_are_dropped_to_keep_the_xml_valid():
    f = Finding(rule="N2", fact="N2", severity=Severity.ERROR, line=1, column=1, end_line=1, end_column=2, message="bad\x0bchar\x00", claim="c\x1b[0m", suggestion="", sources=())
    root = ET.fromstring(junit.render([FileReport(path="a.md", findings=(f,))]))
    assert root.find(".//failure").get("message") == "badchar"
