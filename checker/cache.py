"""Per-file results cache, like ``.ruff_cache``: re-auditing an unchanged archive is near-instant.

A file's findings are stored under a key made of everything they depend on:

- the file's bytes and its format (Markdown, text or HTML, from the suffix);
- the fact base (``rules_digest``: the rule files' bytes, extra facts packs included);
- claimcheck's version and a hash of its own source files, so an edited checkout never
  serves results of the code it replaced;
- the spaCy model's name and version, read from the installed package's ``meta.json``
  without importing spaCy (a warm run loads no model at all);
- the options that change findings (every ``RunConfig`` field except those in
  ``NOT_IN_KEY``, so a field added later is in the key by default).

Entries live in one SQLite file (stdlib ``sqlite3``: one file to remove, fast lookups by key,
safe when two runs share a cache) in ``.claimcheck_cache/`` below the working directory, or
in ``$CLAIMCHECK_CACHE_DIR``. Only files that were checked are stored: read errors are not.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Mapping

import checker
from checker.config import RunConfig
from checker.errors import ClaimcheckError
from checker.nlp.models import MODEL_CANDIDATES, check_model, default_model, model_meta  # noqa: F401
from checker.knowledge import rules_digest
from checker.model import FileReport, Finding, Severity

CACHE_DIR_ENV = "CLAIMCHECK_CACHE_DIR"
DEFAULT_CACHE_DIR = ".claimcheck_cache"
DATABASE = "results.sqlite3"
NOT_IN_KEY = frozenset({"fail_on", "include", "exclude", "timeout"})  # RunConfig fields that do not change findings
TAG_NAME = "CACHEDIR.TAG"
TAG_SIGNATURE = "Signature: 8a477f597d28d172789f06886806bc55"
# Everything the cache writes in its folder; `clean` removes these and nothing else.
OWN_FILES = (DATABASE, DATABASE + "-journal", DATABASE + "-wal", DATABASE + "-shm", ".gitignore", TAG_NAME)
_SCHEMA = "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, report TEXT NOT NULL)"
_FLUSH_EVERY = 200


class CacheError(ClaimcheckError):
    """The cache cannot be used; the run goes on without it."""


def cache_dir() -> Path:
    return Path(os.environ.get(CACHE_DIR_ENV) or DEFAULT_CACHE_DIR)


def clean(directory: Path | None = None) -> bool:
    """Remove the cache's own files, and its folder once empty; False when there was no cache.

    Only a folder marked with the standard CACHEDIR.TAG is touched, and never the working
    folder (the project) or a folder above it, whatever $CLAIMCHECK_CACHE_DIR says."""
    directory = directory or cache_dir()
    if not directory.exists():
        return False
    _refuse_project(directory, "remove")
    if not is_tagged(directory):
        raise CacheError(f"{directory}: not removed: not a cache folder (it has no {TAG_NAME} "
                         "with the cache signature)")
    try:
        for name in OWN_FILES:
            (directory / name).unlink(missing_ok=True)
        if not any(directory.iterdir()):
            directory.rmdir()
    except OSError as exc:
        raise CacheError(f"{directory}: cannot remove: {exc.strerror or exc}") from None
    return True


def is_tagged(directory: Path) -> bool:
    """Whether ``directory`` carries a CACHEDIR.TAG with the standard signature
    (https://bford.info/cachedir/)."""
    try:
        with open(directory / TAG_NAME, "rb") as fh:
            return fh.read(len(TAG_SIGNATURE)) == TAG_SIGNATURE.encode()
    except OSError:
        return False


def _refuse_project(directory: Path, doing: str) -> None:
    """The working folder, or a folder above it, is never a cache: removing it would remove
    the project (``CLAIMCHECK_CACHE_DIR=.``), and marking it would hide the project from git
    and from the walk."""
    here = Path.cwd().resolve()
    there = directory.resolve()
    if there == here or there in here.parents:
        raise CacheError(f"{directory}: refusing to {doing} the cache: it is the working folder or a "
                         "folder above it; set CLAIMCHECK_CACHE_DIR to a folder of its own")


def model_fingerprint(name: str | None) -> str:
    """``lang_name-version`` of the model that would be loaded (as pipeline.model_version says
    once it is), found without importing spaCy; "none" when no model is installed. A configured
    model that cannot be loaded is a ModelError here too, so a warm run does not hide it."""
    candidate = check_model(name) if name else default_model()
    meta = model_meta(candidate) if candidate else None
    if meta is None and candidate:
        return candidate
    if meta is None:
        return "none"
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


def code_fingerprint() -> str:
    """claimcheck's version and a hash of its Python sources."""
    root = Path(checker.__file__).resolve().parent
    digest = hashlib.sha256(checker.__version__.encode())
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{checker.__version__}+{digest.hexdigest()[:12]}"


def config_fingerprint(config: RunConfig) -> str:
    parts = []
    for f in dataclasses.fields(config):
        if f.name in NOT_IN_KEY:
            continue
        value = getattr(config, f.name)
        if isinstance(value, Mapping):
            value = sorted((k, str(getattr(v, "value", v))) for k, v in value.items())
        parts.append(f"{f.name}={value!r}")
    return ";".join(parts)


def run_key(config: RunConfig) -> str:
    """What every entry of this run shares: code, model, fact base and options."""
    extra = tuple(Path(p) for p in config.extra_rules)
    kb = rules_digest(Path(config.rules_dir) if config.rules_dir else None, extra)
    parts = (code_fingerprint(), model_fingerprint(config.model), kb, config_fingerprint(config))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


class Cache:
    """Lookups and stores for one run. ``key(data, fmt)`` names a file's entry."""

    def __init__(self, directory: Path, run: str) -> None:
        self.directory, self.run = directory, run
        self._pending = 0
        _refuse_project(directory, "use")
        try:
            if directory.is_dir() and not is_tagged(directory) and \
                    any(p.name not in OWN_FILES for p in directory.iterdir()):
                raise CacheError(f"{directory}: cache disabled: the folder holds other files and no "
                                 f"{TAG_NAME}; set CLAIMCHECK_CACHE_DIR to a folder of its own")
            directory.mkdir(parents=True, exist_ok=True)
            _mark(directory)
            self._db = self._open(directory / DATABASE)
        except (OSError, sqlite3.Error) as exc:
            raise CacheError(f"{directory}: cache disabled: {getattr(exc, 'strerror', None) or exc}") from None

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(path, timeout=30)
            db.execute(_SCHEMA)
        except sqlite3.DatabaseError:  # a damaged cache is rebuilt, never trusted
            path.unlink(missing_ok=True)
            db = sqlite3.connect(path, timeout=30)
            db.execute(_SCHEMA)
        return db

    @classmethod
    def for_run(cls, config: RunConfig, directory: Path | None = None) -> "Cache":
        return cls(directory or cache_dir(), run_key(config))

    def key(self, data: bytes, fmt: str) -> str:
        digest = hashlib.sha256(self.run.encode())
        digest.update(fmt.encode() + b"\0")
        digest.update(data)
        return digest.hexdigest()

    def get(self, key: str, path: str) -> FileReport | None:
        try:
            row = self._db.execute("SELECT report FROM results WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        return None if row is None else _report(json.loads(row[0]), path)

    def put(self, key: str, report: FileReport) -> None:
        if report.error is not None:
            return
        try:
            self._db.execute("INSERT OR REPLACE INTO results VALUES (?, ?)", (key, json.dumps(_dict(report))))
            self._pending += 1
            if self._pending >= _FLUSH_EVERY:
                self.flush()
        except sqlite3.Error:
            pass  # a cache that cannot be written only makes the next run slower

    def flush(self) -> None:
        try:
            self._db.commit()
        except sqlite3.Error:
            pass
        self._pending = 0

    def close(self) -> None:
        self.flush()
        self._db.close()

    def __enter__(self) -> "Cache":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _mark(directory: Path) -> None:
    """Keep the cache out of git and out of backups, as ruff does."""
    for name, text in ((".gitignore", "# Automatically created by claimcheck.\n*\n"),
                       (TAG_NAME, TAG_SIGNATURE + "\n"
                                  "# This file is a cache directory tag created by claimcheck.\n")):
        if not (directory / name).exists():
            (directory / name).write_text(text)


def _dict(report: FileReport) -> dict:
    return {"words": report.words,
            "findings": [{**dataclasses.asdict(f), "severity": f.severity.value} for f in report.findings]}


def _report(data: dict, path: str) -> FileReport:
    findings = tuple(Finding(**{**f, "severity": Severity(f["severity"]), "sources": tuple(f["sources"])})
                     for f in data["findings"])
    return FileReport(path=path, findings=findings, words=data["words"])
