"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` annotation per
finding, shown on the pull request's changed lines.

    ::error file=F,line=L,col=C,endLine=..,endColumn=..,title=claimcheck N2::message

Escaping follows @actions/core: ``%``, CR and LF in the message; also ``:`` and ``,`` in the
properties. ``endColumn`` is exclusive, as in every claimcheck format.
"""

from __future__ import annotations

from typing import Any, Sequence

from checker.model import FileReport, Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def _command(kind: str, props: dict[str, object], message: str) -> str:
    shown = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
    return f"::{kind} {shown}::{escape_data(message)}"


def render(reports: Sequence[FileReport], color: bool = False, **_: Any) -> str:
    out = []
    for r in reports:
        if r.error:
            out.append(_command("error", {"file": r.path, "title": "claimcheck"}, f"could not be checked: {r.error}"))
            continue
        for f in r.findings:
            props = {"file": r.path, "line": f.line, "col": f.column, "endLine": f.end_line,
                     "endColumn": f.end_column, "title": f"claimcheck {f.rule}"}
            message = f.message + (f"\nSuggestion: {f.suggestion}" if f.suggestion else "")
            out.append(_command(COMMANDS[f.severity], props, message))
    return "".join(line + "\n" for line in out)
