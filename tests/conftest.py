"""Shared fixtures. The spaCy pipeline is loaded once per session (it takes a second)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from current output")


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n logical` (the addopts in pyproject.toml): one worker per core, plus one. A few tests
    mostly wait (a worker killed at its time budget, a restarted Dask worker, a killed audit),
    and the extra worker keeps the cores busy meanwhile; `--maxprocesses 4` still caps it."""
    if config.option.numprocesses != "logical":
        return None
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return cores + 1


@pytest.fixture(scope="session")
def checker():
    from checker.engine import Checker
    return Checker()


@pytest.fixture(scope="session")
def kb(checker):
    return checker.kb


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


# Debian's chromium, driven by Playwright, for the browser tests (the HTML report, the web page)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("needs Debian's chromium package (apt-get install chromium); .ci/run installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        yield b
        b.close()
