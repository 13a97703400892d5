"""Same-length masking: markup is replaced by spaces so offsets into the source stay valid."""

from __future__ import annotations

import re

# Inline constructs whose text is not prose. Each regex masks the whole match unless it has
# a group named "keep", whose text is kept (link text).
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK = re.compile(r"\[(?P<keep>[^\]]*)\](?:\((?:[^()]|\([^)]*\))*\)|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>|<[^@>\s]+@[^>\s]+>")
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3}|~~)(?=\S)|(?<=\S)(\*{1,3}|_{1,3}|~~)(?![\w*])")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")


def blank(text: str, start: int, end: int) -> str:
    """Replace text[start:end] by spaces, keeping newlines."""
    part = "".join("\n" if c == "\n" else " " for c in text[start:end])
    return text[:start] + part + text[end:]


def mask_inline_markdown(text: str) -> str:
    """Mask inline code, images, link targets, URLs, HTML and emphasis markers. (Each pass
    runs only when the text has the character its construct needs: most prose has none.)"""
    for needle, rx in (("<!--", _HTML_COMMENT), ("`", _CODE_SPAN), ("![", _IMAGE)):
        if needle in text:
            text = rx.sub(lambda m: _spaces(m.group(0)), text)
    if "[" in text:
        text = _LINK.sub(_keep_link_text, text)
    if "<" in text or "http" in text or "www." in text:
        for rx in (_AUTOLINK, _URL, _HTML_TAG):
            text = rx.sub(lambda m: _spaces(m.group(0)), text)
    if "*" in text or "_" in text or "~~" in text:
        text = _EMPHASIS.sub(lambda m: " " * len(m.group(0)), text)
    if "\\" in text:
        text = _ESCAPE.sub(" ", text)
    return text


def mask_front_matter(source: str) -> str:
    """Blank a leading YAML (---) or TOML (+++) front matter block."""
    for fence in ("---", "+++"):
        if source.startswith(fence + "\n") or source.startswith(fence + "\r\n"):
            end = re.search(rf"^{re.escape(fence)}[ \t]*$", source[len(fence) + 1:], re.M)
            if end:
                stop = len(fence) + 1 + end.end()
                return blank(source, 0, stop)
    return source


def mask_html_comments(source: str) -> str:
    return _HTML_COMMENT.sub(lambda m: _spaces(m.group(0)), source)


def _spaces(s: str) -> str:
    return "".join("\n" if c == "\n" else " " for c in s)


def _keep_link_text(m: re.Match) -> str:
    whole = m.group(0)
    keep_start = m.start("keep") - m.start()
    keep_end = m.end("keep") - m.start()
    return _spaces(whole[:keep_start]) + whole[keep_start:keep_end] + _spaces(whole[keep_end:])
