"""What a producer makes stands for the producer: "ChatGPT's replies come from a GAN", "VAEs
drive the text generation in ChatGPT", "Claude's answers are produced by a diffusion model".

One reading, for the ``uses`` relation only: an output noun (``relations.yaml`` ``uses.output_nouns``)
owned by a tracked product, model or family, linked in its clause to a family or an
architecture that makes it. The owner is the noun's possessive, its ``in``/``of``/``from``
object, or the subject of the producing verb whose object it is ("Claude builds its answers
with ..." is handled by the instrument reading of the verb itself).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from checker.nlp.claims.rel import Rel
from checker.nlp.extensions import concept_id

if TYPE_CHECKING:
    from checker.nlp.claims import ClaimExtractor

_OWNER_PREPS = frozenset({"in", "of", "from"})
_ORIGIN_PREPS = frozenset({"from", "out"})


def output_uses(ex: ClaimExtractor, doc: Doc) -> list[Rel]:
    """``uses`` relations read through an output noun (see the module docstring)."""
    r = ex.r
    rels: list[Rel] = []
    for out in doc:
        if out.lemma_.lower() not in r.output_nouns or concept_id(out) or out.pos_ != "NOUN":
            continue
        owner = _owner(ex, out)
        if owner is None:
            continue
        oc = ex.concept(owner)
        verb = out.head
        for y in _makers(ex, out, verb):
            for yy, yneg in ex.conjuncts(y):
                yc = ex.concept(yy)
                if yc and yc != oc and ex.kb.concepts[yc].kind in ("family", "architecture"):
                    rels.append(Rel(relation="uses", x=owner, x_concept=oc, y=yy, y_value=yc,
                                    negated=ex.clause_negated(verb) != yneg,
                                    anchor=verb))
    return rels


def _owner(ex: ClaimExtractor, out: Token) -> Token | None:
    """The tracked product, model or family whose output ``out`` is."""
    for c in out.children:
        if c.dep_ == "poss" and ex.is_thing(ex.concept(c)):
            return c  # "ChatGPT's replies"
    for prep, p in ex.prep_objects(out, _OWNER_PREPS):
        if ex.is_thing(ex.concept(p)):
            return p  # "the text generation in ChatGPT", "the answers of Claude"
    if out.dep_ == "dobj":
        for prep, p in ex.prep_objects(out.head, {"in"}):
            if ex.is_thing(ex.concept(p)):
                return p  # the parser's attachment of "drive the text generation in ChatGPT"
    for c in out.children:
        cid = concept_id(c)
        if c.dep_ == "compound" and c.i == out.i - 1 and cid and ex.kb.concepts[cid].kind in ("model", "product"):
            return c  # "ChatGPT answers"
    return None


def _makers(ex: ClaimExtractor, out: Token, verb: Token) -> list[Token]:
    """What the clause says makes ``out``: the source of an origin verb, the agent or means
    of a passive producing verb, or the subject of a verb whose subject drives its object."""
    r = ex.r
    lemma = verb.lemma_.lower()
    if out.dep_ == "nsubj" and lemma in r.origin_verbs:
        return [p for _, p in ex.prep_objects(verb, _ORIGIN_PREPS)]  # "... replies come from a GAN"
    if out.dep_ == "nsubjpass" and lemma in r.producing_verbs:
        return [p for _, p in ex.prep_objects(verb, r.instrument_preps | {"by"})]  # "... are produced by a GAN"
    if out.dep_ == "dobj" and any(cue.relation == "uses" and cue.active_subject == "Y" and not cue.preps
                                  for cue in r.verbs.get(lemma, ())):
        return [c for c in verb.children if c.dep_ == "nsubj"]  # "VAEs drive the text generation in ChatGPT"
    return []
