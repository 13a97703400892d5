"""The throughput script keeps working and generates what it claims. No timings are asserted:
performance is measured only by running benchmarks/throughput.py."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from checker.knowledge import load_knowledge_base
from checker.nlp.sentences import trigger_regex

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("throughput", ROOT / "benchmarks" / "throughput.py")
throughput = importlib.util.module_from_spec(spec)
sys.modules.setdefault("throughput", throughput)  # dataclasses look their module up
spec.loader.exec_module(throughput)


def test_archive_is_seeded_and_sized() -> None:
    a = throughput.generate(30, 0.2, seed=1)
    assert a == throughput.generate(30, 0.2, seed=1)
    assert a != throughput.generate(30, 0.2, seed=2)
    size = sum(len(p.text.encode()) for p in a)
    assert 30 * 1024 <= size < 40 * 1024


def test_only_the_ai_paragraphs_mention_tracked_concepts() -> None:
    trigger = trigger_regex(load_knowledge_base())
    posts = throughput.generate(200, 0.2, seed=3)
    ai = plain = 0
    for post in posts:
        paragraphs = post.text.split("\n\n")[1:]  # after the title
        hits = [bool(trigger.search(p)) for p in paragraphs]
        assert sum(hits) == post.ai_paragraphs
        ai += sum(hits)
        plain += len(hits) - sum(hits)
    assert 0.15 < ai / (ai + plain) < 0.25


@pytest.mark.slow
def test_script_runs_and_reports_both_rates(capsys: pytest.CaptureFixture[str]) -> None:
    assert throughput.main(["--size-kb", "6", "--seed", "4"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^claimcheck engine: .* words/s", out, re.M)
    assert re.search(r"^naive full pipeline: .* words/s .*parser.*ner", out, re.M)
    assert re.search(r"^ratio: claimcheck is [\d.]+x the naive throughput$", out, re.M)


@pytest.mark.slow
def test_repeat_keeps_each_sides_fastest(capsys: pytest.CaptureFixture[str]) -> None:
    assert throughput.main(["--size-kb", "4", "--seed", "5", "--repeat", "2"]) == 0
    out = capsys.readouterr().out
    assert "timed 2 times each, taking turns" in out
    assert re.search(r"^ratio: claimcheck is [\d.]+x the naive throughput$", out, re.M)
