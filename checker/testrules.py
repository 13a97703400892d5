"""`claimcheck test-rules`: do a fact base's own examples hold, and how does the checker score on
a labelled (gold) set? Pure functions over one Checker, returning frozen values; the CLI renders
them and picks the exit code. Nothing here imports click.

Examples: every fact's ``examples.flag`` and ``examples.pass`` sentence is checked as its own
one-line Markdown document, all of them through one parser stream (``Checker.check_many``). A
flag example holds when a finding of its fact is reported at warning or error; a pass example
holds when nothing at all is reported at warning or error.

Gold sets: the TSV format of the shared evaluation (``file  line  label  fact  text``; ``file``
is relative to the TSV's folder; ``label`` is ``error``, ``ok`` or ``either``). A finding at
warning or error flags gold line L of its file when ``line <= L <= end_line``. ``error`` lines
must be flagged, ``ok`` lines must not be, ``either`` lines are not scored.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from checker.document.loader import read_bytes
from checker.errors import InputError
from checker.model import FileReport, Finding, Severity

if TYPE_CHECKING:
    from checker.engine import Checker
    from checker.knowledge import KnowledgeBase

FLAGGING = frozenset({Severity.ERROR, Severity.WARNING})
GOLD_COLUMNS = ("file", "line", "label", "fact", "text")
GOLD_LABELS = ("error", "ok", "either")


def _ratio(num: int, den: int) -> float | None:
    """num/den, or None when there is nothing to divide (no denominator: no figure)."""
    return num / den if den else None


# ---------------------------------------------------------------- examples


@dataclass(frozen=True, kw_only=True)
class Reported:
    """One finding as a test-rules result names it."""

    fact: str
    severity: Severity
    message: str


@dataclass(frozen=True, kw_only=True)
class ExampleResult:
    fact: str
    kind: str                        # "flag" | "pass"
    text: str
    held: bool
    reported: tuple[Reported, ...]   # every finding on the example, in order


@dataclass(frozen=True, kw_only=True)
class FactExamples:
    """One fact's examples. Precision and recall treat the fact as a classifier over all the
    examples of the fact base: a true positive is one of its flag examples reported with it, a
    false positive is a pass example (of any fact) on which it was reported at warning or error."""

    fact: str
    flag_caught: int
    flag_total: int
    pass_quiet: int
    pass_total: int
    false_alarms: int                # pass examples of any fact on which this fact was reported

    @property
    def precision(self) -> float | None:
        return _ratio(self.flag_caught, self.flag_caught + self.false_alarms)

    @property
    def recall(self) -> float | None:
        return _ratio(self.flag_caught, self.flag_total)

    @property
    def held(self) -> bool:
        return self.flag_caught == self.flag_total and self.pass_quiet == self.pass_total


@dataclass(frozen=True, kw_only=True)
class ExamplesRun:
    facts: tuple[FactExamples, ...]      # in fact-base order
    results: tuple[ExampleResult, ...]   # every example, in fact-base order

    @property
    def failures(self) -> tuple[ExampleResult, ...]:
        return tuple(r for r in self.results if not r.held)

    @property
    def held(self) -> bool:
        return not self.failures


def example_cases(kb: KnowledgeBase) -> tuple[tuple[str, str, str], ...]:
    """(fact id, "flag" | "pass", sentence) for every example of the fact base, in order."""
    return tuple((fact.id, kind, text)
                 for fact in kb.facts
                 for kind, texts in (("flag", fact.flag_examples), ("pass", fact.pass_examples))
                 for text in texts)


def _reported(findings: Iterable[Finding]) -> tuple[Reported, ...]:
    return tuple(Reported(fact=f.fact, severity=f.severity, message=f.message) for f in findings)


def judge_example(fact: str, kind: str, text: str, reported: tuple[Reported, ...]) -> ExampleResult:
    flagging = [r for r in reported if r.severity in FLAGGING]
    held = any(r.fact == fact for r in flagging) if kind == "flag" else not flagging
    return ExampleResult(fact=fact, kind=kind, text=text, held=held, reported=reported)


def summarize_examples(kb: KnowledgeBase, results: tuple[ExampleResult, ...]) -> ExamplesRun:
    false_alarms: dict[str, int] = {}
    for r in results:
        if r.kind == "pass":
            for fact in dict.fromkeys(x.fact for x in r.reported if x.severity in FLAGGING):
                false_alarms[fact] = false_alarms.get(fact, 0) + 1
    facts = []
    for fact in kb.facts:
        mine = [r for r in results if r.fact == fact.id]
        flags = [r for r in mine if r.kind == "flag"]
        passes = [r for r in mine if r.kind == "pass"]
        facts.append(FactExamples(fact=fact.id, flag_caught=sum(r.held for r in flags), flag_total=len(flags),
                                  pass_quiet=sum(r.held for r in passes), pass_total=len(passes),
                                  false_alarms=false_alarms.get(fact.id, 0)))
    return ExamplesRun(facts=tuple(facts), results=results)


def run_examples(checker: Checker) -> ExamplesRun:
    """Check every example of the checker's fact base (each sentence once, all in one stream)."""
    cases = example_cases(checker.kb)
    texts = tuple(dict.fromkeys(text for _, _, text in cases))
    reports = checker.check_many((text + "\n", f"example-{n}.md") for n, text in enumerate(texts))
    found = {text: _reported(report.findings) for text, report in zip(texts, reports)}
    results = tuple(judge_example(fact, kind, text, found[text]) for fact, kind, text in cases)
    return summarize_examples(checker.kb, results)


