"""The JSON report (version 1): the shape the scoring tools read."""

from __future__ import annotations

import json
from typing import Any, Sequence

from checker.model import FileReport, Finding, Summary


def finding_dict(f: Finding) -> dict:
    return {"rule": f.rule, "fact": f.fact, "severity": f.severity.value, "line": f.line,
            "column": f.column, "end_line": f.end_line, "end_column": f.end_column,
            "message": f.message, "claim": f.claim, "suggestion": f.suggestion,
            "sources": list(f.sources)}


def file_dict(r: FileReport) -> dict:
    return {"path": r.path, "error": r.error, "findings": [finding_dict(f) for f in r.findings]}


def summary_dict(s: Summary) -> dict:
    return {"files": s.files, "errors": s.errors, "warnings": s.warnings, "infos": s.infos,
            "failed_files": s.failed_files}


def as_dict(reports: Sequence[FileReport]) -> dict:
    return {
        "version": 1,
        "files": [file_dict(r) for r in reports],
        "summary": summary_dict(Summary.of(reports)),
    }


def render(reports: Sequence[FileReport], color: bool = False, **_: Any) -> str:
    return json.dumps(as_dict(reports), indent=2, ensure_ascii=False) + "\n"
