"""The resolved options of one run (frozen), and where they come from.

A run's options are resolved from three layers, highest first:

1. command-line flags (``--select``, ``--fail-on`` ...),
2. the configuration file that applies to the checked file: ``--config PATH`` if given, else
   the nearest ``.claimcheck.yaml`` or ``pyproject.toml`` with a ``[tool.claimcheck]`` table,
   searched upward from the file's folder (from the current folder for stdin). In one folder
   ``.claimcheck.yaml`` wins over ``pyproject.toml``. The nearest file is used as a whole;
   files further up are not merged in (as in ruff),
3. the defaults of RunConfig.

Built by the CLI, read by the engine. Nothing here imports click.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import Any, Callable, Iterable, Mapping

import yaml

from checker.errors import ConfigError
from checker.model import Severity

YAML_CONFIG = ".claimcheck.yaml"
PYPROJECT = "pyproject.toml"
TOOL_TABLE = "tool.claimcheck"
FAIL_ON = ("error", "warning", "info", "never")
SEVERITIES = tuple(s.value for s in Severity)
DEFAULT_TIMEOUT = 30.0  # seconds per document (--timeout)


@dataclass(frozen=True, kw_only=True)
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
    timeout: float | None = DEFAULT_TIMEOUT  # seconds one document may take (None: no limit)

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


# ---------------------------------------------------------------- values of the configuration keys

def _strings(raw: Any) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(v, str) and v.strip() for v in raw):
        raise ValueError(f"expected a list of text, got {raw!r}")
    return tuple(v.strip() for v in raw)


def _globs(raw: Any) -> tuple[str, ...]:
    """Include/exclude globs, each compiled now, so a bad one is a one-line error here and not
    a traceback when the first file is matched."""
    patterns = _strings(raw)
    for pattern in patterns:
        try:
            glob_regex(pattern)
        except re.error as exc:
            raise ValueError(f"invalid glob {pattern!r}: {exc}") from None
    return patterns


def _choice(options: tuple[str, ...]) -> Callable[[Any], str]:
    def parse(raw: Any) -> str:
        if raw not in options:
            raise ValueError(f"must be one of {', '.join(options)}, not {raw!r}")
        return raw
    return parse


def _severity(raw: Any) -> Severity:
    return Severity(_choice(SEVERITIES)(raw))


def _severity_map(raw: Any) -> Mapping[str, Severity]:
    if not isinstance(raw, dict):
        raise ValueError(f"expected a mapping of fact id to {'|'.join(SEVERITIES)}, got {raw!r}")
    out = {}
    for fact_id, level in raw.items():
        if level not in SEVERITIES:
            raise ValueError(f"{fact_id}: must be one of {', '.join(SEVERITIES)}, not {level!r}")
        out[str(fact_id)] = Severity(level)
    return MappingProxyType(out)


def _model(raw: Any) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise ValueError(f"expected the name of a spaCy model, got {raw!r}")
    return raw.strip()


# key -> (parser of a raw value, RunConfig field). Paths (extra_rules) are resolved by the caller.
KEYS: Mapping[str, Callable[[Any], Any]] = MappingProxyType({
    "include": _globs,
    "exclude": _globs,
    "select": _strings,
    "ignore": _strings,
    "severity": _severity_map,
    "fail_on": _choice(FAIL_ON),
    "extra_rules": _strings,
    "model": _model,
    "min_severity": _severity,
})


def parse_value(key: str, raw: Any) -> Any:
    """The typed value of one configuration key; ValueError says what is wrong with ``raw``."""
    return KEYS[key](raw)


# ---------------------------------------------------------------- configuration files

@dataclass(frozen=True, kw_only=True)
class ConfigFile:
    """The validated keys of one configuration file (only the keys it sets)."""

    path: Path
    values: Mapping[str, Any]

    @property
    def root(self) -> Path:
        """The folder the file's globs and paths are relative to."""
        return self.path.parent


def find_config_file(start: Path) -> tuple[Path | None, Path | None]:
    """The nearest configuration file at or above the folder ``start``, and a pyproject.toml
    in the same folder that it shadows (or None). A pyproject.toml without a
    ``[tool.claimcheck]`` table does not count."""
    folder = start.resolve()
    for candidate in (folder, *folder.parents):
        yaml_file = candidate / YAML_CONFIG
        pyproject = candidate / PYPROJECT
        if yaml_file.is_file():
            return yaml_file, pyproject if _has_tool_table(pyproject, strict=False) else None
        if _has_tool_table(pyproject, strict=True):
            return pyproject, None
    return None, None


