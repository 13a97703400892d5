"""Reading files: decoding, errors that name the file, and the choice of reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.document import decode, load_document, parse_document, read_source
from checker.document.loader import format_for
from checker.errors import InputError


def test_utf8_with_bom_is_decoded_and_line_endings_kept_for_parse_document() -> None:
    assert decode("\ufeffGANs\r\nVAEs\r\n".encode("utf-8"), "a.md") == "GANs\r\nVAEs\r\n"


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(InputError) as exc:
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "picture.md")
    assert exc.value.path == "picture.md"
    assert "binary" in str(exc.value)
    assert str(exc.value).startswith("picture.md: ")


def test_invalid_utf8_names_byte_and_offset() -> None:
    with pytest.raises(InputError) as exc:
        decode("café ".encode("latin-1") + b"more", "latin.txt")
    message = str(exc.value)
    assert message.startswith("latin.txt: ")
    assert "not valid UTF-8" in message and "0xe9" in message and "offset 3" in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_source(tmp_path / "nope.md")


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_source(tmp_path)


@pytest.mark.parametrize("name, fmt", [
    ("a.md", "markdown"), ("a.markdown", "markdown"), ("A.MD", "markdown"), ("a.mdx", "markdown"),
    ("a.txt", "text"), ("a.text", "text"), ("-", "markdown"), ("draft", "markdown"),
])
def test_format_from_suffix(name: str, fmt: str) -> None:
    assert format_for(name) == fmt


def test_markdown_and_text_readers_differ_on_markup() -> None:
    source = "# Title\n\nBody with `code`.\n"
    md = parse_document(source, "a.md")
    txt = parse_document(source, "a.txt")
    assert [s.kind for s in md.segments] == ["heading", "paragraph"]
    assert "code" not in md.segments[1].text
    assert [s.text for s in txt.segments] == ["# Title", "Body with `code`."]


def test_explicit_format_overrides_suffix() -> None:
    doc = parse_document("# Title\n", "notes.txt", fmt="markdown")
    assert doc.segments[0].kind == "heading"


def test_unknown_format_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unsupported format 'docx'"):
        parse_document("x", "a.docx", fmt="docx")


def test_load_document_keeps_display_path_and_source(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"Hello\r\nworld.\r\n")
    doc = load_document(path, "shown/a.md")
    assert doc.path == "shown/a.md"
    assert doc.source == "Hello\r\nworld.\r\n"  # offsets stay true to the file
    assert doc.segments[0].text == "Hello  world."  # the CR is a space at its own offset
