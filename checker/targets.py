"""Which files a run checks, and with which settings: one function for `check` and `audit`.

``collect(paths, settings_at, ...)`` yields a :class:`Target` per file to check, in a stable
order. Folders are walked by checker.walk (tool folders and ``.gitignore`` files are skipped;
symlink loops, broken links, unlistable folders and links that lead out of the folder (unless
``follow_links``) come out as targets with a ``problem``);
each file is kept by the configuration that applies to its folder (``include``, else the
supported suffixes, and ``exclude``). A file named on the command line is checked unless its
configuration excludes it; stdin ('-') is named by ``--stdin-filename``. A named file or stdin
name that is excluded is skipped with a note; a folder that yields no file is a
:class:`NoFilesError` unless ``allow_empty``. Nothing here imports click.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from checker.config import RunConfig, Settings
from checker.document import SUPPORTED_SUFFIXES
from checker.errors import ClaimcheckError
from checker.walk import walk


def suffix_globs() -> str:
    """The checked file types as a reader sees them: ``*.md, *.markdown, ...``."""
    return ", ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)


@dataclass(frozen=True, kw_only=True)
class Target:
    path: Path | None          # None: stdin
    shown: str                 # the name reported
    settings: Settings
    problem: str | None = None  # why it cannot be checked, when the walk already knows


class NoFilesError(ClaimcheckError):
    """A folder argument holds no file to check."""

    def __init__(self, folder: str, settings: Settings) -> None:
        looked = ", ".join(settings.config.include) if settings.config.include else suffix_globs()
        super().__init__(f"no files to check under {folder} (looked for {looked}); "
                         "--allow-empty accepts an empty folder")


def wanted(settings: Settings, path: Path) -> bool:
    """True when the configuration of ``path``'s folder checks the file ``path``."""
    if settings.config.include:
        keep = settings.includes(path)
    else:
        keep = path.suffix.lower() in SUPPORTED_SUFFIXES
    return keep and not settings.excludes(path)


def collect(paths: Iterable[str], settings_at: Callable[[Path], Settings], *, stdin_filename: str | None = None,
            allow_empty: bool = False, note: Callable[[str], None] = lambda _: None,
            follow_links: bool = False) -> Iterator[Target]:
    """The targets of ``paths`` in order (see the module docstring). ``note`` receives one-line
    notes (a named file or stdin name that the configuration excludes)."""
    for raw in paths:
        if raw == "-":
            name = stdin_filename or "-"
            settings = settings_at(Path(stdin_filename).parent if stdin_filename else Path.cwd())
            if stdin_filename and settings.excludes(Path(stdin_filename)):
                note(f"{name}: skipped: excluded by {_where(settings, 'exclude')}")
                continue
            yield Target(path=None, shown=name, settings=settings)
            continue
        p = Path(raw)
        if not p.is_dir():
            settings = settings_at(p.parent)
            if settings.excludes(p):
                note(f"{raw}: skipped: excluded by {_where(settings, 'exclude')}")
                continue
            yield Target(path=p, shown=raw, settings=settings)
            continue
        yield from _folder(p, raw, settings_at, allow_empty, follow_links)


def _folder(root: Path, raw: str, settings_at: Callable[[Path], Settings], allow_empty: bool,
            follow_links: bool = False) -> Iterator[Target]:
    def select(path: Path, is_dir: bool) -> bool:
        settings = settings_at(path.parent)
        return not settings.excludes(path) if is_dir else wanted(settings, path)

    count = 0
    for found in walk([raw], RunConfig(), select, follow_links=follow_links):
        count += 1
        parent = found.path.parent if found.path != root else root
        yield Target(path=found.path, shown=found.display, settings=settings_at(parent), problem=found.problem)
    if not count and not allow_empty:
        raise NoFilesError(raw, settings_at(root))


def _where(settings: Settings, key: str) -> str:
    origin = settings.origins.get(key, "default")
    values = ", ".join(repr(v) for v in getattr(settings.config, key))
    return f"{values} ({origin})"
