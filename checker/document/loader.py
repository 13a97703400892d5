"""Read a file (or stdin text) and dispatch to the reader for its format."""

from __future__ import annotations

from pathlib import Path

from checker.document.html import html_segments
from checker.document.markdown import markdown_segments
from checker.document.text import text_segments
from checker.errors import InputError
from checker.model import Document
from checker.positions import normalise_newlines

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = MARKDOWN_SUFFIXES + TEXT_SUFFIXES + HTML_SUFFIXES


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
    source = normalise_newlines(source)
    if fmt == "markdown":
        segments = markdown_segments(source)
    elif fmt == "text":
        segments = text_segments(source)
    elif fmt == "html":
        segments = html_segments(source)
    else:
        raise InputError(path, f"unsupported format '{fmt}'")
    return Document(path=path, source=source, segments=segments)


def format_for(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "markdown"  # .md and unknown suffixes (stdin, drafts) read as Markdown, a superset of text


def load_document(path: Path, display: str | None = None) -> Document:
    return parse_document(read_source(path), display or str(path))
