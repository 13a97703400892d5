"""Every format against its golden file (tests/golden/report/). After an intended change,
run `pytest tests/report --update-golden` and review the diff like code."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.report import FORMATS

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "report"
SUFFIX = {"text": "txt", "json": "json", "sarif": "sarif", "github": "github.txt", "junit": "xml",
          "concise": "concise.txt", "csv": "csv"}
# the HTML report has its own golden and browser tests (tests/report/test_html_report_*.py)
OWN_TESTS = {"html"}


def test_every_format_has_a_golden_file():
    assert set(SUFFIX) | OWN_TESTS == set(FORMATS)


@pytest.mark.parametrize("fmt", sorted(SUFFIX))
def test_format_matches_golden(fmt, sample_reports, mini_kb, update_golden):
    out = FORMATS[fmt](sample_reports, color=False, kb=mini_kb)
    golden = GOLDEN / f"reports.{SUFFIX[fmt]}"
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(out.encode("utf-8"))  # bytes: CSV rows end in CRLF
    assert golden.is_file(), f"no golden file {golden}; run pytest --update-golden"
    assert out == golden.read_bytes().decode("utf-8")


@pytest.mark.parametrize("fmt", sorted(SUFFIX))
def test_format_is_deterministic_and_accepts_the_same_arguments(fmt, sample_reports, mini_kb):
    first = FORMATS[fmt](sample_reports, color=False, kb=mini_kb)
    assert FORMATS[fmt](list(sample_reports), color=False, kb=mini_kb, unknown_option=1) == first


@pytest.mark.parametrize("fmt", sorted(SUFFIX))
def test_format_handles_no_files(fmt, mini_kb):
    FORMATS[fmt]([], color=False, kb=mini_kb)  # renders without error
