"""Baseline: findings keyed by file, fact and the normalised claim; pure round trips here,
the CLI round trip (write, edit, re-check) in tests/test_cli_ci.py."""

from __future__ import annotations

import json

import pytest

from checker import baseline
from checker.errors import InputError
from checker.model import FileReport, Finding, Severity


def finding(claim: str, line: int = 3, fact: str = "N2") -> Finding:
    return Finding(rule=fact, fact=fact, severity=Severity.ERROR, line=line, column=1, end_line=line, end_column=10, message="m", claim=claim, suggestion="", sources=())


def test_round_trip_keeps_only_new_findings(tmp_path):
    old = [FileReport(path="docs/a.md", findings=(finding("GAN stands for general adversarial network."),))]
    known = baseline.loads(baseline.dumps(old, str(tmp_path)), "b.json")
    assert len(known) == 1
    moved = [FileReport(path="docs/a.md", findings=(finding("GAN  stands for\ngeneral adversarial network.", line=30),))]
    assert baseline.new_findings(moved, known, str(tmp_path))[0].findings == ()
    changed = [FileReport(path="docs/a.md", findings=(finding("GANs are general adversarial networks."),))]
    assert len(baseline.new_findings(changed, known, str(tmp_path))[0].findings) == 1


def test_keys_are_file_and_fact_specific(tmp_path):
    claim = "GAN stands for general adversarial network."
    known = baseline.build([FileReport(path="a.md", findings=(finding(claim),))], str(tmp_path))
    other_file = [FileReport(path="b.md", findings=(finding(claim),))]
    other_fact = [FileReport(path="a.md", findings=(finding(claim, fact="N1"),))]
    assert len(baseline.new_findings(other_file, known, str(tmp_path))[0].findings) == 1
    assert len(baseline.new_findings(other_fact, known, str(tmp_path))[0].findings) == 1


def test_repeated_claims_are_counted(tmp_path):
    claim = "GAN stands for general adversarial network."
    known = baseline.build([FileReport(path="a.md", findings=(finding(claim), finding(claim, 9)))], str(tmp_path))
    three = [FileReport(path="a.md", findings=(finding(claim), finding(claim, 9), finding(claim, 20)))]
    assert [f.line for f in baseline.new_findings(three, known, str(tmp_path))[0].findings] == [20]


def test_paths_are_relative_to_the_baseline_folder(tmp_path, monkeypatch):
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path / "docs")
    assert baseline.key_path("a.md", str(tmp_path)) == "docs/a.md"
    assert baseline.key_path(str(tmp_path / "docs" / "a.md"), str(tmp_path)) == "docs/a.md"
    assert baseline.key_path("-", str(tmp_path)) == "-"


def test_file_is_sorted_and_reviewable(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    reports = [FileReport(path="b.md", findings=(finding("Second claim."),)),
               FileReport(path="a.md", findings=(finding("First  claim."),))]
    data = json.loads(baseline.dumps(reports, str(tmp_path)))
    assert data["version"] == 1 and [e["path"] for e in data["findings"]] == ["a.md", "b.md"]
    assert data["findings"][0]["claim"] == "First claim." and data["findings"][0]["count"] == 1


@pytest.mark.parametrize("text", ["", "[]", '{"version": 2, "findings": []}', '{"version": 1}',
                                  '{"version": 1, "findings": [{"path": "a.md"}]}',
                                  '{"version": 1, "findings": [{"path": "a", "fact": "N2", "claim_hash": "x", "count": 0}]}'])
def test_malformed_baselines_name_the_file(text):
    with pytest.raises(InputError, match="^base.json: "):
        baseline.loads(text, "base.json")
