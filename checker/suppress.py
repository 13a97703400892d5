"""Inline suppressions: HTML comments in a document that silence findings.

    <!-- claimcheck-disable-next-line N2 -->   findings of N2 that start on the next line
    <!-- claimcheck-disable A7 -->             findings of A7 from here ...
    <!-- claimcheck-enable A7 -->              ... to here (or to the end of the file)
    <!-- claimcheck-disable -->                every finding, until a bare <!-- claimcheck-enable -->

Ids are separated by commas and/or spaces and compared without regard to case. A bare
``disable`` followed by ``enable A7`` turns A7 back on while the rest stay off. Directives
inside fenced code blocks and inline code spans are examples, not directives.

A directive that suppressed nothing becomes, on request, a warning finding with the rule
``unused-suppression`` at the comment. Pure: source text and findings in, findings out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from checker.model import Finding, Severity
from checker.positions import LineIndex

UNUSED_RULE = "unused-suppression"
UNUSED_HELP = ("A claimcheck-disable comment that suppressed no finding: the claim was fixed or "
               "reworded, or the fact id is wrong. Remove the comment (or the unused id).")

DISABLE_NEXT_LINE, DISABLE, ENABLE = "disable-next-line", "disable", "enable"
_DIRECTIVE = re.compile(r"<!--\s*claimcheck-(disable-next-line|disable|enable)(?![\w-])((?:(?!-->|<!--).)*)-->", re.S)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ALL = "*"


@dataclass(frozen=True, kw_only=True)
class Directive:
    action: str              # disable-next-line | disable | enable
    ids: tuple[str, ...]     # upper-case fact ids; () means every fact
    text: str                # the whole comment
    start: int               # offsets of the comment in the source
    end: int
    line: int                # 1-based positions of the comment (end_column exclusive)
    column: int
    end_line: int
    end_column: int

    def names(self) -> tuple[str, ...]:
        return self.ids or (_ALL,)


def parse_directives(source: str, index: LineIndex | None = None) -> tuple[Directive, ...]:
    """Every suppression comment in ``source``, in order."""
    index = index or LineIndex(source)
    code = _code_spans(source)
    out = []
    for m in _DIRECTIVE.finditer(source):
        if any(a <= m.start() < b for a, b in code):
            continue
        ids = tuple(dict.fromkeys(t.upper() for t in re.split(r"[,\s]+", m.group(2)) if t))
        line, col = index.locate(m.start())
        end_line, end_col = index.locate(m.end())
        out.append(Directive(action=m.group(1), ids=ids, text=m.group(0), start=m.start(), end=m.end(), line=line, column=col, end_line=end_line, end_column=end_col))
    return tuple(out)


def apply_suppressions(findings: Iterable[Finding], source: str, index: LineIndex | None = None, *,
                       report_unused: bool = False) -> tuple[Finding, ...]:
    """``findings`` minus the suppressed ones; with ``report_unused``, plus one warning per
    directive (or id in it) that suppressed nothing."""
    findings = tuple(findings)
    if "claimcheck-" not in source:
        return findings
    directives = parse_directives(source, index)
    used: set[tuple[int, str]] = set()
    kept = []
    for f in findings:
        hit = suppressed_by(f, directives)
        if hit is None:
            kept.append(f)
        else:
            used.add(hit)
    if report_unused:
        kept.extend(unused_findings(directives, used))
    return tuple(sorted(kept, key=Finding.sort_key))


def suppressed_by(finding: Finding, directives: Sequence[Directive]) -> tuple[int, str] | None:
    """(index of the directive, id or '*') that suppresses ``finding``, or None."""
    rule = finding.rule.upper()
    for i, d in enumerate(directives):
        if d.action == DISABLE_NEXT_LINE and finding.line == d.end_line + 1 and (not d.ids or rule in d.ids):
            return i, rule if d.ids else _ALL
    all_by: int | None = None       # a bare disable in force
    by_id: dict[str, int] = {}      # id -> the disable that turned it off
    enabled: set[str] = set()       # ids turned back on inside a bare disable
    here = (finding.line, finding.column)
    for i, d in enumerate(directives):
        if (d.end_line, d.end_column) > here:
            break
        if d.action == DISABLE and not d.ids:
            all_by, enabled = i, set()
        elif d.action == DISABLE:
            by_id.update((x, i) for x in d.ids)
            enabled -= set(d.ids)
        elif d.action == ENABLE and not d.ids:
            all_by, by_id, enabled = None, {}, set()
        elif d.action == ENABLE:
            for x in d.ids:
                by_id.pop(x, None)
            enabled |= set(d.ids)
    if rule in by_id:
        return by_id[rule], rule
    if all_by is not None and rule not in enabled:
        return all_by, _ALL
    return None


def unused_findings(directives: Sequence[Directive], used: set[tuple[int, str]]) -> list[Finding]:
    out = []
    for i, d in enumerate(directives):
        if d.action == ENABLE:
            continue
        unused = [x for x in d.names() if (i, x) not in used]
        if not unused:
            continue
        if d.ids and len(unused) < len(d.ids):
            message = f"unused suppression: {', '.join(unused)} suppressed nothing here"
            suggestion = f"Remove {', '.join(unused)} from the comment"
        else:
            written = f"claimcheck-{d.action}" + (f" {', '.join(d.ids)}" if d.ids else "")
            message = f"unused suppression: {written} suppressed nothing"
            suggestion = "Remove the comment"
        out.append(Finding(rule=UNUSED_RULE, fact=UNUSED_RULE, severity=Severity.WARNING, line=d.line,
                           column=d.column, end_line=d.end_line, end_column=d.end_column, message=message,
                           claim=" ".join(d.text.split()), suggestion=suggestion, sources=(),
                           start=d.start, end=d.end))
    return out


def _code_spans(source: str) -> list[tuple[int, int]]:
    """Offsets of fenced code blocks and of inline code spans, where directives are examples."""
    spans = []
    pos, fence_start, fence = 0, -1, ""
    for line in source.splitlines(keepends=True):
        m = _FENCE.match(line)
        if fence and m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) \
                and not line.strip().strip(fence[0]):
            spans.append((fence_start, pos + len(line)))
            fence = ""
        elif not fence and m:
            fence, fence_start = m.group(1), pos
        elif not fence:
            spans.extend((pos + a, pos + b) for a, b in _inline_code(line))
        pos += len(line)
    if fence:
        spans.append((fence_start, len(source)))
    return spans


def _inline_code(line: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"(`+)(?!`).+?(?<!`)\1(?!`)", line)]
