"""Document generators for the fuzz suite, built from the fact base's own vocabulary plus the
awkward text of real pages: verbless fragments, headings, list items and table rows, em dashes
without spaces, curly quotes, zero-width and right-to-left characters, entities, broken and
deeply nested HTML, odd line endings and very long sentences."""

from __future__ import annotations

import signal
from contextlib import contextmanager
from typing import Iterator

from hypothesis import strategies as st

from checker.knowledge import load_knowledge_base

TIME_LIMIT = 10.0  # seconds per example: a hang guard, not a performance test

_KB = load_knowledge_base(None)
CONCEPTS = sorted({n for c in _KB.concepts.values() if c.kind not in ("org", "person")
                   for n in c.names + c.exact_names + ((c.expansion,) if c.expansion else ())})
MAKERS = sorted({c.label for c in _KB.concepts.values() if c.kind in ("org", "person")})
FUNCTION_WORDS = ["is", "are", "was", "a", "an", "the", "not", "no", "all", "every", "some", "only", "of",
                  "by", "in", "and", "or", "but", "than", "which", "that", "it", "they", "never", "always",
                  "may", "if", "many", "assume", "type", "kind", "subset", "built", "on", "invented",
                  "introduced", "released", "stands", "for", "made", "same", "as", "older", "newer", "other",
                  "?", ",", ".", ";", ":", "(", ")", "'s", "neither", "nor", "rather", "myth"]
NUMBERS = ["175 billion", "a few hundred", "1.5T", "7B", "hundred", "thousand", "two", "one", "0", "-1",
           "10^12", "1,000,000", "three hundred million", "½", "٣"]
FRAGMENTS = ["Always accurate LLMs for your enterprise", "GPTs— or “generative pre-train transformers”—aren’t",
             "Myth: GANs are LLMs", "LLMs vs. GenAI", "The GAN (General Adversarial Network)",
             "Not all GenAI is an LLM", "BERT, which OpenAI released in 2018,", "the 'G' in GAN",
             "GPT-3 has only a few hundred parameters."]
ODD = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u202e", "\u202d", "\u200f", "\u2066", "\u2069", "—", "–",
       "“", "”", "‘", "’", "…", "\u00a0", "\t", "שלום", "مرحبا", "\u0301", "🚀", "\U0002A700\U00020000",
       "&amp;", "&rsquo;", "&#8212;", "&#x2014;", "&bogus;", "&", "<", ">", "*", "_", "`", "|", "\\", "[", "]",
       "#", ">", "-", "~~", "<!--", "-->", "\r", "\r\n", "\x0b", "\x0c", "\x00"]
TEMPLATES = ["{x} is a type of {y}.", "{x} are not {y}.", "All {x} are {y}.", "{x} was invented by {m} in {year}.",
             "{x}, a subset of {y}, was released in {year}.", "{x} stands for {y}.", "{x} is built on {y}.",
             "{m}'s {x} has {n} parameters.", "Is {x} the same as {y}?", "Many assume {x} is {y}, but it is not.",
             "{x} and {y} are the same thing.", "{x} never makes mistakes.", "It is a myth that {x} is {y}.",
             "{x} ({y}) is older than {m}.", "{x}—or “{y}”—aren’t {y}.", "{x} and other {y} are everywhere."]
YEARS = st.integers(min_value=1900, max_value=2100).map(str)

WORD = st.one_of(st.sampled_from(CONCEPTS), st.sampled_from(MAKERS), YEARS, st.sampled_from(NUMBERS),
                 st.sampled_from(FUNCTION_WORDS), st.sampled_from(ODD),
                 st.text(alphabet=st.characters(codec="utf-8"), max_size=6))


@st.composite
def sentences(draw) -> str:
    kind = draw(st.integers(0, 11))
    if kind == 0:
        return draw(st.sampled_from(FRAGMENTS))
    if kind >= 10:  # a claim-shaped sentence, so the claim extractor and the judges run
        x, y = draw(st.sampled_from(CONCEPTS)), draw(st.sampled_from(CONCEPTS))
        template = draw(st.sampled_from(TEMPLATES))
        return template.format(x=x, y=y, m=draw(st.sampled_from(MAKERS)), year=draw(YEARS),
                               n=draw(st.sampled_from(NUMBERS)))
    if kind == 1:  # a very long sentence: a comma list of concept mentions
        names = draw(st.lists(st.sampled_from(CONCEPTS), min_size=20, max_size=400))
        return "Examples include " + ", ".join(names) + " and more."
    words = draw(st.lists(WORD, min_size=1, max_size=25))
    glue = draw(st.sampled_from([" ", " ", " ", "—", "", "\u200b"]))
    return glue.join(words) + draw(st.sampled_from([".", "", "?", "!", "…", ":"]))


@st.composite
def markdown_blocks(draw) -> str:
    text = " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))
    kind = draw(st.integers(0, 9))
    depth = draw(st.integers(1, 30))
    return [
        f"# {text}", f"## {text}", f"- {text}", f"1. {text}",
        "| Model | Maker | Year |\n|---|---|---|\n| " + " | ".join(text.split(" ", 2)[:3]) + " |",
        "> " * depth + text,
        "".join("  " * i + "- " + text + "\n" for i in range(depth)),
        f"```\n{text}\n```", f"<div>{text}</div>", text,
    ][kind]


@st.composite
def html_blocks(draw) -> str:
    text = " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))
    kind = draw(st.integers(0, 10))
    depth = draw(st.integers(1, 300))
    return [
        f"<h1>{text}</h1>", f"<p>{text}</p>", f"<ul><li>{text}</li></ul>",
        f"<table><tr><th>Model</th><th>Year</th></tr><tr><td>{text}</td><td>2017</td></tr></table>",
        "<div>" * depth + f"<p>{text}</p>" + "</div>" * draw(st.integers(0, depth)),
        "<span>" * min(depth, 60) + text + "</span>" * min(depth, 60),
        f"<p><b>{text}", f"</div></p>{text}<li>", f"<!-- {text}", f"<script>{text}</script><p>{text}",
        f"<![CDATA[{text}]]><p>{text}</p>",
    ][kind]


@st.composite
def documents(draw) -> tuple[str, str]:
    """(source, format)."""
    fmt = draw(st.sampled_from(["markdown", "text", "html"]))
    blocks = draw(st.lists(html_blocks() if fmt == "html" else markdown_blocks(), min_size=1, max_size=8))
    sep = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\r\r", "\n\n\n"]))
    body = sep.join(blocks)
    if fmt == "html" and draw(st.booleans()):
        body = f"<html><head><title>t</title></head><body><article>{body}</article></body></html>"
    return body, fmt


class ExampleTooSlow(Exception):
    pass


@contextmanager
def time_limit(seconds: float = TIME_LIMIT) -> Iterator[None]:
    """Fail an example that runs longer than ``seconds`` (SIGALRM: the main thread only)."""
    def expire(signum, frame):
        raise ExampleTooSlow(f"example took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
