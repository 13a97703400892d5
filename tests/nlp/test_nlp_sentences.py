"""Cheap sentence splitting and selection: only sentences that mention a tracked concept
(and a pronoun sentence right after one) go to the parser."""

from __future__ import annotations

import pytest

from checker.knowledge import load_knowledge_base
from checker.nlp.sentences import select, split_sentences, trigger_regex


@pytest.fixture(scope="module")
def trigger():
    return trigger_regex(load_knowledge_base())


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("One. Two! Three? Four.", ["One.", "Two!", "Three?", "Four."]),
    ("We use GPT-3.5 daily. It works.", ["We use GPT-3.5 daily.", "It works."]),
    ("See e.g. GANs and i.e. VAEs. Then stop.", ["See e.g. GANs and i.e. VAEs.", "Then stop."]),
    ("Dr. Smith met Ms. Jones. They talked.", ["Dr. Smith met Ms. Jones.", "They talked."]),
    ("The U.S. leads in AI. Europe follows.", ["The U.S. leads in AI.", "Europe follows."]),
    ("Goodfellow et al. wrote it. Fine.", ["Goodfellow et al. wrote it.", "Fine."]),
    ("J. R. R. Tolkien wrote books. Nice.", ["J. R. R. Tolkien wrote books.", "Nice."]),
    ("Version 2.0 shipped. Next.", ["Version 2.0 shipped.", "Next."]),
    ("It ended. and then it went on.", ["It ended. and then it went on."]),  # no capital: no break
    ("Released in 2017. 2018 came next.", ["Released in 2017.", "2018 came next."]),
    ("  Leading spaces.   Trailing spaces.  ", ["Leading spaces.", "Trailing spaces."]),
    ("No final stop", ["No final stop"]),
    # a closing quote or bracket stays with the sentence it closes
    ('He said "LLMs never err." Then he left.', ['He said "LLMs never err."', "Then he left."]),
    ("It works (mostly.) Next one.", ["It works (mostly.)", "Next one."]),
    ("Done. “Quote.” End.", ["Done.", "“Quote.”", "End."]),
    ("", []),
])
def test_split(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_sentence_offsets_point_into_the_text() -> None:
    text = "  First one. Second (with e.g. an aside). \"Third,\" he said. Fourth?"
    for s in split_sentences(text):
        assert text[s.start:s.start + len(s.text)] == s.text


def test_umbrella_terms_and_companies_alone_do_not_trigger_parsing(trigger) -> None:
    # no fact can be stated about "AI" or "Google" alone, so such sentences are not parsed
    for sentence in ("AI is changing how we work.", "A.I. tools are everywhere.", "Google opened an office."):
        assert not trigger.search(sentence)


@pytest.mark.parametrize("surface", [
    "LLMs", "LLM", "large language models", "large-language models", "Large Language Models",
    "genAI", "gen AI", "GenAI", "generative AI", "GANs", "GAN", "ChatGPT",
    "GPT-4o", "Stable Diffusion", "transformers", "diffusion models", "VAEs",
])
def test_trigger_finds_tracked_names(trigger, surface: str) -> None:
    assert trigger.search(f"Today {surface} are in the news.")


@pytest.mark.parametrize("text", [
    "The chain of command said so.",    # 'ai' inside words
    "We said our goodbyes in the rain.",
    "Send me an email.",
    "The llama at the zoo is friendly.",  # product names that are words are case-sensitive
    "The gans and the geese.",
    "He is a main character.",
])
def test_trigger_ignores_ordinary_words(trigger, text: str) -> None:
    assert not trigger.search(text)


def test_select_keeps_mentions_and_the_pronoun_after_one(trigger) -> None:
    text = ("The weather was fine. GANs were introduced in 2014. They use two networks. "
            "They are fun. The cat slept. It was late.")
    chosen = [(s.text, hit) for s, hit in select(split_sentences(text), trigger)]
    assert chosen == [("GANs were introduced in 2014.", True), ("They use two networks.", False)]


@pytest.mark.parametrize("follower", ["It is new.", "These models differ.", "Such systems vary.",
                                      "The model is big.", "Their output varies.", "This is key."])
def test_pronoun_openers(trigger, follower: str) -> None:
    chosen = select(split_sentences("ChatGPT is popular. " + follower), trigger)
    assert [s.text for s, _ in chosen] == ["ChatGPT is popular.", follower]


def test_ordinary_prose_selects_nothing(trigger) -> None:
    prose = ("We moved desks this week. The plants by the window are thriving. "
             "It rained on Tuesday. They say the new coffee machine is better.")
    assert select(split_sentences(prose), trigger) == []


def test_a_heading_of_slash_joined_words_is_no_overclaim_and_no_crash(trigger) -> None:
    # "Bias/discrimination" is two words to the word finder and one to str.split(): it
    # crashed the overclaim pre-filter on a real page
    from checker.nlp.sentences import OverclaimCues
    cues = OverclaimCues(topics=frozenset({"bias", "accuracy"}), subjects=frozenset({"model"}),
                         absolutes=frozenset({"never"}), starters=frozenset({"the"}))
    chosen = select(split_sentences("Bias/discrimination"), trigger, cues)
    assert [s.text for s, _ in chosen] in ([], ["Bias/discrimination"])


def test_unpunctuated_lines_are_read_one_by_one():
    from checker.nlp.sentences import LINES_OVER_WORDS, split_long_at_lines
    lines = [f"[00:{k:02d}] and so on and so forth the words just keep coming here" for k in range(30)]
    lines[7] = "[00:07] GAN stands for general adversarial network and the idea is cool"
    original = "\n".join(lines)
    flat = original.replace("\n", " ")
    [whole] = split_sentences(flat)
    assert len(whole.text.split()) > LINES_OVER_WORDS
    parts = split_long_at_lines([whole], original)
    assert len(parts) == 30
    assert parts[7].text == lines[7] and flat[parts[7].start:parts[7].start + len(parts[7].text)] == lines[7]
    # a long sentence whose line breaks are not spaces in the text is left alone
    assert split_long_at_lines([whole], original.replace("\n", "x")) == [whole]


def test_question_then_a_lowercase_answer_are_two_sentences():
    assert [s.text for s in split_sentences("does GenAI always need an LLM? → no (img models don't)")] == \
        ["does GenAI always need an LLM?", "→ no (img models don't)"]
    assert [s.text for s in split_sentences("Is ChatGPT an LLM? no, it is a chatbot.")] == \
        ["Is ChatGPT an LLM?", "no, it is a chatbot."]


def test_a_sentence_may_open_with_an_emoji_or_a_bullet_symbol():
    text = "Generative AI is the umbrella. 🔹 LLMs live under it. ⚙️ GANs came in 2014! • BERT is Google's."
    assert [s.text for s in split_sentences(text)] == \
        ["Generative AI is the umbrella.", "🔹 LLMs live under it.", "⚙️ GANs came in 2014!", "• BERT is Google's."]
    assert [s.text for s in split_sentences("Is it an LLM? 🤔 no, it is a chatbot.")] == ["Is it an LLM?", "🤔 no, it is a chatbot."]
    # an ASCII symbol is no bullet: "... 3.5 > 3" stays one sentence
    assert len(split_sentences("GPT-4 beats GPT-3. > 3 is more.")) == 1


def test_lines_that_open_with_a_symbol_are_sentences_of_their_own():
    from checker.nlp.sentences import split_long_at_lines
    original = "How it fits together\n🔹 Generative AI is the umbrella\n🔹 LLMs sit under it\nand that is all"
    flat = original.replace("\n", " ")
    parts = split_long_at_lines(split_sentences(flat), original)
    assert [p.text for p in parts] == ["How it fits together", "🔹 Generative AI is the umbrella",
                                       "🔹 LLMs sit under it and that is all"]
    assert all(flat[p.start:p.start + len(p.text)] == p.text for p in parts)


def test_a_dash_signature_stays_with_its_quotation():
    text = '"GPT-3 had 175 million parameters." — Gabriel Osei, developer advocate. "Next quote." Then more.'
    assert [s.text for s in split_sentences(text)][:1] == \
        ['"GPT-3 had 175 million parameters." — Gabriel Osei, developer advocate.']
