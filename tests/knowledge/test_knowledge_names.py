"""Acronym expansions: normalising words and deciding what counts as an attempted expansion."""

from __future__ import annotations

import pytest

from checker.knowledge.names import expansion_plausible, norm_words


@pytest.mark.parametrize("text, words", [
    ("Generative Adversarial Networks", ["generative", "adversarial", "network"]),
    ("pre-trained", ["pretrained"]),
    ("auto‐encoders", ["autoencoder"]),  # a Unicode hyphen
    ("Text-to-Text Transfer Transformer", ["texttotext", "transfer", "transformer"]),
    ("class", ["class"]),  # -ss is not a plural
    ("GPUs (fast)", ["gpu", "fast"]),
    ("", []),
])
def test_norm_words(text: str, words: list[str]) -> None:
    assert norm_words(text) == words


RIGHT = norm_words("generative adversarial network")


@pytest.mark.parametrize("got, plausible", [
    ("general adversarial network", True),     # same head noun
    ("generic adversarial nets", True),        # same initials
    ("generative adversarial system", True),   # mostly the same words
    ("a framework for approaching generative AI today", False),  # too long
    ("way", False),
    ("", False),
])
def test_expansion_plausible(got: str, plausible: bool) -> None:
    assert expansion_plausible(norm_words(got), RIGHT, "GAN") is plausible
