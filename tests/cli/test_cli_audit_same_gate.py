"""`audit` is the same gate as `check` (issue 9 §3): the same configuration file, the same
options (declared once in checker/cli.py), the same files and the same findings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import RUN_OPTIONS, main

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _options(command: str) -> set[str]:
    return {opt for p in main.commands[command].params for opt in p.opts}


def test_audit_has_every_option_of_check_except_stdin_and_write_baseline():
    shared = _options("check") - {"--stdin-filename", "--write-baseline"}
    assert shared <= _options("audit")
    for flag in ("--select", "--ignore", "--severity", "--min-severity", "--config", "--extra-rules", "--baseline",
                 "--timeout", "--debug", "--allow-empty"):
        assert flag in shared
    assert len(RUN_OPTIONS) >= 15


@pytest.fixture
def site(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "site"
    shutil.copytree(ROOT / "fixtures" / "audit", root / "posts")
    shutil.copytree(ROOT / "fixtures" / "articles", root / "articles")
    for golden in root.rglob("*.expected.json"):
        golden.unlink()
    (root / "posts" / "drafts").mkdir()
    (root / "posts" / "drafts" / "wip.md").write_text("Stable Diffusion is an LLM.\n")
    (root / ".claimcheck.yaml").write_text(
        "exclude: [drafts/, newsletter.txt]\nignore: [A7]\nseverity: {N2: warning}\nmin_severity: warning\n")
    # a nested configuration applies to the files below it, in both commands
    (root / "articles" / ".claimcheck.yaml").write_text("select: [T]\n")
    return root


def _files(result) -> list[tuple[str, tuple]]:
    return [(f["path"], f["error"], tuple((x["rule"], x["severity"], x["line"], x["column"]) for x in f["findings"]))
            for f in json.loads(result.stdout)["files"]]


@pytest.mark.parametrize("extra", [[], ["--select", "N,P,T", "--severity", "P2=info", "--min-severity", "info"]])
def test_check_and_audit_give_the_same_findings_under_the_same_config(site, extra):
    check = CliRunner().invoke(main, ["check", "site", "--format", "json", *extra])
    audit = CliRunner().invoke(main, ["audit", "site", "--format", "json", "-j", "1", *extra])
    assert check.exit_code == audit.exit_code == 1, (check.stderr, audit.stderr)
    found = _files(check)
    assert found == _files(audit)
    paths = [p for p, _, _ in found]
    assert not any("drafts" in p for p in paths) and "site/articles/newsletter.txt" in paths  # nearest config wins
    rules = {r for _, _, fs in found for r, *_ in fs}
    assert "A7" not in rules and rules
    articles = {r for p, _, fs in found if p.startswith("site/articles") for r, *_ in fs}
    if not extra:  # --select on the command line replaces the nested file's select
        assert articles and all(r.startswith("T") for r in articles)
    # a second, cached audit gives the same again
    again = CliRunner().invoke(main, ["audit", "site", "--format", "json", "-j", "1", *extra])
    assert _files(again) == found


def test_the_cache_key_covers_the_configuration(site):
    """A changed configuration file (or flag) never gets results cached under the old one."""
    def rules(*args: str) -> set[str]:
        result = CliRunner().invoke(main, ["audit", "site/posts", "--format", "json", "-j", "1", *args])
        return {x["rule"] for f in json.loads(result.stdout)["files"] for x in f["findings"]}

    before = rules()
    assert "A7" not in before and before
    (site / ".claimcheck.yaml").write_text("exclude: [drafts/]\n")  # A7 no longer ignored
    assert "A7" in rules()
    assert rules("--ignore", "A7") == rules() - {"A7"}
    assert rules("--select", "N2") == {"N2"}
