"""Precision and recall on real published pages whose lines were labelled blind
(tests/data/real_pages_labels.tsv). The pages' text is third-party and is not in the
repository: store it first (one file per page, named as in tests/data/real_pages.tsv, e.g.
by reading each URL), then point this script at the folder of one set.

    python benchmarks/real_pages.py --set 3 PAGES_DIR

A page line is flagged when claimcheck reports a warning or an error on it. Labelled `error`
lines count for recall; flagged lines with no label are false alarms; `either` lines are
not scored.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def read_labels(path: Path, which: str) -> dict[tuple[str, int], str]:
    lines = [row for row in path.read_text(encoding="utf-8").splitlines() if not row.startswith("#")]
    return {(r["file"], int(r["line"])): r["label"] for r in csv.DictReader(lines, delimiter="\t") if r["set"] == which}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pages", type=Path, help="folder with the stored text of one set's pages")
    ap.add_argument("--set", required=True, help="the set number in tests/data/real_pages_labels.tsv")
    ap.add_argument("--labels", type=Path, default=ROOT / "tests" / "data" / "real_pages_labels.tsv")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from checker.engine import Checker

    labels = read_labels(args.labels, args.set)
    checker = Checker()
    flagged: set[tuple[str, int]] = set()
    for page in sorted(args.pages.glob("*.txt")):
        report = checker.check_text(page.read_text(encoding="utf-8"), page.name)
        flagged |= {(page.name, f.line) for f in report.findings if f.severity.value in ("error", "warning")}
    right = [k for k in flagged if labels.get(k) == "error"]
    wrong = sorted(k for k in flagged if k not in labels)
    missed = sorted(k for k, v in labels.items() if v == "error" and k not in flagged)
    errors = sum(v == "error" for v in labels.values())
    print(f"set {args.set}: {len(flagged)} flagged lines: {len(right)} right, {len(wrong)} false alarms, "
          f"{len(flagged) - len(right) - len(wrong)} on 'either' lines; {errors} wrong lines, {len(missed)} missed")
    print(f"precision {len(right) / max(1, len(right) + len(wrong)):.3f}  recall {len(right) / max(1, errors):.3f}")
    for k in wrong:
        print(f"false alarm  {k[0]}:{k[1]}")
    for k in missed:
        print(f"missed       {k[0]}:{k[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
