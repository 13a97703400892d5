"""Inputs whose cost grew faster than their size (issue 9 §4), timed through the engine.

    python benchmarks/pathological.py                      # every case
    python benchmarks/pathological.py --cases acronyms-1000,spans-2000
    python benchmarks/pathological.py --uncapped          # without the engine's sentence cap

Cases: one sentence that is a comma list of 1,000 / 2,000 / 4,000 acronyms (Markdown), a
paragraph of 2,000 ``<span>``s (HTML), and 8,000 lines of "GANs" (Markdown, one paragraph).
Each is checked once with ``Checker().check_text`` after the model is loaded; the script
prints the seconds, the findings and the notes (a note says when the engine's per-sentence
cap was hit). Performance is measured only here, never in the tests.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

ACRONYMS = ("GAN", "LLM", "VAE", "GPT", "BERT", "T5", "GPT-4", "CNN", "RNN", "LSTM")


def acronym_list(n: int) -> str:
    names = list(itertools.islice(itertools.cycle(ACRONYMS), n))
    return "Models such as " + ", ".join(names) + " are generative AI.\n"


def spans(n: int) -> str:
    body = "".join(f"<span>{name}</span> " for name in itertools.islice(itertools.cycle(ACRONYMS), n))
    return f"<html><body><article><p>{body}are all LLMs.</p></article></body></html>\n"


def lines_of_gans(n: int) -> str:
    return "GANs\n" * n


CASES = {
    "acronyms-1000": (lambda: acronym_list(1000), "markdown"),
    "acronyms-2000": (lambda: acronym_list(2000), "markdown"),
    "acronyms-4000": (lambda: acronym_list(4000), "markdown"),
    "spans-2000": (lambda: spans(2000), "html"),
    "gans-lines-8000": (lambda: lines_of_gans(8000), "markdown"),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", default=",".join(CASES), help=f"comma-separated (default: all of {', '.join(CASES)})")
    ap.add_argument("--uncapped", action="store_true",
                    help="lift the engine's per-sentence cap, to time what the claim extractor itself costs")
    args = ap.parse_args(argv)
    from checker import engine
    from checker.engine import Checker

    if args.uncapped:
        engine.MAX_SENTENCE_WORDS = engine.MAX_SENTENCE_MENTIONS = 10 ** 9

    checker = Checker()
    checker.check_text("GANs are generative models.", "warmup.md")
    print(f"{'case':<18} {'chars':>8} {'seconds':>8} {'findings':>8} {'notes':>6}")
    for name in args.cases.split(","):
        make, fmt = CASES[name]
        source = make()
        t0 = time.perf_counter()
        report = checker.check_text(source, f"{name}.{'html' if fmt == 'html' else 'md'}", fmt)
        seconds = time.perf_counter() - t0
        notes = sum(1 for f in report.findings if f.rule.startswith("note-"))
        print(f"{name:<18} {len(source):>8} {seconds:>8.2f} {len(report.findings) - notes:>8} {notes:>6}",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
