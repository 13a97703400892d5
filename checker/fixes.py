"""Edits that apply a finding's rewrite to the source text: the one place that turns a
Finding's ``rewrite`` (a replacement for its claim sentence) into character offsets. Pure."""

from __future__ import annotations

from dataclasses import dataclass

from checker.model import Finding


@dataclass(frozen=True, kw_only=True)
class Edit:
    start: int   # character offsets into the source, end exclusive
    end: int
    text: str


def rewrite_edit(finding: Finding, source: str) -> Edit | None:
    """Replace the finding's claim sentence with its rewrite. The sentence is the copy of
    ``finding.claim`` in the source that covers the finding's span (the engine knows the
    span, not the sentence's offsets); None when there is no rewrite, or when markup inside
    the sentence means its text is not in the source as written."""
    if not finding.rewrite or not finding.claim or finding.rewrite == finding.claim:
        return None
    sentence = finding.claim
    lo = max(0, finding.end - len(sentence))
    at = source.find(sentence, lo)
    while at != -1 and at <= finding.start:
        if at + len(sentence) >= finding.end:
            return Edit(start=at, end=at + len(sentence), text=finding.rewrite)
        at = source.find(sentence, at + 1)
    return None
