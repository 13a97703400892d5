"""Line endings: LF, CRLF and lone CR (classic Mac, some CMS exports) give the same line and
column for the same words, and every reader maps each segment back to the file's characters."""

from __future__ import annotations

import pytest

from checker.document import parse_document
from checker.positions import LineIndex, normalise_newlines

BODY = ["# Title", "", "GANs are a kind of LLM, some say.", "", "- VAEs are LLMs", "",
        "Plain prose with BERT in it."]
ENDINGS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


def test_normalise_keeps_length_so_offsets_stay_true() -> None:
    source = "a\rb\r\nc\nd\r"
    out = normalise_newlines(source)
    assert len(out) == len(source)
    assert out == "a\nb\r\nc\nd\n"


@pytest.mark.parametrize("ending", sorted(ENDINGS))
@pytest.mark.parametrize("fmt,name", [("markdown", "a.md"), ("text", "a.txt"), ("html", "a.html")])
def test_same_words_same_line_and_column(ending: str, fmt: str, name: str) -> None:
    lines = BODY if fmt != "html" else ["<h1>Title</h1>", "", "<p>GANs are a kind of LLM, some say.</p>", "",
                                        "<ul><li>VAEs are LLMs</li></ul>", "", "<p>Plain prose with BERT in it.</p>"]
    where = _positions(parse_document(ENDING_JOIN(lines, ENDINGS[ending]), name, fmt))
    expected = _positions(parse_document(ENDING_JOIN(lines, "\n"), name, fmt))
    assert where == expected


def _positions(document) -> dict[str, tuple[int, int]]:
    """Line and column of each test word, checking that the offsets point at it in the source."""
    index = LineIndex(document.source)
    where = {}
    for seg in document.segments:
        for word in ("GANs", "VAEs", "BERT"):
            at = seg.text.find(word)
            if at >= 0:
                assert document.source[seg.start + at:seg.start + at + len(word)] == word
                where[word] = index.locate(seg.start + at)
    return where
    assert where["GANs"][0] == 3 and where["BERT"][0] == 7


def ENDING_JOIN(lines: list[str], ending: str) -> str:  # noqa: N802
    return ending.join(lines) + ending


@pytest.mark.slow
def test_lone_cr_file_is_checked_with_true_lines(checker, tmp_path) -> None:
    path = tmp_path / "mac.md"
    path.write_bytes(b"# Notes\r\rIntro line.\r\rGANs were invented in 2017.\r")
    report = checker.check_file(path)
    assert report.error is None
    assert report.findings
    assert {f.line for f in report.findings} == {5}
