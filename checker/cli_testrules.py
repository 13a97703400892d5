"""`claimcheck test-rules`: run every fact's examples (or score gold sets) and report how they
fare. A thin command: options -> RunConfig -> checker/testrules.py -> render -> exit code. cli.py
imports this module, which registers the command on ``main``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from checker.cli import main
from checker.config import RunConfig, resolve_paths
from checker.errors import ClaimcheckError, ExitStatus
from checker.testrules import Counts, ExampleResult, ExamplesRun, Reported, SetScore


@main.command("test-rules")
@click.option("--extra-rules", multiple=True, type=click.Path(dir_okay=False),
              help="A facts YAML file of your own whose examples are run too (repeatable).")
@click.option("--set", "gold_sets", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              metavar="GOLD.tsv", help="Score this labelled set instead of the examples (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="With --set: check the sets' files in this many worker processes.")
def test_rules(extra_rules: tuple[str, ...], gold_sets: tuple[Path, ...], fmt: str, jobs: int) -> None:
    """Check that every fact's examples hold: each `flag` example is reported with its fact, each
    `pass` example gets no warning or error. Exits 1 when one does not. With --set, score labelled
    sets instead (precision, recall, F1; exits 0)."""
    from checker.engine import Checker
    from checker.testrules import read_sets, run_examples, run_sets

    try:
        extra = resolve_paths(extra_rules, Path.cwd(), "command line", "--extra-rules")
        sets = read_sets(gold_sets)  # a bad gold file is reported before the model loads
        checker = Checker(RunConfig(extra_rules=extra))
        if gold_sets:
            scores = run_sets(checker, sets, None if jobs == 1 else in_workers(checker.config, jobs))
        else:
            run = run_examples(checker)
    except ClaimcheckError as exc:
        click.echo(f"claimcheck: {exc}", err=True)
        sys.exit(ExitStatus.ERROR)
    if gold_sets:
        click.echo(render_sets_json(scores) if fmt == "json" else render_sets_text(scores), nl=False)
        sys.exit(ExitStatus.OK)
    click.echo(render_examples_json(run) if fmt == "json" else render_examples_text(run), nl=False)
    sys.exit(ExitStatus.OK if run.held else ExitStatus.FINDINGS)


# ---------------------------------------------------------------- rendering (pure)

def _figure(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _reported_text(reported: tuple[Reported, ...]) -> str:
    if not reported:
        return "nothing reported"
    return "; ".join(f"{r.fact} {r.severity.value}: {r.message}" for r in reported)


def _reported_json(reported: tuple[Reported, ...]) -> list[dict]:
    return [{"fact": r.fact, "severity": r.severity.value, "message": r.message} for r in reported]


def _failure_text(r: ExampleResult) -> str:
    return f"FAIL {r.fact} {r.kind}: {r.text}\n       got: {_reported_text(r.reported)}"


def render_examples_text(run: ExamplesRun) -> str:
    w = max([4] + [len(f.fact) for f in run.facts])
    lines = [f"{'fact':<{w}}  {'flag caught':>11}  {'pass quiet':>10}  {'precision':>9}  {'recall':>6}"]
    for f in run.facts:
        lines.append(f"{f.fact:<{w}}  {f'{f.flag_caught}/{f.flag_total}':>11}  {f'{f.pass_quiet}/{f.pass_total}':>10}  "
                     f"{_figure(f.precision):>9}  {_figure(f.recall):>6}{'' if f.held else '  FAIL'}")
    failures = run.failures
    if failures:
        lines += [""] + [_failure_text(r) for r in failures]
    total = len(run.results)
    lines += ["", f"{total} example{'' if total == 1 else 's'} of {len(run.facts)} facts: "
                  f"{total - len(failures)} hold, {len(failures)} fail."]
    return "\n".join(lines) + "\n"


def render_examples_json(run: ExamplesRun) -> str:
    data = {
        "version": 1,
        "facts": [{"fact": f.fact, "flag": {"caught": f.flag_caught, "total": f.flag_total},
                   "pass": {"quiet": f.pass_quiet, "total": f.pass_total}, "false_alarms": f.false_alarms,
                   "precision": _round(f.precision), "recall": _round(f.recall), "held": f.held}
                  for f in run.facts],
        "failures": [{"fact": r.fact, "kind": r.kind, "text": r.text, "reported": _reported_json(r.reported)}
                     for r in run.failures],
        "summary": {"examples": len(run.results), "failures": len(run.failures), "held": run.held},
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _counts_json(c: Counts) -> dict:
    return {"tp": c.tp, "fn": c.fn, "fp": c.fp, "tn": c.tn, "precision": _round(c.precision),
            "recall": _round(c.recall), "f1": _round(c.f1)}


def render_sets_text(scores: tuple[SetScore, ...]) -> str:
    lines: list[str] = []
    for s in scores:
        c = s.overall
        w = max([4] + [len(fc.fact) for fc in s.facts])
        lines += [f"{s.path}: {s.lines} gold lines",
                  f"errors caught {c.tp}/{c.tp + c.fn}, false alarms {c.fp}/{c.fp + c.tn}",
                  f"precision {_figure(c.precision, 3)}  recall {_figure(c.recall, 3)}  f1 {_figure(c.f1, 3)}",
                  "",
                  f"{'fact':<{w}}  {'caught':>7}  {'false alarms':>12}  {'precision':>9}  {'recall':>6}"]
        for fc in s.facts:
            f = fc.counts
            lines.append(f"{fc.fact:<{w}}  {f'{f.tp}/{f.tp + f.fn}':>7}  {f.fp:>12}  "
                         f"{_figure(f.precision):>9}  {_figure(f.recall):>6}")
        if s.misses:
            lines.append("")
        for m in s.misses:
            g = m.gold
            what = f"MISS  [{g.fact}]" if g.label == "error" else f"FALSE [{_reported_text(m.reported)}]"
            lines.append(f"{what} {g.file}:{g.line}: {g.text}")
        lines.append("")
    return "\n".join(lines)


def render_sets_json(scores: tuple[SetScore, ...]) -> str:
    data = {"version": 1, "sets": [
        {"path": s.path, "lines": s.lines, "overall": _counts_json(s.overall),
         "facts": [{"fact": fc.fact, **_counts_json(fc.counts)} for fc in s.facts],
         "misses": [{"file": m.gold.file, "line": m.gold.line, "label": m.gold.label, "fact": m.gold.fact,
                     "text": m.gold.text, "reported": _reported_json(m.reported)} for m in s.misses]}
        for s in scores]}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def in_workers(config: RunConfig, jobs: int):
    """A check for ``run_sets`` that spreads the files over ``jobs`` worker processes."""
    from checker.parallel import check_files

    return lambda pairs: list(check_files(pairs, config, jobs))
