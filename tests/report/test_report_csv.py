"""CSV report: header row, one row per finding, quoting that survives commas, quotes and newlines."""

from __future__ import annotations

import csv
import io

from checker.model import FileReport, Finding, Severity
from checker.report import FORMATS
from checker.report.csv_report import COLUMNS


def _finding(line: int, claim: str, sources: tuple[str, ...] = ("S1: A, B <x>",)) -> Finding:
    return Finding(rule="N2", fact="N2", severity=Severity.ERROR, line=line, column=5, end_line=line,
                   end_column=40, message='GAN stands for "generative", not "general"', claim=claim,
                   suggestion="Say, \"generative\".", sources=sources)


def test_one_row_per_finding_with_header():
    reports = [
        FileReport(path="a, b.md", findings=(_finding(3, 'He said "GANs, mostly".'), _finding(9, "line one\nline two"))),
        FileReport(path="broken.md", error="is not valid UTF-8"),
        FileReport(path="clean.md"),
        FileReport(path="c.html", findings=(_finding(1, "x", sources=("S1: one", "S2: two")),)),
    ]
    rows = list(csv.reader(io.StringIO(FORMATS["csv"](reports), newline="")))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == 4
    first = dict(zip(COLUMNS, rows[1]))
    assert first["path"] == "a, b.md" and first["line"] == "3" and first["severity"] == "error"
    assert first["claim"] == 'He said "GANs, mostly".'
    assert first["message"] == 'GAN stands for "generative", not "general"'
    assert dict(zip(COLUMNS, rows[2]))["claim"] == "line one\nline two"
    assert dict(zip(COLUMNS, rows[3]))["sources"] == "S1: one | S2: two"


def test_no_findings_is_just_the_header():
    assert FORMATS["csv"]([FileReport(path="clean.md")]).splitlines() == [",".join(COLUMNS)]
