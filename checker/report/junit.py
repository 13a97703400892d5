"""JUnit XML for CI test tabs (GitLab, Jenkins, Azure): one testsuite per file, one failing
testcase per finding, one passing testcase for a clean file, and an ``<error>`` testcase for
a file that could not be checked."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any, Sequence

from checker.model import FileReport, Finding

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _x(s: str) -> str:
    """Drop characters XML 1.0 cannot carry (control characters, lone surrogates)."""
    return _NOT_XML.sub("", s)


def _details(path: str, f: Finding) -> str:
    lines = [f"{path}:{f.line}:{f.column}: {f.severity.value}[{f.rule}] {f.message}"]
    if f.claim:
        lines.append(f"  | {f.claim}")
    if f.suggestion:
        lines.append(f"  = suggestion: {f.suggestion}")
    lines += [f"  = source: {s}" for s in f.sources]
    return _x("\n".join(lines))


def render(reports: Sequence[FileReport], color: bool = False, **_: Any) -> str:
    root = ET.Element("testsuites", name="claimcheck")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for r in reports:
        path = _x(r.path)
        suite = ET.SubElement(root, "testsuite", name=path)
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        if r.error:
            case = ET.SubElement(suite, "testcase", classname=path, name="claimcheck", file=path)
            ET.SubElement(case, "error", message=_x(r.error), type="unreadable").text = _x(f"{r.path}: {r.error}")
            counts["tests"], counts["errors"] = 1, 1
        elif not r.findings:
            ET.SubElement(suite, "testcase", classname=path, name="claimcheck", file=path)
            counts["tests"] = 1
        for f in r.findings:
            case = ET.SubElement(suite, "testcase", classname=path,
                                 name=f"{f.rule} at line {f.line}, column {f.column}", file=path, line=str(f.line))
            ET.SubElement(case, "failure", message=_x(f.message), type=f.severity.value).text = _details(r.path, f)
            counts["tests"] += 1
            counts["failures"] += 1
        for k, v in counts.items():
            suite.set(k, str(v))
            if k in totals:
                totals[k] += v
    for k, v in totals.items():
        root.set(k, str(v))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
