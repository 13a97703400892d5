"""LineIndex: the one place that turns character offsets into 1-based line/column."""

from __future__ import annotations

import pytest

from checker.positions import LineIndex


def brute_force(text: str, offset: int) -> tuple[int, int]:
    """Reference implementation: count newlines before the offset."""
    before = text[:offset]
    line = before.count("\n") + 1
    col = offset - (before.rfind("\n") + 1) + 1
    return line, col


@pytest.mark.parametrize("text", [
    "",
    "a",
    "\n",
    "\n\n\n",
    "one line, no newline",
    "first\nsecond\nthird\n",
    "ends without newline\nlast",
    "\nstarts with a newline",
    "tabs\tand  spaces\n\n  indented\n",
    "unicode: généré, 汉字, 🚀 emoji\nsecond line 🚀\n",
])
def test_every_offset_matches_brute_force(text: str) -> None:
    index = LineIndex(text)
    for offset in range(len(text) + 1):
        assert index.locate(offset) == brute_force(text, offset), offset


def test_first_character_is_line_1_column_1() -> None:
    assert LineIndex("abc\ndef").locate(0) == (1, 1)


def test_character_after_newline_starts_next_line() -> None:
    index = LineIndex("abc\ndef")
    assert index.locate(3) == (1, 4)  # the newline itself belongs to line 1
    assert index.locate(4) == (2, 1)


def test_end_of_text_is_just_after_last_character() -> None:
    assert LineIndex("abc\ndef").locate(7) == (2, 4)
    assert LineIndex("abc\n").locate(4) == (2, 1)
    assert LineIndex("").locate(0) == (1, 1)


def test_columns_count_characters_not_bytes() -> None:
    text = "🚀 GANs"  # the rocket is 4 bytes in UTF-8 but one character
    assert LineIndex(text).locate(text.index("GANs")) == (1, 3)


def test_carriage_return_is_an_ordinary_character() -> None:
    # documents are normalised to \n when read; a stray \r does not start a line
    index = LineIndex("a\rb\nc")
    assert index.locate(2) == (1, 3)
    assert index.locate(4) == (2, 1)


@pytest.mark.parametrize("offset", [-1, 8, 100])
def test_offsets_outside_the_text_are_rejected(offset: int) -> None:
    with pytest.raises(ValueError, match="outside text"):
        LineIndex("abc\ndef").locate(offset)


def test_line_start_and_line_count() -> None:
    text = "ab\n\ncd\n"
    index = LineIndex(text)
    assert index.line_count == 4  # the empty line after the final newline counts
    assert [index.line_start(n) for n in range(1, 5)] == [0, 3, 4, 7]
    for n in range(1, 5):
        assert index.locate(index.line_start(n)) == (n, 1)


def test_line_count_of_empty_text_is_one() -> None:
    assert LineIndex("").line_count == 1
