"""HTML prose: the article's text, with offsets into the HTML source.

A published page carries navigation, footers, scripts and cookie banners around the article.
Two passes keep only the article and keep every character at its offset in the file:

1. ``html.parser`` (stdlib) tokenizes the page and says where each tag, comment and text run
   starts, so every text run has a span ``[start, end)`` in the source. Runs are grouped into
   blocks (p, h1-h6, li, td/th, blockquote, figcaption, ...). Runs inside script, style, pre,
   code and the like are never prose; attributes and comments are never text runs at all.
2. trafilatura (a main-content extractor) decides which runs are the article. It reads a copy
   of the page in which each run starts with a marker naming the run; the markers that come
   out of its extraction are the runs it kept. No text is searched for.

A segment is then cut from the source for each block: the block's kept runs keep their
characters, everything else in it (tags, comments, skipped runs) becomes spaces, and an
entity (``&rsquo;``) becomes its character padded with spaces to the entity's length, next to
the word it belongs to (``don&rsquo;t`` reads ``don      ’t``), so offsets stay valid.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from checker.model import Note, Segment
from checker.positions import LineIndex

# Never prose: their text runs are skipped wherever the extractor puts them.
SKIP_TAGS = frozenset({"script", "style", "pre", "code", "kbd", "samp", "noscript", "template", "textarea",
                       "svg", "math", "head", "title", "select", "option", "button", "iframe", "object"})
# Starting or ending one of these ends the current run of prose (a new segment begins).
BLOCK_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "blockquote",
                        "figcaption", "dt", "dd", "caption", "div", "section", "article", "main", "header",
                        "footer", "aside", "nav", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr",
                        "figure", "form", "address", "details", "summary", "hr", "body", "html", "fieldset"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                       "source", "track", "wbr"})
# HTML's implied end tags, simplified: a start tag closes an open element of the named kinds,
# searching down the stack no further than a boundary element.
_IMPLIED_END = {
    "li": ({"li"}, {"ul", "ol", "table", "td", "th"}),
    "dt": ({"dt", "dd"}, {"dl", "table", "td", "th"}),
    "dd": ({"dt", "dd"}, {"dl", "table", "td", "th"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "tr": ({"tr", "td", "th"}, {"table", "thead", "tbody", "tfoot"}),
    "thead": ({"thead", "tbody", "tfoot", "tr", "td", "th"}, {"table"}),
    "tbody": ({"thead", "tbody", "tfoot", "tr", "td", "th"}, {"table"}),
    "tfoot": ({"thead", "tbody", "tfoot", "tr", "td", "th"}, {"table"}),
    "option": ({"option"}, {"select"}),
}
_P_SCOPE = {"table", "td", "th", "caption", "button", "object", "template", "html"}
# Block-level start tags that close an open <p>.
_CLOSES_P = BLOCK_TAGS - {"td", "th", "tr", "thead", "tbody", "tfoot", "caption", "body", "html"} | {"pre"}

# Text this deep is not read by lxml's HTML parser (libxml2 stops near 256 open elements);
# a little lower, as our element stack and libxml2's differ on implied ends.
DEEP_LIMIT = 250
NOTE_DEEP = "note-deep-nesting"

_ENTITY = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
_HTML_TAG = re.compile(r"<html[\s>]", re.I)
_LAYOUT = str.maketrans("\n\r\t\f\v\xa0", "      ")

# Run markers: a pair of CJK ideographs (printable, so extractors keep them, and unchanged by
# Unicode normalisation). High digit from Extension C, low digit from Extension B.
_LOW_BASE, _LOW_SIZE = 0x20000, 0xA6E0
_HIGH_BASE, _HIGH_SIZE = 0x2A700, 0x1000
_MARKER = re.compile("([\U0002A700-\U0002B6FF])([\U00020000-\U0002A6DF])")


def html_segments(source: str) -> tuple[Segment, ...]:
    """Prose segments of the page's main content; offsets are into ``source``."""
    return read_html(source)[0]