def _has_tool_table(path: Path, *, strict: bool) -> bool:
    """Whether ``path`` is a pyproject.toml with a [tool.claimcheck] table. A broken file is
    an error only when it would be used (``strict``)."""
    if not path.is_file():
        return False
    try:
        return _tool_table(path) is not None
    except ConfigError:
        if strict:
            raise
        return False


def _tool_table(path: Path) -> dict | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(str(path), "file", f"cannot read: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), "toml", str(exc)) from None
    tool = data.get("tool", {})
    table = tool.get("claimcheck") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        raise ConfigError(str(path), TOOL_TABLE, "must be a table")
    return table


def load_config_file(path: Path) -> ConfigFile:
    """Read and validate a ``.claimcheck.yaml`` (any name but pyproject.toml) or the
    ``[tool.claimcheck]`` table of a pyproject.toml."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(str(path), "file", "no such configuration file")
    if path.name == PYPROJECT:
        data, prefix = _tool_table(path) or {}, TOOL_TABLE + "."
    else:
        data, prefix = _read_yaml(path), ""
    values: dict[str, Any] = {}
    for key, raw in data.items():
        if key not in KEYS:
            close = difflib.get_close_matches(str(key), list(KEYS), n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            raise ConfigError(str(path), f"{prefix}{key}", f"unknown key ({hint}known: {', '.join(KEYS)})")
        try:
            values[key] = parse_value(key, raw)
        except ValueError as exc:
            raise ConfigError(str(path), f"{prefix}{key}", str(exc)) from None
    if "extra_rules" in values:
        values["extra_rules"] = resolve_paths(values["extra_rules"], path.parent, str(path), f"{prefix}extra_rules")
    return ConfigFile(path=path.resolve(), values=MappingProxyType(values))


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(str(path), "file", f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(str(path), "file", "is not valid UTF-8") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        raise ConfigError(str(path), "yaml", f"{getattr(exc, 'problem', None) or exc}{where}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(str(path), "file", f"expected a mapping of keys, got {type(data).__name__}")
    return data


def resolve_paths(paths: Iterable[str], base: Path, where: str, key: str) -> tuple[str, ...]:
    """Absolute paths of existing files, relative ones taken from ``base``."""
    out = []
    for p in paths:
        full = (base / Path(p).expanduser()).resolve()
        if not full.is_file():
            raise ConfigError(where, key, f"no such file: {p}")
        out.append(str(full))
    return tuple(out)


# ---------------------------------------------------------------- resolution

@dataclass(frozen=True, kw_only=True)
class Settings:
    """The RunConfig for one checked file, where each configurable value came from, and the
    configuration file that applied (if any)."""

    config: RunConfig
    origins: Mapping[str, str]   # key -> "default" | "--flag" | path of the configuration file
    file: Path | None = None
    root: Path = field(default_factory=Path.cwd)
    shadowed: Path | None = None  # a pyproject.toml [tool.claimcheck] ignored for a .claimcheck.yaml

    def excludes(self, path: Path) -> bool:
        """True when ``path`` or one of its folders matches an ``exclude`` glob."""
        return _matches(self.config.exclude, path, self.root)

    def includes(self, path: Path) -> bool:
        """True when ``path`` matches an ``include`` glob (``include`` must be set)."""
        return _matches(self.config.include, path, self.root)


def resolve(file: ConfigFile | None, overrides: Mapping[str, tuple[Any, str]] | None = None, *,
            base: RunConfig | None = None, shadowed: Path | None = None) -> Settings:
    """Layer ``overrides`` (key -> (value, origin), e.g. from CLI flags) over ``file`` over
    ``base`` (the defaults plus options that are not configuration keys)."""
    base = base or RunConfig()
    values: dict[str, Any] = {}
    origins: dict[str, str] = {key: "default" for key in KEYS}
    if file is not None:
        for key, value in file.values.items():
            values[key], origins[key] = value, str(file.path)
    for key, (value, origin) in (overrides or {}).items():
        if key not in KEYS:
            raise KeyError(key)
        values[key], origins[key] = value, origin
    return Settings(config=replace(base, **values), origins=MappingProxyType(origins),
                    file=file.path if file else None, root=file.root if file else Path.cwd().resolve(),
                    shadowed=shadowed)


def settings_for(start: Path, overrides: Mapping[str, tuple[Any, str]] | None = None, *,
                 config_path: Path | None = None, base: RunConfig | None = None) -> Settings:
    """Settings for files in the folder ``start``: ``config_path`` if given, else discovery."""
    if config_path is not None:
        return resolve(load_config_file(config_path), overrides, base=base)
    found, shadowed = find_config_file(start)
    return resolve(load_config_file(found) if found else None, overrides, base=base, shadowed=shadowed)


def check_fact_ids(settings: Settings, known: Iterable[str]) -> None:
    """Fail on ids in select/ignore/severity that name no fact, naming where they were set."""
    known = tuple(known)
    listing = ", ".join(known)
    cfg = settings.config
    # as RunConfig.wants reads them: select takes any prefix, ignore a one-letter family
    for key, ids, prefix_len in (("select", cfg.select, None), ("ignore", cfg.ignore, 1),
                                 ("severity", tuple(cfg.severity), 0)):
        for fact_id in ids:
            family = prefix_len is None or len(fact_id) <= prefix_len
            if fact_id in known or (family and any(k.startswith(fact_id) for k in known)):
                continue
            origin = settings.origins[key]
            raise ConfigError("command line" if origin.startswith("--") else origin,
                              origin if origin.startswith("--") else key,
                              f"unknown fact id '{fact_id}' (known: {listing})")


def describe(settings: Settings) -> str:
    """The resolved configuration, one key a line with where its value came from."""
    lines = [f"config file: {settings.file or '(none found)'}"]
    if settings.shadowed:
        lines.append(f"ignored:     {settings.shadowed} [{TOOL_TABLE}] ({YAML_CONFIG} in the same folder wins)")
    lines.append(f"root:        {settings.root}")
    lines.append("")
    width = max(len(k) for k in KEYS)
    for key in KEYS:
        value = _shown(getattr(settings.config, key))
        lines.append(f"{key:<{width}} = {value:<30} # {settings.origins[key]}")
    return "\n".join(lines) + "\n"


def _shown(value: Any) -> str:
    if isinstance(value, Severity):
        return value.value
    if isinstance(value, tuple):
        return "[" + ", ".join(value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{k}: {v.value}" for k, v in value.items()) + "}"
    return "(default)" if value is None else str(value)


# ---------------------------------------------------------------- globs

def _matches(patterns: tuple[str, ...], path: Path, root: Path) -> bool:
    if not patterns:
        return False
    full = path.resolve()
    try:
        rel = PurePosixPath(full.relative_to(root.resolve()).as_posix())
    except ValueError:
        rel = PurePosixPath(full.as_posix())
    candidates = [str(rel)] + [str(p) for p in rel.parents if str(p) not in (".", "/")]
    return any(glob_regex(p).fullmatch(c) for p in patterns for c in candidates)


_GLOB_CACHE: dict[str, re.Pattern[str]] = {}


def glob_regex(pattern: str) -> re.Pattern[str]:
    """gitignore-like globs: ``*`` and ``?`` stay inside one folder, ``**`` crosses folders, a
    pattern without ``/`` matches a file or folder name at any depth, one with ``/`` is
    relative to the configuration file's folder."""
    if pattern in _GLOB_CACHE:
        return _GLOB_CACHE[pattern]
    p = pattern.strip()
    p = p[2:] if p.startswith("./") else p
    p = p.rstrip("/") or p
    anchored = "/" in p
    p = p.lstrip("/")
    out, i = [], 0
    while i < len(p):
        if p.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif p.startswith("**", i):
            out.append(".*")
            i += 2
        elif p[i] == "*":
            out.append("[^/]*")
            i += 1
        elif p[i] == "?":
            out.append("[^/]")
            i += 1
        elif p[i] == "[" and "]" in p[i + 1:]:
            end = p.index("]", i + 1)
            body = p[i + 1:end]
            out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
            i = end + 1
        else:
            out.append(re.escape(p[i]))
            i += 1
    body = "".join(out)
    rx = re.compile(body if anchored else f"(?:.*/)?{body}")
    _GLOB_CACHE[pattern] = rx
    return rx


__all__ = ["RunConfig", "ConfigFile", "Settings", "KEYS", "FAIL_ON", "find_config_file", "load_config_file",
           "resolve", "settings_for", "check_fact_ids", "describe", "parse_value", "resolve_paths", "glob_regex"]
