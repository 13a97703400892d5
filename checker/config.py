"""The resolved options of one run (frozen). Built by the CLI, read by the engine."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Mapping

from checker.model import Severity


@dataclass(frozen=True)
class RunConfig:
    model: str | None = None
    rules_dir: str = ""                  # "" = the built-in fact base
    extra_rules: tuple[str, ...] = ()    # a team's own facts files
    select: tuple[str, ...] = ()         # fact ids to report ("" = all)
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=lambda: MappingProxyType({}))
    show_verified: bool = False
    min_severity: Severity = Severity.INFO
    fail_on: str = "warning"             # error | warning | info | never
    include: tuple[str, ...] = ()        # globs of files to check below a directory ("" = defaults)
    exclude: tuple[str, ...] = ()        # globs of files to skip
    report_unused_suppressions: bool = False

    def wants(self, fact_id: str) -> bool:
        if self.select and fact_id not in self.select and not any(fact_id.startswith(s) for s in self.select):
            return False
        return fact_id not in self.ignore and not any(fact_id.startswith(s) and len(s) == 1 for s in self.ignore)

    def __reduce__(self) -> tuple:
        """Picklable (for worker processes): the read-only severity mapping travels as a dict."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values["severity"] = dict(self.severity)
        return _rebuild, (values,)


def _rebuild(values: dict) -> RunConfig:
    return RunConfig(**{**values, "severity": MappingProxyType(values["severity"])})
