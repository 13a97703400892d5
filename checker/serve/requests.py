"""Turn an HTTP check request into a Job, or a one-line RequestError with its status. Pure:
the body's bytes, its Content-Type and the query parameters in, a Job out.

Two shapes:

* ``Content-Type: application/json``: ``{"text": ..., "filename": "post.md", "select": [...],
  "ignore": [...], "severity": {"A7": "error"}, "min_severity": "warning", "edits": false}``
* a raw body with ``Content-Type: text/markdown | text/html | text/plain`` (the reader), and
  the options as query parameters: ``?filename=post.md&select=T,N2&severity=A7=error``.

``filename`` is only a name (its suffix picks the reader, and the report shows it); the server
never opens it, and no request can make the server read a path.
"""

from __future__ import annotations

import json
from typing import Any, Mapping

from checker.api import OPTIONS, parse_options
from checker.document import decode
from checker.errors import ClaimcheckError
from checker.serve.pool import Job

DEFAULT_NAME = "-"
FIELDS = ("text", "filename", "edits", *OPTIONS)
QUERY = ("filename", "edits", *OPTIONS)
MEDIA = {"text/markdown": "markdown", "text/x-markdown": "markdown", "text/html": "html", "text/plain": "text"}


class RequestError(Exception):
    """A request the API refuses: the HTTP status and a one-line reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def parse_check_request(body: bytes, content_type: str, query: Mapping[str, str]) -> Job:
    media = content_type.split(";")[0].strip().lower()
    if media == "application/json" or media.endswith("+json"):
        if query:
            raise RequestError(400, f"unknown query parameter '{next(iter(query))}' (send options in the JSON body)")
        return _json_job(body)
    if media in MEDIA:
        return _raw_job(body, MEDIA[media], query)
    shown = media or "none"
    raise RequestError(415, f"unsupported Content-Type '{shown}' (use application/json, text/markdown, "
                            "text/html or text/plain)")


def _json_job(body: bytes) -> Job:
    try:
        data = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise RequestError(400, "the body is not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        raise RequestError(400, f"bad JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    if not isinstance(data, dict):
        raise RequestError(400, f"expected a JSON object with 'text', got {type(data).__name__}")
    unknown = [k for k in data if k not in FIELDS]
    if unknown:
        raise RequestError(400, f"unknown field '{unknown[0]}' (known: {', '.join(FIELDS)})")
    text = data.get("text")
    if not isinstance(text, str):
        raise RequestError(400, "'text' is required and must be a string")
    if "\x00" in text:
        raise RequestError(400, "'text' contains NUL characters; send text, not a binary file")
    filename = _filename(data.get("filename", DEFAULT_NAME))
    edits = data.get("edits", False)
    if not isinstance(edits, bool):
        raise RequestError(400, "'edits' must be true or false")
    options = _options({k: data[k] for k in OPTIONS if k in data})
    return Job(text=text.replace("\r\n", "\n"), filename=filename, options=options, edits=edits)


def _raw_job(body: bytes, fmt: str, query: Mapping[str, str]) -> Job:
    unknown = [k for k in query if k not in QUERY]
    if unknown:
        raise RequestError(400, f"unknown query parameter '{unknown[0]}' (known: {', '.join(QUERY)})")
    filename = _filename(query.get("filename", DEFAULT_NAME))
    try:
        text = decode(body, filename)
    except ClaimcheckError as exc:
        raise RequestError(400, f"the body {getattr(exc, 'problem', exc)}") from None
    raw: dict[str, Any] = {k: query[k] for k in ("select", "ignore", "min_severity") if k in query}
    if "severity" in query:
        raw["severity"] = _severity_pairs(query["severity"])
    edits = query.get("edits", "false").lower()
    if edits not in ("true", "false", "1", "0"):
        raise RequestError(400, "'edits' must be true or false")
    return Job(text=text, filename=filename, fmt=fmt, options=_options(raw), edits=edits in ("true", "1"))


def _filename(raw: Any) -> str:
    if not isinstance(raw, str) or not raw.strip() or len(raw) > 255 or "\x00" in raw:
        raise RequestError(400, "'filename' must be a name of 1 to 255 characters, such as post.md")
    return raw.strip()


def _severity_pairs(raw: str) -> dict[str, str]:
    out = {}
    for pair in raw.split(","):
        fact_id, sep, level = pair.partition("=")
        if not sep or not fact_id.strip():
            raise RequestError(400, f"severity: expected ID=LEVEL pairs (e.g. A7=error,L1=warning), got {raw!r}")
        out[fact_id.strip()] = level.strip()
    return out


def _options(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Validate the option shapes here (the fact ids are checked against the fact base by the
    app); the values travel to the worker as given, JSON-able."""
    try:
        parse_options(raw)
    except ClaimcheckError as exc:
        key, problem = getattr(exc, "key", ""), getattr(exc, "problem", str(exc))
        raise RequestError(400, f"{key}: {problem}" if key else problem) from None
    return dict(raw)
