"""Golden tests: each article under fixtures/ has fixtures/.../<name>.expected.json, the
exact `claimcheck --format json <path>` output (path relative to the repository).

    python -m pytest tests/golden --update-golden   # rewrite them; then review the diff like code

Findings that are wrong by FACTS.md are not hidden in a golden: they are listed in
tests/known_issues.yaml, whose entries run here as strict xfails."""

from __future__ import annotations

import difflib
import json
import os
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from checker.cli import main
from checker.document import SUPPORTED_SUFFIXES, load_document
from checker.positions import LineIndex

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "fixtures").rglob("*")
                  if p.is_file() and p.suffix in SUPPORTED_SUFFIXES)
KNOWN = yaml.safe_load((ROOT / "tests" / "known_issues.yaml").read_text())["fixtures"]
SILENT = ["fixtures/articles/correct_explainer.md"]  # correct articles: no findings, golden or not

pytestmark = pytest.mark.slow


def golden_path(fixture: str) -> Path:
    path = ROOT / fixture
    return path.with_name(path.stem + ".expected.json")


def run_json(fixture: str) -> tuple[int, str]:
    """`claimcheck --format json <fixture>` from the repository root."""
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(main, ["--format", "json", fixture])
    finally:
        os.chdir(here)
    return result.exit_code, result.stdout


@pytest.fixture(scope="module")
def live(checker) -> dict[str, dict]:
    """Current output for every fixture (the session `checker` fixture loads the model once)."""
    out = {}
    for fixture in FIXTURES:
        code, stdout = run_json(fixture)
        assert code in (0, 1), stdout
        out[fixture] = json.loads(stdout)
    return out


def findings(report: dict) -> list[dict]:
    [file] = report["files"]
    return file["findings"]


def test_there_are_fixtures() -> None:
    assert "fixtures/seeds/000_llm_vs_genai.md" in FIXTURES
    assert "fixtures/seeds/001_genai_vs_llm.md" in FIXTURES
    assert any(f.endswith(".txt") for f in FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES)
def test_golden(live, update_golden: bool, fixture: str) -> None:
    path = golden_path(fixture)
    text = json.dumps(live[fixture], indent=2, ensure_ascii=False) + "\n"
    if update_golden:
        path.write_text(text, encoding="utf-8")
        return
    assert path.is_file(), f"no golden file {path.relative_to(ROOT)}; run pytest --update-golden and review it"
    expected = path.read_text(encoding="utf-8")
    if json.loads(expected) != live[fixture]:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True),
                                            str(path.relative_to(ROOT)), "current output"))
        pytest.fail(f"output differs from the golden file (run --update-golden if intended):\n{diff}")


def test_every_golden_has_its_fixture() -> None:
    goldens = {str(p.relative_to(ROOT)) for p in (ROOT / "fixtures").rglob("*.expected.json")}
    assert goldens == {str(golden_path(f).relative_to(ROOT)) for f in FIXTURES}


def test_golden_paths_and_summary_agree(live) -> None:
    for fixture, report in live.items():
        [file] = report["files"]
        assert file["path"] == fixture and file["error"] is None
        sev = [f["severity"] for f in file["findings"]]
        assert report["summary"] == {"files": 1, "errors": sev.count("error"), "warnings": sev.count("warning"),
                                     "infos": sev.count("info"), "failed_files": 0}


def span_text(fixture: str, finding: dict) -> str:
    source = load_document(ROOT / fixture).source
    index = LineIndex(source)
    start = index.line_start(finding["line"]) + finding["column"] - 1
    end = index.line_start(finding["end_line"]) + finding["end_column"] - 1
    return source[start:end]


# ---------------------------------------------------------------------------- the seed errors (FACTS.md)


