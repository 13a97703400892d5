"""The Markdown reader: prose segments whose characters are the source's characters."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.document.markdown import markdown_segments
from checker.model import Segment
from checker.positions import LineIndex

ROOT = Path(__file__).resolve().parents[2]

SNIPPETS = {
    "atx and setext headings": "# Title #\n\nSetext title\n============\n\nSub\n---\n\nBody text.\n",
    "paragraph over lines": "First line of a paragraph\nsecond line of it.\n\nNext paragraph.\n",
    "nested lists": "- outer item\n  - inner item\n    lazy continuation\n- next\n\n1. one\n2) two\n",
    "list item with paragraphs and code": "- item\n\n  second paragraph\n\n  ```\n  code in item\n  ```\n",
    "blockquotes": "> quoted line\nlazy line\n> > nested quote\n>\n> - list in quote\n",
    "table": "| Model | Maker |\n|---|:---:|\n| GPT-4 | OpenAI |\n| BERT | Google |\n",
    "inline markup": "Some *emphasis*, __strong__, ~~struck~~, `code`, [link](http://x.y) and ![img](a.png).\n",
    "html": "Text <span class='c'>inline</span> html.\n\n<div>\nblock html\n</div>\n\nAfter.\n",
    "comments": "Before <!-- a comment --> after.\n\n<!--\nmulti\nline\n-->\n\nEnd.\n",
    "front matter yaml": "---\ntitle: GANs are LLMs\n---\n\nBody.\n",
    "front matter toml": "+++\ntitle = 'GANs are LLMs'\n+++\n\nBody.\n",
    "crlf": "# T\r\n\r\nPara one\r\nline two.\r\n",
    "tabs and indented code": "\tcode with a tab\n\n    code\n\nProse after.\n",
    "unicode": "Généré 🚀 par des modèles: 汉字 GANs.\n\n- élément\n",
    "escapes and breaks": "A \\*literal\\* star  \nhard break\\\nanother.\n",
    "reference links": "See [the docs][d] and <https://auto.link/x>.\n\n[d]: https://example.com \"T\"\n",
}


def fixture_markdown() -> dict[str, str]:
    return {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8")
            for p in sorted((ROOT / "fixtures").rglob("*.md"))}


def assert_maps_to_source(source: str, segments: tuple[Segment, ...]) -> None:
    """Every character of every segment is the source character at the same offset, or a
    space standing in for masked markup (or a line break)."""
    for seg in segments:
        assert 0 <= seg.start and seg.start + len(seg.text) <= len(source)
        for i, ch in enumerate(seg.text):
            original = source[seg.start + i]
            assert ch == original or ch == " ", (seg, i, ch, original)


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_snippet_segments_map_back_to_source(name: str) -> None:
    source = SNIPPETS[name]
    assert_maps_to_source(source, markdown_segments(source))


@pytest.mark.parametrize("path", sorted(fixture_markdown()))
def test_fixture_segments_map_back_to_source(path: str) -> None:
    source = fixture_markdown()[path]
    segments = markdown_segments(source)
    assert segments
    assert_maps_to_source(source, segments)


def test_segments_are_in_source_order_and_do_not_overlap() -> None:
    for source in list(SNIPPETS.values()) + list(fixture_markdown().values()):
        segments = markdown_segments(source)
        ends = [s.start + len(s.text) for s in segments]
        assert all(end <= nxt.start for end, nxt in zip(ends, segments[1:]))


def prose(source: str) -> str:
    return " ".join(" ".join(s.text.split()) for s in markdown_segments(source))


def kinds(source: str) -> list[tuple[str, str]]:
    return [(s.kind, " ".join(s.text.split())) for s in markdown_segments(source)]


# ---------------------------------------------------------------------------- what is kept


def test_headings_atx_and_setext() -> None:
    assert kinds(SNIPPETS["atx and setext headings"]) == [
        ("heading", "Title"), ("heading", "Setext title"), ("heading", "Sub"), ("paragraph", "Body text.")]


def test_paragraph_lines_are_joined_with_a_space_at_the_line_break() -> None:
    source = SNIPPETS["paragraph over lines"]
    first = markdown_segments(source)[0]
    assert first.text == "First line of a paragraph second line of it."
    assert first.start == 0


def test_list_items_with_group_and_lead_in() -> None:
    source = "The usual suspects:\n\n- GANs\n- VAEs\n\nAnd numbered:\n\n1. first\n2. second\n"
    segs = markdown_segments(source)
    items = [s for s in segs if s.kind == "list_item"]
    assert [s.text for s in items] == ["GANs", "VAEs", "first", "second"]
    assert [s.group for s in items] == [0, 0, 1, 1]
    assert [s.context for s in items] == ["The usual suspects:"] * 2 + ["And numbered:"] * 2


def test_nested_list_items_and_lazy_continuation() -> None:
    assert kinds(SNIPPETS["nested lists"]) == [
        ("list_item", "outer item"), ("list_item", "inner item lazy continuation"),
        ("list_item", "next"), ("list_item", "one"), ("list_item", "two")]


def test_later_paragraphs_of_a_list_item_are_kept_but_code_is_not() -> None:
    assert kinds(SNIPPETS["list item with paragraphs and code"]) == [
        ("list_item", "item"), ("list_item", "second paragraph")]


def test_blockquotes_nested_and_with_lists() -> None:
    assert kinds(SNIPPETS["blockquotes"]) == [
        ("blockquote", "quoted line lazy line"), ("blockquote", "nested quote"), ("list_item", "list in quote")]


def test_table_cells_with_header_context_and_row_groups() -> None:
    segs = markdown_segments(SNIPPETS["table"])
    assert all(s.kind == "table_cell" for s in segs)
    # header cells are labels for the columns, not prose: they become each cell's context
    assert [(s.text, s.context, s.group) for s in segs] == [
        ("GPT-4", "Model", 1), ("OpenAI", "Maker", 1),
        ("BERT", "Model", 2), ("Google", "Maker", 2)]


def test_repeated_cell_text_is_located_in_its_own_cell() -> None:
    source = "| a | b |\n|---|---|\n| GAN | GAN |\n"
    segs = markdown_segments(source)
    gans = [s.start for s in segs if s.text == "GAN"]
    assert gans == [source.index("GAN"), source.rindex("GAN")]


def test_table_cell_with_escaped_pipe_is_kept() -> None:
    source = "| claim | verdict |\n|---|---|\n| GANs \\| VAEs | wrong |\n"
    assert "GANs" in prose(source)


def test_link_text_is_kept_and_urls_are_masked() -> None:
    source = "Read [why GANs differ](https://example.com/gans-are-llms) or https://example.com/raw-url today.\n"
    text = prose(source)
    assert "why GANs differ" in text
    assert "example.com" not in text and "gans-are-llms" not in text and "raw-url" not in text
    assert text.endswith("today.")


def test_reference_links_autolinks_and_definitions() -> None:
    text = prose(SNIPPETS["reference links"])
    assert "the docs" in text
    assert "auto.link" not in text
    assert "example.com" not in text  # the definition line is not prose


def test_images_are_masked_with_their_alt_text() -> None:
    text = prose("Look: ![GANs are LLMs](gans.png) done.\n")
    assert text == "Look: done."


def test_inline_markup_is_masked_but_words_kept() -> None:
    text = prose(SNIPPETS["inline markup"])
    assert text == "Some emphasis , strong , struck , , link and ."


def test_code_spans_with_double_backticks() -> None:
    assert prose("Before `` code ` tick `` after.\n") == "Before after."


def test_backslash_escapes_are_masked() -> None:
    assert "literal" in prose(SNIPPETS["escapes and breaks"])
    assert "\\*" not in prose(SNIPPETS["escapes and breaks"])


def test_inline_html_tags_are_masked_but_their_text_kept() -> None:
    text = prose(SNIPPETS["html"])
    assert text.startswith("Text inline html.")
    assert "span" not in text and "class" not in text


# ---------------------------------------------------------------------------- what is skipped


@pytest.mark.parametrize("source, hidden", [
    ("---\ntitle: GANs are LLMs\ntags: [llm]\n---\n\nBody.\n", "GANs are LLMs"),
    ("+++\ntitle = 'GANs are LLMs'\n+++\n\nBody.\n", "GANs are LLMs"),
    ("Body.\n\n```python\nprint('GANs are LLMs')\n```\n", "GANs are LLMs"),
    ("Body.\n\n~~~\nGANs are LLMs\n~~~\n", "GANs are LLMs"),
    ("Body.\n\n    GANs are LLMs in indented code\n", "GANs are LLMs"),
    ("Body with `GANs are LLMs` inline.\n", "GANs are LLMs"),
    ("Body.\n\n<div class=\"x\">\nGANs are LLMs\n</div>\n", "GANs are LLMs"),
    ("Body.\n\n<div data-claim=\"GANs are LLMs\"></div>\n", "GANs are LLMs"),
    ("Body <!-- GANs are LLMs --> more.\n", "GANs are LLMs"),
    ("Body.\n\n<!--\nGANs are LLMs\n-->\n", "GANs are LLMs"),
    ("Body [text](https://x.y/GANs-are-LLMs).\n", "GANs-are-LLMs"),
    ("Body <https://x.y/GANs-are-LLMs>.\n", "GANs-are-LLMs"),
])
def test_skipped_constructs(source: str, hidden: str) -> None:
    segments = markdown_segments(source)
    assert_maps_to_source(source, segments)
    text = prose(source)
    assert hidden not in text
    assert "Body" in text


def test_front_matter_only_at_the_very_start() -> None:
    # a thematic break later in the file is not front matter
    source = "Intro.\n\n---\ntitle: kept\n---\n"
    assert "kept" in prose(source)


def test_unclosed_front_matter_is_not_masked() -> None:
    source = "---\ntitle: kept\n\nBody.\n"
    assert "Body" in prose(source)


def test_empty_document_has_no_segments() -> None:
    assert markdown_segments("") == ()
    assert markdown_segments("\n\n   \n") == ()
    assert markdown_segments("```\nonly code\n```\n") == ()


# ---------------------------------------------------------------------------- offsets


def test_offsets_point_at_the_right_line_and_column() -> None:
    source = "# Heading\n\n> A quote that names **GANs** here.\n\n| x | y |\n|---|---|\n| ok | VAEs |\n"
    index = LineIndex(source)
    found = {}
    for seg in markdown_segments(source):
        for word in ("GANs", "VAEs", "Heading"):
            at = seg.text.find(word)
            if at >= 0:
                found[word] = index.locate(seg.start + at)
    assert found == {"Heading": (1, 3), "GANs": (3, 24), "VAEs": (7, 8)}


def test_crlf_source_maps_back() -> None:
    source = SNIPPETS["crlf"]
    segs = markdown_segments(source)
    assert [s.text for s in segs] == ["T", "Para one  line two."]
    assert_maps_to_source(source, segs)
