"""The concept matcher on a blank English pipeline (tokenizer only, no model): names,
acronyms, plurals and hyphen variants become single tokens carrying their concept."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from checker.knowledge import load_knowledge_base  # noqa: E402
from checker.nlp import extensions  # noqa: E402
from checker.nlp.terms import TermMatcher, name_variants, year_of  # noqa: E402
from checker.nlp.extensions import concept_id, year_id


@pytest.fixture(scope="module")
def matcher():
    extensions.install()
    nlp = spacy.blank("en")
    return nlp, TermMatcher(nlp, load_knowledge_base())


def concepts(matcher, text: str) -> list[tuple[str, str]]:
    nlp, terms = matcher
    doc = terms(nlp.make_doc(text))
    return [(t.text, concept_id(t)) for t in doc if concept_id(t)]


@pytest.mark.parametrize("text, expected", [
    ("LLMs are big.", [("LLMs", "llm")]),
    ("An LLM is big.", [("LLM", "llm")]),
    ("Large language models are big.", [("Large language models", "llm")]),
    ("large-language models are big.", [("large-language models", "llm")]),
    ("genAI and gen AI and GenAI.", [("genAI", "genai"), ("gen AI", "genai"), ("GenAI", "genai")]),
    ("Generative AI is broad.", [("Generative AI", "genai")]),
    ("GANs and VAEs.", [("GANs", "gan"), ("VAEs", "vae")]),
    ("generative adversarial networks (GANs)", [("generative adversarial networks", "gan"), ("GANs", "gan")]),
    ("Stable Diffusion is popular.", [("Stable Diffusion", "stable_diffusion")]),
    ("ChatGPT runs on GPT-4.", [("ChatGPT", "chatgpt"), ("GPT-4", "gpt4")]),
    ("OpenAI and Google.", [("OpenAI", "openai"), ("Google", "google")]),
])
def test_concepts_are_matched_and_merged(matcher, text: str, expected) -> None:
    assert concepts(matcher, text) == expected


def test_longest_match_wins(matcher) -> None:
    # "large language model" is one llm mention, not a bare "language model"
    assert concepts(matcher, "A large language model.") == [("large language model", "llm")]


def test_case_sensitive_names_do_not_match_words(matcher) -> None:
    assert concepts(matcher, "The llama and the gan and the bert.") == []


def test_years_are_tagged(matcher) -> None:
    nlp, terms = matcher
    doc = terms(nlp.make_doc("GANs appeared in 2014, not on 03/14/2021 or in 2022-11-30."))
    # the tokenizer splits an ISO date at its hyphens, so its year token stands alone
    assert [(t.text, year_id(t)) for t in doc if year_id(t)] == [
        ("2014", 2014), ("03/14/2021", 2021), ("2022", 2022)]


@pytest.mark.parametrize("text, year", [
    ("2014", 2014), ("'17", 2017), ("2022-11-30", 2022), ("03/14/2021", 2021),
    ("1949", None), ("2045", None), ("12345", None), ("GPT-4", None), ("175", None),
])
def test_year_of(text: str, year: int | None) -> None:
    assert year_of(text) == year


def test_name_variants() -> None:
    assert name_variants("large language model", False) >= {
        "large language model", "large language models", "large-language-model", "large-language model",
        "large-language models"}
    assert "generative AIs" not in name_variants("generative AI", False)  # AI does not pluralise
    assert "boxes" in name_variants("box", False)
