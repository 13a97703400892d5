"""Errors that the CLI reports as one line, and the exit statuses."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0            # no finding at or above --fail-on
    FINDINGS = 1      # findings at or above --fail-on
    ERROR = 2         # a usage or configuration error, or a file that could not be read
    INTERNAL = 3      # claimcheck failed: an unexpected exception, or a file over its time budget
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)


class ClaimcheckError(Exception):
    """Base class: every error the CLI turns into a one-line message."""


class RuleFileError(ClaimcheckError):
    """A rule (YAML) file is malformed; names the file, the line if known, and the key."""

    def __init__(self, path: str, key: str, problem: str, line: int | None = None) -> None:
        self.path, self.key, self.problem, self.line = str(path), key, problem, line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {key}: {problem}")


class InputError(ClaimcheckError):
    """A document could not be read or decoded."""

    def __init__(self, path: str, problem: str) -> None:
        self.path, self.problem = str(path), problem
        super().__init__(f"{self.path}: {problem}")


class ModelError(ClaimcheckError):
    """No usable spaCy model is installed."""


class ConfigError(ClaimcheckError):
    """A configuration file or option has a bad key or value."""

    def __init__(self, path: str, key: str, problem: str) -> None:
        self.path, self.key, self.problem = str(path), key, problem
        super().__init__(f"{self.path}: {key}: {problem}")
