"""The pre-commit hook and the GitHub Action: consistent with the package they run."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml
from identify import identify

from checker.document import SUPPORTED_SUFFIXES

ROOT = Path(__file__).resolve().parent.parent


def test_pre_commit_hook_runs_the_console_script_on_documents():
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert hook["id"] == "claimcheck" and hook["language"] == "python" and hook["entry"] in scripts
    types = set(hook["types_or"])
    assert {"markdown", "html", "plain-text"} <= types and "text" not in types
    for suffix in SUPPORTED_SUFFIXES:  # every format claimcheck reads is handed to it ...
        assert identify.tags_from_filename(f"a{suffix}") & types or suffix == ".text", suffix
    for other in ("a.py", "a.yaml", "a.json", "a.toml"):  # ... and code is not
        assert not identify.tags_from_filename(other) & types, other


def test_action_inputs_are_used_and_sarif_is_uploaded():
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    assert set(action["inputs"]) >= {"paths", "args", "sarif", "python-version"}
    steps = action["runs"]["steps"]
    text = (ROOT / "action.yml").read_text()
    for name in action["inputs"]:
        assert f"inputs.{name}" in text, name
    assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif@") for s in steps)
    assert any("pip install" in s.get("run", "") and "GITHUB_ACTION_PATH" in s["run"] for s in steps)
    # inputs reach the shell through env, never spliced into the script (injection)
    for s in steps:
        assert not re.search(r"\$\{\{\s*inputs\.", s.get("run", "")), s.get("name")
