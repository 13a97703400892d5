"""Fuzzing (issue 9 §1): generated documents through the readers and the whole engine.

Invariants, for every example: no exception, no example over the time limit, every segment
and every finding inside the file (end after start, line/column matching the offsets), and
valid JSON from the JSON reporter."""

from __future__ import annotations

import json

import pytest
from hypothesis import event, given

from checker.document import parse_document
from checker.positions import LineIndex
from checker.report import FORMATS
from fuzz_strategies import documents, time_limit

pytestmark = pytest.mark.slow
NAMES = {"markdown": "fuzz.md", "text": "fuzz.txt", "html": "fuzz.html"}


@given(documents())
def test_readers_keep_segments_inside_the_file(doc) -> None:
    source, fmt = doc
    with time_limit():
        document = parse_document(source, NAMES[fmt], fmt)
    for seg in document.segments:
        assert 0 <= seg.start and seg.start + len(seg.text) <= len(document.source)
        assert seg.text.strip()


@given(documents())
def test_engine_findings_inside_the_file_and_valid_json(checker, doc) -> None:
    source, fmt = doc
    with time_limit():
        report = checker.check_text(source, NAMES[fmt], fmt)
    assert report.error is None, report.error
    event(f"{fmt}: {'with' if report.findings else 'no'} findings")
    index = LineIndex(parse_document(source, NAMES[fmt], fmt).source)
    for f in report.findings:
        assert 0 <= f.start < f.end <= len(source), (f.start, f.end, len(source))
        assert (f.line, f.column) == index.locate(f.start)
        assert (f.end_line, f.end_column) == index.locate(f.end)
        assert (f.end_line, f.end_column) > (f.line, f.column)
    data = json.loads(FORMATS["json"]([report]))
    assert data["summary"]["files"] == 1
    assert len(data["files"][0]["findings"]) == len(report.findings)
    FORMATS["text"]([report])
