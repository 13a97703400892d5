"""Reporter fixtures: hand-made reports and a two-fact KnowledgeBase: no spaCy, and no
dependence on the wording of the built-in fact base (which changes as facts improve)."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from checker.knowledge import Cover, Fact, KnowledgeBase, Source
from checker.model import FileReport, Finding, Severity


@pytest.fixture
def mini_kb() -> KnowledgeBase:
    sources = {
        "S9": Source(id="S9", title="A seed article", ref="seeds/x.txt"),
        "H-gan": Source(id="H-gan", title="Goodfellow et al. 2014, Generative Adversarial Nets", ref="https://arxiv.org/abs/1406.2661"),
    }
    facts = (
        Fact(id="N2", statement="GAN = generative adversarial network.", severity=Severity.ERROR,
             message="GAN stands for generative adversarial network, not \"{found}\"",
             why="Goodfellow et al. named them generative adversarial networks in 2014.",
             suggestion="generative adversarial network", sources=("S9", "H-gan"),
             covers=(Cover(relation="stands_for", subject=("gan",)),),
             flag_examples=("GAN stands for general adversarial network.",),
             pass_examples=("A GAN, or generative adversarial network, has two networks.",)),
        Fact(id="A7", statement="A chatbot is an application powered by an LLM, not the LLM itself.",
             severity=Severity.WARNING, message="{x} is an application powered by a large language model",
             why="", suggestion="\"{x} is powered by a large language model\"", sources=("S9",),
             covers=(Cover(relation="is_a", subject=("chatbot",), object=("llm",)),)),
    )
    return KnowledgeBase(concepts=MappingProxyType({}), facts=facts, sources=MappingProxyType(sources),
                         relations=None, cues=None)  # type: ignore[arg-type]  # reporters read facts/sources only


def _finding(rule: str, severity: Severity, line: int, col: int, end_col: int, message: str, claim: str = "",
             suggestion: str = "", sources: tuple[str, ...] = ()) -> Finding:
    return Finding(rule=rule, fact=rule, severity=severity, line=line, column=col, end_line=line,
                   end_column=end_col, message=message, claim=claim, suggestion=suggestion, sources=sources)


@pytest.fixture
def sample_reports() -> list[FileReport]:
    """Every case a reporter must handle: findings of each severity, characters that need
    escaping (%, comma, colon, newline, quotes, XML and URI specials), a finding whose rule
    is not in the fact base, a clean file and a file that could not be read."""
    post = FileReport(path="docs/post.md", words=120, findings=(
        _finding("N2", Severity.ERROR, 3, 5, 40,
                 'GAN stands for generative adversarial network, not "general adversarial network"',
                 claim="GANs, or general adversarial networks, create images.",
                 suggestion="GANs, or generative adversarial networks, create images.",
                 sources=("S9: A seed article <seeds/x.txt>",
                          "H-gan: Goodfellow et al. 2014, Generative Adversarial Nets <https://arxiv.org/abs/1406.2661>")),
        _finding("A7", Severity.WARNING, 7, 1, 19, "ChatGPT is an application, not a model: 100%, really\nsecond line",
                 claim="ChatGPT is an LLM.", suggestion='"ChatGPT is powered by a large language model"',
                 sources=("S9: A seed article <seeds/x.txt>",)),
        _finding("N2", Severity.INFO, 9, 1, 44, "verified: GAN = generative adversarial network.",
                 claim="GAN stands for generative adversarial network."),
        _finding("unused-suppression", Severity.WARNING, 11, 1, 40,
                 "unused suppression: claimcheck-disable-next-line A7 suppressed nothing",
                 claim="<!-- claimcheck-disable-next-line A7 -->", suggestion="Remove the comment"),
    ))
    odd = FileReport(path="notes/odd name & <x>.txt", words=10, findings=(
        _finding("A7", Severity.WARNING, 1, 1, 19, "Chatbots & <LLMs> are not the same",
                 claim="Chatbots are a type of LLM.", sources=("S9: A seed article <seeds/x.txt>",)),
    ))
    clean = FileReport(path="docs/clean.md", words=50)
    missing = FileReport(path="docs/missing.md", error="no such file")
    return [post, odd, clean, missing]
