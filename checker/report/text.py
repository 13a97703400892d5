"""Compiler/ruff-style text: `path:line:col: error[N2] message`, the claim, the fix, the source."""

from __future__ import annotations

from typing import Any, Sequence

from checker.model import FileReport, Severity, Summary
from checker.report.safe import terminal

_COLORS = {Severity.ERROR: "\x1b[1;31m", Severity.WARNING: "\x1b[1;33m", Severity.INFO: "\x1b[1;36m"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render(reports: Sequence[FileReport], color: bool = False, **_: Any) -> str:
    out = [line for r in reports for line in report_lines(r, color)]
    if out:
        out.append("")
    out.append(summary_line(Summary.of(reports)))
    return "\n".join(out) + "\n"


def report_lines(r: FileReport, color: bool = False) -> list[str]:
    """The lines for one file (none when it is clean)."""
    def c(code: str, s: str) -> str:
        return f"{code}{s}{_RESET}" if color else s

    path = terminal(r.path)  # text from files is shown, never obeyed (safe.terminal)
    if r.error:
        return [f"{c(_BOLD, path)}: {c(_COLORS[Severity.ERROR], 'error')}: {terminal(r.error)}"]
    out: list[str] = []
    for f in r.findings:
        sev = c(_COLORS[f.severity], f"{f.severity.value}[{terminal(f.rule)}]")
        out.append(f"{c(_BOLD, f'{path}:{f.line}:{f.column}')}: {sev} {terminal(f.message)}")
        if f.claim:
            out.append(f"  {c(_DIM, '|')} {terminal(f.claim)}")
        if f.suggestion:
            out.append(f"  = suggestion: {terminal(f.suggestion)}")
        for src in f.sources:
            out.append(f"  = source: {terminal(src)}")
    return out


def summary_line(s: Summary) -> str:
    parts = [_plural(s.errors, "error"), _plural(s.warnings, "warning")]
    if s.infos:
        parts.append(_plural(s.infos, "info"))
    line = f"Checked {_plural(s.files, 'file')}: {', '.join(parts)}"
    if s.failed_files:
        line += f", {s.failed_files} could not be read"
    return line + "."