def read_html(source: str) -> tuple[tuple[Segment, ...], tuple[Note, ...]]:
    """Prose segments, and a note on text nested too deep for the extractor to read."""
    page = _scan(source)
    if not page.runs:
        return (), ()
    kept = _main_content(source, page)
    return _cut(source, page, kept), _too_deep(page, kept)


def _too_deep(page: _Page, kept: set[int]) -> tuple[Note, ...]:
    """lxml (under trafilatura) stops reading a page about 255 elements deep, and everything
    after that point is lost. Text from the first run that deep on, not kept, is noted."""
    first = next((i for i, run in enumerate(page.runs) if run.depth >= DEEP_LIMIT), None)
    if first is None:
        return ()
    lost = [run for i, run in enumerate(page.runs[first:], first) if not run.skipped and i not in kept]
    if not lost:
        return ()
    return (Note(rule=NOTE_DEEP, start=lost[0].start, end=lost[-1].end,
                 message=f"text nested {page.runs[first].depth} HTML elements deep (or after it) was not "
                         f"read: the HTML parser stops near {DEEP_LIMIT}"),)


@dataclass
class _Block:
    kind: str
    table: int = -1       # table cells: the table, column and row
    column: int = -1
    row: int = -1
    header: bool = False  # a cell of the table's header row
    list_id: int = -1     # list items: the list and the paragraph before it (its lead-in)
    lead_in: int = -1     # (a <dd>: its <dt>)
    runs: list[int] = field(default_factory=list)


@dataclass
class _Run:
    start: int
    end: int
    skipped: bool  # inside script, style, pre, code, ...
    depth: int = 0  # open elements around it


@dataclass
class _Page:
    runs: list[_Run]
    blocks: list[_Block]


