"""Streamed output is byte for byte the rendered output, for every streaming format."""

from __future__ import annotations

import pytest

from checker.model import FileReport, Finding, Severity, Summary
from checker.report import FORMATS
from checker.report.stream import STREAMING, open_stream


def _finding(line: int, severity: Severity = Severity.ERROR) -> Finding:
    return Finding(rule="N2", fact="N2", severity=severity, line=line, column=2, end_line=line, end_column=9,
                   message='GAN means "generative", not “general”', claim="GANs, “general” ones.",
                   suggestion="Say generative.", sources=("S2: a, b <x>", "H: ü"))


CASES = {
    "nothing": [],
    "clean": [FileReport(path="a.md"), FileReport(path="b.md")],
    "errors only": [FileReport(path="bad.md", error="is not valid UTF-8")],
    "mixed": [FileReport(path="a.md", findings=(_finding(3), _finding(4, Severity.WARNING))),
              FileReport(path="bad.md", error="permission denied"), FileReport(path="c.md"),
              FileReport(path="d.html", findings=(_finding(9, Severity.INFO),))],
}


@pytest.mark.parametrize("fmt", sorted(STREAMING))
@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("color", [False, True])
def test_stream_equals_render(fmt, case, color):
    reports = CASES[case]
    out: list[str] = []
    stream = open_stream(fmt, out.append, color)
    for r in reports:
        stream.add(r)
    stream.finish()
    assert "".join(out) == FORMATS[fmt](reports, color=color)
    assert stream.summary == Summary.of(reports)


def test_other_formats_are_rendered_at_the_end(monkeypatch):
    monkeypatch.setitem(FORMATS, "count", lambda reports, color=False: f"{len(reports)} files\n")
    out: list[str] = []
    stream = open_stream("count", out.append)
    for r in CASES["mixed"]:
        stream.add(r)
        assert out == []
    stream.finish()
    assert out == ["4 files\n"]
