"""Benchmark `claimcheck audit` on a generated blog archive.

    python benchmarks/archive.py                      # 500 and 5,000 files (several minutes)
    python benchmarks/archive.py --sizes 200 --naive-words 20000   # a quick look

For each size the script writes a reproducible archive (seeded: Markdown posts and HTML pages
with navigation, cookie banner, scripts and footer; about 20% of the paragraphs are about
LLMs and generative AI, some of them wrong) into a temporary directory and runs the installed
`claimcheck audit` on it as a user would, in a subprocess:

- `-j 1 --no-cache` (one process) and `-j 2 --no-cache` (two worker processes);
- with a fresh cache (cold), then again (warm);
- while each run goes, the peak RSS (Linux VmHWM) of the parent and of every worker.

In the same run it measures the naive approach: the full en_core_web_sm pipeline (all its
components) over the archive's prose, on the first --naive-words words (its rate per word
does not depend on the archive's size). Words are prose words (markup not counted); words/s
of an audit is the archive's prose words over the command's wall time, start-up and model
loading included. CPU s is the user + system time of the command and its workers, and load
the machine's load average when the run started: on a shared machine, wall times (and so
the speed-up of -j 2) depend on what else runs. Needs psutil (`pip install -e '.[bench]'`).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# -- the archive -------------------------------------------------------------------------------
TOPICS = {
    "cooking": dict(
        subjects=["the baker", "my grandmother", "a good cook", "the chef", "our neighbour", "the recipe",
                  "a sourdough starter", "the oven", "this soup", "a cast iron pan", "the butcher", "fresh basil"],
        verbs=["needs", "rewards", "ruins", "improves", "survives", "balances", "softens", "sharpens", "carries",
               "hides", "brings out", "deserves"],
        objects=["a slow simmer", "patience", "a pinch of salt", "the sweetness of onions", "crusty bread",
                 "the acidity of tomatoes", "a long rest", "cold butter", "toasted cumin", "a splash of vinegar",
                 "brown butter", "roasted garlic", "a bowl of lentils", "the morning market"],
        tails=["on cold evenings", "every single time", "more than you expect", "in a small kitchen",
               "when guests arrive early", "after a long week", "without any fuss", "by the end of the day"]),
    "gardening": dict(
        subjects=["the tomato bed", "a clay soil", "the rose bush", "my allotment", "the compost heap",
                  "a young apple tree", "the greenhouse", "autumn rain", "the hedge", "a row of beans"],
        verbs=["needs", "tolerates", "welcomes", "resists", "shelters", "feeds", "protects", "attracts",
               "shades", "outgrows"],
        objects=["plenty of sun", "a thick mulch", "early frost", "hungry slugs", "a trellis", "bees and hoverflies",
                 "well drained soil", "a gentle pruning", "the first seedlings", "deep roots", "wild garlic"],
        tails=["in late spring", "through the summer", "before the first frost", "after heavy rain",
               "on the north side", "for most of the year", "once the nights warm up"]),
    "travel": dict(
        subjects=["the night train", "a small hostel", "the harbour town", "our guide", "the old bridge",
                  "a ferry crossing", "the mountain pass", "the local bus", "the museum", "a street market"],
        verbs=["offers", "reveals", "connects", "frames", "delays", "charms", "crosses", "overlooks", "rewards",
               "surprises"],
        objects=["a view of the bay", "cheap coffee", "the cathedral square", "winding lanes", "an hour of silence",
                 "the slow pace of island life", "fresh figs", "a crowded platform", "the border villages"],
        tails=["at dawn", "in the off season", "for a few euros", "on a rainy Tuesday", "if you ask politely",
               "long after the tourists leave", "when the tide is out"]),
    "money": dict(
        subjects=["a household budget", "the emergency fund", "our pension plan", "a fixed rate mortgage",
                  "the index fund", "a spending diary", "the tax return", "a savings habit", "the landlord"],
        verbs=["protects", "absorbs", "tracks", "rewards", "punishes", "outlasts", "reveals", "simplifies",
               "postpones"],
        objects=["small daily purchases", "unexpected repairs", "compound interest", "the monthly rent",
                 "impulse shopping", "rising energy bills", "a modest holiday", "late fees"],
        tails=["over ten years", "in a bad month", "before payday", "without much effort", "for most families",
               "when prices climb"]),
}
AI_SUBJECTS = ["Large language models", "LLMs", "Generative AI", "ChatGPT", "GPT-4", "Stable Diffusion",
               "Diffusion models", "Transformers", "GANs", "Claude", "Gemini", "BERT", "Midjourney",
               "AI chatbots", "Generative AI tools"]
AI_PREDICATES = ["are popular with marketing teams", "appear in many product announcements this year",
                 "were discussed at length during the conference", "show up in our internal survey",
                 "need careful evaluation before a launch", "get mentioned in almost every planning meeting",
                 "were tested by the support team last quarter", "raise questions about copyright",
                 "cost more to run than most people expect", "were the subject of a long internal memo"]
LIST_INTROS = ["A few things we noticed:", "Three quick notes:", "What helped most:"]


def _sentence(rng: random.Random, topic: dict) -> str:
    s = rng.choice(topic["subjects"])
    text = f"{s} {rng.choice(topic['verbs'])} {rng.choice(topic['objects'])} {rng.choice(topic['tails'])}"
    if rng.random() < 0.3:
        text = f"{rng.choice(topic['tails']).capitalize()}, {text}"
    return text[0].upper() + text[1:] + "."


def _ai_sentence(rng: random.Random, examples: list[str]) -> str:
    if rng.random() < 0.45:
        return rng.choice(examples)
    return f"{rng.choice(AI_SUBJECTS)} {rng.choice(AI_PREDICATES)}."


@dataclass
class Post:
    title: str
    blocks: list[tuple[str, str | list[str]]] = field(default_factory=list)  # (kind, text | items)

    def prose(self) -> list[str]:
        out = [self.title]
        for kind, value in self.blocks:
            out += value if isinstance(value, list) else [value]
        return [p for p in out if p and not p.startswith("```")]


def make_post(rng: random.Random, examples: list[str], ai_share: float, trigger) -> Post:
    topic = TOPICS[rng.choice(sorted(TOPICS))]
    post = Post(title=_sentence(rng, topic).rstrip("."))
    for i in range(rng.randint(6, 12)):
        if i and rng.random() < 0.2:
            post.blocks.append(("heading", _sentence(rng, topic).rstrip(".")))
        if rng.random() < ai_share:
            text = " ".join(_ai_sentence(rng, examples) for _ in range(rng.randint(3, 6)))
        else:
            text = _non_ai(rng, topic, trigger, rng.randint(4, 8))
        post.blocks.append(("paragraph", text))
        if rng.random() < 0.1:
            post.blocks.append(("paragraph", rng.choice(LIST_INTROS)))
            post.blocks.append(("list", [_non_ai(rng, topic, trigger, 1) for _ in range(rng.randint(2, 4))]))
        if rng.random() < 0.05:
            post.blocks.append(("code", "print('Generative AI is a type of LLM')"))
    return post


def _non_ai(rng: random.Random, topic: dict, trigger, n: int) -> str:
    while True:  # non-AI paragraphs never mention a tracked term
        text = " ".join(_sentence(rng, topic) for _ in range(n))
        if not trigger.search(text):
            return text


def to_markdown(post: Post, rng: random.Random, i: int) -> str:
    lines = ["---", f"title: \"{post.title}\"", f"date: 2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
             "tags: [blog, notes]", "---", "", f"# {post.title}", ""]
    for kind, value in post.blocks:
        if kind == "heading":
            lines += [f"## {value}", ""]
        elif kind == "list":
            lines += [f"- {item}" for item in value] + [""]
        elif kind == "code":
            lines += ["```python", value, "```", ""]
        else:
            words = value.split(" ")
            if len(words) > 8 and rng.random() < 0.3:  # a link in a paragraph
                k = rng.randint(0, len(words) - 3)
                words[k] = f"[{words[k]}](https://example.com/{i}/{k})"
            lines += [" ".join(words), ""]
    return "\n".join(lines)


PAGE_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title} | Example Journal</title>
  <meta name="description" content="Notes from the Example Journal, post {i}.">
  <link rel="stylesheet" href="/assets/site.css">
  <style>body {{ font-family: Georgia, serif; }} .nav a {{ margin: 0 .5em; }} .cookie {{ position: fixed; }}</style>
  <script>window.dataLayer = window.dataLayer || []; function gtag() {{ dataLayer.push(arguments); }}</script>
</head>
<body>
  <header class="site-header">
    <nav class="nav"><ul>
      <li><a href="/">Home</a></li><li><a href="/archive">Archive</a></li><li><a href="/about">About</a></li>
      <li><a href="/topics/ai">AI news: ChatGPT, LLMs and more</a></li><li><a href="/contact">Contact</a></li>
    </ul></nav>
  </header>
  <div class="cookie" id="cookie-consent">We use cookies to improve your experience.
    <button>Accept all</button> <button>Settings</button></div>
  <main>
    <article class="post">
"""
PAGE_FOOT = """    </article>
    <aside class="related"><h3>Related posts</h3><ul><li><a href="/p/1">Why LLMs are everywhere</a></li>
      <li><a href="/p/2">A week in the garden</a></li></ul></aside>
  </main>
  <footer class="site-footer"><p>&copy; 2024 Example Journal &middot; <a href="/privacy">Privacy</a></p></footer>
  <script src="/assets/site.js" defer></script>
  <script>gtag('config', 'G-EXAMPLE');</script>
</body>
</html>
"""


