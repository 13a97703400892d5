"""What one sentence may cost (issue 9 §4, super-linear time): a sentence over the engine's
word or mention cap is not parsed for claims, and a note finding says so, at its place.
The other sentences of the file are still checked. (Timings live in benchmarks/pathological.py.)"""

from __future__ import annotations

import pytest

from checker.engine import MAX_SENTENCE_MENTIONS, MAX_SENTENCE_WORDS, NOTE_SENTENCE_CAP
from checker.model import Severity

pytestmark = pytest.mark.slow

WRONG = "GANs were invented in 2017."


def _notes(report):
    return [f for f in report.findings if f.rule == NOTE_SENTENCE_CAP]


def test_a_sentence_over_the_word_cap_is_a_note_and_the_rest_is_checked(checker) -> None:
    long = "GANs " + " ".join(["and"] * MAX_SENTENCE_WORDS) + " are LLMs."
    report = checker.check_text(f"{WRONG}\n\n{long}\n", "a.md")
    notes = _notes(report)
    assert len(notes) == 1
    note = notes[0]
    assert note.severity == Severity.INFO and (note.line, note.column) == (3, 1)
    assert str(MAX_SENTENCE_WORDS) in note.message
    assert [f.line for f in report.findings if f.rule != NOTE_SENTENCE_CAP] == [1]


def test_a_sentence_over_the_mention_cap_is_a_note(checker) -> None:
    names = ", ".join(["GAN", "VAE", "BERT", "GPT"] * (MAX_SENTENCE_MENTIONS // 4 + 1))
    report = checker.check_text(f"Models such as {names} are LLMs.\n", "a.txt")
    assert len(_notes(report)) == 1
    assert "mentions" in _notes(report)[0].message


def test_eight_thousand_lines_of_gans_are_one_capped_paragraph(checker) -> None:
    report = checker.check_text("GANs\n" * 8000, "a.md")
    assert len(_notes(report)) == 1 and _notes(report)[0].end_line == 8000


def test_ordinary_sentences_are_not_capped(checker) -> None:
    report = checker.check_text(WRONG + " " + "Diffusion models, GANs and VAEs are generative models.", "a.md")
    assert not _notes(report)


def test_notes_follow_min_severity(checker) -> None:
    from dataclasses import replace

    from checker.engine import report_for, stream_claims
    from checker.document import parse_document
    long = "GANs " + " ".join(["and"] * MAX_SENTENCE_WORDS) + "."
    document, claims = next(stream_claims([parse_document(long, "a.md")], checker))
    assert document.notes
    quiet = type(checker).__new__(type(checker))
    quiet.__dict__.update(checker.__dict__, config=replace(checker.config, min_severity=Severity.WARNING))
    assert not report_for(document, claims, quiet).findings


@pytest.mark.parametrize("name", ["captions.txt", "captions.md"])
def test_an_unpunctuated_transcript_is_read_line_by_line_not_capped(checker, name) -> None:
    filler = "[00:{:02d}] and so on and so forth the words just keep on coming here okay"
    lines = [filler.format(k) for k in range(40)]
    lines[12] = "[00:12] GAN stands for general adversarial network and the idea is cool"
    lines[30] = "[00:30] and GPT-3 by the way dropped in 2018 which is when it all started"
    report = checker.check_text("\n".join(lines) + "\n", name)
    assert not _notes(report)
    assert sorted((f.fact, f.line) for f in report.findings) == [("N2", 13), ("P4", 31)]
