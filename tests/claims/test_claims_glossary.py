"""Glossary entries read as "TERM is DEFINITION" (checker/nlp/definitions.py): inline
("GAN: ...", "- **T5** — ..."), credit lines ("GPT-2: OpenAI, 2021") and HTML <dd> under its
<dt>. The shapes are written here, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from checker.nlp.definitions import _splice, entry_under, inline_entry

pytestmark = pytest.mark.slow


def test_offsets_map_back_through_every_splice():
    original = "GPT-2: OpenAI, 2021"
    rw = _splice(original, [(5, 7, " was released by "), (13, 15, " in ")])
    assert rw.text == "GPT-2 was released by OpenAI in 2021"
    for word in ("GPT-2", "OpenAI", "2021"):
        at = rw.text.index(word)
        assert original[rw.original(at):rw.original(at) + len(word)] == word
    assert rw.original(rw.text.index("released")) == 5  # inserted words map to their splice


@pytest.mark.parametrize("sentence,parsed", [
    ("GAN: a single network that grades itself.", "GAN is a single network that grades itself."),
    ("  Midjourney   — a service built on GANs.", "  Midjourney is a service built on GANs."),
    ("Stable Diffusion: Google's image model.", "Stable Diffusion is Google's image model."),
    ("Generative adversarial network (GAN): two networks.", "Generative adversarial network (GAN) is two networks."),
    ("Bard — Microsoft (2023)", "Bard was released by Microsoft in 2023)"),
])
def test_inline_entries(checker, sentence, parsed):
    rw = inline_entry(sentence, checker.trigger)
    assert rw is not None and rw.text == parsed


@pytest.mark.parametrize("sentence", [
    "GANs vs diffusion: which wins?",           # the term is not a name alone
    "Myth: LLMs are always accurate.",          # not a tracked name
    "GAN: general adversarial network.",        # spelled out: the expansion reader judges it
    "ChatGPT: it writes well.",                 # a clause, not a noun phrase
    "ChatGPT: What changed in 2023",            # a capitalised word that starts a new sentence
    "GANs: uses two networks",                  # a verb form
])
def test_not_entries(checker, sentence):
    assert inline_entry(sentence, checker.trigger) is None


def test_entry_under_its_term(checker):
    assert entry_under("T5", "Meta's 2019 model.", checker.trigger).text == "T5 is Meta's 2019 model."
    assert entry_under("GAN", "general adversarial network", checker.trigger).text == "GAN: general adversarial network"
    assert entry_under("Our team", "A group of people.", checker.trigger) is None


GLOSSARY_MD = """# Glossary

- **T5:** Meta's 2019 model that turns every task into text to text.
- **Midjourney** — a text-to-image service built on a proprietary GAN.
- GPT-3: OpenAI, 2018
- **Claude** — Anthropic (2023)
- **Transformer:** the attention-based architecture behind LLMs.
- **GAN:** two networks, a generator and a discriminator, that compete.
"""

GLOSSARY_HTML = """<html><body><h1>Glossary</h1><dl>
<dt>T5</dt>
<dd>Meta's 2019 model that casts every task as text to text.</dd>
<dt>Midjourney</dt>
<dd>A text-to-image service built on a proprietary GAN.</dd>
<dt>GAN</dt>
<dd>general adversarial network.</dd>
<dt>Stable Diffusion</dt>
<dd>An open text-to-image diffusion model from Stability AI, released in 2022.</dd>
</dl></body></html>
"""


def _flagged(checker, text: str, name: str) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for f in checker.check_text(text, name).findings:
        if f.severity.value in ("error", "warning"):
            out.setdefault(f.line, set()).add(f.fact)
    return out


def test_markdown_glossary(checker):
    flagged = _flagged(checker, GLOSSARY_MD, "glossary.md")
    assert flagged == {3: {"P5"}, 4: {"T5"}, 5: {"P4"}}


def test_html_definition_list(checker):
    flagged = _flagged(checker, GLOSSARY_HTML, "glossary.html")
    assert flagged == {3: {"P5"}, 5: {"T5"}, 7: {"N2"}}


def test_finding_column_points_into_the_entry(checker):
    report = checker.check_text("- GPT-3: OpenAI, 2018\n", "list.md")
    (finding,) = [f for f in report.findings if f.fact == "P4"]
    assert finding.line == 1 and finding.column == 3


def test_contracted_is_maps_back_through_the_rewrite_it_was_made_over():
    import re as _re
    from checker.nlp.definitions import contracted, unmarked
    names = _re.compile(r"Stable Diffusion|ChatGPT")
    source = "**Midjourney** and Stable Diffusion's basically a GAN."
    marked = "  Midjourney   and Stable Diffusion's basically a GAN."  # the markup blanked, as the loader leaves it
    first = unmarked(marked, source)
    assert first is not None
    second = contracted(first.text, names, first)
    assert second is not None and "Stable Diffusion is basically" in second.text
    gan = second.text.index("GAN")
    assert marked[second.original(gan):second.original(gan) + 3] == "GAN"
    assert contracted("ChatGPT's one weakness is maths.", names) is None
    assert contracted("ChatGPT's built-in tools.", names) is None
