"""Markdown prose through markdown-it-py (CommonMark + tables), with source offsets.

markdown-it gives each block its source line range; the inline content of a block is the
source text of those lines minus the block markers (`#`, `>`, list bullets, indentation,
table pipes). Each content line is located in its own source line, so every character of a
segment is the character at the same offset in the file. Inline markup is then masked.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from checker.document.mask import mask_front_matter, mask_html_comments, mask_inline_markdown
from checker.model import Note, Segment

# markdown-it stops reading a block nested deeper than maxNesting, and the rest of the enclosing
# block with it (CommonMark's preset allows 20: a blockquote 20 deep, a list 10 deep). We allow
# more, and say where the limit was still hit (NOTE_DEEP) instead of dropping text silently.
MAX_NESTING = 100
NOTE_DEEP = "note-deep-nesting"
_PARSER = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table")


_NEWLINE = re.compile("\n")
# a line that is one term in bold, as a glossary sets it above its definition ("**BERT**",
# "__Diffusion model__"), not a sentence in bold ("**GANs are LLMs.**") nor a label ("**Answer:**")
_TERM_LINE = re.compile(r"^[ \t]*(\*\*|__)(?=\S)([^*_\n]{1,60}?[^*_\n.?!:;,])\1[ \t]*\n[ \t]*\S")


def _line_starts(source: str) -> list[int]:
    return [0] + [m.end() for m in _NEWLINE.finditer(source)]  # (a regex: ten times a character loop)


def _locate(masked: str, starts: list[int], first_line: int, content: str, cursor: int) -> list[tuple[int, int]]:
    """Spans (start, end) in ``masked`` of each line of ``content``, searching forward from
    ``cursor`` within the block's lines."""
    spans = []
    line = first_line
    for piece in content.split("\n"):
        if not piece.strip():
            line += 1
            continue
        while line < len(starts):
            lo = max(starts[line], cursor)
            hi = starts[line + 1] if line + 1 < len(starts) else len(masked)
            at = masked.find(piece, lo, hi)
            if at < 0 and "|" in piece:  # a table cell's escaped pipe ("\|") arrives unescaped
                escaped = piece.replace("|", "\\|")
                at = masked.find(escaped, lo, hi)
                if at >= 0:
                    spans.append((at, at + len(escaped)))
                    cursor = at + len(escaped)
                    break
            if at >= 0:
                spans.append((at, at + len(piece)))
                cursor = at + len(piece)
                break
            line += 1
        else:
            break
        line += 1 if cursor >= (starts[line + 1] if line + 1 < len(starts) else len(masked)) else 0
    return spans


def _segment(masked: str, spans: list[tuple[int, int]], kind: str, context: str = "", group: int = -1) -> Segment | None:
    if not spans:
        return None
    start, end = spans[0][0], spans[-1][1]
    chars = [" "] * (end - start)
    for a, b in spans:
        chars[a - start:b - start] = masked[a:b]
    text = mask_inline_markdown("".join(chars)).replace("\r", " ").replace("\n", " ")
    if not text.strip():
        return None
    return Segment(start=start, text=text, kind=kind, context=context, group=group)


def markdown_segments(source: str) -> tuple[Segment, ...]:
    return read_markdown(source)[0]


def read_markdown(source: str) -> tuple[tuple[Segment, ...], tuple[Note, ...]]:
    """Prose segments, and notes on text that was not read (nested deeper than MAX_NESTING)."""
    masked = mask_html_comments(mask_front_matter(source))
    tokens = _PARSER.parse(masked)
    starts = _line_starts(masked)
    return _segments(masked, tokens, starts), _too_deep(masked, tokens, starts)


def _too_deep(masked: str, tokens: list, starts: list[int]) -> tuple[Note, ...]:
    """Where markdown-it hit its nesting limit: from the block that reached it to the end of
    the top-level block around it (what markdown-it skips)."""
    notes: list[Note] = []
    outer = None
    for tok in tokens:
        if tok.level == 0 and tok.nesting == 1:
            outer = tok
        if tok.nesting == 1 and tok.level + 1 >= MAX_NESTING and tok.map and outer is not None and outer.map:
            start = starts[tok.map[0]]
            end = starts[outer.map[1]] if outer.map[1] < len(starts) else len(masked)
            end = len(masked[:end].rstrip())
            if end > start and not (notes and notes[-1].end >= end):
                notes.append(Note(rule=NOTE_DEEP, start=start, end=end,
                                  message=f"text nested deeper than {MAX_NESTING} Markdown levels (quotes, "
                                          "lists) was not read"))
    return tuple(notes)


def _segments(masked: str, tokens: list, starts: list[int]) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    stack: list[str] = []
    lead_in = ""          # last paragraph before a list: the list's lead-in sentence
    list_id = -1
    row_id = -1
    header: list[str] = []
    col = 0
    in_head = False
    last_paragraph = ""
    for tok in tokens:
        if tok.nesting == 1:
            stack.append(tok.type)
            if tok.type in ("bullet_list_open", "ordered_list_open") and "list_item_open" not in stack[:-1]:
                list_id += 1
                lead_in = last_paragraph
            elif tok.type == "thead_open":
                in_head, header = True, []
            elif tok.type == "tbody_open":
                in_head = False
            elif tok.type == "tr_open":
                row_id += 1
                col = 0
            continue
        if tok.nesting == -1:
            if stack:
                stack.pop()
            continue
        if tok.type != "inline" or tok.map is None:
            continue
        first = tok.map[0]
        cursor = starts[first]
        if "th_open" in stack or "td_open" in stack:
            if in_head:
                header.append(tok.content.strip())
                col += 1
                continue  # header cells are labels, not claims
            context = header[col] if col < len(header) else ""
            spans = _locate(masked, starts, first, tok.content, _cell_cursor(segments, row_id, starts[first]))
            seg = _segment(masked, spans, "table_cell", context, row_id)
            col += 1
            if seg:
                segments.append(seg)
            continue
        if "heading_open" in stack:
            kind = "heading"
        elif "list_item_open" in stack:
            kind = "list_item"
        elif "blockquote_open" in stack:
            kind = "blockquote"
        else:
            kind = "paragraph"
        spans = _locate(masked, starts, first, tok.content, cursor)
        term = _TERM_LINE.match(tok.content) if kind == "paragraph" and len(spans) > 1 else None
        if term:  # a glossary entry: its term in bold on a line of its own, its definition below
            label = _segment(masked, spans[:1], kind)
            if label:
                segments.append(label)
            spans, kind = spans[1:], "definition"
        seg = _segment(masked, spans, kind, lead_in if kind == "list_item" else term.group(2).strip() if term else "",
                       list_id if kind == "list_item" else -1)
        if seg:
            segments.append(seg)
            if kind in ("paragraph", "heading"):
                last_paragraph = seg.text.strip()  # (a heading after a paragraph leads the list under it)
    return tuple(segments)


def _cell_cursor(segments: list[Segment], row: int, line_start: int) -> int:
    """Search a table cell after the previous cell of the same row."""
    if segments and segments[-1].kind == "table_cell" and segments[-1].group == row:
        return segments[-1].start + len(segments[-1].text)
    return line_start
