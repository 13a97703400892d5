"""Every custom attribute claimcheck sets on spaCy objects, declared in one place.

Concept ids and years of mention tokens live in the token's entity-id slots (``ent_id_`` and
``ent_kb_id_``): the pipeline excludes NER, so those slots are free, and reading them is far
cheaper than a ``token._`` extension on the claim extractor's hot path (hundreds of thousands
of reads per archive). ``concept_id``/``year_id`` are the only readers, ``set_concept``/
``set_year`` the only writers.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

DOC_EXTENSIONS = {
    "cc_claims": None,    # tuple[Claim, ...] with offsets relative to the doc text
}


VERSIONED = "v"  # the ent_kb_id_ mark of a versioned concept mention (years are digits)


def install() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def set_concept(tok: Token, concept: str) -> None:
    tok.ent_id_ = concept


def set_year(tok: Token, year: int) -> None:
    tok.ent_kb_id_ = str(year)


def set_versioned(tok: Token) -> None:
    """A concept mention that names one version of the concept ("Midjourney v6")."""
    tok.ent_kb_id_ = VERSIONED


def versioned(tok: Token) -> bool:
    return tok.ent_kb_id_ == VERSIONED


def concept_id(tok: Token) -> str | None:
    """The concept a merged mention token names, or None."""
    return tok.ent_id_ or None


def year_id(tok: Token) -> int | None:
    """The year a token denotes, or None."""
    kb_id = tok.ent_kb_id_
    return int(kb_id) if kb_id and kb_id != VERSIONED else None


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once: ``Doc.text`` builds every token again on each read, and the
    claim readers read it hundreds of times a sentence. (Read only after the pipeline's last
    retokenizing component, as the readers are.)"""
    text = doc.user_data.get("cc_text")
    if text is None:
        text = doc.user_data["cc_text"] = doc.text
    return text
