"""One line per finding, for grep and editors: ``path:line:col: N2 [error] message``.
A file that could not be checked is one line: ``path: error: why``."""

from __future__ import annotations

from typing import Any, Sequence

from checker.model import FileReport
from checker.report.safe import terminal


def render(reports: Sequence[FileReport], color: bool = False, **_: Any) -> str:
    out = []
    for r in reports:
        path = terminal(r.path)
        if r.error:
            out.append(f"{path}: error: {terminal(r.error)}")
            continue
        for f in r.findings:
            message = terminal(" ".join(f.message.split()))
            out.append(f"{path}:{f.line}:{f.column}: {terminal(f.rule)} [{f.severity.value}] {message}")
    return "".join(line + "\n" for line in out)
