""""The two terms", "both words", "the two": a phrase that points back at the two concepts
named together just before it (rules/cues.yaml `pair_nouns`). The texts are written here."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

FLAGGED = [
    ("People mix up LLMs and generative AI. In this policy, the two terms refer to exactly the same technology.", "T3"),
    ("LLMs and generative AI come up in every meeting. We use the two terms interchangeably here.", "T3"),
    ("Generative AI and large language models are everywhere.\n\nBoth words mean the same thing.", "T3"),
    ("GANs and diffusion models both make pictures. The two names are interchangeable.", "T5"),
    ("You will hear about LLMs and GenAI. The two are identical.", "T3"),
]

QUIET = [
    "Generative AI and LLMs are related. The two are not the same thing, though.",
    "Vendors talk about LLMs and generative AI. Some people say the two words mean the same, but they do not.",
    "ChatGPT and Claude are popular. Both are chat assistants built on LLMs.",
    "Many writers use the two terms interchangeably, and that is a mistake.",  # nothing named before
    "LLMs and generative AI are hot topics. " + "This sentence is filler about the weather. " * 12
    + "The two terms are interchangeable.",  # named too far back
    "Are LLMs and generative AI the same? The two terms are often confused.",
]


def _findings(checker, text: str) -> set[str]:
    report = checker.check_text(text + "\n", "case.md")
    return {f.fact for f in report.findings if f.severity.value in ("error", "warning")}


@pytest.mark.parametrize("text,fact", FLAGGED)
def test_pair_phrase_refers_to_the_two_named_concepts(checker, text, fact):
    assert fact in _findings(checker, text)


@pytest.mark.parametrize("text", QUIET)
def test_pair_phrase_quiet_when_denied_reported_or_unanchored(checker, text):
    assert not _findings(checker, text), text


DEMONSTRATIVES_FLAGGED = [
    ("ChatGPT is dominating headlines. Google is leveraging this language model to change search.", "A7"),
    ("Midjourney makes pictures. This LLM is popular with designers.", "T4"),
]
DEMONSTRATIVES_QUIET = [
    "GPT-4 came out in 2023. Many teams use this large language model daily.",
    "ChatGPT is a chatbot. This technology is popular.",
    "ChatGPT is popular. Is this language model safe?",
    "ChatGPT is popular. This language model business is not.",  # a modifier, no claim about ChatGPT
]


@pytest.mark.parametrize("text,fact", DEMONSTRATIVES_FLAGGED)
def test_this_class_noun_names_the_previous_product(checker, text, fact):
    report = checker.check_text(text + "\n", "case.md")
    found = [f for f in report.findings if f.fact == fact]
    assert found and found[0].message.split()[0] in ("A", "Midjourney")  # names the product, not "LLM"


@pytest.mark.parametrize("text", DEMONSTRATIVES_QUIET)
def test_this_class_noun_quiet_when_true_or_unasserted(checker, text):
    assert not _findings(checker, text), text
