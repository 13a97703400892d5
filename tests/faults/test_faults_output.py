"""Output injection (issue 9): CSV cells that a spreadsheet would run as a formula, and
terminal control sequences in text output, are neutralised; hostile text in the HTML report
is escaped."""

from __future__ import annotations

import csv
import io

import pytest

from checker.model import FileReport, Finding, Severity
from checker.report import FORMATS

HOSTILE = {
    "osc title": "\x1b]0;pwned\x07",
    "osc hyperlink": "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "osc clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "bel": "ding\x07",
    "backspace": "safe\x08\x08\x08\x08evil",
    "csi clear": "\x1b[2J\x1b[H",
    "c1 csi": "\x9b31m",
    "carriage return": "shown\roverwritten",
}


def _finding(text: str) -> Finding:
    return Finding(rule="N2", fact="N2", severity=Severity.ERROR, line=1, column=1, end_line=1, end_column=5,
                   message=f"message {text}", claim=f"claim {text}", suggestion=f"fix {text}",
                   sources=(f"S1: {text}",))


@pytest.mark.parametrize("fmt", ["text", "concise"])
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_text_output_carries_no_control_characters(fmt: str, name: str) -> None:
    evil = HOSTILE[name]
    reports = [FileReport(path=f"post{evil}.md", findings=(_finding(evil),)),
               FileReport(path=f"bad{evil}.md", error=f"cannot read {evil}")]
    out = FORMATS[fmt](reports, color=False)
    assert not [c for c in out if (ord(c) < 32 and c not in "\n") or 0x7f <= ord(c) <= 0x9f], repr(out)


def test_colour_codes_of_our_own_are_kept() -> None:
    out = FORMATS["text"]([FileReport(path="a.md", findings=(_finding("\x1b[31m"),))], color=True)
    assert "\x1b[1;31m" in out          # our severity colour
    assert "\x1b[31m" not in out.replace("\x1b[1;31m", "")  # theirs is shown, not obeyed


def test_streamed_text_is_neutralised_too() -> None:
    from checker.report.stream import open_stream
    chunks: list[str] = []
    stream = open_stream("text", chunks.append)
    stream.add(FileReport(path="a.md", findings=(_finding(HOSTILE["osc title"]),)))
    stream.finish()
    assert "\x1b" not in "".join(chunks) and "\x07" not in "".join(chunks)


@pytest.mark.parametrize("lead", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_formula_cells_are_prefixed_with_a_quote(lead: str) -> None:
    formula = f"{lead}HYPERLINK(\"http://evil\",\"x\")"
    finding = Finding(rule="N2", fact="N2", severity=Severity.ERROR, line=1, column=1, end_line=1, end_column=5,
                      message=formula, claim=formula, suggestion=formula, sources=(formula,))
    out = FORMATS["csv"]([FileReport(path=formula + ".md", findings=(finding,))])
    row = list(csv.reader(io.StringIO(out, newline="")))[1]
    for cell in (row[0], row[8], row[9], row[10], row[11]):
        assert cell.startswith("'" + lead), row
    assert row[1] == "1"  # numbers are numbers


def test_csv_plain_cells_are_unchanged() -> None:
    out = FORMATS["csv"]([FileReport(path="a.md", findings=(_finding("ok"),))])
    row = list(csv.reader(io.StringIO(out, newline="")))[1]
    assert row[0] == "a.md" and row[8] == "message ok"


def test_html_report_escapes_hostile_text() -> None:
    from checker.report.html_report import render
    evil = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    finding = Finding(rule="N2", fact="N2", severity=Severity.ERROR, line=1, column=1, end_line=1, end_column=5,
                      message=evil, claim=evil, suggestion=evil, sources=(evil,))
    page = render([FileReport(path=f"{evil}.md", findings=(finding,), error=None)])
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)" in page or "\\u003cscript\\u003ealert(1)" in page
