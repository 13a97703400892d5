"""`claimcheck --format html` writes the audit report for the files checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from htmltree import parse

from checker.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_format_html():
    article = str(ROOT / "fixtures" / "audit" / "genai-for-marketers.md")
    result = CliRunner().invoke(main, ["--format", "html", article])
    assert result.exit_code == 1, result.output  # it has errors
    tree = parse(result.output)
    rows = tree.by_id("findings-table").find_all("tbody")[0].find_all("tr")
    assert len(rows) >= 5 and {r.attrs["data-post"] for r in rows} == {"0"}
    assert any(r.attrs["data-fact"] == "N2" for r in rows)
    assert tree.by_id("post-0").find_all("h3")[0].text == article