def to_html(post: Post, rng: random.Random, i: int) -> str:
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&rsquo;")  # noqa: E731
    parts = [PAGE_HEAD.format(title=esc(post.title), i=i), f"      <h1>{esc(post.title)}</h1>\n",
             f"      <p class=\"byline\">Posted on 2024-{1 + i % 12:02d}-{1 + i % 28:02d}</p>\n"]
    for kind, value in post.blocks:
        if kind == "heading":
            parts.append(f"      <h2>{esc(value)}</h2>\n")
        elif kind == "list":
            parts.append("      <ul>\n" + "".join(f"        <li>{esc(v)}</li>\n" for v in value) + "      </ul>\n")
        elif kind == "code":
            parts.append(f"      <pre><code>{esc(value)}</code></pre>\n")
        else:
            parts.append(f"      <p>{esc(value)}</p>\n")
    parts.append(PAGE_FOOT)
    return "".join(parts)


def generate(directory: Path, n: int, seed: int, html_share: float, ai_share: float) -> tuple[int, list[str]]:
    """Write n posts; return the prose word count and the prose of the posts (for the naive run)."""
    from checker.knowledge import load_knowledge_base
    from checker.nlp.sentences import trigger_regex

    kb = load_knowledge_base()
    examples = sorted({e for f in kb.facts for e in f.flag_examples + f.pass_examples})
    trigger = trigger_regex(kb)
    rng = random.Random(seed)
    words = 0
    prose: list[str] = []
    for i in range(n):
        post = make_post(rng, examples, ai_share, trigger)
        sub = directory / f"{2015 + i % 10}" / f"{1 + i % 12:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        if rng.random() < html_share:
            (sub / f"post-{i:05d}.html").write_text(to_html(post, rng, i), encoding="utf-8")
        else:
            (sub / f"post-{i:05d}.md").write_text(to_markdown(post, rng, i), encoding="utf-8")
        paragraphs = post.prose()
        words += sum(len(p.split()) for p in paragraphs)
        prose += paragraphs
    return words, prose


