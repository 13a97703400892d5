"""Typed, frozen values that cross pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


class Polarity(str, Enum):
    POSITIVE = "positive"
    NEGATIVE = "negative"


class Quantifier(str, Enum):
    GENERIC = "generic"  # bare plural / singular generic: "LLMs are ...", "An LLM is ..."
    ALL = "all"          # all, every, any, each
    SOME = "some"        # some, many, several, a few
    MOST = "most"        # most, the typical, the average: judged per relation (verify.py)
    NOT_ALL = "not_all"  # not all, not every
    NONE = "none"        # no, none of
    ONLY = "only"        # only X ...


class Modality(str, Enum):
    ASSERTED = "asserted"
    HEDGED = "hedged"        # may, might, could, often, typically ...
    REPORTED = "reported"    # many assume, some claim ...: neither asserted nor denied
    REFUTED = "refuted"      # it is a myth that ..., it is not true that ...: the negation is asserted
    QUESTION = "question"
    CONDITIONAL = "conditional"


@dataclass(frozen=True, kw_only=True)
class Segment:
    """A run of prose in a document. ``text`` has the same length as the source slice
    ``[start, start + len(text))``; markup inside it is replaced by spaces."""

    start: int
    text: str
    kind: str = "paragraph"  # paragraph | heading | list_item | blockquote | table_cell | definition | text
    context: str = ""        # list items: the lead-in sentence; table cells: the column header; definitions: the term
    group: int = -1          # list items: the list; table cells: the row (-1: none)


@dataclass(frozen=True, kw_only=True)
class Note:
    """Text the checker did not read, and why (deeper than the reader follows, a sentence over
    the engine's cost cap, ...). Reported as an info finding at ``[start, end)``, never silent."""

    rule: str     # note-...
    message: str
    start: int
    end: int


@dataclass(frozen=True, kw_only=True)
class Document:
    path: str
    source: str
    segments: tuple[Segment, ...]
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Claim:
    """One proposition extracted from a sentence. Offsets are relative to the document source."""

    relation: str
    subject: str                 # concept id
    object: str                  # concept id, or a literal value for literal relations
    start: int
    end: int
    polarity: Polarity = Polarity.POSITIVE
    quantifier: Quantifier = Quantifier.GENERIC
    modality: Modality = Modality.ASSERTED
    subject_text: str = ""
    object_text: str = ""
    sentence: str = ""
    detail: tuple[tuple[str, str], ...] = ()  # extra literal data (e.g. ("expansion", "..."))

    def get(self, key: str, default: str = "") -> str:
        for k, v in self.detail:
            if k == key:
                return v
        return default


@dataclass(frozen=True, kw_only=True)
class Finding:
    rule: str
    fact: str
    severity: Severity
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    claim: str
    suggestion: str
    sources: tuple[str, ...]
    start: int = 0
    end: int = 0
    rewrite: str = ""  # the claim sentence rewritten, when the suggestion is a replacement for it

    def sort_key(self) -> tuple:
        return (self.line, self.column, self.rule, self.end_line, self.end_column)


@dataclass(frozen=True, kw_only=True)
class FileReport:
    path: str
    findings: tuple[Finding, ...] = ()
    error: str | None = None
    words: int = 0
    internal: bool = False   # the error is claimcheck's fault (a bug, a timeout), not the file's: exit 3
    detail: str = field(default="", compare=False)  # the traceback of an internal error, shown by --debug

    @property
    def failed(self) -> bool:
        return self.error is not None


@dataclass(frozen=True, kw_only=True)
class Summary:
    files: int
    errors: int
    warnings: int
    infos: int
    failed_files: int

    @classmethod
    def of(cls, reports: "tuple[FileReport, ...] | list[FileReport]") -> "Summary":
        counts = {s: 0 for s in Severity}
        failed = 0
        for r in reports:
            failed += r.failed
            for f in r.findings:
                counts[f.severity] += 1
        return cls(files=len(reports), errors=counts[Severity.ERROR], warnings=counts[Severity.WARNING],
                   infos=counts[Severity.INFO], failed_files=failed)

