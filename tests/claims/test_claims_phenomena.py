"""Claim understanding, one test per linguistic phenomenon (issue 3): each phenomenon has
sentences that must be flagged with a given fact and sentences that must stay quiet."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CASES = {
    # phenomenon: ([(sentence, fact), ...] flagged, [sentence, ...] quiet)
    "negation": (
        [("LLMs are not a form of generative AI.", "T1"),
         ("Large language models aren't generative AI at all.", "T1")],
        ["LLMs are not the same as generative AI.",
         "Not all generative AI is an LLM.",
         "No GAN uses a single network.",
         "Stable Diffusion is a latent diffusion model, not a GAN."]),
    "neither_nor": (
        [],
        ["Neither GPT-4 nor Claude is built on a GAN.",
         "Generative AI is neither identical to LLMs nor just another word for them."]),
    "question": (
        [],
        ["Are LLMs and generative AI the same?",
         "Is generative AI a type of LLM?",
         "Does ChatGPT use a GAN?",
         "Why would anyone think GANs power ChatGPT?"]),
    "question_heading_without_mark": (
        [],
        ["# Are LLMs and Generative AI the Same Thing"]),
    "reported_belief": (
        [],
        ["It is a myth that LLMs and generative AI are the same.",
         "Many people assume ChatGPT and generative AI are the same thing, but they are not.",
         "Some marketers claim that LLMs never make mistakes.",
         "You'll often read that GAN stands for general adversarial network; it does not.",
         "It is a common belief that ChatGPT runs on a GAN, but it runs on a transformer.",
         "Myth: LLMs are always accurate."]),
    "refuted_frame_asserts_the_negation": (
        [("It is simply not true that LLMs belong to the generative AI family.", "T1"),
         ("It's a myth that LLMs are a kind of generative AI.", "T1")],
        ["It's a myth that generative AI only makes images.",
         "It is a common misconception that generative AI is a type of LLM.",
         "It's not true that LLMs never make mistakes."]),
    "rhetorical_question_asserts": (
        [("Did you know that GANs were invented by Geoffrey Hinton in 2012?", "P2")],
        []),
    "contrary_to_belief_asserts_main_clause": (
        [("Contrary to popular belief, LLMs are not generative AI.", "T1")],
        ["Contrary to popular belief, generative AI is not a type of LLM."]),
    "hedge_and_modality": (
        [("LLMs always give accurate answers.", "L1"),
         ("ChatGPT never makes mistakes.", "L1")],
        ["LLMs can produce inaccurate answers.",
         "LLMs may produce misleading information.",
         "LLMs are not always accurate.",
         "If LLMs were always accurate, nobody would need editors."]),
    "passive_voice": (
        [("BERT was developed by OpenAI.", "P3"),
         ("The transformer was introduced by OpenAI in 2017.", "P1"),
         ("Generative AI is contained within the broader LLM category.", "T1")],
        ["BERT was developed by Google.",
         "The transformer was introduced by Google researchers in 2017."]),
    "relative_clause": (
        [("BERT, which OpenAI released in 2018, is used in search.", "P3"),
         ("GANs, which consist of just one neural network, are hard to train.", "A2"),
         ("Stable Diffusion, which is built on a GAN, popularised AI art.", "T5")],
        ["BERT, which Google released in 2018, is used in search."]),
    "apposition": (
        [("GPT, a Google model, writes fluent text.", "P4"),
         ("GenAI, a subset of LLMs, powers ad copy.", "T1"),
         ("Stable Diffusion, the popular GAN from Stability AI, runs on laptops.", "T5")],
        ["GPT, an OpenAI model, writes fluent text.",
         "Stable Diffusion, a diffusion model from Stability AI, runs on laptops."]),
    "possessive": (
        [("OpenAI's BERT changed search.", "P3"),
         ("Google's ChatGPT has millions of users.", "P6"),
         ("Meta's Gemini ships inside Android phones.", "P8")],
        ["Google's BERT changed search.",
         "Google's Gemini and Anthropic's Claude compete with OpenAI's GPT-4.",
         "Stable Diffusion's text encoder is a transformer."]),
    "coordination_one_wrong": (
        [("BERT comes from Google, while T5 was built by Meta.", "P5"),
         ("LLMs are built on transformers, and a GAN uses just one neural network.", "A2")],
        ["BERT comes from Google, and T5 was built by Google too."]),
    "comparative": (
        [("LLMs are a far broader category than generative AI.", "T1"),
         ("GANs are a newer idea than the transformer.", "P9"),
         ("Large language models are several years older than generative AI.", "P9")],
        ["Generative AI is a broader term than LLM."]),
    "copular_inversion": (
        [],
        ["Among generative AI systems, LLMs focus on text.",
         "A specific type of generative AI is the large language model."]),
    "list_lead_in": (
        [("Examples of LLMs include GPT-4, Claude and Midjourney.", "T4")],
        ["Examples of LLMs include GPT-4, Claude and Gemini."]),
    "maker_and_date_shapes": (
        [("OpenAI's transformer paper in 2017 changed everything.", "P1"),
         ("Back in 2019, OpenAI surprised everyone by launching ChatGPT.", "P6"),
         ("Anthropic, the company behind Gemini, focuses on safety.", "P8"),
         ("She also tried DALL-E by Google for her photos.", "P7")],
        ["Google's transformer paper in 2017 changed everything.",
         "In 2022, researchers used GPT-2 for tests.",
         "Claude is Anthropic's AI assistant, while Gemini comes from Google."]),
    "compound_modifiers": (
        [("Claude, a GAN-based chatbot, writes surprisingly well.", "A1"),
         ("ChatGPT is built on a diffusion architecture.", "A1")],
        ["Transformer-based LLMs are everywhere.",
         "Stable Diffusion is a diffusion-based model."]),
    "necessity": (
        [("Without LLMs, there would be no generative AI at all.", "T2"),
         ("Generative AI cannot work without LLMs.", "T2")],
        ["Generative AI can work without LLMs.",
         "Without GPUs, there would be no large language models."]),
    "pronoun": (
        [("The transformer changed NLP. It was introduced by OpenAI in 2017.", "P1")],
        ["The transformer changed NLP. It was introduced by Google in 2017.",
         "Generative AI will add trillions to the economy.\n\nWe tested five writing assistants. All of them are powered by large language models."]),
    "acronym_expansion": (
        [("GAN (General Adversarial Network) models generate faces.", "N2"),
         ("LLMs (large learning models) read text.", "N1"),
         ("The 'G' in GAN stands for 'general'.", "N2"),
         ("Linguistic logic models (LLMs) are trained on text.", "N1")],
        ["GAN (generative adversarial network) models generate faces.",
         "Three architectures (Generative Adversarial Networks (GANs), diffusion models and transformers) power it.",
         "A trio of architectures—Generative Adversarial Networks (GANs), Diffusion Models, and Transformers—form the backbone.",
         "Large-language models, or LLMs for short, are a kind of generative AI.",
         "A GAN, or generative adversarial network, has two networks."]),
    "years_and_counts": (
        [("GANs were invented back in late 2017.", "P2"),
         ("ChatGPT launched in 2020.", "P6"),
         ("A GAN is made of three competing neural networks.", "A2"),
         ("GPT-3, with its 175 million parameters, was huge.", "D4")],
        ["GANs date from 2014.",
         "A GAN pits a pair of networks against each other.",
         "GPT-3 has 175 billion parameters.",
         "OpenAI released GPT-2 in 2019 and GPT-3 a year later."]),
    "taxonomy_reasoning": (
        [("Stable Diffusion is an LLM.", "T4"),
         ("DALL-E is a large language model.", "T4"),
         ("AI is a subset of generative AI.", "T6"),
         ("Diffusion models are a type of GAN.", "T5")],
        ["Stable Diffusion is a text-to-image model.",
         "Generative AI is a subset of machine learning.",
         "LLMs are a type of generative AI."]),
    "real_post_phrasing": (
        [],
        ["LLMs specialize in language tasks. They use transformer architectures such as GPT and BERT, tailored for sequential text data.",
         "They are constructed of two parts, a generator and a discriminator, which work in tandem to create new data.",
         "Specifically, could ChatGPT potentially be considered a type of generative adversarial network (GAN)? Great question.",
         "Behind the scenes, a trio of architectures—Generative Adversarial Networks (GANs), Diffusion Models, and Transformers—form the backbone."]),
    "product_variants": (
        [("ChatGPT launched in 2020.", "P6"),
         ("Every GenAI tool is built on an LLM.", "T2")],
        ["ChatGPT Plus launched in February 2023.",
         "The ChatGPT app for iOS was released in May 2023.",
         "Stable Diffusion XL was released in 2023.",
         "OpenAI released the ChatGPT API in March 2023."]),
    "off_topic_words": (
        [],
        ["Bert from our finance team asked about invoices.",
         "In physics, diffusion models describe how heat spreads.",
         "We spent 2017 migrating our analytics stack.",
         "Our traffic climbed after we published the GAN explainer."]),
}


def _params(kind: str):
    for phenomenon, (flagged, quiet) in CASES.items():
        items = flagged if kind == "flag" else [(s, None) for s in quiet]
        for i, (sentence, fact) in enumerate(items):
            yield pytest.param(sentence, fact, id=f"{phenomenon}-{i}")


@pytest.mark.parametrize("sentence,fact", list(_params("flag")))
def test_phenomenon_flagged(checker, sentence, fact):
    report = checker.check_text(sentence, "case.md")
    facts = {f.fact for f in report.findings if f.severity.value in ("error", "warning")}
    assert fact in facts, f"expected {fact} for: {sentence!r}; got {sorted(facts)}"


@pytest.mark.parametrize("sentence,fact", list(_params("quiet")))
def test_phenomenon_quiet(checker, sentence, fact):
    report = checker.check_text(sentence, "case.md")
    flagged = [(f.fact, f.message) for f in report.findings if f.severity.value in ("error", "warning")]
    assert not flagged, f"false alarm on {sentence!r}: {flagged}"


def test_list_under_lead_in_sentence(checker):
    text = "Popular LLMs include:\n\n- GPT-4\n- Midjourney\n- Claude\n"
    report = checker.check_text(text, "list.md")
    assert [(f.fact, f.line) for f in report.findings] == [("T4", 4)]


def test_table_row_read_with_header(checker):
    text = "| Model | Introduced | Developer |\n|---|---|---|\n| GANs | 2017 | Google |\n| BERT | 2018 | Google |\n"
    report = checker.check_text(text, "table.md")
    assert sorted((f.fact, f.line, f.column) for f in report.findings) == [("P2", 3, 10), ("P2", 3, 17)]


def test_table_row_about_the_named_product_not_its_class_word(checker):
    text = ("| Model | Year | Output |\n|---|---|---|\n"
            "| Text-to-image transformer (original DALL-E) | 2021 | images |\n"
            "| Image transformer (DALL-E) | 2019 | images |\n"
            "| Transformer | 2019 | text |\n")
    report = checker.check_text(text, "table.md")
    assert sorted((f.fact, f.line) for f in report.findings) == [("P1", 5), ("P7", 4)]


def test_table_cell_assistant_on_a_model_is_what_it_runs_on(checker):
    text = ("| Product | Type | Maker |\n|---|---|---|\n"
            "| ChatGPT | Chat assistant on GPT LLMs | OpenAI |\n"
            "| Copilot | Assistant on a GAN | Microsoft |\n")
    report = checker.check_text(text, "table.md")
    assert sorted((f.fact, f.line) for f in report.findings) == [("A1", 4)]


def test_suggestion_is_a_concrete_rewrite(checker):
    report = checker.check_text("Artists use general adversarial networks (GANs) for textiles.", "s.md")
    (finding,) = report.findings
    assert finding.suggestion == "Artists use generative adversarial networks (GANs) for textiles."


def test_a_denied_fact_is_called_a_wrong_denial_not_a_wrong_value(checker):
    report = checker.check_text("BERT was not made by Google.\n\nBERT was made by OpenAI.\n", "d.md")
    messages = [f.message for f in report.findings]
    assert messages == ["BERT was created by Google in 2018, so that denial is wrong",
                        "BERT was created by Google in 2018, not by OpenAI"]


def test_a_verb_after_the_subject_agrees_with_it_in_messages(checker):
    report = checker.check_text("LLMs are a type of GAN.\n\nChatGPT is a GAN.\n\nClaude 3 Opus is a GAN.\n", "a.md")
    assert [f.suggestion for f in report.findings] == [
        '"LLMs are built on the transformer architecture"',
        '"ChatGPT is built on the transformer architecture"',
        '"Claude 3 Opus is built on the transformer architecture"']
