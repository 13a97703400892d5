"""The plain-text reader: blank lines separate paragraphs; short unpunctuated lines are headings."""

from __future__ import annotations

from checker.document.text import text_segments


def assert_maps_to_source(source, segments) -> None:
    for seg in segments:
        for i, ch in enumerate(seg.text):
            assert ch == source[seg.start + i] or ch == " "


def test_paragraphs_and_headings() -> None:
    source = ("Issue 42\n\nThe first paragraph runs\nover two lines.\n\n"
              "A second paragraph.\n\nQuick facts\n\nMore text here.\n")
    segs = text_segments(source)
    assert [(s.kind, s.text) for s in segs] == [
        ("heading", "Issue 42"),
        ("text", "The first paragraph runs over two lines."),
        ("text", "A second paragraph."),
        ("heading", "Quick facts"),
        ("text", "More text here."),
    ]
    assert_maps_to_source(source, segs)
    for seg in segs:
        assert source[seg.start:seg.start + len(seg.text)].replace("\n", " ") == seg.text


def test_punctuated_short_line_is_prose_not_heading() -> None:
    segs = text_segments("GANs came first.\n")
    assert [(s.kind, s.text) for s in segs] == [("text", "GANs came first.")]


def test_lowercase_short_line_is_prose_not_heading() -> None:
    # a short line starting in lowercase is the middle of a wrapped sentence
    segs = text_segments("and then the rest\n")
    assert segs[0].kind == "text"


def test_long_line_without_punctuation_is_prose() -> None:
    line = "This line has more than twelve words in it but no full stop at the end"
    assert text_segments(line)[0].kind == "text"


def test_short_first_line_of_a_wrapped_paragraph_is_not_a_heading() -> None:
    # wrapped at 40 columns: the first line is short, capitalised and unpunctuated
    source = "Our team agrees that GANs are\na kind of LLM, which is wrong.\n"
    segs = text_segments(source)
    assert [(s.kind, s.text) for s in segs] == [
        ("text", "Our team agrees that GANs are a kind of LLM, which is wrong.")]


def test_only_a_line_standing_alone_is_a_heading() -> None:
    source = "Quick facts\nT5 is made by Google.\n\nQuick facts\n\nT5 is made by Google.\n"
    assert [s.kind for s in text_segments(source)] == ["text", "heading", "text"]


def test_tabs_and_carriage_returns_become_spaces_at_the_same_offsets() -> None:
    source = "Tabbed\there, and\r\ncarriage return.\r\n"
    segs = text_segments(source)
    assert len(segs) == 1
    assert segs[0].text == "Tabbed here, and  carriage return."
    assert_maps_to_source(source, segs)


def test_whitespace_only_lines_separate_paragraphs() -> None:
    segs = text_segments("One para.\n   \t\nTwo para.\n")
    assert [s.text for s in segs] == ["One para.", "Two para."]


def test_empty_text() -> None:
    assert text_segments("") == ()
    assert text_segments("\n\n") == ()


def test_seed_text_maps_back(tmp_path) -> None:
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    for path in sorted((root / "fixtures").rglob("*.txt")):
        source = path.read_text(encoding="utf-8")
        segs = text_segments(source)
        assert segs
        assert_maps_to_source(source, segs)
