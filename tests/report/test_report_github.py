"""GitHub workflow commands: shape and the escaping rules of @actions/core."""

from __future__ import annotations

from checker.model import FileReport, Finding, Severity
from checker.report import github


def _finding(severity: Severity, message: str, suggestion: str = "") -> Finding:
    return Finding(rule="N2", fact="N2", severity=severity, line=3, column=5, end_line=4, end_column=12, message=message, claim="claim", suggestion=suggestion, sources=())


def test_command_shape():
    out = github.render([FileReport(path="docs/a.md", findings=(_finding(Severity.ERROR, "GAN is wrong"),))])
    assert out == "::error file=docs/a.md,line=3,col=5,endLine=4,endColumn=12,title=claimcheck N2::GAN is wrong\n"


def test_severities_map_to_error_warning_notice():
    reports = [FileReport(path="a.md", findings=tuple(_finding(s, "m") for s in Severity))]
    assert [line.split(" ")[0] for line in github.render(reports).splitlines()] == ["::error", "::warning", "::notice"]


def test_message_escapes_percent_and_newlines_but_keeps_commas_and_colons():
    out = github.render([FileReport(path="a.md", findings=(_finding(Severity.ERROR, "100%, a: b\r\nc", "fix"),))])
    assert out.endswith("::100%25, a: b%0D%0Ac%0ASuggestion: fix\n")


def test_properties_escape_comma_colon_percent():
    assert github.escape_property("a,b:c%d\ne") == "a%2Cb%3Ac%25d%0Ae"
    out = github.render([FileReport(path="dir,x/C:%.md", findings=(_finding(Severity.ERROR, "m"),))])
    assert out.startswith("::error file=dir%2Cx/C%3A%25.md,line=3,")


def test_unreadable_file_is_an_error_annotation():
    out = github.render([FileReport(path="gone.md", error="no such file")])
    assert out == "::error file=gone.md,title=claimcheck::could not be checked: no such file\n"
