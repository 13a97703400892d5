"""Plain text: paragraphs separated by blank lines; a short unpunctuated line standing alone
(blank lines around it) is a heading."""

from __future__ import annotations

import re

from checker.model import Segment

_TERMINAL = tuple(".!?:;,)\"'”’")


def text_segments(source: str) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    block: list[tuple[int, str]] = []

    def flush() -> None:
        if block:
            start = block[0][0]
            end = block[-1][0] + len(block[-1][1])
            text = source[start:end].replace("\r", " ").replace("\n", " ").replace("\t", " ")
            # only a line on its own can be a heading: the first line of a wrapped paragraph
            # is often short and unpunctuated too
            kind = "heading" if len(block) == 1 and _is_heading(block[0][1].strip()) else "text"
            segments.append(Segment(start=start, text=text, kind=kind))
            block.clear()

    pos = 0
    for line in source.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if not body.strip():
            flush()
        else:
            block.append((pos, body))
        pos += len(line)
    flush()
    return tuple(segments)


def _is_heading(line: str) -> bool:
    """A short line without closing punctuation reads as a heading, not as half a sentence."""
    return len(line.split()) <= 12 and not line.endswith(_TERMINAL) and not re.match(r"^[a-z]", line)
