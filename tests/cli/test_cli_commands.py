"""`claimcheck facts`, `claimcheck explain ID` and --version: no model needed."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from checker import __version__
from checker.cli import main
from checker.knowledge import load_knowledge_base


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_facts_lists_every_fact_with_severity_and_sources() -> None:
    kb = load_knowledge_base()
    result = run("facts")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(kb.facts)
    by_id = {line.split()[0]: line for line in lines}
    assert set(by_id) == {f.id for f in kb.facts}
    assert by_id["N2"].split()[1] == "error"
    assert by_id["A7"].split()[1] == "warning"
    assert by_id["N2"].endswith("[S2, H-goodfellow2014]")


@pytest.mark.parametrize("fact_id", ["N2", "n2"])
def test_explain(fact_id: str) -> None:
    result = run("explain", fact_id)
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("# N2: GAN = generative adversarial network.")
    for section in ("Severity: error", "## What it catches", "## Why", "## Example (flagged)",
                    "## Use instead (passes)", "## References"):
        assert section in out
    assert "    GAN stands for general adversarial network." in out
    assert "- H-goodfellow2014: Goodfellow et al. 2014" in out
    assert "{" not in out  # no unfilled message placeholders


def test_explain_every_fact_without_placeholders(monkeypatch: pytest.MonkeyPatch) -> None:
    import checker.knowledge

    kb = load_knowledge_base()
    monkeypatch.setattr(checker.knowledge, "load_knowledge_base", lambda *args, **kwargs: kb)  # load once
    for fact in kb.facts:
        out = run("explain", fact.id).stdout
        assert out.startswith(f"# {fact.id}: ")
        assert not any(p in out for p in ("{x}", "{y}", "{X}", "{Y}", "{found}", "{expected")), fact.id


def test_explain_unknown_fact() -> None:
    result = run("explain", "Z9")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("claimcheck: unknown fact 'Z9' (known: ")
    assert result.stderr.count("\n") == 1


def test_broken_rules_directory_is_a_one_line_error(tmp_path) -> None:
    result = run("facts", "--rules", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == f"claimcheck: {tmp_path / 'sources.yaml'}: file: rule file is missing\n"


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_help_mentions_the_commands() -> None:
    out = run("--help").stdout
    assert "claimcheck facts" in out and "claimcheck explain N2" in out
