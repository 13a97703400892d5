"""Inline suppressions: every comment form, pure (hand-made findings) and end to end."""

from __future__ import annotations

import pytest

from checker.model import Finding, Severity
from checker.positions import LineIndex
from checker.suppress import UNUSED_RULE, apply_suppressions, parse_directives


def at(source: str, needle: str, rule: str, nth: int = 0) -> Finding:
    """A finding of ``rule`` at the ``nth`` occurrence of ``needle`` in ``source``."""
    start = -1
    for _ in range(nth + 1):
        start = source.index(needle, start + 1)
    index = LineIndex(source)
    line, col = index.locate(start)
    end_line, end_col = index.locate(start + len(needle))
    return Finding(rule=rule, fact=rule, severity=Severity.ERROR, line=line, column=col, end_line=end_line, end_column=end_col, message="m", claim=needle, suggestion="", sources=(), start=start,
                   end=start + len(needle))


def kept(source: str, findings: list[Finding], **kw) -> list[tuple[str, int]]:
    return [(f.rule, f.line) for f in apply_suppressions(findings, source, **kw)]


GAN = "GAN stands for general adversarial network."
CHAT = "ChatGPT is an LLM."


def test_disable_next_line_silences_only_the_next_line_and_only_the_named_fact():
    src = f"<!-- claimcheck-disable-next-line N2 -->\n{GAN} {CHAT}\n{GAN}\n"
    findings = [at(src, GAN, "N2"), at(src, CHAT, "A7"), at(src, GAN, "N2", 1)]
    assert kept(src, findings) == [("A7", 2), ("N2", 3)]


def test_disable_next_line_is_strict_about_the_next_line():
    src = f"<!-- claimcheck-disable-next-line N2 -->\n\n{GAN}\n"
    assert kept(src, [at(src, GAN, "N2")]) == [("N2", 3)]


def test_disable_enable_region():
    src = f"{CHAT}\n<!-- claimcheck-disable A7 -->\n{CHAT}\n\n{GAN}\n<!-- claimcheck-enable A7 -->\n{CHAT}\n"
    findings = [at(src, CHAT, "A7"), at(src, CHAT, "A7", 1), at(src, GAN, "N2"), at(src, CHAT, "A7", 2)]
    assert kept(src, findings) == [("A7", 1), ("N2", 5), ("A7", 7)]


def test_disable_without_enable_runs_to_the_end():
    src = f"{GAN}\n<!-- claimcheck-disable N2 -->\n{GAN}\n\n{GAN}\n"
    assert kept(src, [at(src, GAN, "N2", i) for i in range(3)]) == [("N2", 1)]


def test_bare_disable_silences_everything_until_a_bare_enable():
    src = f"<!-- claimcheck-disable -->\n{GAN} {CHAT}\n<!-- claimcheck-enable -->\n{GAN}\n"
    findings = [at(src, GAN, "N2"), at(src, CHAT, "A7"), at(src, GAN, "N2", 1)]
    assert kept(src, findings) == [("N2", 4)]


def test_enable_one_fact_inside_a_bare_disable():
    src = f"<!-- claimcheck-disable -->\n<!-- claimcheck-enable A7 -->\n{GAN} {CHAT}\n"
    assert kept(src, [at(src, GAN, "N2"), at(src, CHAT, "A7")]) == [("A7", 3)]


@pytest.mark.parametrize("ids", ["N2,A7", "N2 A7", "n2, a7", " N2 ,\tA7 "])
def test_id_lists_with_commas_spaces_any_case(ids):
    src = f"<!-- claimcheck-disable-next-line {ids} -->\n{GAN} {CHAT}\n"
    assert kept(src, [at(src, GAN, "N2"), at(src, CHAT, "A7")]) == []


def test_directive_positions_and_multiline_comment():
    src = f"Intro.\n<!--\n  claimcheck-disable-next-line N2\n-->\n{GAN}\n"
    [d] = parse_directives(src)
    assert (d.action, d.ids, d.line, d.column, d.end_line) == ("disable-next-line", ("N2",), 2, 1, 4)
    assert kept(src, [at(src, GAN, "N2")]) == []


def test_look_alike_comments_are_not_directives():
    src = ("<!-- claimcheck-disabled N2 -->\n<!-- not claimcheck-disable -->\n"
           "```markdown\n<!-- claimcheck-disable -->\n```\n"
           "Write `<!-- claimcheck-disable -->` to silence a file.\n" + GAN + "\n")
    assert parse_directives(src) == ()
    assert kept(src, [at(src, GAN, "N2")]) == [("N2", 7)]


def test_unused_suppressions_are_reported_only_on_request():
    src = (f"<!-- claimcheck-disable-next-line N2, A7 -->\n{GAN}\n"
           f"<!-- claimcheck-disable-next-line T4 -->\n{GAN}\n"
           "<!-- claimcheck-disable -->\n<!-- claimcheck-enable -->\n")
    findings = [at(src, GAN, "N2"), at(src, GAN, "N2", 1)]
    assert kept(src, findings) == [("N2", 4)]
    out = apply_suppressions(findings, src, report_unused=True)
    unused = [f for f in out if f.rule == UNUSED_RULE]
    assert [(f.line, f.severity) for f in unused] == [(1, Severity.WARNING), (3, Severity.WARNING), (5, Severity.WARNING)]
    assert unused[0].message == "unused suppression: A7 suppressed nothing here"
    assert unused[1].message == "unused suppression: claimcheck-disable-next-line T4 suppressed nothing"
    assert unused[2].message == "unused suppression: claimcheck-disable suppressed nothing"
    assert [f.line for f in out] == sorted(f.line for f in out)


def test_no_directives_leaves_findings_untouched():
    src = f"{GAN}\n"
    findings = [at(src, GAN, "N2")]
    assert apply_suppressions(findings, src, report_unused=True) == tuple(findings)


@pytest.mark.slow
def test_every_form_end_to_end(checker):
    src = (f"<!-- claimcheck-disable-next-line N2 -->\n{GAN}\n\n"     # 2: suppressed
           f"{GAN}\n\n"                                                  # 4: reported
           f"<!-- claimcheck-disable A7 -->\n{CHAT}\n<!-- claimcheck-enable A7 -->\n\n"  # 7: suppressed
           f"{CHAT}\n\n"                                                 # 10: reported
           f"<!-- claimcheck-disable -->\n{GAN}\n\n{CHAT}\n")           # 13, 15: suppressed
    bare = checker.check_text(src.replace("claimcheck-", "nothing-"), "post.md")
    assert {(f.rule, f.line) for f in bare.findings} >= {("N2", 2), ("N2", 4), ("A7", 7), ("A7", 10), ("N2", 13), ("A7", 15)}
    report = checker.check_text(src, "post.md")
    assert [(f.rule, f.line) for f in report.findings if f.rule in ("N2", "A7")] == [("N2", 4), ("A7", 10)]
