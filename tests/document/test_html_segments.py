"""HTML reader: the article's prose with offsets into the HTML source; boilerplate is skipped."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from checker.document import load_document, parse_document
from checker.document.html import html_segments
from checker.positions import LineIndex

PAGE = Path(__file__).resolve().parent.parent / "data" / "html" / "boilerplate_page.html"


def _line_col(source: str, line_no: int, needle: str) -> tuple[int, int]:
    """Where ``needle`` is on 1-based line ``line_no`` of the fixture, found independently."""
    line = source.split("\n")[line_no - 1]
    return line_no, line.index(needle) + 1


@pytest.fixture(scope="module")
def page() -> tuple[str, tuple]:
    source = PAGE.read_text(encoding="utf-8")
    return source, html_segments(source)


def test_segments_keep_source_offsets(page):
    source, segments = page
    assert segments
    for seg in segments:
        raw = source[seg.start:seg.start + len(seg.text)]
        assert len(raw) == len(seg.text)
        for i, c in enumerate(seg.text):
            # every kept character is the source character at the same offset, except inside
            # an entity, which is replaced by its (shorter) decoded text plus spaces
            if c != " " and c != raw[i]:
                amp = raw.rfind("&", 0, i + 1)
                semi = raw.find(";", i)
                assert amp >= 0 and semi >= 0 and c in html.unescape(raw[amp:semi + 1]), (seg, i)


def test_boilerplate_is_not_prose(page):
    source, segments = page
    text = " ".join(" ".join(s.text.split()) for s in segments)
    # in the nav, cookie banner, attributes, style, pre/code, aside and footer only
    assert "Generative AI is a type of LLM" not in text
    for never in ("Home", "We use cookies", "Accept", "Related posts", "2024 Example", "document.write",
                  "Example Blog", "var teaser"):
        assert never not in text
    assert text.count("GAN stands for general adversarial network") == 1  # the article's, not the comment's


def test_article_prose_is_kept_with_kinds(page):
    source, segments = page
    by_text = {" ".join(s.text.split()): s for s in segments}
    assert by_text["How image generators learned to compete"].kind == "heading"
    assert by_text["Terms at a glance"].kind == "heading"
    assert by_text["Generative AI is not a single model."].kind == "blockquote"
    item = by_text["Image generators are one family of generative models."]
    assert item.kind == "list_item" and item.context == "Three things to remember:"
    assert by_text["Text generators are another."].group == item.group
    cell = by_text["Two networks trained against each other."]
    assert cell.kind == "table_cell" and cell.context == "What it is"
    assert by_text["GAN"].context == "Term" and by_text["GAN"].group == cell.group
    assert by_text["Term"].context == ""  # header cells have no header
    figure = by_text["The figure shows the generator and the discriminator."]
    assert figure.kind == "paragraph"


def test_claim_position_after_entities(page):
    source, segments = page
    index = LineIndex(source)
    seg = next(s for s in segments if "GAN stands" in s.text)
    at = seg.start + seg.text.index("GAN stands")
    assert index.locate(at) == _line_col(source, 22, "GAN stands")
    assert source[at:at + 10] == "GAN stands"


def test_entities_decode_next_to_their_word():
    source = "<p>Don&rsquo;t say &ldquo;LLMs&rdquo; &amp; GANs&nbsp;are alike.</p>"
    (seg,) = html_segments(source)
    assert seg.text == "Don      ’t say       “LLMs”       &     GANs      are alike."
    assert len(seg.text) == len(source[seg.start:seg.start + len(seg.text)])


def test_inline_code_and_comments_are_masked():
    source = "<p>Call <code>GPT</code> here <!-- LLMs are GANs --> and <b>there</b>.</p>"
    (seg,) = html_segments(source)
    assert seg.text.split() == ["Call", "here", "and", "there", "."]
    assert source[seg.start:].startswith("Call")


@pytest.mark.parametrize("source, expected", [
    ("<p>one<p>two", [("paragraph", "one"), ("paragraph", "two")]),
    ("<ul><li>a<li>b</ul>", [("list_item", "a"), ("list_item", "b")]),
    ("<p>text<div>block</div>", [("paragraph", "text"), ("paragraph", "block")]),
    ("<h2>Title</h2>body text", [("heading", "Title"), ("paragraph", "body text")]),
    ("<table><tr><th>H<td>cell</table>", [("table_cell", "H"), ("table_cell", "cell")]),
])
def test_fragments_and_implied_end_tags(source, expected):
    assert [(s.kind, s.text.strip()) for s in html_segments(source)] == expected


@pytest.mark.parametrize("source", ["", "<<<>>>", "<div>unclosed <script>var x = '<p>'", "</p></li></table>",
                                    "<!-- only a comment -->", "<html><head><title>t</title></head></html>",
                                    '&<!["?<A#>Dp!!b!;!p', "<![CDATA[x]]><p>after</p>"])
def test_odd_pages_do_not_raise(source):
    for seg in html_segments(source):
        assert len(seg.text) == len(source[seg.start:seg.start + len(seg.text)])


def test_loader_dispatches_html_suffixes(tmp_path):
    for name in ("post.html", "post.HTM"):
        path = tmp_path / name
        path.write_text("<html><body><nav>Menu</nav><article><p>Body text.</p></article></body></html>")
        doc = load_document(path)
        assert [s.text for s in doc.segments] == ["Body text."]
    assert parse_document("<p>x</p>", "-", "html").segments[0].text == "x"


def test_text_either_reading_of_trafilatura_keeps_is_read(monkeypatch):
    """trafilatura's precise reading and its recall-leaning one each drop some article text
    (a product page's feature list, a page's footnotes): the runs either keeps are read."""
    import checker.document.html as reader

    source = ("<html><body><article><p>First paragraph about GANs.</p>"
              "<ul class='features'><li>Feature line about diffusion.</li></ul>"
              "<ol class='footnotes'><li>Footnote about LLMs.</li></ol></article></body></html>")

    def one_reading(marked: str, favor_recall: bool) -> str:
        # each reading keeps a different part of the marked page
        keep = ("Footnote",) if favor_recall else ("First", "Feature")
        return "\n".join(line for line in re.split(r"(?=<)", marked) if any(k in line for k in keep))

    monkeypatch.setattr(reader, "_extract", one_reading)
    texts = [" ".join(s.text.split()) for s in reader.html_segments(source)]
    assert texts == ["First paragraph about GANs.", "Feature line about diffusion.", "Footnote about LLMs."]
