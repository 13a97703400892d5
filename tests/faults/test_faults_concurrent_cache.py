"""Kept as it is, and tested (issue 9 §4): two audits running at once on one cache give
byte-identical results, and so does the warm rerun after them; a run killed with SIGKILL
halfway leaves a cache whose rerun gives the results of a fresh run."""

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


def test_a_run_killed_midway_then_rerun_gives_the_same_results(tmp_path: Path) -> None:
    import signal
    import time

    archive = tmp_path / "archive"
    archive.mkdir()
    seeds = sorted((ROOT / "fixtures" / "seeds").glob("*.md"))
    for i in range(20):
        shutil.copy(seeds[i % len(seeds)], archive / f"{i:02d}.md")
        with open(archive / f"{i:02d}.md", "a") as fh:
            fh.write(f"\nPost {i}.\n")  # distinct bytes: each file is its own cache entry
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache")}
    base = [sys.executable, "-m", "checker.cli", "audit", "-j", "1", "-q", "--format", "json", str(archive)]
    fresh = subprocess.run(base + ["--no-cache"], capture_output=True, env=env, cwd=tmp_path, timeout=300)
    victim = subprocess.Popen(base, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path)
    time.sleep(4)  # the model is loaded and some files are checked and cached
    victim.send_signal(signal.SIGKILL)
    victim.communicate(timeout=30)
    rerun = subprocess.run(base, capture_output=True, env=env, cwd=tmp_path, timeout=300)
    assert rerun.stdout == fresh.stdout
