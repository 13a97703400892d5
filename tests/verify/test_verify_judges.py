"""Judging hand-built claims against the fact base: one evaluator per relation kind, and
the fact that explains each verdict. No spaCy: claims are plain values."""

from __future__ import annotations

import pytest

from checker.knowledge import load_knowledge_base
from checker.model import Claim, Polarity, Quantifier
from checker.verify import JUDGES, explaining_fact, judge

NEG = Polarity.NEGATIVE


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


def claim(relation: str, subject: str, obj: str, polarity: Polarity = Polarity.POSITIVE,
          quantifier: Quantifier = Quantifier.GENERIC, **detail: str) -> Claim:
    return Claim(relation=relation, subject=subject, object=obj, start=0, end=1, polarity=polarity,
                 quantifier=quantifier, detail=tuple(detail.items()))


def verdict(kb, c: Claim) -> tuple[bool | None, str | None]:
    """(wrong?, id of the fact that explains it)."""
    fact = explaining_fact(c, kb)
    return judge(c, kb).wrong, fact.id if fact else None


def test_every_relation_has_a_judge(kb) -> None:
    relations = {cover.relation for fact in kb.facts for cover in fact.covers}
    assert relations <= set(JUDGES)


# ---------------------------------------------------------------------------- is_a


@pytest.mark.parametrize("c, expected", [
    (claim("is_a", "llm", "genai"), (False, None)),                       # LLMs are a type of generative AI
    (claim("is_a", "genai", "llm"), (True, "T1")),                        # generative AI is a type of LLM
    (claim("is_a", "llm", "genai", NEG), (True, "T1")),                   # LLMs are not generative AI
    (claim("is_a", "genai", "llm", NEG), (False, "T1")),                  # generative AI is not a type of LLM
    (claim("is_a", "genai", "llm", quantifier=Quantifier.ALL), (True, "T2")),   # all generative AI is LLMs
    (claim("is_a", "genai", "llm", quantifier=Quantifier.NOT_ALL), (None, "T1")),  # not all generative AI is LLMs
    (claim("is_a", "genai", "llm", quantifier=Quantifier.SOME), (None, "T1")),  # some generative AI is LLMs
    (claim("is_a", "gan", "llm", quantifier=Quantifier.SOME), (True, "T4")),    # some GANs are LLMs
    (claim("is_a", "gan", "llm", quantifier=Quantifier.NONE), (False, "T4")),   # no GAN is an LLM
    (claim("is_a", "stable_diffusion", "llm"), (True, "T4")),            # disjoint through text-to-image
    (claim("is_a", "stable_diffusion", "gan"), (True, "T5")),            # the closer fact wins over T4
    (claim("is_a", "diffusion", "gan"), (True, "T5")),
    (claim("is_a", "ai", "genai"), (True, "T6")),
    (claim("is_a", "transformer", "gan"), (True, "A3")),
    (claim("is_a", "bert", "gan"), (True, "A5")),
    (claim("is_a", "chatgpt", "llm"), (True, "A7")),
])
def test_is_a(kb, c: Claim, expected) -> None:
    assert verdict(kb, c) == expected


def test_no_llm_is_generative_ai_is_explained_by_t1(kb) -> None:
    assert verdict(kb, claim("is_a", "llm", "genai", quantifier=Quantifier.NONE)) == (True, "T1")


def test_a7_is_a_warning_never_an_error(kb) -> None:
    assert kb.fact("A7").severity.value == "warning"


# ---------------------------------------------------------------------------- same_as


@pytest.mark.parametrize("c, expected", [
    (claim("same_as", "llm", "genai"), (True, "T3")),
    (claim("same_as", "genai", "llm"), (True, "T3")),
    (claim("same_as", "llm", "genai", NEG), (False, "T3")),
    (claim("same_as", "llm", "genai", quantifier=Quantifier.SOME), (None, "T3")),
    (claim("same_as", "gan", "diffusion"), (True, "T5")),
    (claim("same_as", "gan", "transformer"), (True, "A3")),
    (claim("same_as", "gan", "llm"), (True, "T4")),
])
def test_same_as(kb, c: Claim, expected) -> None:
    assert verdict(kb, c) == expected


# ---------------------------------------------------------------------------- uses


@pytest.mark.parametrize("c, expected", [
    (claim("uses", "genai", "llm", quantifier=Quantifier.ALL), (True, "T2")),   # every GenAI tool uses an LLM
    (claim("uses", "genai", "llm", necessity="yes"), (True, "T2")),             # GenAI cannot work without LLMs
    (claim("uses", "llm", "gan"), (True, "A1")),
    (claim("uses", "chatgpt", "gan"), (True, "A1")),                            # through ChatGPT's built_on
    (claim("uses", "chatgpt", "gan", NEG), (False, "A1")),
    (claim("uses", "llm", "transformer"), (False, None)),
    (claim("uses", "llm", "transformer", NEG), (True, "A1")),
    (claim("uses", "llm", "gan", quantifier=Quantifier.SOME), (None, "A1")),
])
def test_uses(kb, c: Claim, expected) -> None:
    assert verdict(kb, c) == expected


# ---------------------------------------------------------------------------- made_by


