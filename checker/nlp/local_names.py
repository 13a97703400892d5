"""Names a document gives its own products ("Ada, our bookkeeping assistant", "Forge 2 is
our image generator"). A product the fact base does not know still belongs to the family the
document puts it in, and inherits that family's facts (FACTS.md §7): "Ada is a large language
model" is then judged like "ChatGPT is a large language model", and "Forge 2 runs on a
transformer LLM" like any image generator that does.

The classes and their nouns are data (rules/cues.yaml ``local_names``). Only descriptions
that introduce the name count (an apposition, a copula, "our assistant, Ada"); a name that
is already a tracked concept, or starts like an ordinary sentence, is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Mapping

from spacy.tokens import Doc
from spacy.util import filter_spans

from checker.nlp.extensions import concept_id, set_concept

_NAME = r"(?P<name>[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*){0,2})"
_DET = r"(?:our|an?|the|its|their|your|my)"
_MODS = r"(?:[\w-]+\s){0,3}?"
# what may follow the class noun for it to be the head of the description
_AFTER = r"(?=\s*(?:[,.;:!?)—–]|$|\s(?:that|which|who|for|built|powered|trained|designed|made|in|on|with|from|by|and)\b))"


@lru_cache(maxsize=8)
def _compiled(key: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[re.Pattern, str]]:
    return _build(dict(key))


def _patterns(classes: Mapping[str, tuple[str, ...]]) -> list[tuple[re.Pattern, str]]:
    return _compiled(tuple(sorted(classes.items())))


def _build(classes: Mapping[str, tuple[str, ...]]) -> list[tuple[re.Pattern, str]]:
    out = []
    for concept, nouns in classes.items():
        cls = "(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s") for n in sorted(nouns, key=len, reverse=True)) + ")"
        out += [
            (re.compile(rf"\b{_NAME},\s{_DET}\s{_MODS}{cls}s?\b{_AFTER}"), concept),              # "Ada, our assistant,"
            (re.compile(rf"\b{_NAME}\s(?:is|was)\s{_DET}\s{_MODS}{cls}\b{_AFTER}"), concept),     # "Ada is our assistant"
            (re.compile(rf"\b(?:[Oo]ur|[Mm]eet)\s{_MODS}{cls},?\s{_NAME}\b"), concept),           # "our assistant, Ada"
        ]
    return out


def find_local_names(texts: Iterable[str], classes: Mapping[str, tuple[str, ...]], trigger,
                     starters: frozenset[str]) -> dict[str, str]:
    """Name -> concept for the products a document introduces (first description wins)."""
    found: dict[str, str] = {}
    patterns = _patterns(classes)
    heads = {n.split()[-1].lower() for nouns in classes.values() for n in nouns}
    for text in texts:
        low = text.lower()
        if not any(h in low for h in heads):
            continue  # most paragraphs name no assistant or generator: skip the patterns
        for pattern, concept in patterns:
            for m in pattern.finditer(text):
                words = m.group("name").split()
                while words and words[0].lower() in starters:
                    words = words[1:]  # (a sentence's opener before the name: "Meet Pip, our assistant")
                name = " ".join(words)
                if not words or name in found or trigger.search(name) or len(name) < 2:
                    continue
                found[name] = concept
    return found


def tag_local_names(doc: Doc, names: Mapping[str, str]) -> None:
    """Mark the document's own product names in a parsed sentence as mentions of their class."""
    if not names:
        return
    spans = []
    for name, concept in names.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc.text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and not any(concept_id(t) for t in span):
                spans.append((span, concept))
    kept = {(s.start_char, s.end_char) for s in filter_spans([s for s, _ in spans])}
    spans = [(s, c) for s, c in spans if (s.start_char, s.end_char) in kept]
    if not spans:
        return
    with doc.retokenize() as retok:
        for span, _ in spans:
            if len(span) > 1:
                retok.merge(span)
    for span, concept in spans:
        tok = next(t for t in doc if t.idx == span.start_char)
        set_concept(tok, concept)
