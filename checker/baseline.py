"""Baselines: record today's findings, then report only new ones.

A finding is keyed by its file, its fact and a hash of its claim sentence with case and
whitespace normalised, so edits elsewhere in the file (or re-wrapping the paragraph) keep
it matched, while changing the claim itself makes it new. The same claim twice in a file
is counted: a third copy is reported. Paths are stored relative to the baseline file's
folder, so the baseline works whatever folder claimcheck runs from.

Pure: reports and text in, reports and text out. The CLI reads and writes the file.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import PurePath
from types import MappingProxyType
from typing import Mapping, Sequence

from checker.errors import InputError
from checker.model import FileReport, Finding

VERSION = 1
Key = tuple[str, str, str]  # (path, fact, claim hash)


@dataclass(frozen=True, kw_only=True)
class Baseline:
    counts: Mapping[Key, int]

    def __len__(self) -> int:
        return sum(self.counts.values())


def normalize_claim(text: str) -> str:
    return " ".join(text.split()).casefold()


def claim_hash(finding: Finding) -> str:
    text = normalize_claim(finding.claim or finding.message)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def key_path(path: str, base_dir: str) -> str:
    """``path`` (as reported) relative to ``base_dir``, with forward slashes; stdin stays '-'."""
    if path == "-":
        return path
    full = os.path.abspath(path)
    try:
        rel = os.path.relpath(full, os.path.abspath(base_dir))
    except ValueError:  # another drive
        rel = full
    return PurePath(rel).as_posix()


def finding_key(path: str, finding: Finding, base_dir: str) -> Key:
    return key_path(path, base_dir), finding.fact, claim_hash(finding)


def build(reports: Sequence[FileReport], base_dir: str) -> Baseline:
    counts: Counter[Key] = Counter(finding_key(r.path, f, base_dir) for r in reports for f in r.findings)
    return Baseline(counts=MappingProxyType(dict(counts)))


def dumps(reports: Sequence[FileReport], base_dir: str) -> str:
    """The baseline file for ``reports``: sorted, one entry per key, with the claim for review."""
    claims: dict[Key, str] = {}
    for r in reports:
        for f in r.findings:
            claims.setdefault(finding_key(r.path, f, base_dir), " ".join((f.claim or f.message).split()))
    counts = build(reports, base_dir).counts
    entries = [{"path": k[0], "fact": k[1], "claim_hash": k[2], "count": counts[k], "claim": claims[k]}
               for k in sorted(counts)]
    return json.dumps({"version": VERSION, "tool": "claimcheck", "findings": entries}, indent=2,
                      ensure_ascii=False) + "\n"


def loads(text: str, where: str) -> Baseline:
    """Parse a baseline file; a malformed one is an InputError naming ``where``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"is not a claimcheck baseline: {exc.msg} at line {exc.lineno}") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise InputError(where, f"is not a claimcheck baseline (expected version {VERSION} with a findings list)")
    counts: Counter[Key] = Counter()
    for i, e in enumerate(data["findings"]):
        ok = (isinstance(e, dict) and all(isinstance(e.get(k), str) for k in ("path", "fact", "claim_hash"))
              and isinstance(e.get("count", 1), int) and e.get("count", 1) > 0)
        if not ok:
            raise InputError(where, f"findings[{i}]: needs path, fact, claim_hash (text) and a positive count")
        counts[(e["path"], e["fact"], e["claim_hash"])] += e.get("count", 1)
    return Baseline(counts=MappingProxyType(dict(counts)))


def new_findings(reports: Sequence[FileReport], baseline: Baseline, base_dir: str) -> list[FileReport]:
    """``reports`` keeping only findings beyond those the baseline records."""
    left = Counter(baseline.counts)
    out = []
    for r in reports:
        kept = []
        for f in r.findings:
            key = finding_key(r.path, f, base_dir)
            if left[key] > 0:
                left[key] -= 1
            else:
                kept.append(f)
        out.append(replace(r, findings=tuple(kept)))
    return out
