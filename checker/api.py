"""The Python API: ``from checker import check_text, check_file, Checker``.

The one entry point that the HTTP server (``claimcheck serve``) and the language server
(``claimcheck lsp``) call. A Checker loads the fact base and the spaCy pipeline once and checks
many documents; per call it takes the reporting options of the configuration file (``select``,
``ignore``, ``severity``, ``min_severity``), validated as the configuration file is.

Thread-safety: a Checker may be shared by threads. Its calls run one at a time under a lock,
because a spaCy pipeline must not run two documents at once. For parallel checking use one
Checker per process (``claimcheck serve --workers N`` does).
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any, Mapping

from checker.config import RunConfig, check_fact_ids, parse_value, resolve, settings_for
from checker.engine import Checker as _Engine
from checker.errors import ConfigError
from checker.explain import explain_text, fact_dict
from checker.knowledge import Fact, KnowledgeBase
from checker.model import FileReport, Finding, Severity

# the configuration file's keys that can change per check (the rest need a new Checker)
OPTIONS = ("select", "ignore", "severity", "min_severity")


def parse_options(raw: Mapping[str, Any], where: str = "options") -> dict[str, Any]:
    """Typed values of reporting options given as configuration-file values (``select:
    ["T", "N2"]``, ``severity: {"A7": "error"}``, ``min_severity: "warning"``). A
    comma-separated string is accepted for ``select`` and ``ignore``. Raises ConfigError
    naming the option for an unknown option or a bad value."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in OPTIONS:
            raise ConfigError(where, str(key), f"unknown option (known: {', '.join(OPTIONS)})")
        if key in ("select", "ignore") and isinstance(value, str):
            value = [v for v in value.replace(",", " ").split()]
        try:
            out[key] = parse_value(key, value)
        except ValueError as exc:
            raise ConfigError(where, key, str(exc)) from None
    return out


class Checker:
    """Checks documents with one loaded fact base and spaCy pipeline.

    ``model`` and ``extra_rules`` (paths of your own facts files) are fixed for the Checker;
    ``select``, ``ignore``, ``severity`` and ``min_severity`` are its defaults, and each call
    may override them. ``config`` names a ``.claimcheck.yaml`` or ``pyproject.toml`` whose
    values are used as the defaults (keyword options win over it).
    """

    def __init__(self, *, model: str | None = None, extra_rules: tuple[str, ...] | list[str] = (),
                 config: str | Path | None = None, show_verified: bool = False,
                 rules_dir: str = "", **options: Any) -> None:
        base = RunConfig(model=model, extra_rules=tuple(str(Path(p).resolve()) for p in extra_rules),
                         rules_dir=str(rules_dir or ""), show_verified=show_verified)
        if config is not None:
            settings = settings_for(Path(config).parent, config_path=Path(config), base=base)
            given = {k: getattr(base, k) for k in ("model", "extra_rules") if getattr(base, k)}
            base = replace(settings.config, **given)
        self._engine = _Engine(base)
        self._lock = threading.Lock()
        self._defaults = self._validated(base, options)

    # ---------------------------------------------------------------- what it knows

    @property
    def kb(self) -> KnowledgeBase:
        return self._engine.kb

    @property
    def digest(self) -> str:
        """The fact base's content hash."""
        return self._engine.kb.digest

    @property
    def model(self) -> str:
        """The spaCy model in use, as lang_name-version (e.g. en_core_web_sm-3.8.0)."""
        return self._engine.model_version

    @property
    def config(self) -> RunConfig:
        """The default options of this Checker."""
        return self._defaults

    def facts(self) -> tuple[Fact, ...]:
        return self._engine.kb.facts

    def fact(self, fact_id: str) -> Fact:
        """The fact with this id (any case); KeyError if there is none."""
        return self._engine.kb.fact(fact_id.upper())

    def explain(self, fact_id: str) -> str:
        """The text of ``claimcheck explain ID`` (Markdown)."""
        return explain_text(self.fact(fact_id), self.kb)

    def fact_dict(self, fact_id: str) -> dict:
        return fact_dict(self.fact(fact_id), self.kb)

    # ---------------------------------------------------------------- checking

    def options_for(self, path: str | Path, **options: Any) -> RunConfig:
        """The options for a file at ``path``: the nearest configuration file's select,
        ignore, severity and min_severity (discovered as the CLI does), then ``options``."""
        found = settings_for(Path(path).parent).config
        from_file = {k: getattr(found, k) for k in OPTIONS}
        return self._validated(replace(self._defaults, **from_file), options)

    def check_text(self, text: str, filename: str = "-", *, format: str | None = None,
                   config: RunConfig | None = None, **options: Any) -> FileReport:
        """Check ``text``. ``filename`` is only a name: its suffix picks the reader (.md,
        .html, .txt; others read as Markdown) and it is the report's path; nothing is read
        from it. ``format`` (markdown, html, text) overrides the suffix."""
        run = self._validated(config or self._defaults, options)
        with self._lock:
            return self._engine.with_config(run).check_text(text, filename, format)

    def check_file(self, path: str | Path, *, config: RunConfig | None = None, **options: Any) -> FileReport:
        """Read and check one file (UTF-8). A file that cannot be read gives a report with
        ``error`` set, not an exception."""
        run = self._validated(config or self._defaults, options)
        with self._lock:
            return self._engine.with_config(run).check_file(Path(path), str(path))

    def _validated(self, base: RunConfig, options: Mapping[str, Any]) -> RunConfig:
        return with_options(base, options, self._engine.kb)


def with_options(base: RunConfig, options: Mapping[str, Any], kb: KnowledgeBase) -> RunConfig:
    """``base`` with reporting options applied, validated as the configuration file's keys
    are (unknown option, bad value, or a fact id ``kb`` does not know: ConfigError)."""
    if not options:
        return base
    values = parse_options(options)
    run = replace(base, **values)
    settings = resolve(None, {k: (v, "options") for k, v in values.items()}, base=run)
    check_fact_ids(settings, (f.id for f in kb.facts))
    return run


_shared: dict[tuple, Checker] = {}
_shared_lock = threading.Lock()


def _default_checker(model: str | None, extra_rules: tuple[str, ...]) -> Checker:
    key = (model, tuple(extra_rules))
    with _shared_lock:
        if key not in _shared:
            _shared[key] = Checker(model=model, extra_rules=extra_rules)
        return _shared[key]


def check_text(text: str, filename: str = "-", *, model: str | None = None,
               extra_rules: tuple[str, ...] = (), **options: Any) -> FileReport:
    """Check ``text`` with a Checker shared by the process (built on first use)."""
    return _default_checker(model, tuple(extra_rules)).check_text(text, filename, **options)


def check_file(path: str | Path, *, model: str | None = None, extra_rules: tuple[str, ...] = (),
               **options: Any) -> FileReport:
    """Check one file with a Checker shared by the process (built on first use)."""
    return _default_checker(model, tuple(extra_rules)).check_file(path, **options)


__all__ = ["Checker", "check_text", "check_file", "parse_options", "with_options", "OPTIONS", "FileReport", "Finding", "Severity"]