@pytest.mark.parametrize("c, expected, found, right", [
    (claim("made_by", "bert", "openai"), (True, "P3"), "OpenAI", "Google"),
    (claim("made_by", "bert", "google"), (False, "P3"), "Google", "Google"),
    (claim("made_by", "bert", "openai", NEG), (False, "P3"), "OpenAI", "Google"),
    (claim("made_by", "gan", "hinton"), (True, "P2"), "Geoffrey Hinton", "Ian Goodfellow"),
    (claim("made_by", "gan", "goodfellow"), (False, "P2"), "Ian Goodfellow", "Ian Goodfellow"),
    (claim("made_by", "gpt4", "google"), (True, "P4"), "Google", "OpenAI"),
    (claim("made_by", "claude", "openai"), (True, "P8"), "OpenAI", "Anthropic"),
    (claim("made_by", "gemini", "meta"), (True, "P8"), "Meta", "Google"),
])
def test_made_by(kb, c: Claim, expected, found: str, right: str) -> None:
    assert verdict(kb, c) == expected
    v = judge(c, kb)
    assert (v.found, v.expected) == (found, right)


# ---------------------------------------------------------------------------- introduced_in


@pytest.mark.parametrize("c, expected, right", [
    (claim("introduced_in", "transformer", "2020"), (True, "P1"), "2017"),
    (claim("introduced_in", "transformer", "2017"), (False, "P1"), "2017"),
    (claim("introduced_in", "gpt3", "2018"), (True, "P4"), "2020"),
    (claim("introduced_in", "chatgpt", "2022"), (False, "P6"), "2022"),
    (claim("introduced_in", "chatgpt", "2020"), (True, "P6"), "2022"),
    (claim("introduced_in", "genai", "2022"), (True, "P9"), "by 2014"),    # a field that existed by 2014
])
def test_introduced_in(kb, c: Claim, expected, right: str) -> None:
    assert verdict(kb, c) == expected
    assert judge(c, kb).expected == right


def test_negated_years_are_not_judged(kb) -> None:
    # "the transformer was not introduced in 2020" is true, but it does not say when it was
    assert judge(claim("introduced_in", "transformer", "2020", NEG), kb).wrong is None


# ---------------------------------------------------------------------------- precedes


@pytest.mark.parametrize("c, expected", [
    (claim("precedes", "llm", "genai"), (True, "P9")),        # LLMs came before generative AI
    (claim("precedes", "genai", "llm"), (False, None)),       # generative AI came first
    (claim("precedes", "llm", "genai", NEG), (False, "P9")),
    (claim("precedes", "gan", "transformer"), (False, None)),  # 2014 before 2017
    (claim("precedes", "transformer", "gan"), (True, "P9")),
])
def test_precedes(kb, c: Claim, expected) -> None:
    assert verdict(kb, c) == expected


# ---------------------------------------------------------------------------- stands_for


@pytest.mark.parametrize("c, expected", [
    (claim("stands_for", "gan", "general adversarial network"), (True, "N2")),
    (claim("stands_for", "gan", "generic adversarial networks"), (True, "N2")),
    (claim("stands_for", "gan", "generative adversarial networks"), (False, "N2")),
    (claim("stands_for", "gan", "Generative Adversarial Network"), (False, "N2")),
    (claim("stands_for", "gan", "a way to make art"), (None, "N2")),     # not an attempt at the expansion
    (claim("stands_for", "gan", "general adversarial network", NEG), (None, "N2")),
    (claim("stands_for", "llm", "large learning model"), (True, "N1")),
    (claim("stands_for", "gpt", "general purpose transformer"), (True, "N3")),
    (claim("stands_for", "gpt", "generative pre-trained transformer"), (False, "N3")),
    (claim("stands_for", "bert", "Basic Encoder Representations from Transformers"), (True, "N4")),
    (claim("stands_for", "t5", "Text-to-Text Transfer Transformer"), (False, "N5")),
    (claim("stands_for", "vae", "visual autoencoder"), (True, "N6")),
    (claim("stands_for", "vae", "variational auto-encoders"), (False, "N6")),
])
def test_stands_for(kb, c: Claim, expected) -> None:
    assert verdict(kb, c) == expected


# ---------------------------------------------------------------------------- consists_of


@pytest.mark.parametrize("c, expected", [
    (claim("consists_of", "gan", "count:2"), (False, "A2")),
    (claim("consists_of", "gan", "count:3"), (True, "A2")),
    (claim("consists_of", "gan", "count:1"), (True, "A2")),
    (claim("consists_of", "gan", "count:1", NEG), (False, "A2")),       # "GANs do not use a single network"
    (claim("consists_of", "gan", "compete"), (False, "A2")),
    (claim("consists_of", "gan", "cooperate"), (True, "A2")),
    (claim("consists_of", "diffusion", "compete"), (True, "A4")),
    (claim("consists_of", "diffusion", "compete", NEG), (False, "A4")),
    (claim("consists_of", "gan", "count:3", quantifier=Quantifier.SOME), (None, "A2")),
])
def test_consists_of(kb, c: Claim, expected) -> None:
    assert verdict(kb, c) == expected


# ---------------------------------------------------------------------------- parameters, property


@pytest.mark.parametrize("c, expected", [
    (claim("parameters", "gpt3", "175000000"), (True, "D4")),
    (claim("parameters", "gpt3", "175000000000"), (False, "D4")),
    (claim("parameters", "llm", "5000", bound="max"), (True, "D4")),     # "only a few thousand"
    (claim("parameters", "llm", "5000"), (True, "D4")),              # "LLMs have 5,000 parameters"
    (claim("parameters", "llm", "175000000000"), (None, "D4")),      # a family has no single size
    (claim("parameters", "gpt3", "many"), (None, "D4")),
])
def test_parameters(kb, c: Claim, expected) -> None:
    assert verdict(kb, c) == expected


def test_property_claims_name_their_fact(kb) -> None:
    c = claim("property", "llm", "L1", fact="L1", property="accuracy")
    assert verdict(kb, c) == (True, "L1")
    assert explaining_fact(claim("property", "llm", "Z9", fact="Z9"), kb) is None
