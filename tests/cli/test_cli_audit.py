"""`claimcheck audit` and `claimcheck clean` through click's CliRunner."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import checker.engine
from checker.cli import main
from checker.cli_audit import Progress
from checker.knowledge import default_rules_dir
from checker.model import FileReport

HTML_PAGE = Path(__file__).resolve().parent.parent / "data" / "html" / "boilerplate_page.html"


@pytest.fixture
def cache_env(tmp_path, monkeypatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(directory))
    return directory


@pytest.fixture
def archive(tmp_path) -> Path:
    root = tmp_path / "archive"
    (root / "posts").mkdir(parents=True)
    (root / "site").mkdir()
    (root / "posts" / "gan.md").write_text("# Terms\n\nGAN stands for general adversarial network.\n")
    (root / "posts" / "garden.md").write_text("Tomatoes need sun and water.\n")
    (root / "posts" / "drafts").mkdir()
    (root / "posts" / "drafts" / "wip.md").write_text("Stable Diffusion is an LLM.\n")
    (root / ".gitignore").write_text("posts/drafts/\n")
    (root / "posts" / "broken.md").write_bytes(b"\xff\xfe\x00\x00binary")
    shutil.copy(HTML_PAGE, root / "site" / "page.html")
    return root


def _refuse_checker(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(checker.engine, "Checker", refuse)


def _audit(*args: str) -> "click.testing.Result":  # noqa: F821
    return CliRunner().invoke(main, ["audit", *args], catch_exceptions=False)


def test_only_unreadable_files_need_no_model(tmp_path, cache_env, monkeypatch):
    _refuse_checker(monkeypatch)
    (tmp_path / "bin.md").write_bytes(b"\x00\x01")
    (tmp_path / "loop.md").symlink_to("loop.md")
    result = _audit(str(tmp_path), "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [(Path(f["path"]).name, f["error"]) for f in data["files"]] == [
        ("bin.md", "looks like a binary file (contains NUL bytes)"), ("loop.md", "symbolic link loop; not followed")]
    assert "Traceback" not in result.stderr
    assert result.stderr.count("claimcheck: ") == 2  # one line per failed file
    assert result.stderr.splitlines()[0] == f"claimcheck: {tmp_path / 'bin.md'}: looks like a binary file (contains NUL bytes)"


def test_missing_path_is_a_file_error(tmp_path, cache_env):
    result = _audit(str(tmp_path / "nope"), "--format", "csv")
    assert result.exit_code == 2
    assert result.stdout.splitlines()[0].startswith("path,line,column")
    # the same words as `claimcheck check` (named paths go through one function for both)
    assert result.stderr.strip() == f"claimcheck: {tmp_path / 'nope'}: no such file"


def test_clean_removes_the_cache(cache_env):
    from checker.cache import Cache
    Cache(cache_env, "run").close()
    result = CliRunner().invoke(main, ["clean"])
    assert result.exit_code == 0 and result.stdout.strip() == f"Removed {cache_env}"
    assert not cache_env.exists()
    assert CliRunner().invoke(main, ["clean"]).stdout.strip() == f"No cache at {cache_env}"


def test_no_progress_when_not_a_terminal(tmp_path, cache_env, monkeypatch):
    _refuse_checker(monkeypatch)
    (tmp_path / "bin.md").write_bytes(b"\x00")
    result = _audit(str(tmp_path))
    assert "files" not in result.stderr and "words/s" not in result.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_counts_files_words_and_findings():
    stream = _Terminal()
    progress = Progress(2, stream, enabled=True)
    reports = [FileReport(path="a.md", words=1000), FileReport(path="b.md", error="x")]
    assert list(progress.track(iter(reports))) == reports
    progress.close()
    out = stream.getvalue()
    assert "2/2 files" in out and "words/s" in out and "0 findings" in out
    assert progress.words == 1000


def test_output_during_the_progress_bar_keeps_both_whole():
    stream = _Terminal()
    progress = Progress(1, stream, enabled=True)
    out = _Terminal()
    progress.printer(out)("a.md:1:1: error[N2] ...\n")
    list(progress.track(iter([FileReport(path="a.md", words=3)])))
    progress.close()
    assert out.getvalue() == "a.md:1:1: error[N2] ...\n"
    assert "1/1 files" in stream.getvalue()


def test_progress_disabled_writes_nothing():
    stream = _Terminal()
    progress = Progress(1, stream, enabled=False)
    list(progress.track(iter([FileReport(path="a.md", words=3)])))
    progress.close()
    assert stream.getvalue() == ""


@pytest.mark.slow
def test_audit_cold_then_warm(archive, cache_env, monkeypatch):
    cold = _audit(str(archive), "-j", "1", "--format", "json")
    assert cold.exit_code == 2  # broken.md cannot be read
    data = json.loads(cold.stdout)
    files = {Path(f["path"]).relative_to(archive).as_posix(): f for f in data["files"]}
    assert list(files) == ["posts/broken.md", "posts/gan.md", "posts/garden.md", "site/page.html"]
    assert [(x["fact"], x["line"]) for x in files["posts/gan.md"]["findings"]] == [("N2", 3)]
    assert [(x["fact"], x["line"], x["column"]) for x in files["site/page.html"]["findings"]] == [("N2", 22, 115)]
    assert files["posts/garden.md"]["findings"] == []

    _refuse_checker(monkeypatch)  # everything is cached now: the model must not load
    warm = _audit(str(archive), "-j", "1", "--format", "json")
    assert warm.stdout == cold.stdout and warm.exit_code == cold.exit_code

    rows = list(csv.DictReader(io.StringIO(_audit(str(archive), "--format", "csv").stdout)))
    assert [(Path(r["path"]).name, r["rule"], r["line"]) for r in rows] == [("gan.md", "N2", "3"),
                                                                            ("page.html", "N2", "22")]


@pytest.mark.slow
def test_audit_in_worker_processes_matches_one_process(archive, cache_env):
    one = _audit(str(archive), "-j", "1", "--no-cache", "--format", "json")
    two = _audit(str(archive), "-j", "2", "--no-cache", "--format", "json")
    assert one.stdout == two.stdout
    assert not cache_env.exists()  # --no-cache neither reads nor writes


@pytest.mark.slow
def test_changed_fact_changes_the_cached_result(archive, cache_env, tmp_path):
    rules = Path(shutil.copytree(default_rules_dir(), tmp_path / "rules"))
    first = _audit(str(archive / "posts"), "-j", "1", "--rules", str(rules))
    assert "error[N2]" in first.stdout
    facts = rules / "facts.yaml"
    text, n = re.subn(r"(- id: N2\n(?:    .*\n)*?    severity: )error", r"\1warning", facts.read_text())
    assert n == 1
    facts.write_text(text)
    second = _audit(str(archive / "posts"), "-j", "1", "--rules", str(rules))
    assert "warning[N2]" in second.stdout and "error[N2]" not in second.stdout
