"""Acronym expansions: normalising and judging whether text reads as an attempted expansion."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+")


def norm_words(text: str) -> list[str]:
    words = []
    for w in text.lower().replace("‐", "-").split():
        w = w.replace("-", "")
        w = "".join(_WORD.findall(w))
        if w.endswith("s") and len(w) > 3 and not w.endswith("ss"):
            w = w[:-1]
        if w:
            words.append(w)
    return words


_LINKS = {"for", "from", "to", "of", "and", "the", "a"}


def expansion_plausible(got: list[str], right: list[str], acronym: str) -> bool:
    """Does ``got`` read as an attempt at the expansion (same head noun, same initials, or
    mostly the same words), rather than unrelated text that happens to follow the acronym?"""
    if not got:
        return False
    if "".join(got).startswith(right[0]) and len(right[0]) > 6:
        return True  # starts with the distinctive first word ("text-to-text ...")
    if abs(len(got) - len(right)) > 1:
        return False
    if got[-1] == right[-1]:
        return True
    letters = "".join(ch for ch in acronym.lower() if ch.isalpha())
    if "".join(w[0] for w in got if w not in _LINKS) == letters:
        return True  # "Basic Encoder for Retrieval Tasks": the initials, function words aside
    return len(set(got) & set(right)) * 2 >= len(right)
