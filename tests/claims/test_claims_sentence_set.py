"""Accuracy on our own labelled sentence set (tests/data/sentences.yaml: ~600 sentences,
every fact in many grammatical shapes, written without looking at the dev set). The floor
catches regressions in claim understanding; the per-fact floor catches a fact that stops
working altogether."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parent.parent / "data" / "sentences.yaml"


@pytest.fixture(scope="module")
def outcomes(checker):
    rows = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    out = []
    for row in rows:
        report = checker.check_text(row["text"], "sentence.md")
        flagged = any(f.severity.value in ("error", "warning") for f in report.findings)
        out.append((row, flagged))
    return out


def test_sentence_set_precision_and_recall(outcomes):
    c = Counter()
    for row, flagged in outcomes:
        c[("tp" if flagged else "fn") if row["label"] == "flag" else ("fp" if flagged else "tn")] += 1
    precision = c["tp"] / max(1, c["tp"] + c["fp"])
    recall = c["tp"] / max(1, c["tp"] + c["fn"])
    assert precision >= 0.97, f"precision {precision:.3f} ({c})"
    assert recall >= 0.85, f"recall {recall:.3f} ({c})"


def test_every_fact_catches_most_of_its_sentences(outcomes):
    per_fact: dict[str, Counter] = {}
    for row, flagged in outcomes:
        if row["label"] == "flag":
            per_fact.setdefault(row["fact"], Counter())[flagged] += 1
    weak = {fact: f"{c[True]}/{c[True] + c[False]}" for fact, c in per_fact.items()
            if c[True] / (c[True] + c[False]) < 0.5}
    assert not weak, f"facts catching under half of their sentences: {weak}"


def test_blog_style_sentences(checker):
    rows = yaml.safe_load((DATA.parent / "blog_style_sentences.yaml").read_text(encoding="utf-8"))
    c = Counter()
    for row in rows:
        report = checker.check_text(row["text"], "sentence.md")
        flagged = any(f.severity.value in ("error", "warning") for f in report.findings)
        c[("tp" if flagged else "fn") if row["label"] == "flag" else ("fp" if flagged else "tn")] += 1
    assert c["fp"] == 0, c
    assert c["tp"] / (c["tp"] + c["fn"]) >= 0.9, c
