"""Reporters: one module per output format, each a pure ``render(reports, color=False, **kw) -> str``.

Every render takes the same arguments; a format ignores keywords it has no use for. ``kb``
(the KnowledgeBase of the run) is passed by the CLI; sarif uses it for its rule metadata.
"""

from checker.report import concise, csv_report, github, html_report, json_report, junit, sarif, text

FORMATS = {
    "text": text.render,
    "json": json_report.render,
    "sarif": sarif.render,
    "github": github.render,
    "junit": junit.render,
    "concise": concise.render,
    "html": html_report.render,
    "csv": csv_report.render,
}

__all__ = ["FORMATS"]
