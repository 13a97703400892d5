"""Reporters: one module per output format, each a pure render(reports, ...) -> str."""

from checker.report import csv_report, json_report, text

FORMATS = {
    "text": text.render,
    "json": json_report.render,
    "csv": csv_report.render,
}

__all__ = ["FORMATS"]
