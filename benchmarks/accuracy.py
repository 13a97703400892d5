"""Precision and recall on the project's own labelled sentence sets (the README's accuracy
table): tests/data/sentences.yaml and tests/data/blog_style_sentences.yaml. A sentence is
flagged when claimcheck reports a warning or an error on it.

    python benchmarks/accuracy.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SETS = ("tests/data/sentences.yaml", "tests/data/blog_style_sentences.yaml")


def score(checker, path: Path) -> Counter:
    c: Counter = Counter()
    for row in yaml.safe_load(path.read_text(encoding="utf-8")):
        report = checker.check_text(row["text"], "sentence.md")
        flagged = any(f.severity.value in ("error", "warning") for f in report.findings)
        c[("tp" if flagged else "fn") if row["label"] == "flag" else ("fp" if flagged else "tn")] += 1
    return c


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from checker.engine import Checker

    checker = Checker()
    for name in SETS:
        c = score(checker, ROOT / name)
        precision = c["tp"] / max(1, c["tp"] + c["fp"])
        recall = c["tp"] / max(1, c["tp"] + c["fn"])
        print(f"{name}: {sum(c.values())} sentences, precision {precision:.3f}, recall {recall:.3f} "
              f"(tp {c['tp']}, fp {c['fp']}, fn {c['fn']}, tn {c['tn']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