class _Scanner(HTMLParser):
    """Tokenizes a page into text runs with source spans, grouped into blocks."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self._index = LineIndex(source)
        self._length = len(source)
        self.runs: list[_Run] = []
        self.blocks: list[_Block] = []
        self._stack: list[str] = []
        self._skip = 0           # open SKIP_TAGS elements
        self._block = -1         # block that the next run joins (-1: start a new one)
        self._open_run = -1      # run still waiting for its end offset
        self._lists = 0
        self._last_paragraph = -1  # the last paragraph block, and the one before the open list
        self._lead_in = -1
        self._last_term = -1  # the last <dt> block, the term of the <dd> blocks after it
        self._tables: list[list[int]] = []  # per open table: [table id, row in table, column]
        self._table_count = 0
        self._rows = 0

    # -- offsets -------------------------------------------------------------------------
    def _here(self) -> int:
        line, col = self.getpos()
        return self._index.line_start(line) + col

    def _event(self) -> None:
        """A token starts here: the open text run ends here."""
        if self._open_run >= 0:
            self.runs[self._open_run].end = self._here()
            self._open_run = -1

    def finish(self) -> None:
        if self._open_run >= 0:
            self.runs[self._open_run].end = self._length
            self._open_run = -1

    # -- tokens --------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self._open_run >= 0 or not data.strip():  # "a < b" comes as several data tokens: one run
            return
        if self._block < 0:
            self._block = self._new_block()
        self.runs.append(_Run(self._here(), self._length, self._skip > 0, len(self._stack)))
        self._open_run = len(self.runs) - 1
        self.blocks[self._block].runs.append(self._open_run)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self._event()
        self._implied_end(tag)
        if tag in BLOCK_TAGS:
            self._block = -1
            self._structure(tag)
        if tag in VOID_TAGS:
            return
        self._stack.append(tag)
        self._skip += tag in SKIP_TAGS

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self._event()
        if tag in BLOCK_TAGS:
            self._block = -1

    def handle_endtag(self, tag: str) -> None:
        self._event()
        if tag in BLOCK_TAGS:
            self._block = -1
        if tag in self._stack:
            self._pop_through(len(self._stack) - 1 - self._stack[::-1].index(tag))

    def handle_comment(self, data: str) -> None:
        self._event()

    def handle_decl(self, decl: str) -> None:
        self._event()

    def handle_pi(self, data: str) -> None:
        self._event()

    def unknown_decl(self, data: str) -> None:
        self._event()

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """A malformed ``<![...`` makes html.parser raise; read it as text instead."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            return -1  # "incomplete": at the end of input the parser takes it as text

    # -- structure -----------------------------------------------------------------------
    def _pop_through(self, depth: int) -> None:
        for tag in self._stack[depth:]:
            self._skip -= tag in SKIP_TAGS
            if tag == "table" and self._tables:
                self._tables.pop()
        del self._stack[depth:]

    def _implied_end(self, tag: str) -> None:
        closes, boundary = _IMPLIED_END.get(tag, (set(), set()))
        if tag in _CLOSES_P:
            closes, boundary = closes | {"p"}, boundary | _P_SCOPE
        for depth in range(len(self._stack) - 1, -1, -1):
            open_tag = self._stack[depth]
            if open_tag in closes:
                self._pop_through(depth)
                return
            if open_tag in boundary:
                return

    def _structure(self, tag: str) -> None:
        """Lists, tables and rows, for the context of list items and table cells."""
        if tag in ("ul", "ol") and "li" not in self._stack:
            self._lists += 1
            self._lead_in = self._last_paragraph
        elif tag == "table":
            self._table_count += 1
            self._tables.append([self._table_count, -1, 0])
        elif tag == "tr" and self._tables:
            self._rows += 1
            self._tables[-1][1] += 1
            self._tables[-1][2] = 0
        elif tag in ("td", "th") and self._tables:
            self._tables[-1][2] += 1

    def _new_block(self) -> int:
        stack = self._stack
        block = _Block(kind=_kind(stack))
        if block.kind == "table_cell" and self._tables:
            table, row_in_table, column = self._tables[-1]
            cell = next(t for t in reversed(stack) if t in ("td", "th"))
            block.table, block.row, block.column = table, self._rows, column - 1
            block.header = "thead" in stack or (row_in_table == 0 and cell == "th")
        elif block.kind == "list_item":
            block.list_id, block.lead_in = self._lists, self._lead_in
        elif block.kind == "definition":
            block.lead_in = self._last_term
        elif block.kind in ("paragraph", "heading") and not self._skip:  # (a heading leads the list under it)
            self._last_paragraph = len(self.blocks)
            if stack and stack[-1] == "dt":
                self._last_term = len(self.blocks)
        self.blocks.append(block)
        return len(self.blocks) - 1


def _kind(stack: list[str]) -> str:
    """The segment kind, with Markdown's precedence: cell, heading, list item, quote, paragraph."""
    tags = set(stack)
    if tags & {"td", "th"}:
        return "table_cell"
    if tags & HEADINGS:
        return "heading"
    if "li" in tags:
        return "list_item"
    if "blockquote" in tags:
        return "blockquote"
    if "dd" in tags:
        return "definition"
    return "paragraph"


def _scan(source: str) -> _Page:
    scanner = _Scanner(source)
    scanner.feed(source)
    scanner.close()
    scanner.finish()
    return _Page(scanner.runs, scanner.blocks)


# -- main content ------------------------------------------------------------------------
def _marker(i: int) -> str:
    return chr(_HIGH_BASE + i // _LOW_SIZE) + chr(_LOW_BASE + i % _LOW_SIZE)


def _main_content(source: str, page: _Page) -> set[int]:
    """Indices of the runs that trafilatura keeps as the article."""
    pieces: list[str] = []
    pos = 0
    for i, run in enumerate(page.runs):
        if run.skipped or i >= _LOW_SIZE * _HIGH_SIZE:
            continue
        text = source[run.start:run.end]
        stripped = len(text) - len(text.lstrip())
        if stripped == len(text):
            continue
        at = run.start + stripped
        pieces += (source[pos:at], _marker(i))
        pos = at
    pieces.append(source[pos:])
    if not _HTML_TAG.search(source, 0, 4096):  # a fragment (a post body): give it a page to live in
        pieces = ["<html><body>", *pieces, "</body></html>"]
    marked = "".join(pieces)
    kept = set()
    # trafilatura's precise reading and its recall-leaning one each drop article text the other
    # keeps (a product page's feature list, footnotes; or a directory's entries): keep the union
    for extracted in (_extract(marked, favor_recall=False), _extract(marked, favor_recall=True)):
        for m in _MARKER.finditer(extracted or ""):
            i = (ord(m.group(1)) - _HIGH_BASE) * _LOW_SIZE + ord(m.group(2)) - _LOW_BASE
            if i < len(page.runs):
                kept.add(i)
    return kept


_CONFIG = None


def _extract(marked: str, favor_recall: bool) -> str | None:
    global _CONFIG
    import trafilatura  # imported on the first HTML page: Markdown-only runs never pay for it
    from trafilatura.settings import use_config

    if _CONFIG is None:
        config = use_config()
        # Short posts are articles too: without this, a page under 250 characters of article
        # is re-extracted by a baseline that keeps navigation text.
        config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
        _CONFIG = config
    return trafilatura.extract(marked, config=_CONFIG, include_comments=False, include_tables=True,
                               include_images=False, include_links=False, deduplicate=False,
                               favor_recall=favor_recall)


# -- segments ----------------------------------------------------------------------------
def _run_text(raw: str) -> str:
    """Same-length prose for a raw text run: layout characters become spaces, an entity
    becomes its character padded with spaces to the entity's length."""
    raw = raw.translate(_LAYOUT)
    if "&" not in raw:
        return raw
    return _ENTITY.sub(lambda m: _entity(m, raw), raw)


def _entity(m: re.Match, raw: str) -> str:
    entity = m.group(0)
    char = html.unescape(entity).translate(_LAYOUT)
    if len(char) > len(entity):  # cannot happen for HTML's entities; keep the source if it did
        return entity
    pad = " " * (len(entity) - len(char))
    follows = raw[m.end():m.end() + 1]
    return pad + char if follows.isalnum() else char + pad


def _block_text(source: str, page: _Page, block: _Block, kept: set[int]) -> tuple[int, str] | None:
    runs = [page.runs[i] for i in block.runs if i in kept and not page.runs[i].skipped]
    if not runs:
        return None
    start, end = runs[0].start, runs[-1].end
    chars = [" "] * (end - start)
    for run in runs:
        chars[run.start - start:run.end - start] = _run_text(source[run.start:run.end])
    text = "".join(chars)
    if not text.strip():
        return None
    return start, text


def _cut(source: str, page: _Page, kept: set[int]) -> tuple[Segment, ...]:
    texts = [_block_text(source, page, b, kept) for b in page.blocks]
    headers: dict[tuple[int, int], str] = {}
    for block, cut in zip(page.blocks, texts):
        if cut and block.kind == "table_cell" and block.header:
            headers.setdefault((block.table, block.column), cut[1].strip())
    segments = []
    for block, cut in zip(page.blocks, texts):
        if cut is None:
            continue
        start, text = cut
        context, group = "", -1
        if block.kind == "list_item":
            lead = texts[block.lead_in] if block.lead_in >= 0 else None
            context, group = (lead[1].strip() if lead else ""), block.list_id
        elif block.kind == "table_cell":
            context = "" if block.header else headers.get((block.table, block.column), "")
            group = block.row
        elif block.kind == "definition":
            term = texts[block.lead_in] if block.lead_in >= 0 else None
            context = term[1].strip() if term else ""
        segments.append(Segment(start=start, text=text, kind=block.kind, context=" ".join(context.split()),
                                group=group))
    return tuple(segments)
