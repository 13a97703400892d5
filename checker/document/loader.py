"""Read a file (or stdin text) and dispatch to the reader for its format."""

from __future__ import annotations

from pathlib import Path

from checker.document.html import read_html
from checker.document.markdown import read_markdown
from checker.document.text import text_segments
from checker.errors import InputError
from checker.model import Document, Note
from checker.positions import normalise_newlines

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = MARKDOWN_SUFFIXES + TEXT_SUFFIXES + HTML_SUFFIXES
NOTE_NUL = "note-nul-character"


def decode(data: bytes, path: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM); binary and undecodable files are errors."""
    if b"\x00" in data[:8192]:
        raise InputError(path, "looks like a binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    return text  # line endings are normalised in parse_document, for stdin and API text too


def read_source(path: Path) -> str:
    return decode(read_bytes(path), str(path))


def read_bytes(path: Path) -> bytes:
    """The file's bytes; a file that cannot be read is an InputError saying why."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory") from None
    except PermissionError:
        raise InputError(str(path), "permission denied") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None


def parse_document(source: str, path: str, fmt: str | None = None) -> Document:
    """Split ``source`` into prose segments. ``fmt`` is markdown|text|html, else from the suffix."""
    fmt = fmt or format_for(path)
    source, notes = _nul_to_replacement(normalise_newlines(source))
    if fmt == "markdown":
        segments, more = read_markdown(source)
    elif fmt == "text":
        segments, more = text_segments(source), ()
    elif fmt == "html":
        segments, more = read_html(source)
    else:
        raise InputError(path, f"unsupported format '{fmt}'")
    return Document(path=path, source=source, segments=segments, notes=notes + more)


def _nul_to_replacement(source: str) -> tuple[str, tuple[Note, ...]]:
    """A NUL past the binary sniff (the first 8 KB) becomes U+FFFD at the same offset, as
    markdown-it would make it (which then lost the paragraph); a note says where the first is."""
    at = source.find("\x00")
    if at < 0:
        return source, ()
    count = source.count("\x00")
    note = Note(rule=NOTE_NUL, start=at, end=at + 1,
                message=f"{count} NUL character{'' if count == 1 else 's'} read as U+FFFD (is the file damaged?)")
    return source.replace("\x00", "\ufffd"), (note,)


def format_for(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "markdown"  # .md and unknown suffixes (stdin, drafts) read as Markdown, a superset of text


def load_document(path: Path, display: str | None = None) -> Document:
    return parse_document(read_source(path), display or str(path))
