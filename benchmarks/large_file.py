"""Peak memory and time for one very large Markdown file (issue 9 §4, memory).

    python benchmarks/large_file.py                   # a 100 MB file
    python benchmarks/large_file.py --size-mb 20 --keep /tmp/big.md

Writes one Markdown file made of the seeded blog posts of benchmarks/throughput.py (about a
fifth of the paragraphs about AI, some wrong) up to ``--size-mb``, then runs the installed
``claimcheck check FILE --format json`` on it as a subprocess and prints its wall time, its
peak resident memory (``ru_maxrss`` of the child, from ``resource``), the findings and the
size. Performance is measured only here, never in the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import throughput  # noqa: E402  (the seeded post generator)


def write_file(path: Path, size_mb: float, seed: int) -> int:
    """Posts joined by blank lines until the file holds ``size_mb`` MB; returns its bytes."""
    target = int(size_mb * 1024 * 1024)
    posts = throughput.generate(min(size_mb, 8) * 1024, 0.2, seed)  # a block of posts, repeated
    block = "\n\n".join(p.text.strip() for p in posts) + "\n\n"
    written = 0
    with open(path, "w", encoding="utf-8") as fh:
        while written < target:
            piece = block[:target - written] if written + len(block) > target else block
            if len(piece) < len(block):  # end on a whole paragraph
                piece = piece[:piece.rfind("\n\n") + 2] or piece
            fh.write(piece)
            written += len(piece.encode("utf-8"))
            if len(piece) < len(block):
                break
    return path.stat().st_size


def claimcheck_command() -> list[str]:
    exe = shutil.which("claimcheck", path=str(Path(sys.executable).parent)) or shutil.which("claimcheck")
    return [exe] if exe else [sys.executable, "-m", "checker.cli"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=float, default=100, help="file size in MB (default 100)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", type=Path, default=None, help="write the file here and keep it")
    args = ap.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="claimcheck-large-"))
    path = args.keep or folder / "large.md"
    try:
        size = write_file(path, args.size_mb, args.seed)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        t0 = time.perf_counter()
        proc = subprocess.run(claimcheck_command() + ["check", str(path), "--format", "json", "--fail-on", "never"],
                              capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
        seconds = time.perf_counter() - t0
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            return 1
        report = json.loads(proc.stdout)
        findings = sum(len(f["findings"]) for f in report["files"])
        print(f"file: {size / 1024 / 1024:.1f} MB Markdown ({path.name})")
        print(f"wall: {seconds:.1f} s")
        print(f"peak RSS: {peak_kb / 1024:.0f} MiB (claimcheck process; earlier children peaked at {before / 1024:.0f})")
        print(f"findings: {findings}")
        return 0
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
