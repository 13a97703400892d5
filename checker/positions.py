"""Character offsets to 1-based line/column. The only module that knows about lines."""

from __future__ import annotations

import re
from bisect import bisect_right


class LineIndex:
    """Maps a character offset in ``text`` to a 1-based (line, column).

    Columns count characters (not bytes), 1-based; an offset equal to ``len(text)``
    maps to the position just after the last character.
    """

    __slots__ = ("_starts", "_length")

    def __init__(self, text: str) -> None:
        starts = [0]
        pos = text.find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = text.find("\n", pos + 1)
        self._starts = starts
        self._length = len(text)

    def locate(self, offset: int) -> tuple[int, int]:
        if offset < 0 or offset > self._length:
            raise ValueError(f"offset {offset} outside text of length {self._length}")
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_start(self, line: int) -> int:
        """Offset of the first character of 1-based ``line``."""
        return self._starts[line - 1]

    @property
    def line_count(self) -> int:
        return len(self._starts)


_LONE_CR = re.compile(r"\r(?!\n)")


def normalise_newlines(text: str) -> str:
    """Line endings made readable by every reader, at the same offsets: a lone CR (classic Mac,
    some CMS exports) becomes LF, one character for one, and CRLF stays as it is (the CR is the
    last character of its line). Offsets into the result are offsets into ``text``, so lines and
    columns are true for LF, CRLF and CR files alike. Called once, in ``parse_document``."""
    return _LONE_CR.sub("\n", text) if "\r" in text else text
