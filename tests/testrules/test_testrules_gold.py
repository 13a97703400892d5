"""`claimcheck test-rules --set GOLD.tsv`: a labelled set scored line by line, as
/work/shared/eval/score.py does, with per-fact precision and recall."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.errors import InputError
from checker.model import Finding, Severity
from checker.testrules import Counts, flagging_at, read_gold, score_gold

ARTICLE = """# Notes

Generative AI is a type of LLM.

GAN stands for general adversarial network.

LLMs rely on patterns rather than true understanding.

The sky is blue today.

LLMs truly understand language like humans do.

Not all generative AI is an LLM.
"""

GOLD = """file\tline\tlabel\tfact\ttext
posts/a.md\t3\terror\tT1\tGenerative AI is a type of LLM.
posts/a.md\t5\terror\tN2\tGAN stands for general adversarial network.
posts/a.md\t7\tok\tL2\tLLMs rely on patterns rather than true understanding.
posts/a.md\t9\terror\tP1\tThe sky is blue today.
posts/a.md\t11\tok\t-\tLLMs truly understand language like humans do.
posts/a.md\t13\teither\tT2\tNot all generative AI is an LLM.
"""


def run(*args: str):
    return CliRunner().invoke(main, ["test-rules", *args])


def gold_set(tmp_path: Path, gold: str = GOLD) -> Path:
    (tmp_path / "posts").mkdir(exist_ok=True)
    (tmp_path / "posts" / "a.md").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "gold.tsv"
    path.write_text(gold, encoding="utf-8")
    return path


def finding(fact: str, line: int, end_line: int, severity: Severity = Severity.ERROR) -> Finding:
    return Finding(rule=fact, fact=fact, severity=severity, line=line, column=1, end_line=end_line,
                   end_column=2, message="m", claim="c", suggestion="", sources=())


# ---------------------------------------------------------------- pure helpers (no model)

def test_a_finding_flags_every_line_of_its_span_at_warning_or_error() -> None:
    at = flagging_at([finding("T1", 3, 5), finding("L2", 9, 9, Severity.INFO)])
    assert sorted(at) == [3, 4, 5] and at[4][0].fact == "T1"


def test_errors_count_for_the_gold_fact_and_false_alarms_for_the_findings_fact(tmp_path: Path) -> None:
    gold = read_gold(gold_set(tmp_path))
    a = (tmp_path / "posts" / "a.md").resolve()
    flagged = {a: flagging_at([finding("T3", 3, 3), finding("N2", 5, 5), finding("L2", 11, 11),
                               finding("A1", 11, 11), finding("T2", 13, 13)])}
    score = score_gold("gold.tsv", gold, flagged)
    assert score.overall == Counts(tp=2, fn=1, fp=1, tn=1)
    facts = {fc.fact: fc.counts for fc in score.facts}
    assert facts["T1"] == Counts(tp=1) and "T3" not in facts   # a caught error counts for the gold fact
    assert facts["L2"] == Counts(fp=1, tn=1) and facts["A1"] == Counts(fp=1)
    assert facts["P1"] == Counts(fn=1) and "T2" not in facts and "-" not in facts
    assert [(m.gold.line, [r.fact for r in m.reported]) for m in score.misses] == [(9, []), (11, ["L2", "A1"])]


def test_counts_without_a_denominator_have_no_figure() -> None:
    assert Counts(fn=1).precision is None and Counts(fn=1).recall == 0.0 and Counts(fn=1).f1 is None
    assert Counts(tp=2, fp=1, fn=1).f1 == pytest.approx(2 / 3)


@pytest.mark.parametrize("text, problem", [
    ("file\tline\tlabel\n", "line 1: expected the header"),
    ("file\tline\tlabel\tfact\ttext\na.md\tx\tok\tT1\tt\n", "line 2: line: expected a number"),
    ("file\tline\tlabel\tfact\ttext\na.md\t1\tmaybe\tT1\tt\n", "line 2: label: must be one of"),
])
def test_a_malformed_gold_file_is_an_input_error(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=problem):
        read_gold(path)


# ---------------------------------------------------------------- the command

@pytest.mark.slow
def test_set_reports_overall_and_per_fact_figures(tmp_path: Path) -> None:
    path = gold_set(tmp_path)
    result = run("--set", str(path))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:3] == [f"{path}: 6 gold lines", "errors caught 2/3, false alarms 1/2",
                         "precision 0.667  recall 0.667  f1 0.667"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[5:9]}
    assert lines[4].split() == ["fact", "caught", "false", "alarms", "precision", "recall"]
    assert rows == {"L2": ["0/0", "1", "0.00", "-"], "N2": ["1/1", "0", "1.00", "1.00"],
                    "P1": ["0/1", "0", "-", "0.00"], "T1": ["1/1", "0", "1.00", "1.00"]}
    assert "MISS  [P1] posts/a.md:9: The sky is blue today." in lines
    assert any(line.startswith("FALSE [L2 warning: ") and line.endswith("posts/a.md:11: "
               "LLMs truly understand language like humans do.") for line in lines)


@pytest.mark.slow
def test_set_json_output_parses(tmp_path: Path) -> None:
    result = run("--set", str(gold_set(tmp_path)), "--format", "json")
    assert result.exit_code == 0, result.output
    (one,) = json.loads(result.stdout)["sets"]
    assert {k: one["overall"][k] for k in ("tp", "fn", "fp", "tn")} == {"tp": 2, "fn": 1, "fp": 1, "tn": 1}
    assert one["overall"]["f1"] == pytest.approx(0.6667)
    l2 = next(f for f in one["facts"] if f["fact"] == "L2")
    assert (l2["fp"], l2["precision"], l2["recall"]) == (1, 0.0, None)
    assert [(m["line"], m["label"]) for m in one["misses"]] == [(9, "error"), (11, "ok")]


@pytest.mark.slow
def test_set_in_worker_processes_scores_the_same(tmp_path: Path) -> None:
    gold = gold_set(tmp_path)
    one, two = (json.loads(run("--set", str(gold), "--format", "json", "-j", jobs).stdout)["sets"] for jobs in ("1", "2"))
    assert one == two
    assert {k: two[0]["overall"][k] for k in ("tp", "fn", "fp", "tn")} == {"tp": 2, "fn": 1, "fp": 1, "tn": 1}


@pytest.mark.slow
def test_set_naming_a_missing_article_exits_2(tmp_path: Path) -> None:
    path = gold_set(tmp_path, GOLD + "posts/gone.md\t1\terror\tT1\tx\n")
    result = run("--set", str(path))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "gone.md: no such file" in result.stderr


def test_missing_gold_file_exits_2(tmp_path: Path) -> None:
    result = run("--set", str(tmp_path / "nope.tsv"))
    assert result.exit_code == 2
    assert result.stderr == f"claimcheck: {tmp_path / 'nope.tsv'}: no such file\n"
