"""The Python API: check_text, check_file, Checker. Same FileReport/Finding values as the CLI's
engine, options validated as the configuration file's keys are, safe to share between threads."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import checker
from checker import Checker, FileReport, Finding, check_file, check_text
from checker.errors import ConfigError
from checker.fixes import rewrite_edit

pytestmark = pytest.mark.slow  # loads the spaCy model (once, shared by the process)

ROOT = Path(__file__).resolve().parents[2]
DRAFT = "# Post\n\nGANs were invented by Google in 2017. LLMs are always accurate.\n"


@pytest.fixture(scope="module")
def api_checker() -> Checker:
    return Checker()


def test_top_level_names_are_the_api() -> None:
    assert checker.Checker is Checker and checker.check_text is check_text and checker.check_file is check_file


def test_check_text_returns_a_file_report(api_checker) -> None:
    report = api_checker.check_text(DRAFT, "post.md")
    assert isinstance(report, FileReport) and report.path == "post.md" and report.error is None
    assert all(isinstance(f, Finding) for f in report.findings)
    assert [f.fact for f in report.findings] == ["P2", "P2", "L1"]
    first = report.findings[0]
    assert (first.line, first.column) == (3, 1)
    assert DRAFT[first.start:first.end].startswith("GANs were invented by Google")


def test_module_functions_use_one_shared_checker(tmp_path) -> None:
    post = tmp_path / "post.md"
    post.write_text(DRAFT, encoding="utf-8")
    assert check_file(post).findings == check_text(DRAFT, str(post)).findings
    assert check_file(tmp_path / "missing.md").error == "no such file"


def test_options_match_the_configuration_file(api_checker) -> None:
    assert [f.fact for f in api_checker.check_text(DRAFT, "p.md", select=["L"]).findings] == ["L1"]
    assert [f.fact for f in api_checker.check_text(DRAFT, "p.md", ignore="P2").findings] == ["L1"]
    warned = api_checker.check_text(DRAFT, "p.md", severity={"L1": "warning"}).findings
    assert [f.severity.value for f in warned] == ["error", "error", "warning"]
    assert [f.fact for f in api_checker.check_text(DRAFT, "p.md", severity={"L1": "warning"},
                                                   min_severity="error").findings] == ["P2", "P2"]
    narrowed = Checker(select=["L1"])
    assert [f.fact for f in narrowed.check_text(DRAFT, "p.md").findings] == ["L1"]
    assert len(narrowed.check_text(DRAFT, "p.md", select=["P"]).findings) == 2  # a call overrides


@pytest.mark.parametrize("options, message", [
    ({"bogus": 1}, "options: bogus: unknown option (known: select, ignore, severity, min_severity)"),
    ({"select": ["Z9"]}, "options: select: unknown fact id 'Z9'"),
    ({"min_severity": "loud"}, "options: min_severity: must be one of error, warning, info, not 'loud'"),
    ({"severity": {"A7": "fatal"}}, "options: severity: A7: must be one of error, warning, info"),
])
def test_bad_options_are_one_line_config_errors(api_checker, options, message) -> None:
    with pytest.raises(ConfigError) as err:
        api_checker.check_text("text", "p.md", **options)
    assert str(err.value).startswith(message) and "\n" not in str(err.value)


def test_the_filename_picks_the_reader_and_is_never_read(api_checker) -> None:
    html = "<html><body><p>GANs were invented by Google in 2017.</p></body></html>"
    assert [f.fact for f in api_checker.check_text(html, "/etc/post.html").findings] == ["P2", "P2"]
    assert api_checker.check_text("LLMs are always accurate.", "/etc/passwd").findings[0].fact == "L1"


def test_config_file_and_discovery(tmp_path) -> None:
    (tmp_path / ".claimcheck.yaml").write_text("select: [L]\n", encoding="utf-8")
    from_file = Checker(config=tmp_path / ".claimcheck.yaml")
    assert [f.fact for f in from_file.check_text(DRAFT, "p.md").findings] == ["L1"]
    plain = Checker()
    discovered = plain.options_for(tmp_path / "post.md")
    assert [f.fact for f in plain.check_text(DRAFT, "p.md", config=discovered).findings] == ["L1"]


def test_explain_and_facts(api_checker) -> None:
    assert api_checker.explain("n2").startswith("# N2: ")
    assert {f.id for f in api_checker.facts()} >= {"T1", "N2", "L1"}
    assert api_checker.digest and api_checker.model.startswith("en_")


def test_explain_text_is_the_cli_explain(api_checker) -> None:
    from click.testing import CliRunner

    from checker.cli import main

    out = CliRunner().invoke(main, ["explain", "P2"]).stdout
    assert out == api_checker.explain("P2") + "\n"


def test_a_rewrite_is_an_edit_of_the_claim_sentence(api_checker) -> None:
    finding = api_checker.check_text(DRAFT, "p.md").findings[0]
    edit = rewrite_edit(finding, DRAFT)
    assert DRAFT[edit.start:edit.end] == "GANs were invented by Google in 2017."
    assert edit.text == "GANs were invented by Ian Goodfellow and colleagues in 2014."
    # a quoted whole-sentence suggestion replaces the sentence; advice and phrases do not
    assert api_checker.check_text("LLMs are always accurate.", "p.md").findings[0].rewrite == \
        "LLMs can produce inaccurate or misleading output, so check it before publishing."


def test_threads_may_share_a_checker(api_checker) -> None:
    texts = [DRAFT, "LLMs are always accurate.", "BERT was released by OpenAI in 2018."] * 4
    expected = [api_checker.check_text(t, "p.md") for t in texts]
    results: list[FileReport | None] = [None] * len(texts)

    def work(i: int) -> None:
        results[i] = api_checker.check_text(texts[i], "p.md")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == expected
