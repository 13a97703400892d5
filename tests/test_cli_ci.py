"""The CI-facing CLI: exit codes for every --fail-on, configuration wiring, stdin names,
baselines, suppressions and one-line errors. Fast tests use a stand-in Checker whose
findings are spelled out in the article ('error', 'warning', 'info' lines); the slow ones
run the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.errors import ExitStatus
from checker.knowledge import load_knowledge_base
from checker.model import FileReport, Finding, Severity

KB = None


class FakeChecker:
    """Reports one finding per line that is exactly 'error', 'warning' or 'info'."""

    made: list = []

    def __init__(self, config) -> None:
        global KB
        KB = KB or load_knowledge_base()
        self.config, self.kb = config, KB
        FakeChecker.made.append(config)

    def check_text(self, source: str, path: str, fmt: str | None = None) -> FileReport:
        findings = tuple(Finding(rule="N2", fact="N2", severity=Severity(line), line=n, column=1, end_line=n, end_column=6, message=f"{line} finding", claim=line, suggestion="", sources=())
                         for n, line in enumerate(source.splitlines(), 1) if line in ("error", "warning", "info"))
        return FileReport(path=path, findings=findings)

    def check_file(self, path: Path, display: str | None = None) -> FileReport:
        if not path.is_file():
            return FileReport(path=display or str(path), error="no such file")
        return self.check_text(path.read_text(), display or str(path))


@pytest.fixture
def fake(monkeypatch):
    FakeChecker.made = []
    monkeypatch.setattr("checker.engine.Checker", FakeChecker)
    return FakeChecker


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    def invoke(*args: str, input: str | None = None):
        return CliRunner().invoke(main, list(args), input=input)
    return invoke


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- exit codes

EXPECTED = {  # (highest severity in the article, --fail-on) -> exit status
    "error": {"error": 1, "warning": 1, "info": 1, "never": 0},
    "warning": {"error": 0, "warning": 1, "info": 1, "never": 0},
    "info": {"error": 0, "warning": 0, "info": 1, "never": 0},
    "clean": {"error": 0, "warning": 0, "info": 0, "never": 0},
}


@pytest.mark.parametrize("worst", sorted(EXPECTED))
@pytest.mark.parametrize("fail_on", ["error", "warning", "info", "never"])
def test_exit_code_for_each_fail_on(fake, run, tmp_path, worst, fail_on):
    write(tmp_path / "post.md", f"Intro.\n{worst}\n")
    result = run("--fail-on", fail_on, "post.md")
    assert result.exit_code == EXPECTED[worst][fail_on], result.output


@pytest.mark.parametrize("worst, code", [("warning", 1), ("info", 0)])
def test_default_fail_on_is_warning(fake, run, tmp_path, worst, code):
    write(tmp_path / "post.md", f"{worst}\n")
    assert run("post.md").exit_code == code


def test_fail_on_from_the_configuration_file_and_the_flag_beats_it(fake, run, tmp_path):
    write(tmp_path / ".claimcheck.yaml", "fail_on: never\n")
    write(tmp_path / "post.md", "error\n")
    assert run("post.md").exit_code == 0
    assert run("--fail-on", "error", "post.md").exit_code == 1


def test_each_file_is_judged_by_its_own_configuration(fake, run, tmp_path):
    write(tmp_path / "strict" / ".claimcheck.yaml", "fail_on: info\n")
    write(tmp_path / "strict" / "a.md", "info\n")
    write(tmp_path / "lax" / ".claimcheck.yaml", "fail_on: never\n")
    write(tmp_path / "lax" / "b.md", "error\n")
    assert run("lax").exit_code == 0
    assert run("strict").exit_code == 1
    assert run("lax", "strict").exit_code == 1


def test_an_unreadable_file_exits_2_and_keeps_the_other_results(fake, run, tmp_path):
    write(tmp_path / "good.md", "warning\n")
    result = run("--format", "json", "missing.md", "good.md")
    assert result.exit_code == ExitStatus.ERROR
    files = json.loads(result.stdout)["files"]
    assert [(f["path"], f["error"], len(f["findings"])) for f in files] == [
        ("missing.md", "no such file", 0), ("good.md", None, 1)]
    assert result.stderr.strip() == "claimcheck: missing.md: no such file"


# ---------------------------------------------------------------- configuration wiring

def test_bad_configuration_is_one_line_and_exit_2(fake, run, tmp_path):
    write(tmp_path / ".claimcheck.yaml", "fail_on: sometimes\n")
    write(tmp_path / "post.md", "error\n")
    result = run("post.md")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"claimcheck: {(tmp_path / '.claimcheck.yaml').resolve()}: fail_on: must be one of")
    assert fake.made == []  # nothing was loaded


def test_unknown_fact_id_in_configuration_is_one_line_and_exit_2(fake, run, tmp_path):
    write(tmp_path / ".claimcheck.yaml", "severity: {N22: error}\n")
    write(tmp_path / "post.md", "error\n")
    result = run("post.md")
    assert result.exit_code == 2 and "severity: unknown fact id 'N22'" in result.stderr
    assert result.stderr.count("\n") == 1


def test_config_values_reach_the_engine(fake, run, tmp_path):
    write(tmp_path / ".claimcheck.yaml", "min_severity: warning\nselect: [N2]\nseverity: {A7: error}\n")
    write(tmp_path / "post.md", "x\n")
    assert run("--ignore", "L1,L2", "--severity", "N2=info", "post.md").exit_code == 0
    cfg = fake.made[-1]
    assert cfg.min_severity is Severity.WARNING and cfg.select == ("N2",) and cfg.ignore == ("L1", "L2")
    assert dict(cfg.severity) == {"N2": Severity.INFO}  # the flag replaces the file's mapping
    run("--min-severity", "error", "post.md")
    assert fake.made[-1].min_severity is Severity.ERROR


def test_explicit_config_flag(fake, run, tmp_path):
    write(tmp_path / ".claimcheck.yaml", "fail_on: never\n")
    strict = write(tmp_path / "ci.yaml", "fail_on: info\n")
    write(tmp_path / "post.md", "info\n")
    assert run("post.md").exit_code == 0
    assert run("--config", str(strict), "post.md").exit_code == 1
    result = run("--config", "nope.yaml", "post.md")
    assert result.exit_code == 2 and "nope.yaml: file: no such configuration file" in result.stderr


def test_include_and_exclude_when_walking_folders_and_for_named_files(fake, run, tmp_path):
    write(tmp_path / ".claimcheck.yaml", "exclude: [drafts/, '*.txt']\n")
    for name in ("a.md", "notes.txt", "drafts/b.md", "deep/c.markdown", "deep/skip.py"):
        write(tmp_path / "docs" / name, "warning\n")
    paths = lambda r: [f["path"] for f in json.loads(r.stdout)["files"]]  # noqa: E731
    assert paths(run("--format", "json", "docs")) == ["docs/a.md", "docs/deep/c.markdown"]
    assert paths(run("--format", "json", "docs/drafts/b.md", "docs/a.md")) == ["docs/a.md"]
    write(tmp_path / ".claimcheck.yaml", "include: ['**/*.py']\n")
    assert paths(run("--format", "json", "docs")) == ["docs/deep/skip.py"]


def test_stdin_filename_finds_the_configuration_of_its_folder(fake, run, tmp_path, monkeypatch):
    write(tmp_path / "site" / "blog" / ".claimcheck.yaml", "fail_on: info\n")
    work = tmp_path / "elsewhere"
    work.mkdir()
    monkeypatch.chdir(work)
    name = str(tmp_path / "site" / "blog" / "post.md")
    result = run("--stdin-filename", name, "--format", "concise", "-", input="info\n")
    assert result.exit_code == 1 and fake.made[-1].fail_on == "info"
    assert result.stdout == f"{name}:1:1: N2 [info] info finding\n"
    # without a name, the current folder's configuration (none here) applies
    assert run("-", input="info\n").exit_code == 0 and fake.made[-1].fail_on == "warning"


def test_stdin_filename_relative_to_the_current_folder(fake, run, tmp_path):
    write(tmp_path / "blog" / ".claimcheck.yaml", "fail_on: never\n")
    result = run("--stdin-filename", "blog/post.md", "-", input="error\n")
    assert result.exit_code == 0 and "blog/post.md:1:1" in result.stdout


def test_config_command_prints_values_and_origins(run, tmp_path):
    write(tmp_path / ".claimcheck.yaml", "fail_on: error\nselect: [N2]\n")
    result = run("config", "--min-severity", "warning")
    assert result.exit_code == 0, result.output
    assert f"config file: {(tmp_path / '.claimcheck.yaml').resolve()}" in result.stdout
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if " = " in line}
    assert lines["fail_on"].split("#")[1].strip() == str((tmp_path / ".claimcheck.yaml").resolve())
    assert lines["min_severity"].endswith("# --min-severity") and lines["model"].endswith("# default")


def test_config_command_for_a_file_in_a_nested_folder(run, tmp_path):
    write(tmp_path / ".claimcheck.yaml", "fail_on: error\n")
    nested = write(tmp_path / "blog" / ".claimcheck.yaml", "fail_on: info\n")
    result = run("config", "blog/post.md")
    assert f"config file: {nested.resolve()}" in result.stdout


def test_config_command_validates_extra_rule_packs(run, tmp_path):
    kb = load_knowledge_base()
    n2 = kb.fact("N2")
    write(tmp_path / "packs" / "acme.yaml", f"""facts:
  - id: ACME1
    statement: Our product is not an LLM.
    severity: warning
    message: Acme's GAN stands for generative adversarial network
    suggestion: generative adversarial network
    sources: [{n2.sources[0]}]
    covers: [{{relation: stands_for, subject: [gan]}}]
