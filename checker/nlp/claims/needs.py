"""What cannot be had without something needs it: "there's no generative AI without an LLM",
"you can't have generative AI without an LLM at its heart" each say that every X uses Y.

One reading, for the ``uses`` relation only: a ``without`` phrase whose object is a tracked
concept, on a clause that denies X exists or can be had, made or run: an existential "there
is no X", or a negated verb with X as its object. X must be named in that clause; the claim is
about all of X. (A verb of working, "No X works without Y", is relations.yaml's `necessity`.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from checker.model import Quantifier
from checker.nlp.claims.rel import Rel
from checker.nlp.extensions import doc_text

if TYPE_CHECKING:
    from checker.nlp.claims import ClaimExtractor


def needed_without(ex: ClaimExtractor, doc: Doc) -> list[Rel]:
    """``uses`` relations read from "no X without Y" (see the module docstring)."""
    if "without" not in doc_text(doc).lower():
        return []
    rels: list[Rel] = []
    for w in doc:
        if w.lower_ != "without" or w.dep_ != "prep":
            continue
        y = next((c for c in w.children if c.dep_ == "pobj"), None)
        yc = ex.concept(y)
        if yc is None or not ex.is_thing(yc):
            continue
        x = _denied(ex, w.head)
        xc = ex.concept(x) if x is not None else None
        if xc is None or xc == yc or not ex.is_thing(xc):
            continue
        rels.append(Rel(relation="uses", x=x, x_concept=xc, y=y, y_value=yc, quantifier=Quantifier.ALL, anchor=w.head))
    return rels


def _denied(ex: ClaimExtractor, gov: Token) -> Token | None:
    """The X whose existence or use the clause at ``gov`` denies: the attribute of "there is no
    X", or the object of a negated verb ("can't have X")."""
    if gov.pos_ in ("NOUN", "PROPN") and _under_no(gov):
        return gov  # "no X without Y" as a phrase
    kids = list(gov.children)
    if gov.lemma_ == "be" and any(c.dep_ == "expl" for c in kids):
        attr = next((c for c in kids if c.dep_ in ("attr", "nsubj") and c.i > gov.i), None)
        if attr is not None and (_under_no(attr) or
                                 any(c.dep_ == "neg" for c in kids)):
            return attr
        return None
    if gov.pos_ not in ("VERB", "AUX"):
        return None
    # (a verb of working with "no X" as its subject, "No GenAI tool works without an LLM", is
    # relations.yaml's `necessity` reading of the verb itself)
    if any(c.dep_ == "neg" for c in kids):
        return next((c for c in kids if c.dep_ == "dobj"), None)  # "you can't have / build X without Y"
    return None


def _under_no(noun: Token) -> bool:
    """Is the noun's determiner "no", in its own phrase ("no generative AI tool"; not a "no"
    the parser hung on it across a dash: "no - an image generator")?"""
    doc = noun.doc
    return any(c.dep_ == "det" and c.lower_ == "no" and c.i < noun.i and
               not any(t.is_punct or (t.dep_ == "det" and t.head == noun) for t in doc[c.i + 1:noun.i])
               for c in noun.children)
