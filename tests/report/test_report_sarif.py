"""SARIF 2.1.0: valid against the official schema and shaped as GitHub code scanning reads it."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft7Validator

from checker.knowledge import load_knowledge_base
from checker.model import FileReport, Finding, Severity
from checker.report import sarif

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def _validate(log: dict) -> None:
    errors = sorted(Draft7Validator(SCHEMA).iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_schema_is_the_official_one():
    Draft7Validator.check_schema(SCHEMA)
    assert SCHEMA["$id"].endswith("sarif-schema-2.1.0.json")


def test_sample_log_validates(sample_reports, mini_kb):
    _validate(json.loads(sarif.render(sample_reports, kb=mini_kb)))


def test_log_with_the_built_in_fact_base_validates(sample_reports):
    kb = load_knowledge_base()
    log = json.loads(sarif.render(sample_reports))  # default: the built-in fact base
    _validate(log)
    ids = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    assert ids[:len(kb.facts)] == [f.id for f in kb.facts]


def test_a_broken_log_fails_validation(sample_reports, mini_kb):
    # the validator is not vacuous: a result without a message, and a bad level, are caught
    log = json.loads(sarif.render(sample_reports, kb=mini_kb))
    result = log["runs"][0]["results"][0]
    del result["message"]
    result["level"] = "fatal"
    assert len(list(Draft7Validator(SCHEMA).iter_errors(log))) >= 2


def test_driver_and_rules_carry_what_github_shows(mini_kb):
    log = sarif.as_dict([], mini_kb)
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "claimcheck" and driver["version"] and urlsplit(driver["informationUri"]).scheme == "https"
    n2 = driver["rules"][0]
    assert n2["id"] == "N2"
    assert n2["shortDescription"]["text"] == "GAN = generative adversarial network."
    assert n2["fullDescription"]["text"].startswith("Goodfellow")
    assert n2["helpUri"] == "https://arxiv.org/abs/1406.2661"  # the first web source of the fact
    assert "generative adversarial network" in n2["help"]["text"] and "**Sources:**" in n2["help"]["markdown"]
    assert n2["defaultConfiguration"]["level"] == "error"
    a7 = driver["rules"][1]
    assert a7["defaultConfiguration"]["level"] == "warning"
    assert a7["helpUri"] == driver["informationUri"]  # no web source: the project page
    assert a7["fullDescription"]["text"] == a7["shortDescription"]["text"]  # no `why`: the statement


def test_results_point_at_rules_and_regions(sample_reports, mini_kb):
    run = sarif.as_dict(sample_reports, mini_kb)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert len(results) == sum(len(r.findings) for r in sample_reports)
    for res in results:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
    first = results[0]
    assert first["level"] == "error"
    assert first["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "docs/post.md", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 40}}
    assert first["message"]["text"].startswith("GAN stands for") and "Suggestion:" in first["message"]["text"]
    assert [r["level"] for r in results[1:4]] == ["warning", "note", "warning"]
    assert run["columnKind"] == "unicodeCodePoints"


def test_rules_outside_the_fact_base_are_described(sample_reports, mini_kb):
    rules = {r["id"]: r for r in sarif.as_dict(sample_reports, mini_kb)["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["unused-suppression"]["shortDescription"]["text"] == "Unused claimcheck suppression comment"


def test_uris_are_escaped_and_absolute_paths_are_file_uris(tmp_path):
    assert sarif.artifact("notes/odd name & <x>.txt")["uri"] == "notes/odd%20name%20%26%20%3Cx%3E.txt"
    assert sarif.artifact("./docs/a.md")["uri"] == "docs/a.md"
    absolute = sarif.artifact(str(tmp_path / "a b.md"))
    assert absolute["uri"].startswith("file:///") and absolute["uri"].endswith("/a%20b.md")
    assert "uriBaseId" not in absolute


def test_fingerprints_are_stable_under_moves_and_distinct_for_repeats(mini_kb):
    def report(line: int, times: int) -> FileReport:
        f = Finding(rule="N2", fact="N2", severity=Severity.ERROR, line=line, column=1, end_line=line, end_column=10, message="m", claim="GAN stands for general adversarial network.", suggestion="", sources=())
        return FileReport(path="a.md", findings=(f,) * times)

    def prints(r: FileReport) -> list[str]:
        return [x["partialFingerprints"][sarif.FINGERPRINT] for x in sarif.as_dict([r], mini_kb)["runs"][0]["results"]]

    assert prints(report(3, 1)) == prints(report(30, 1))  # moved down the file: same alert
    twice = prints(report(3, 2))
    assert len(set(twice)) == 2


def test_unreadable_files_are_error_notifications(sample_reports, mini_kb):
    invocation = sarif.as_dict(sample_reports, mini_kb)["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and note["message"]["text"] == "docs/missing.md: no such file"
    clean = sarif.as_dict([FileReport(path="a.md")], mini_kb)["runs"][0]["invocations"][0]
    assert clean["executionSuccessful"] is True


@pytest.mark.slow
def test_real_findings_validate(checker):
    report = checker.check_text("GAN stands for general adversarial network.\n\nChatGPT is an LLM.\n", "post.md")
    assert report.findings
    log = json.loads(sarif.render([report], kb=checker.kb))
    _validate(log)
    assert {r["ruleId"] for r in log["runs"][0]["results"]} >= {"N2"}


def test_help_reads_suggestion_templates_generically():
    assert sarif.generic('"{x} is powered by {Y}" ({expected_year}, {Xfamily})') == '"X is powered by Y" (..., ...)'


def test_every_built_in_fact_has_complete_help():
    kb = load_knowledge_base()
    for fact in kb.facts:
        rule = sarif.fact_rule(fact, kb)
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"]
        assert "{" not in rule["help"]["text"].split("Use instead:")[1].split("\n")[0], fact.id
        assert urlsplit(rule["helpUri"]).scheme == "https", fact.id