# ---------------------------------------------------------------- gold sets


@dataclass(frozen=True, kw_only=True)
class GoldLine:
    path: Path          # resolved
    file: str           # as written in the TSV
    line: int
    label: str          # error | ok | either
    fact: str
    text: str


@dataclass(frozen=True, kw_only=True)
class Counts:
    tp: int = 0         # error lines flagged
    fn: int = 0         # error lines missed
    fp: int = 0         # ok lines flagged (false alarms)
    tn: int = 0         # ok lines left alone

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, kw_only=True)
class FactCounts:
    fact: str
    counts: Counts


@dataclass(frozen=True, kw_only=True)
class Miss:
    """A scored gold line the checker got wrong: a missed error or a false alarm."""

    gold: GoldLine
    reported: tuple[Reported, ...]   # the findings flagging the line (empty for a miss)


@dataclass(frozen=True, kw_only=True)
class SetScore:
    path: str
    lines: int                       # gold lines read (either lines included)
    overall: Counts
    facts: tuple[FactCounts, ...]    # sorted by fact id
    misses: tuple[Miss, ...]         # missed errors, then false alarms, in gold order


def read_gold(path: Path) -> tuple[GoldLine, ...]:
    """The lines of a gold TSV; a file that cannot be read or is malformed is an InputError."""
    try:
        text = read_bytes(path).decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(str(path), "not UTF-8 text") from None
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
    if not rows or tuple(c.strip() for c in rows[0][:len(GOLD_COLUMNS)]) != GOLD_COLUMNS:
        raise InputError(str(path), f"line 1: expected the header {' '.join(GOLD_COLUMNS)} (tab-separated)")
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        if len(row) < 4:
            raise InputError(str(path), f"line {n}: expected {len(GOLD_COLUMNS)} tab-separated columns, got {len(row)}")
        file, line, label, fact = (c.strip() for c in row[:4])
        try:
            number = int(line)
        except ValueError:
            raise InputError(str(path), f"line {n}: line: expected a number, got {line!r}") from None
        if label not in GOLD_LABELS:
            raise InputError(str(path), f"line {n}: label: must be one of {', '.join(GOLD_LABELS)}, not {label!r}")
        out.append(GoldLine(path=(path.parent / file).resolve(), file=file, line=number, label=label,
                            fact=fact, text=row[4] if len(row) > 4 else ""))
    return tuple(out)


def flagging_at(findings: Iterable[Finding]) -> dict[int, tuple[Reported, ...]]:
    """Line -> the findings at warning or error whose span covers it."""
    out: dict[int, list[Reported]] = {}
    for f in findings:
        if f.severity in FLAGGING:
            for line in range(f.line, max(f.line, f.end_line) + 1):
                out.setdefault(line, []).append(Reported(fact=f.fact, severity=f.severity, message=f.message))
    return {line: tuple(r) for line, r in out.items()}


def score_gold(path: str, gold: tuple[GoldLine, ...],
               flagged: dict[Path, dict[int, tuple[Reported, ...]]]) -> SetScore:
    """Score gold lines against the lines flagged in each (resolved) file. A missed or caught
    error counts for the gold line's fact; a false alarm counts for each fact that flagged it."""
    overall = {"tp": 0, "fn": 0, "fp": 0, "tn": 0}
    per_fact: dict[str, dict[str, int]] = {}
    missed, alarms = [], []

    def bump(fact: str, key: str) -> None:
        if fact and fact != "-":  # "-": a line about no fact in particular
            per_fact.setdefault(fact, {"tp": 0, "fn": 0, "fp": 0, "tn": 0})[key] += 1

    for g in gold:
        reported = flagged.get(g.path, {}).get(g.line, ())
        if g.label == "error":
            key = "tp" if reported else "fn"
            overall[key] += 1
            bump(g.fact, key)
            if not reported:
                missed.append(Miss(gold=g, reported=()))
        elif g.label == "ok":
            if reported:
                overall["fp"] += 1
                for fact in dict.fromkeys(r.fact for r in reported):
                    bump(fact, "fp")
                alarms.append(Miss(gold=g, reported=reported))
            else:
                overall["tn"] += 1
                bump(g.fact, "tn")
    facts = tuple(FactCounts(fact=fact, counts=Counts(**c)) for fact, c in sorted(per_fact.items()))
    return SetScore(path=path, lines=len(gold), overall=Counts(**overall), facts=facts,
                    misses=tuple(missed + alarms))


def read_sets(paths: Iterable[Path]) -> tuple[tuple[str, tuple[GoldLine, ...]], ...]:
    """(path as given, its gold lines) for each gold file: read before any model loads."""
    return tuple((str(p), read_gold(Path(p))) for p in paths)


def run_sets(checker: Checker, sets: Iterable[tuple[str, tuple[GoldLine, ...]]],
             check: Callable[[list[tuple[Path, str]]], Iterable[FileReport]] | None = None) -> tuple[SetScore, ...]:
    """Check the files the gold sets name (each once, in one stream, or with ``check``: worker
    processes, say) and score every set. An article that cannot be read is an InputError."""
    sets = tuple(sets)
    files = tuple(dict.fromkeys(g.path for _, gold in sets for g in gold))
    reports = (check or checker.check_files)([(f, str(f)) for f in files])
    flagged: dict[Path, dict[int, tuple[Reported, ...]]] = {}
    for path, report in zip(files, reports):
        if report.error:
            raise InputError(report.path, report.error)
        flagged[path] = flagging_at(report.findings)
    return tuple(score_gold(shown, gold, flagged) for shown, gold in sets)
