"""Every custom Doc/Token attribute claimcheck sets, declared once."""

from __future__ import annotations

from spacy.tokens import Doc, Token

TOKEN_EXTENSIONS = {
    "cc_concept": None,   # concept id of a merged mention token
    "cc_year": None,      # a year the token denotes (int)
}
DOC_EXTENSIONS = {
    "cc_claims": None,    # tuple[Claim, ...] with offsets relative to the doc text
}


def install() -> None:
    for name, default in TOKEN_EXTENSIONS.items():
        if not Token.has_extension(name):
            Token.set_extension(name, default=default)
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
