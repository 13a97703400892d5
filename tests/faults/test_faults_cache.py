"""The cache folder is marked with a CACHEDIR.TAG; `clean` removes only such a folder, only
the cache's own files, and never the project or a folder above it (issue 9, data loss)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import cache as cache_module
from checker.cache import Cache, CacheError, clean
from checker.cli import main

SIGNATURE = "Signature: 8a477f597d28d172789f06886806bc55"


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "project"
    (root / ".git").mkdir(parents=True)
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (root / "posts").mkdir()
    (root / "posts" / "a.md").write_text("GANs are generative models.\n")
    monkeypatch.chdir(root)
    return root


def _clean(env: str, monkeypatch) -> "click.testing.Result":  # noqa: F821
    monkeypatch.setenv(cache_module.CACHE_DIR_ENV, env)
    return CliRunner().invoke(main, ["clean"])


def test_cache_folder_carries_the_standard_tag(tmp_path):
    Cache(tmp_path / "c", "run").close()
    assert (tmp_path / "c" / "CACHEDIR.TAG").read_text().startswith(SIGNATURE)


def test_clean_of_the_project_itself_is_refused(project, monkeypatch):
    result = _clean(".", monkeypatch)
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert "refus" in result.stderr
    assert (project / ".git" / "HEAD").is_file() and (project / "posts" / "a.md").is_file()


def test_clean_of_a_parent_of_the_project_is_refused(project, monkeypatch):
    (project.parent / "CACHEDIR.TAG").write_text(SIGNATURE + "\n")  # even a tagged parent
    result = _clean("..", monkeypatch)
    assert result.exit_code == 2 and "refus" in result.stderr
    assert (project / "posts" / "a.md").is_file()


def test_clean_of_an_untagged_folder_is_refused(project, monkeypatch):
    result = _clean("posts", monkeypatch)
    assert result.exit_code == 2
    assert "CACHEDIR.TAG" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert (project / "posts" / "a.md").is_file()


def test_clean_removes_only_the_caches_own_files(project, monkeypatch):
    Cache(project / "shared", "run").close()
    (project / "shared" / "notes.md").write_text("mine\n")
    result = _clean("shared", monkeypatch)
    assert result.exit_code == 0, result.output
    assert sorted(os.listdir(project / "shared")) == ["notes.md"]


def test_clean_removes_a_whole_cache(project, monkeypatch):
    Cache(project / ".claimcheck_cache", "run").close()
    assert _clean(".claimcheck_cache", monkeypatch).exit_code == 0
    assert not (project / ".claimcheck_cache").exists()


def test_a_cache_in_the_project_root_is_not_opened(project):
    with pytest.raises(CacheError, match="refus"):
        Cache(Path("."), "run")
    assert not (project / ".gitignore").exists() and not (project / "CACHEDIR.TAG").exists()


def test_a_folder_with_other_files_is_not_adopted_as_a_cache(project):
    with pytest.raises(CacheError, match="CACHEDIR.TAG"):
        Cache(project / "posts", "run")
    assert sorted(os.listdir(project / "posts")) == ["a.md"]


def test_clean_function_refuses_the_working_directory(project):
    with pytest.raises(CacheError):
        clean(Path("."))


@pytest.mark.slow
def test_audit_with_the_project_as_cache_checks_the_files_without_a_cache(project, monkeypatch):
    monkeypatch.setenv(cache_module.CACHE_DIR_ENV, ".")
    result = CliRunner().invoke(main, ["audit", "-j", "1", "-q", "--format", "json", "posts"])
    assert result.exit_code == 0, result.output
    assert '"files": 1' in result.stdout            # it used to check 0 files
    assert "refusing to use the cache" in result.stderr
    assert not (project / ".gitignore").exists() and not (project / "CACHEDIR.TAG").exists()
