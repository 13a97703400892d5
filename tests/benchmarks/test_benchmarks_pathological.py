"""The pathological-input benchmark keeps working. No timings are asserted: performance is
measured only by running benchmarks/pathological.py."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("pathological", ROOT / "benchmarks" / "pathological.py")
pathological = importlib.util.module_from_spec(spec)
sys.modules.setdefault("pathological", pathological)
spec.loader.exec_module(pathological)


def test_inputs_have_the_stated_sizes() -> None:
    assert pathological.acronym_list(1000).count(",") == 999
    assert pathological.spans(2000).count("<span>") == 2000
    assert pathological.lines_of_gans(8000).count("\n") == 8000


@pytest.mark.slow
def test_script_runs_and_reports_the_cap(capsys: pytest.CaptureFixture[str]) -> None:
    assert pathological.main(["--cases", "acronyms-1000,gans-lines-8000"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^acronyms-1000 +5333 +[\d.]+ +0 +1$", out, re.M), out
    assert re.search(r"^gans-lines-8000 +40000 +[\d.]+ +0 +1$", out, re.M), out
