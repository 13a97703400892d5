"""The HTTP API's answer to a check: the CLI's JSON report (version 1) for one file; on request
(``edits``) each finding also carries its character offsets and the edit that applies its
rewrite, for the web page and editors. Pure."""

from __future__ import annotations

from checker.fixes import rewrite_edit
from checker.model import FileReport
from checker.report.json_report import as_dict


def report_dict(report: FileReport, source: str, edits: bool = False) -> dict:
    """``as_dict([report])``: the CLI's schema exactly. With ``edits``, every finding also has ``start``/``end`` (offsets in code points
    into the checked text, end exclusive) and ``fix`` (``{start, end, text}`` or null)."""
    out = as_dict([report])
    if not edits:
        return out
    for finding, data in zip(report.findings, out["files"][0]["findings"]):
        edit = rewrite_edit(finding, source)
        data["start"], data["end"] = finding.start, finding.end
        data["fix"] = {"start": edit.start, "end": edit.end, "text": edit.text} if edit else None
    return out
