"""A relation read off the parse, before it becomes a Claim."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from checker.model import Quantifier


@dataclass(frozen=True, kw_only=True)
class Rel:
    """A relation read off the parse, before it becomes a Claim."""

    relation: str
    x: Token
    x_concept: str
    y: Token | None
    y_value: str
    negated: bool = False
    quantifier: Quantifier = Quantifier.GENERIC
    anchor: Token | None = None  # the predicate the claim hangs on (for modality)
    detail: tuple[tuple[str, str], ...] = ()
