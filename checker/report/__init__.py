"""Reporters: one module per output format, each a pure render(reports, ...) -> str."""

from checker.report import html_report, json_report, text

FORMATS = {"text": text.render, "json": json_report.render, "html": html_report.render}

__all__ = ["FORMATS"]