""")
    write(tmp_path / ".claimcheck.yaml", "extra_rules: [packs/acme.yaml]\nselect: [ACME1]\n")
    ok = run("config")
    assert ok.exit_code == 0, ok.output
    write(tmp_path / "packs" / "acme.yaml", "facts:\n  - id: ACME1\n    statement: x\n")
    bad = run("config")
    assert bad.exit_code == 2 and bad.stderr.count("\n") == 1
    assert "packs/acme.yaml" in bad.stderr and "Traceback" not in bad.stderr


def test_config_command_reports_bad_configuration(run, tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.claimcheck]\nfail_on = 'x'\nnope = 1\n")
    result = run("config")
    assert result.exit_code == 2 and "tool.claimcheck." in result.stderr and result.stderr.count("\n") == 1


def test_bad_flag_values_are_usage_errors(fake, run, tmp_path):
    write(tmp_path / "post.md", "x\n")
    assert run("--severity", "A7", "post.md").exit_code == 2
    assert run("--severity", "A7=fatal", "post.md").exit_code == 2
    assert run("--fail-on", "sometimes", "post.md").exit_code == 2
    result = run("--baseline", "a.json", "--write-baseline", "b.json", "post.md")
    assert result.exit_code == 2 and "not both" in result.output


def test_missing_baseline_is_one_line_and_exit_2(fake, run, tmp_path):
    write(tmp_path / "post.md", "x\n")
    result = run("--baseline", "nope.json", "post.md")
    assert result.exit_code == 2 and result.stderr == "claimcheck: nope.json: no such file\n"


def test_write_baseline_then_only_new_findings(fake, run, tmp_path):
    post = write(tmp_path / "post.md", "error\n")
    result = run("--write-baseline", "base.json", "post.md")
    assert result.exit_code == 0 and result.stderr == "claimcheck: wrote 1 finding to base.json\n"
    assert run("--baseline", "base.json", "post.md").exit_code == 0
    write(post, "error\n\nwarning\n")
    result = run("--baseline", "base.json", "--format", "concise", "post.md")
    assert result.exit_code == 1 and result.stdout == "post.md:3:1: N2 [warning] warning finding\n"


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit", "concise"])
def test_every_format_through_the_cli(fake, run, tmp_path, fmt):
    write(tmp_path / "post.md", "error\n")
    result = run("--format", fmt, "post.md")
    assert result.exit_code == 1 and "post.md" in result.stdout


# ---------------------------------------------------------------- the real pipeline

ARTICLE = """# Notes

