"""Memory (issue 9 §4): a large file is read and parsed in bounded pieces, cut at blank lines
outside fenced code, with the same findings, lines and suppressions as in one piece. (The
peak for 100 MB is measured by benchmarks/large_file.py, not here.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import engine
from checker.engine import pieces

ROOT = Path(__file__).resolve().parents[2]


def test_pieces_cover_the_text_exactly_and_cut_at_blank_lines() -> None:
    source = "".join(f"Paragraph {i} about GANs.\nSecond line.\n\n" for i in range(500))
    cut = list(pieces(source, "markdown", size=1000))
    assert len(cut) > 10
    assert "".join(text for _, text in cut) == source
    for offset, text in cut:
        assert source[offset:offset + len(text)] == text
        assert text.endswith("\n\n") or offset + len(text) == len(source)


def test_no_cut_inside_fenced_code_or_before_a_fence_line() -> None:
    code = "```python\n" + "x = 1\n\n" * 400 + "```\n\n"
    source = "Intro about GANs.\n\n" + code + "---\ntitle: not front matter\n---\n\n" + "After GANs.\n\n" * 200
    for offset, text in pieces(source, "markdown", size=500):
        inside = source[:offset]
        assert inside.count("```") % 2 == 0, offset
        assert not text.startswith("---")


def test_html_is_one_piece() -> None:
    source = "<p>GANs.</p>\n\n" * 1000
    assert list(pieces(source, "html", size=100)) == [(0, source)]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["fixtures/seeds/001_genai_vs_llm.md", "fixtures/articles/correct_explainer.md"])
def test_pieces_give_the_same_report_as_one_document(checker, monkeypatch, name: str) -> None:
    article = (ROOT / name).read_text()
    source = "\n\n".join([article] * 6) + "\n\nGANs were invented in 2017.\n\n<!-- claimcheck-disable D1 -->\n\n" \
        + article + "\n\nGANs were invented in 2017.\n"
    whole = checker.check_text(source, "big.md")
    monkeypatch.setattr(engine, "LARGE_TEXT", 5_000)
    monkeypatch.setattr(engine, "PIECE", 3_000)
    assert len(list(pieces(source, "markdown"))) > 3
    cut = checker.check_text(source, "big.md")
    assert cut.findings == whole.findings
    assert cut.words == whole.words


@pytest.mark.slow
def test_a_large_file_is_checked_in_pieces(checker, monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_text("Tomatoes need sun and water.\n\n" * 300 + "GANs were invented in 2017.\n")
    calls = []
    real = engine.parse_document
    monkeypatch.setattr(engine, "parse_document", lambda text, *a, **k: calls.append(len(text)) or real(text, *a, **k))
    monkeypatch.setattr(engine, "LARGE_TEXT", 2_000)
    monkeypatch.setattr(engine, "PIECE", 1_000)
    for report in (checker.check_file(path), checker.check_files([(path, "big.md")])[0]):
        assert [f.line for f in report.findings] == [601]
    assert calls and max(calls) < 2_000


@pytest.mark.slow
def test_the_time_budget_restarts_with_each_piece(checker, monkeypatch) -> None:
    """A large file is not a hang: the per-file budget (--timeout) applies to each piece."""
    class Budget:
        restarts = 0

        def restart(self) -> None:
            Budget.restarts += 1

    source = "Tomatoes need sun and water.\n\n" * 300 + "GANs were invented in 2017.\n"
    monkeypatch.setattr(engine, "PIECE", 1_000)
    report = engine.check_in_pieces(source, "big.md", "markdown", checker, Budget())
    assert Budget.restarts == len(list(pieces(source, "markdown"))) > 5
    assert [f.line for f in report.findings] == [601]


@pytest.mark.slow
def test_progress_is_reported_after_each_piece(checker, monkeypatch) -> None:
    """The CLI draws a progress bar for a large file from these calls (on a terminal only)."""
    source = "Tomatoes need sun and water.\n\n" * 300 + "GANs were invented in 2017.\n"
    monkeypatch.setattr(engine, "PIECE", 1_000)
    calls: list[tuple[str, int, int]] = []
    monkeypatch.setattr(checker, "on_piece", lambda path, done, total: calls.append((path, done, total)))
    engine.check_in_pieces(source, "big.md", "markdown", checker)
    assert len(calls) == len(list(pieces(source, "markdown"))) > 5
    assert [c[1] for c in calls] == sorted(c[1] for c in calls)
    assert calls[-1] == ("big.md", len(source), len(source))


def test_the_cli_draws_a_progress_bar_that_reaches_the_end(capsys) -> None:
    from checker.cli import _large_file_progress

    update = _large_file_progress()
    for done in (1_000, 2_000, 3_000):
        update("big.md", done, 3_000)
    err = capsys.readouterr().err
    assert "big.md" in err
