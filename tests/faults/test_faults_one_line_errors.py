"""One line, not a traceback (issue 9 §4): a bad glob in `check` (flag or configuration file)
and wrong types in an extra rules file name the file and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main


def _one_line(result) -> str:
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def post(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("Tomatoes need sun.\n")
    return tmp_path


@pytest.mark.parametrize("args", [["check", "--exclude", "[z-a]", "a.md"], ["check", "--include", "[z-a]", "."],
                                  ["audit", "-q", "--exclude", "[z-a]", "."]])
def test_bad_glob_flag(post: Path, args: list[str]) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    # a flag's bad value is click's usage error: its one error line names the option and the glob
    errors = [line for line in result.stderr.splitlines() if "[z-a]" in line]
    assert len(errors) == 1 and ("--exclude" in errors[0] or "--include" in errors[0] or "exclude" in errors[0])


@pytest.mark.parametrize("key", ["exclude", "include"])
def test_bad_glob_in_configuration_file(post: Path, key: str) -> None:
    (post / ".claimcheck.yaml").write_text(f'{key}: ["[z-a]"]\n')
    result = CliRunner().invoke(main, ["check", "."])
    assert result.exit_code == 2
    line = _one_line(result)
    assert ".claimcheck.yaml" in line and key in line and "[z-a]" in line


def test_yaml_tags_in_a_configuration_file_are_refused(post: Path) -> None:
    (post / ".claimcheck.yaml").write_text("exclude: !!python/object/apply:os.system ['echo pwned > owned']\n")
    result = CliRunner().invoke(main, ["check", "a.md"])
    assert result.exit_code == 2 and ".claimcheck.yaml" in _one_line(result)
    assert not (post / "owned").exists()
