"""Plain text: paragraphs separated by blank lines; short unpunctuated lines are headings."""

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
            segments.append(Segment(start=start, text=text, kind="text"))
            block.clear()

    pos = 0
    for line in source.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if not stripped:
            flush()
        elif _is_heading(stripped):
            flush()
            segments.append(Segment(start=pos, text=body.replace("\t", " "), kind="heading"))
        else:
            block.append((pos, body))
        pos += len(line)
    flush()
    return tuple(segments)


def _is_heading(line: str) -> bool:
    """A short line without closing punctuation reads as a heading, not as half a sentence."""
    return len(line.split()) <= 12 and not line.endswith(_TERMINAL) and not re.match(r"^[a-z]", line)
