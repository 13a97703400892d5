"""Read documents into prose segments that keep their offsets in the source file."""

from __future__ import annotations

from pathlib import Path

from checker.document.loader import (HTML_SUFFIXES, MARKDOWN_SUFFIXES, SUPPORTED_SUFFIXES, TEXT_SUFFIXES,
                                     decode, format_for, load_document, parse_document, read_bytes,
                                     read_source)

__all__ = ["HTML_SUFFIXES", "MARKDOWN_SUFFIXES", "SUPPORTED_SUFFIXES", "TEXT_SUFFIXES", "decode", "format_for",
           "load_document", "parse_document", "read_bytes", "read_source", "Path"]