# -- measuring ----------------------------------------------------------------------------------
def _hwm_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


@dataclass
class Run:
    seconds: float
    cpu_seconds: float  # user + system time of the whole process tree
    load: float         # the machine's 1-minute load average when the run started
    parent_mib: float
    workers_mib: list[float]
    output: str


def run_audit(args: list[str], env: dict[str, str]) -> Run:
    """Run claimcheck, sampling the peak RSS of the parent and each worker process."""
    import psutil

    command = [str(Path(sys.executable).with_name("claimcheck")), "audit", *args]
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = psutil.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    peaks: dict[int, int] = {}
    kinds: dict[int, str] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            try:
                tree = [proc] + proc.children(recursive=True)
            except psutil.Error:
                tree = [proc]
            for p in tree:
                try:
                    kinds.setdefault(p.pid, " ".join(p.cmdline()))
                except psutil.Error:
                    continue
                peaks[p.pid] = max(peaks.get(p.pid, 0), _hwm_kib(p.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # workers are waited for, so they count
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    workers = [peaks[pid] / 1024 for pid, cmd in kinds.items()
               if pid != proc.pid and "spawn_main" in cmd and pid in peaks]
    return Run(seconds, cpu, load, peaks.get(proc.pid, 0) / 1024, sorted(workers), output)


def best_of(n: int, args: list[str], env: dict[str, str]) -> Run:
    """The fastest of n runs: on a shared machine the others measure the neighbours too."""
    return min((run_audit(args, env) for _ in range(n)), key=lambda r: r.seconds)


def naive_rate(prose: list[str], limit: int, repeat: int) -> tuple[float, int]:
    """Words/s of the full en_core_web_sm pipeline over the first ``limit`` words of prose
    (the fastest of ``repeat`` passes)."""
    import spacy

    from checker.nlp.pipeline import MODEL_CANDIDATES

    for name in MODEL_CANDIDATES:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    else:
        raise SystemExit("no en_core_web_sm model installed")
    sample, words = [], 0
    for p in prose:
        if words >= limit:
            break
        sample.append(p)
        words += len(p.split())
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in nlp.pipe(sample):
            pass
        best = min(best, time.perf_counter() - start)
    return words / best, words


def findings_of(output: str) -> list:
    data = json.loads(output)
    return [(f["path"], x["fact"], x["line"], x["column"]) for f in data["files"] for x in f["findings"]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="500,5000", help="archive sizes in files (comma-separated)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--html-share", type=float, default=0.4, help="share of posts that are HTML pages")
    parser.add_argument("--ai-share", type=float, default=0.2, help="share of paragraphs about AI")
    parser.add_argument("--naive-words", type=int, default=60000, help="words for the naive full-pipeline run")
    parser.add_argument("--keep", type=Path, default=None, help="write the archives here and keep them")
    parser.add_argument("--repeat", type=int, default=1, help="run each audit this many times, keep the fastest")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    base = args.keep or Path(tempfile.mkdtemp(prefix="claimcheck-bench-"))
    rows: list[tuple[str, ...]] = []
    rss: list[tuple[str, ...]] = []
    naive = None
    try:
        for n in sizes:
            archive = base / f"archive-{n}"
            shutil.rmtree(archive, ignore_errors=True)
            words, prose = generate(archive, n, args.seed, args.html_share, args.ai_share)
            if naive is None:
                naive = naive_rate(prose, args.naive_words, args.repeat)
                rows.append(("naive: full en_core_web_sm over all prose", f"{naive[1]:,} words", "", "",
                             f"{naive[0]:,.0f}", "1.0x", f"{os.getloadavg()[0]:.1f}"))
            del prose
            env = dict(os.environ, CLAIMCHECK_CACHE_DIR=str(base / f"cache-{n}"))
            shutil.rmtree(env["CLAIMCHECK_CACHE_DIR"], ignore_errors=True)
            common = [str(archive), "--format", "json", "-q", "--fail-on", "never"]
            one = best_of(args.repeat, common + ["-j", "1", "--no-cache"], env)
            two = best_of(args.repeat, common + ["-j", "2", "--no-cache"], env)
            cold = warm = None
            for _ in range(args.repeat):  # each cold run starts from an empty cache
                shutil.rmtree(env["CLAIMCHECK_CACHE_DIR"], ignore_errors=True)
                run = run_audit(common + ["-j", "2"], env)
                cold = run if cold is None or run.seconds < cold.seconds else cold
                run = run_audit(common + ["-j", "2"], env)
                warm = run if warm is None or run.seconds < warm.seconds else warm
            assert findings_of(one.output) == findings_of(two.output) == findings_of(warm.output)
            found = len(findings_of(one.output))
            for label, r in (("audit -j 1 --no-cache", one), ("audit -j 2 --no-cache", two),
                             ("audit -j 2, cache cold", cold), ("audit -j 2, cache warm", warm)):
                rate = words / r.seconds
                rows.append((label, f"{n:,} files, {words:,} words", f"{r.seconds:.2f}", f"{r.cpu_seconds:.2f}",
                             f"{rate:,.0f}", f"{rate / naive[0]:.1f}x", f"{r.load:.1f}"))
            rows.append((f"speed-up -j 2 over -j 1 ({n:,} files)", "", "", "", "",
                         f"{one.seconds / two.seconds:.2f}x", ""))
            rows.append((f"warm cache vs cold ({n:,} files)", "", "", "", "", f"{cold.seconds / warm.seconds:.1f}x", ""))
            rows.append((f"findings ({n:,} files)", str(found), "", "", "", "", ""))
            rss.append((f"{n:,}", f"{one.parent_mib:.0f}", f"{two.parent_mib:.0f}",
                        " / ".join(f"{w:.0f}" for w in two.workers_mib)))
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)

    print(f"claimcheck audit benchmark (seed {args.seed}, {os.cpu_count()} cores, "
          f"{args.html_share:.0%} HTML pages, ~{args.ai_share:.0%} AI paragraphs, best of {args.repeat})\n")
    print("| run | archive | wall s | CPU s | words/s | vs naive | load |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print("\nPeak RSS (MiB, VmHWM)\n")
    print("| files | parent, -j 1 (model in process) | parent, -j 2 | each worker, -j 2 |")
    print("| ---: | ---: | ---: | ---: |")
    for row in rss:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