@pytest.mark.parametrize("source", ["golden", "live"])
def test_seed_001_flags_general_adversarial_networks(live, source: str) -> None:
    fixture = "fixtures/seeds/001_genai_vs_llm.md"
    report = live[fixture] if source == "live" else json.loads(golden_path(fixture).read_text())
    n2 = [f for f in findings(report) if f["fact"] == "N2"]
    assert len(n2) == 1 and n2[0]["severity"] == "error"
    assert span_text(fixture, n2[0]).startswith("general adversarial networks")
    assert "general adversarial networks" in n2[0]["message"]


@pytest.mark.parametrize("source", ["golden", "live"])
def test_seed_000_warns_at_the_faq_line(live, source: str) -> None:
    fixture = "fixtures/seeds/000_llm_vs_genai.md"
    report = live[fixture] if source == "live" else json.loads(golden_path(fixture).read_text())
    lines = (ROOT / fixture).read_text(encoding="utf-8").split("\n")
    faq = 1 + next(i for i, line in enumerate(lines) if "are common examples of LLMs" in line)
    a7 = [f for f in findings(report) if f["fact"] == "A7"]
    assert [(f["severity"], f["line"]) for f in a7] == [("warning", faq)]


@pytest.mark.parametrize("fixture", SILENT)
def test_correct_articles_are_silent(live, fixture: str) -> None:
    assert findings(live[fixture]) == []
    assert findings(json.loads(golden_path(fixture).read_text())) == []


# ---------------------------------------------------------------------------- positions


def test_finding_spans_point_at_their_claim(live) -> None:
    """Line/column map back to the source: the span is prose inside one segment, and (with
    markup masked and whitespace collapsed) it is part of the quoted claim."""
    for fixture, report in live.items():
        document = load_document(ROOT / fixture)
        index = LineIndex(document.source)
        for f in findings(report):
            start = index.line_start(f["line"]) + f["column"] - 1
            end = index.line_start(f["end_line"]) + f["end_column"] - 1
            assert start < end, f
            seg = next((s for s in document.segments if s.start <= start and end <= s.start + len(s.text)), None)
            assert seg is not None, (fixture, f)
            masked = seg.text[start - seg.start:end - seg.start]
            assert not masked[0].isspace(), (fixture, f)
            assert " ".join(masked.split()) in " ".join(f["claim"].split()), (fixture, f)


# ---------------------------------------------------------------------------- known issues


def issue_id(entry: dict) -> str:
    return f"{Path(entry['file']).stem}:{entry['lines'][0]}:{entry['kind']}:{entry['fact']}"


def matching(report: dict, entry: dict) -> list[dict]:
    a, b = entry["lines"]
    return [f for f in findings(report) if f["fact"] == entry["fact"] and f["line"] <= b and f["end_line"] >= a]


@pytest.mark.parametrize("entry", [pytest.param(e, id=issue_id(e), marks=pytest.mark.xfail(
    strict=True, raises=AssertionError, reason=f"known issue: {e.get('note') or e['kind']}")) for e in KNOWN])
def test_known_issue_is_fixed(live, entry: dict) -> None:
    found = matching(live[entry["file"]], entry)
    if entry["kind"] == "miss":
        assert found
    elif entry["kind"] == "false_alarm":
        assert not found
    else:
        assert found and all(entry["wrong_text"] not in f["suggestion"] for f in found)


@pytest.mark.parametrize("entry", KNOWN, ids=issue_id)
def test_known_issue_entries_match_fixtures_and_goldens(entry: dict) -> None:
    assert entry["file"] in FIXTURES
    assert entry["kind"] in ("miss", "false_alarm", "bad_suggestion")
    lines = (ROOT / entry["file"]).read_text(encoding="utf-8").split("\n")
    a, b = entry["lines"]
    flat = re.sub(r"[\s>]+", " ", " ".join(lines[a - 1:b]))
    assert " ".join(entry["text"].split()) in flat, "the entry's text is not on its lines"
    golden = json.loads(golden_path(entry["file"]).read_text())
    # the golden is the tool's output, so it shows the issue: a false alarm is in it, a miss is not
    assert bool(matching(golden, entry)) is (entry["kind"] != "miss")
