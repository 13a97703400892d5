"""CSV for spreadsheets: a header row, then one row per finding (RFC 4180 quoting; formula-like
cells neutralised).

Files that could not be read have no findings, so no rows; the CLI reports them on stderr.
"""

from __future__ import annotations

import csv
import io
from typing import Sequence

from checker.model import FileReport
from checker.report.safe import csv_cell

COLUMNS = ("path", "line", "column", "end_line", "end_column", "severity", "rule", "fact", "message",
           "claim", "suggestion", "sources")
SOURCE_SEPARATOR = " | "


def render(reports: Sequence[FileReport], color: bool = False, **_: object) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for r in reports:
        writer.writerows(rows(r))
    return out.getvalue()


def rows(r: FileReport) -> list[tuple]:
    """Cells that a spreadsheet would run as a formula are prefixed with a quote (safe.csv_cell)."""
    return [tuple(csv_cell(v) for v in (r.path, f.line, f.column, f.end_line, f.end_column, f.severity.value,
                                        f.rule, f.fact, f.message, f.claim, f.suggestion,
                                        SOURCE_SEPARATOR.join(f.sources))) for f in r.findings]
