"""`claimcheck test-rules`: every fact's examples run through the checker; a failing example of a
team's pack is named and exits 1; a broken pack is one line and exits 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.knowledge import load_knowledge_base
from checker.model import Severity
from checker.testrules import Reported, example_cases, judge_example, summarize_examples

PACK = """facts:
  - id: ACME1
    statement: GANs do not always produce photorealistic images.
    severity: warning
    message: "GAN output is not always photorealistic"
    suggestion: "Say that GANs can produce photorealistic images"
    sources: [S1]
    covers: [{relation: property, subject: [gan], property: photoreal}]
    detect:
      subjects: [gan]
      patterns: ["always produce|produces|make|makes photorealistic"]
    examples:
      flag:
        - "GANs always produce photorealistic images."
        - "The sky is blue today."
      pass:
        - "GANs can produce photorealistic images."
        - "GAN stands for general adversarial network."
"""


def run(*args: str):
    return CliRunner().invoke(main, ["test-rules", *args])


def pack(tmp_path: Path, text: str = PACK) -> str:
    path = tmp_path / "acme.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


# ---------------------------------------------------------------- pure helpers (no model)

def warn(fact: str) -> Reported:
    return Reported(fact=fact, severity=Severity.WARNING, message=f"{fact} says no")


def test_flag_example_holds_only_with_its_own_fact_at_warning_or_error() -> None:
    assert judge_example("T1", "flag", "x", (warn("T3"), warn("T1"))).held
    assert not judge_example("T1", "flag", "x", (warn("T3"),)).held
    info = Reported(fact="T1", severity=Severity.INFO, message="verified")
    assert not judge_example("T1", "flag", "x", (info,)).held


def test_pass_example_holds_only_when_nothing_flags_it() -> None:
    info = Reported(fact="T1", severity=Severity.INFO, message="verified")
    assert judge_example("T1", "pass", "x", (info,)).held
    assert not judge_example("T1", "pass", "x", (warn("N2"),)).held


def test_precision_counts_reports_on_any_facts_pass_examples() -> None:
    kb = load_knowledge_base()
    results = (judge_example("T1", "flag", "a", (warn("T1"),)),
               judge_example("T1", "flag", "b", ()),
               judge_example("T1", "pass", "c", ()),
               judge_example("T2", "pass", "d", (warn("T1"),)))
    run_ = summarize_examples(kb, results)
    t1 = next(f for f in run_.facts if f.fact == "T1")
    assert (t1.flag_caught, t1.flag_total, t1.pass_quiet, t1.pass_total, t1.false_alarms) == (1, 2, 1, 1, 1)
    assert t1.precision == 0.5 and t1.recall == 0.5 and not t1.held
    t2 = next(f for f in run_.facts if f.fact == "T2")
    assert (t2.pass_quiet, t2.pass_total, t2.precision, t2.recall) == (0, 1, None, None)
    assert [r.text for r in run_.failures] == ["b", "d"]


def test_every_example_of_the_fact_base_is_a_case() -> None:
    kb = load_knowledge_base()
    cases = example_cases(kb)
    assert len(cases) == sum(len(f.flag_examples) + len(f.pass_examples) for f in kb.facts)
    assert ("N2", "flag", kb.fact("N2").flag_examples[0]) in cases


# ---------------------------------------------------------------- the command

@pytest.mark.slow
def test_built_in_examples_hold(kb) -> None:
    result = run()
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["fact", "flag", "caught", "pass", "quiet", "precision", "recall"]
    assert {line.split()[0] for line in lines[1:len(kb.facts) + 1]} == {f.id for f in kb.facts}
    assert "FAIL" not in result.stdout
    total = len(example_cases(kb))
    assert lines[-1] == f"{total} examples of {len(kb.facts)} facts: {total} hold, 0 fail."


@pytest.mark.slow
def test_failing_examples_of_a_pack_are_named_and_exit_1(tmp_path: Path) -> None:
    result = run("--extra-rules", pack(tmp_path))
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert [line.split() for line in out.splitlines() if line.startswith("ACME1")] == \
        [["ACME1", "1/2", "1/2", "1.00", "0.50", "FAIL"]]
    assert "FAIL ACME1 flag: The sky is blue today.\n       got: nothing reported\n" in out
    assert "FAIL ACME1 pass: GAN stands for general adversarial network.\n       got: N2 error: " in out
    assert "FAIL ACME1 flag: GANs always" not in out
    # N2 was reported on a pass example: its precision drops, its own examples still hold
    n2 = next(line.split() for line in out.splitlines() if line.startswith("N2 "))
    assert n2[1:] == ["2/2", "1/1", "0.67", "1.00"]


@pytest.mark.slow
def test_json_output_parses(tmp_path: Path) -> None:
    result = run("--extra-rules", pack(tmp_path), "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    acme = next(f for f in data["facts"] if f["fact"] == "ACME1")
    assert acme == {"fact": "ACME1", "flag": {"caught": 1, "total": 2}, "pass": {"quiet": 1, "total": 2},
                    "false_alarms": 0, "precision": 1.0, "recall": 0.5, "held": False}
    assert [(f["fact"], f["kind"], f["text"]) for f in data["failures"]] == [
        ("ACME1", "flag", "The sky is blue today."),
        ("ACME1", "pass", "GAN stands for general adversarial network.")]
    assert data["failures"][1]["reported"][0]["fact"] == "N2"
    assert data["summary"]["failures"] == 2 and data["summary"]["held"] is False


@pytest.mark.parametrize("text, where", [
    ("facts:\n  - id: ACME1\n    statement: x\n", "fact 'ACME1'.covers: required key is missing"),
    ("facts: [\n", "yaml"),
    (PACK.replace("sources: [S1]", "sources: [NOPE]"), "unknown source 'NOPE'"),
])
def test_broken_pack_is_one_line_and_exits_2(tmp_path: Path, text: str, where: str) -> None:
    result = run("--extra-rules", pack(tmp_path, text))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"claimcheck: {tmp_path / 'acme.yaml'}") and where in result.stderr


def test_missing_pack_is_a_usage_error(tmp_path: Path) -> None:
    result = run("--extra-rules", str(tmp_path / "missing.yaml"))
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "--extra-rules: no such file" in result.stderr
