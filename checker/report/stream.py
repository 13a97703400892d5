"""Reports written as they arrive, so an audit of any size holds no list of results.

``open_stream(fmt, write, color)`` returns a writer with ``add(report)`` and ``finish()``.
For text, JSON and CSV the output is byte for byte what ``FORMATS[fmt](reports)`` renders
(tests hold this); any other format is rendered once at the end from the collected reports.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from typing import Callable

from checker.model import FileReport, Summary
from checker.report import FORMATS, csv_report, json_report, text

Write = Callable[[str], None]


class ReportStream(ABC):
    """Writes each report as it comes and counts them for the summary."""

    def __init__(self, write: Write, color: bool) -> None:
        self.write, self.color = write, color
        self.summary = Summary(files=0, errors=0, warnings=0, infos=0, failed_files=0)

    def add(self, report: FileReport) -> None:
        s, one = self.summary, Summary.of([report])
        self.summary = Summary(files=s.files + 1, errors=s.errors + one.errors, warnings=s.warnings + one.warnings, infos=s.infos + one.infos,
                               failed_files=s.failed_files + one.failed_files)
        self._add(report)

    @abstractmethod
    def _add(self, report: FileReport) -> None: ...

    @abstractmethod
    def finish(self) -> None: ...


class _Text(ReportStream):
    def __init__(self, write: Write, color: bool) -> None:
        super().__init__(write, color)
        self.any = False

    def _add(self, report: FileReport) -> None:
        lines = text.report_lines(report, self.color)
        if lines:
            self.any = True
            self.write("".join(line + "\n" for line in lines))

    def finish(self) -> None:
        self.write(("\n" if self.any else "") + text.summary_line(self.summary) + "\n")


class _Json(ReportStream):
    def __init__(self, write: Write, color: bool) -> None:
        super().__init__(write, color)
        self.any = False
        self.write('{\n  "version": 1,\n  "files": [')

    def _add(self, report: FileReport) -> None:
        body = _dumps(json_report.file_dict(report)).replace("\n", "\n    ")
        self.write(("," if self.any else "") + "\n    " + body)
        self.any = True

    def finish(self) -> None:
        summary = _dumps(json_report.summary_dict(self.summary)).replace("\n", "\n  ")
        self.write(("\n  ]" if self.any else "]") + ',\n  "summary": ' + summary + "\n}\n")


class _Csv(ReportStream):
    def __init__(self, write: Write, color: bool) -> None:
        super().__init__(write, color)
        self.write(csv_report.render([]))  # the header row

    def _add(self, report: FileReport) -> None:
        if report.findings:
            self.write(csv_report.render([report]).split("\r\n", 1)[1])

    def finish(self) -> None:
        pass


class _Collected(ReportStream):
    """A format without a streaming form: rendered at the end."""

    def __init__(self, write: Write, color: bool, fmt: str) -> None:
        super().__init__(write, color)
        self.fmt, self.reports = fmt, []

    def _add(self, report: FileReport) -> None:
        self.reports.append(report)

    def finish(self) -> None:
        self.write(FORMATS[self.fmt](self.reports, color=self.color))


def _dumps(value: dict) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


STREAMING = {"text": _Text, "json": _Json, "csv": _Csv}


def open_stream(fmt: str, write: Write, color: bool = False) -> ReportStream:
    if fmt in STREAMING:
        return STREAMING[fmt](write, color)
    return _Collected(write, color, fmt)
