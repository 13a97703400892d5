"""What the README says holds (issue 9 §3, §6): its suppression example is flagged without
its comments and clean with them, its lists of checked file types are the code's one list, and
it pins no tag that does not exist."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.targets import suffix_globs

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _suppression_example() -> str:
    section = README.split("## Inline suppressions", 1)[1]
    return re.search(r"```markdown\n(.*?)```", section, flags=re.S).group(1)


@pytest.mark.slow
def test_the_suppression_example_is_flagged_and_then_silenced(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    example = _suppression_example()
    Path("with.md").write_text(example)
    Path("without.md").write_text("".join(line for line in example.splitlines(keepends=True)
                                          if "claimcheck-" not in line))
    silenced = CliRunner().invoke(main, ["--report-unused-suppressions", "--format", "json", "with.md"])
    assert silenced.exit_code == 0, silenced.stdout
    flagged = CliRunner().invoke(main, ["--format", "json", "without.md"])
    import json
    rules = sorted(f["rule"] for f in json.loads(flagged.stdout)["files"][0]["findings"])
    assert rules == ["A7", "N2", "P2", "T1"]


def test_readme_lists_the_checked_file_types_of_the_code():
    assert suffix_globs() == "*.md, *.markdown, *.mdx, *.txt, *.text, *.html, *.htm"
    assert README.count(suffix_globs()) >= 3  # inputs, the include default, audit
    for stale in (".md .markdown .mdx .txt .text)", "every `.md`, `.markdown` and `.txt`"):
        assert stale not in README


def test_readme_pins_no_missing_tag():
    tags = subprocess.run(["git", "tag"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    for pin in re.findall(r"(?:claimcheck@|rev: )(v\d[\w.]*)", README):
        assert pin in tags, f"README pins {pin}, which is not a tag"


def test_readme_says_quick_start_exits_1():
    quick = README.split("## Quick start", 1)[1].split("## ", 1)[0]
    assert "exits 1" in quick
