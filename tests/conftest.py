"""Shared fixtures. The spaCy pipeline is loaded once per session (it takes a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from current output")


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
