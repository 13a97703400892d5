"""Results cache: round trip, what the key depends on, a damaged cache, clean."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from types import MappingProxyType

import pytest

from checker import cache as cache_module
from checker.errors import ModelError
from checker.cache import Cache, cache_dir, clean, config_fingerprint, model_fingerprint, run_key
from checker.config import RunConfig
from checker.knowledge import default_rules_dir
from checker.model import FileReport, Finding, Severity


def _finding(line: int = 3) -> Finding:
    return Finding(rule="N2", fact="N2", severity=Severity.ERROR, line=line, column=1, end_line=line, end_column=9,
                   message="m", claim="GAN stands for x.", suggestion="s", sources=("S2: a", "H: b"), start=10, end=18)


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(default_rules_dir(), tmp_path / "rules"))


def test_round_trip_is_equal(tmp_path):
    report = FileReport(path="a.md", findings=(_finding(3), _finding(7)), words=120)
    with Cache(tmp_path / "c", "run") as cache:
        key = cache.key(b"GAN stands for x.", "markdown")
        assert cache.get(key, "a.md") is None
        cache.put(key, report)
        assert cache.get(key, "a.md") == report
    with Cache(tmp_path / "c", "run") as cache:  # persisted
        assert cache.get(key, "elsewhere/b.md") == FileReport(path="elsewhere/b.md", findings=report.findings, words=120)


def test_errors_are_not_stored(tmp_path):
    with Cache(tmp_path / "c", "run") as cache:
        key = cache.key(b"x", "markdown")
        cache.put(key, FileReport(path="a.md", error="permission denied"))
        assert cache.get(key, "a.md") is None


def test_key_depends_on_bytes_format_and_run(tmp_path):
    a, b = Cache(tmp_path / "c", "run-a"), Cache(tmp_path / "c", "run-b")
    assert a.key(b"x", "markdown") != a.key(b"y", "markdown")
    assert a.key(b"x", "markdown") != a.key(b"x", "html")
    assert a.key(b"x", "markdown") != b.key(b"x", "markdown")
    assert a.key(b"x", "markdown") == Cache(tmp_path / "c", "run-a").key(b"x", "markdown")


def test_run_key_changes_when_a_fact_changes(rules_copy):
    config = RunConfig(rules_dir=str(rules_copy))
    before = run_key(config)
    assert run_key(config) == before
    facts = rules_copy / "facts.yaml"
    facts.write_text(facts.read_text() + "\n")
    assert run_key(config) != before


def test_run_key_changes_with_options_that_change_findings():
    base = run_key(RunConfig())
    for changed in (RunConfig(select=("N",)), RunConfig(ignore=("A7",)), RunConfig(show_verified=True),
                    RunConfig(min_severity=Severity.WARNING),
                    RunConfig(severity=MappingProxyType({"N2": Severity.WARNING}))):
        assert run_key(changed) != base, changed
    for same in (RunConfig(fail_on="error"), RunConfig(include=("*.md",)), RunConfig(exclude=("drafts/",))):
        assert run_key(same) == base, same


def test_config_fingerprint_is_order_independent():
    one = RunConfig(severity=MappingProxyType({"A": Severity.ERROR, "B": Severity.INFO}))
    two = RunConfig(severity=MappingProxyType({"B": Severity.INFO, "A": Severity.ERROR}))
    assert config_fingerprint(one) == config_fingerprint(two)


def test_run_key_changes_with_the_code(monkeypatch):
    before = run_key(RunConfig())
    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: "0.0.0+edited")
    assert run_key(RunConfig()) != before


def test_model_candidates_match_the_pipeline():
    from checker.nlp.pipeline import MODEL_CANDIDATES
    assert cache_module.MODEL_CANDIDATES == MODEL_CANDIDATES


def test_model_fingerprint_reads_meta_without_spacy(tmp_path):
    model = tmp_path / "my_model"
    model.mkdir()
    (model / "meta.json").write_text(json.dumps({"lang": "en", "name": "custom", "version": "1.2.3"}))
    assert model_fingerprint(str(model)) == "en_custom-1.2.3"
    with pytest.raises(ModelError, match="no_such_model_package"):  # no silent fallback
        model_fingerprint("no_such_model_package")


@pytest.mark.slow
def test_model_fingerprint_is_the_loaded_models_version(checker):
    from checker.nlp.pipeline import model_version
    assert model_fingerprint(None) == model_version(checker.nlp)


def test_damaged_database_is_rebuilt(tmp_path):
    directory = tmp_path / "c"
    directory.mkdir()
    (directory / cache_module.DATABASE).write_bytes(b"this is not a database" * 100)
    with Cache(directory, "run") as cache:
        key = cache.key(b"x", "markdown")
        cache.put(key, FileReport(path="a.md", words=1))
        assert cache.get(key, "a.md") == FileReport(path="a.md", words=1)


def test_cache_dir_env_and_clean(tmp_path, monkeypatch):
    monkeypatch.setenv(cache_module.CACHE_DIR_ENV, str(tmp_path / "elsewhere"))
    assert cache_dir() == tmp_path / "elsewhere"
    Cache(cache_dir(), "run").close()
    assert (tmp_path / "elsewhere" / cache_module.DATABASE).is_file()
    assert (tmp_path / "elsewhere" / ".gitignore").read_text().strip().endswith("*")
    assert clean() is True
    assert not (tmp_path / "elsewhere").exists()
    assert clean() is False


def test_default_cache_dir_is_in_the_working_directory(monkeypatch):
    monkeypatch.delenv(cache_module.CACHE_DIR_ENV, raising=False)
    assert cache_dir() == Path(".claimcheck_cache")


def test_unwritable_cache_dir_is_a_cache_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(cache_module.CacheError, match=re.escape(str(blocker / "c"))):
        Cache(blocker / "c", "run")
