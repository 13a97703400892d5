"""Silent drops (issue 9 §4): text the readers cannot follow becomes a note finding at its
place, never silence. Markdown nested past markdown-it's limit, HTML nested past lxml's, and a
NUL after the binary sniff (which lost its paragraph)."""

from __future__ import annotations

import pytest

from checker.document import parse_document
from checker.document.loader import NOTE_NUL
from checker.document.markdown import MAX_NESTING, NOTE_DEEP


def test_markdown_nesting_commonmark_allows_is_read_in_full() -> None:
    # CommonMark's preset stopped at a quote 20 deep and a list 10 deep, and dropped what followed
    quote = parse_document("> " * 25 + "GANs are LLMs.\n\nAfter.\n", "a.md")
    lists = parse_document("".join("  " * i + f"- item{i}\n" for i in range(12)) + "\nAfter.\n", "a.md")
    for doc in (quote, lists):
        assert doc.segments[-1].text.strip() == "After." and not doc.notes
    assert "GANs are LLMs." in quote.segments[0].text


@pytest.mark.parametrize("source", ["> " * (MAX_NESTING + 20) + "GANs are LLMs.\n\nAfter.\n",
                                    "".join("  " * i + f"- item{i}\n" for i in range(MAX_NESTING)) + "\nAfter.\n"])
def test_markdown_past_the_limit_is_a_note(source: str) -> None:
    doc = parse_document(source, "a.md")
    assert [n.rule for n in doc.notes] == [NOTE_DEEP]
    note = doc.notes[0]
    assert 0 <= note.start < note.end <= len(source)
    assert "After." in source[note.start:note.end] or doc.segments[-1].text.strip() == "After."


def test_html_past_the_parsers_depth_is_a_note() -> None:
    source = ("<html><body><article><p>Intro paragraph about GANs is here.</p>" + "<div>" * 300
              + "<p>GANs are LLMs deep down.</p>" + "</div>" * 300 + "<p>After text.</p></article></body></html>")
    doc = parse_document(source, "a.html")
    assert [n.rule for n in doc.notes] == [NOTE_DEEP]
    assert source[doc.notes[0].start:doc.notes[0].end].startswith("GANs are LLMs deep down.")


def test_shallow_html_has_no_note() -> None:
    source = "<p>Intro.</p>" + "<div>" * 100 + "<p>GANs are LLMs.</p>" + "</div>" * 100
    assert not parse_document(source, "a.html").notes


def test_nul_after_the_sniff_keeps_its_paragraph_and_is_noted() -> None:
    source = "Filler text.\n\n" * 1000 + "GANs are \x00LLMs.\n"
    doc = parse_document(source, "a.md")
    assert len(doc.source) == len(source)
    assert any("GANs are" in s.text for s in doc.segments)
    assert [n.rule for n in doc.notes] == [NOTE_NUL] and doc.notes[0].start == source.index("\x00")


@pytest.mark.slow
def test_notes_are_reported_as_info_findings_with_lines(checker) -> None:
    source = "Intro.\n\n" + "> " * (MAX_NESTING + 5) + "GANs are LLMs.\n"
    report = checker.check_text(source, "a.md")
    notes = [f for f in report.findings if f.rule == NOTE_DEEP]
    assert len(notes) == 1 and notes[0].line == 3 and notes[0].severity.value == "info"