ChatGPT is an LLM.

Transformers changed natural language processing.
"""


@pytest.mark.slow
@pytest.mark.parametrize("fail_on, code", [("error", 0), ("warning", 1), ("info", 1), ("never", 0)])
def test_real_exit_codes(run, tmp_path, fail_on, code):
    write(tmp_path / "post.md", ARTICLE)  # one A7 warning
    result = run("--fail-on", fail_on, "--format", "json", "post.md")
    assert result.exit_code == code
    assert [f["fact"] for f in json.loads(result.stdout)["files"][0]["findings"]] == ["A7"]


@pytest.mark.slow
def test_real_severity_override_and_min_severity(run, tmp_path):
    write(tmp_path / "post.md", ARTICLE)
    write(tmp_path / ".claimcheck.yaml", "severity: {A7: error}\nfail_on: error\n")
    result = run("--format", "json", "post.md")
    assert result.exit_code == 1 and json.loads(result.stdout)["files"][0]["findings"][0]["severity"] == "error"
    write(tmp_path / ".claimcheck.yaml", "min_severity: error\n")
    result = run("--format", "json", "post.md")
    assert result.exit_code == 0 and json.loads(result.stdout)["files"][0]["findings"] == []


@pytest.mark.slow
def test_real_stdin_filename_uses_its_folder_configuration(run, tmp_path, monkeypatch):
    write(tmp_path / "cms" / ".claimcheck.yaml", "ignore: [A7]\n")
    monkeypatch.chdir(tmp_path)
    name = "cms/post.md"
    result = run("--stdin-filename", name, "--format", "json", "-", input=ARTICLE)
    assert result.exit_code == 0 and json.loads(result.stdout)["files"][0]["path"] == name
    assert json.loads(result.stdout)["files"][0]["findings"] == []
    result = run("--stdin-filename", "post.md", "--format", "concise", "-", input=ARTICLE)
    assert result.exit_code == 1 and result.stdout.startswith("post.md:3:1: A7 [warning]")


@pytest.mark.slow
def test_real_baseline_round_trip(run, tmp_path):
    post = write(tmp_path / "docs" / "post.md", "# GANs\n\nGAN stands for general adversarial network.\n\nThe end.\n")
    assert run("docs/post.md").exit_code == 1
    assert run("--write-baseline", ".claimcheck-baseline.json", "docs").exit_code == 0
    assert run("--baseline", ".claimcheck-baseline.json", "docs").exit_code == 0
    # an unrelated edit moves the claim down two lines: still known
    write(post, "# GANs\n\nA new intro paragraph.\n\nGAN stands for general adversarial network.\n\nThe end.\n")
    result = run("--baseline", ".claimcheck-baseline.json", "--format", "json", "docs/post.md")
    assert result.exit_code == 0 and json.loads(result.stdout)["files"][0]["findings"] == []
    # the claim itself changes: reported again
    write(post, "# GANs\n\nA new intro paragraph.\n\nGAN is short for general adversarial network.\n\nThe end.\n")
    result = run("--baseline", ".claimcheck-baseline.json", "--format", "json", "docs/post.md")
    assert result.exit_code == 1
    assert [f["fact"] for f in json.loads(result.stdout)["files"][0]["findings"]] == ["N2"]


@pytest.mark.slow
def test_real_unused_suppressions(run, tmp_path):
    write(tmp_path / "post.md", "<!-- claimcheck-disable-next-line N2 -->\nGAN stands for general adversarial network.\n\n"
                                 "<!-- claimcheck-disable-next-line T4 -->\nChatGPT is an LLM.\n")
    result = run("--format", "concise", "post.md")
    assert [line.split(" [")[0] for line in result.stdout.splitlines()] == ["post.md:5:1: A7"]
    result = run("--format", "concise", "--report-unused-suppressions", "post.md")
    assert result.stdout.splitlines()[0] == (
        "post.md:4:1: unused-suppression [warning] unused suppression: claimcheck-disable-next-line T4 suppressed nothing")


def test_every_configuration_key_has_a_flag():
    from checker.cli import _FLAGS, CONFIG_OPTIONS, check
    from checker.config import KEYS

    assert set(_FLAGS) == set(KEYS)
    flags = {opt for param in check.params for opt in param.opts}
    assert {flag for flag, _ in _FLAGS.values()} <= flags and "--config" in flags
    assert len(CONFIG_OPTIONS) == len(KEYS) + 1
