"""Kept as it is, and tested (issue 9 §4): two audits running at once on one cache give
byte-identical results, and so does the warm rerun after them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def test_concurrent_audits_on_one_cache_agree(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for i, name in enumerate(sorted((ROOT / "fixtures" / "seeds").glob("*.md"))[:12]):
        shutil.copy(name, archive / f"{i:02d}_{name.name}")
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "checker.cli", "audit", "-j", "1", "-q", "--format", "json", str(archive)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path)
            for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (out, err) in zip(runs, outputs):
        assert run.returncode in (0, 1), err.decode()
    assert outputs[0][0] == outputs[1][0]
    warm = subprocess.run(command, capture_output=True, env=env, cwd=tmp_path, timeout=300)
    assert warm.stdout == outputs[0][0]
    assert b'"findings": [\n' in warm.stdout or b'"findings": [' in warm.stdout
