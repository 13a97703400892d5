"""End to end on an HTML page: the article's wrong claim is reported at its line and column in
the HTML source; the same claims in navigation, banner, attributes, comments and scripts are not."""

from __future__ import annotations

from pathlib import Path

import pytest

PAGE = Path(__file__).resolve().parent.parent / "data" / "html" / "boilerplate_page.html"


@pytest.mark.slow
def test_only_the_article_claim_is_reported(checker):
    report = checker.check_file(PAGE)
    assert report.error is None
    assert [(f.fact, f.line) for f in report.findings] == [("N2", 22)]
    (finding,) = report.findings
    line = PAGE.read_text(encoding="utf-8").split("\n")[21]
    assert finding.column == line.index("GAN stands") + 1
    assert finding.end_line == 22 and finding.end_column > finding.column
