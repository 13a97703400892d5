"""Tests generated from rules/facts.yaml: every `flag` example is reported with its fact id,
every `pass` example is not reported at all. Known failures are listed in
tests/known_issues.yaml and run as strict xfails."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checker.knowledge import load_knowledge_base
from checker.model import Severity

ROOT = Path(__file__).resolve().parents[2]
KNOWN = {(e["fact"], e["kind"], e["text"]): e["note"]
         for e in yaml.safe_load((ROOT / "tests" / "known_issues.yaml").read_text())["examples"]}


def cases(kind: str) -> list:
    out = []
    for fact in load_knowledge_base().facts:
        examples = fact.flag_examples if kind == "flag" else fact.pass_examples
        for text in examples:
            note = KNOWN.get((fact.id, kind, text))
            marks = [pytest.mark.slow]
            if note:
                marks.append(pytest.mark.xfail(strict=True, raises=AssertionError, reason=f"known issue: {note}"))
            out.append(pytest.param(fact.id, text, marks=marks, id=f"{fact.id}-{text[:50]}"))
    return out


def findings(checker, text: str):
    report = checker.check_text(text, "example.txt")
    assert report.error is None
    return report.findings


@pytest.mark.parametrize("fact_id, text", cases("flag"))
def test_flag_example_is_reported(checker, fact_id: str, text: str) -> None:
    got = findings(checker, text)
    mine = [f for f in got if f.fact == fact_id]
    assert mine, f"{fact_id} not reported; got {[(f.fact, f.message) for f in got]}"
    assert all(f.severity in (Severity.ERROR, Severity.WARNING) for f in mine)


@pytest.mark.parametrize("fact_id, text", cases("pass"))
def test_pass_example_is_not_reported(checker, fact_id: str, text: str) -> None:
    got = findings(checker, text)
    assert not got, [(f.fact, f.message) for f in got]


def test_known_example_issues_name_real_examples() -> None:
    kb = load_knowledge_base()
    for fact_id, kind, text in KNOWN:
        fact = kb.fact(fact_id)
        assert text in (fact.flag_examples if kind == "flag" else fact.pass_examples), (fact_id, text)
