"""Two clauses that tell an order: "LLMs came first, and generative AI came after",
"Language models were the pioneers, and the rest of generative AI only followed later".

One reading, for the ``precedes`` relation only: two joined clauses, each with a tracked
subject. The first clause puts its subject first (a word of ``relations.yaml`` ``precedes``
``firsts``, ``adjectives_before`` or ``nouns_before`` in it: "came first", "were the
pioneers"); the second puts its subject after (an adverb of ``adverbs_after`` or a verb of
``verbs_after`` in it: "came after", "followed later"). Neither clause is denied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from checker.nlp.claims.rel import Rel

if TYPE_CHECKING:
    from checker.nlp.claims import ClaimExtractor

_SUBJECTS = ("nsubj", "nsubjpass")


def sequence_clauses(ex: ClaimExtractor, doc: Doc) -> list[Rel]:
    """``precedes`` relations told by two joined clauses (see the module docstring)."""
    p = ex.r.precedes
    before_words = p["firsts"] | p["adjectives_before"] | p["nouns_before"]
    rels: list[Rel] = []
    for second in doc:
        if second.dep_ != "conj" or second.pos_ not in ("VERB", "AUX") or second.head.pos_ not in ("VERB", "AUX"):
            continue
        first = second.head
        x, y = _subject(ex, first), _subject(ex, second)
        if y is None and not any(c.dep_ in _SUBJECTS for c in second.children):
            # (a subject the parser hung on the first verb, between the two: "LLMs came first and
            # generative AI followed" read as "came [LLMs, generative AI]")
            y = next((c for c in first.children if c.dep_ == "conj" and first.i < c.i < second.i and
                      c.pos_ != "VERB" and ex.is_thing(ex.concept(c))), None)
        if x is None or y is None or ex.concept(x) == ex.concept(y):
            continue
        if not any(t.lemma_.lower() in before_words for t in _own(first, second)):
            continue
        if not any(t.lower_ in p["adverbs_after"] or (t.pos_ == "VERB" and t.lemma_.lower() in p["verbs_after"] and
                                                     not any(c.dep_ == "dobj" for c in t.children))
                   for t in _own(second, None)):
            continue
        if any(c.dep_ == "neg" for v in (first, second) for c in v.children):
            continue
        rels.append(Rel(relation="precedes", x=x, x_concept=ex.concept(x), y=y, y_value=ex.concept(y), anchor=second))
    return rels


def _subject(ex: ClaimExtractor, verb: Token) -> Token | None:
    """The clause's subject, when it names a tracked thing (or "the rest of" one)."""
    s = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if s is None:
        return None
    if not ex.is_thing(ex.concept(s)) and s.lower_ == "rest":
        s = next((o for p in s.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), s)
    return s if ex.is_thing(ex.concept(s)) else None


def _own(verb: Token, other: Token | None) -> list[Token]:
    """The words of a clause, without the clause joined to it."""
    skip = {t.i for t in other.subtree} if other is not None else set()
    return [t for t in verb.subtree if t.i not in skip]
