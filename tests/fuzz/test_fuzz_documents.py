"""Fuzzing (issue 9 §1): generated documents through the readers and the whole engine.

Invariants, for every example: no exception, no example over the time limit, every segment
and every finding inside the file (end after start, line/column matching the offsets), and
valid JSON from the JSON reporter."""

from __future__ import annotations

import json

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

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


@given(documents(), st.sampled_from(["", "\ufeff"]), st.binary(max_size=40), st.integers(0, 9000))
def test_files_from_bytes_are_checked_or_one_line_errors(checker, tmp_path_factory, doc, bom, junk, pad) -> None:
    """The file path: bytes (a BOM, padding that pushes junk bytes past the 8 KB binary sniff,
    invalid UTF-8, NULs) through read, decode, the reader and the engine."""
    source, fmt = doc
    data = (bom + "x" * pad + "\n\n" + source).encode("utf-8") + junk
    path = tmp_path_factory.mktemp("fuzz") / NAMES[fmt]
    path.write_bytes(data)
    with time_limit():
        report = checker.check_file(path)
    if report.error is not None:
        assert "\n" not in report.error and report.error.strip()
        return
    text = parse_document(data.decode("utf-8-sig"), NAMES[fmt], fmt).source
    index = LineIndex(text)
    for f in report.findings:
        assert 0 <= f.start < f.end <= len(text)
        assert (f.line, f.column) == index.locate(f.start)
