"""Find the files to check below the paths given on the command line.

Like ruff: directories are walked in name order; a file named on the command line is always
checked; below a directory, files are kept by the include globs (default: the supported
suffixes) and dropped by the exclude globs, by a few tool directories (.git, .venv,
node_modules, ...) and by ``.gitignore`` files, read with pathspec so they mean what git
means (negation, anchoring, ``dir/`` patterns, deeper files taking precedence). The
``.gitignore`` files of parent directories up to the repository root count too.

Symbolic links that lead out of the folder being walked are not followed unless asked
(``--follow-links``): an archive from an untrusted pull request must not make claimcheck read
and print files elsewhere on the machine.

Problems (a symlink loop, a broken link, a directory that cannot be listed, a link out of the
tree) are yielded as
entries with a ``problem``; they never stop the walk. A file that cannot be read is found
here and reported when it is read. An invalid include/exclude glob is a ClaimcheckError; an
invalid line in a .gitignore is skipped, as git does.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pathspec

from checker.config import RunConfig
from checker.document import SUPPORTED_SUFFIXES
from checker.errors import ClaimcheckError

# Directories of tools and version control, never an article archive.
DEFAULT_EXCLUDE = (".git/", ".hg/", ".svn/", ".bzr/", ".venv/", "venv/", ".tox/", ".nox/", "node_modules/",
                   "__pycache__/", ".mypy_cache/", ".pytest_cache/", ".ruff_cache/", ".claimcheck_cache/",
                   "site-packages/")
IGNORE_FILE = ".gitignore"


@dataclass(frozen=True, kw_only=True)
class Found:
    path: Path
    display: str                 # the path as reported: the argument, joined with the path below it
    problem: str | None = None   # why it cannot be checked, when the walk already knows


@dataclass(frozen=True, kw_only=True)
class _Ignore:
    """One ignore file's patterns. A path relative to the walk root is made relative to the
    file's directory by dropping ``strip`` (a directory below the root) or adding ``prefix``
    (the root's path below a parent directory)."""

    spec: pathspec.PathSpec
    strip: str = ""
    prefix: str = ""

    def check(self, rel: str) -> bool | None:
        if not rel.startswith(self.strip):
            return None
        return self.spec.check_file(self.prefix + rel[len(self.strip):]).include


# Decides on a path below a walked directory: (path, is_dir) -> keep it. Given, it replaces the
# include and exclude globs of ``config`` (the tool directories and .gitignore files still apply).
Select = Callable[[Path, bool], bool]


def walk(paths: Iterable[str], config: RunConfig, select: Select | None = None, *,
         follow_links: bool = False) -> Iterator[Found]:
    """Every file to check below ``paths``, in a stable order, each once. A symbolic link
    below a folder that leads out of it is not followed (reported) unless ``follow_links``."""
    include = _spec(_valid(config.include, "include")) if config.include else None
    exclude = _spec(DEFAULT_EXCLUDE + _valid(config.exclude, "exclude"))
    seen: set[tuple[int, int]] = set()
    for raw in paths:
        root = Path(raw)
        try:
            info = root.stat()
        except OSError as exc:
            yield Found(path=root, display=raw, problem=_problem(exc, root))
            continue
        if stat.S_ISDIR(info.st_mode):
            walker = _Walker(root, raw, include, exclude, seen, select, follow_links=follow_links)
            yield from walker.directory(root, "", _parent_ignores(root), frozenset({(info.st_dev, info.st_ino)}))
        elif _first_time(seen, info):
            yield Found(path=root, display=raw)


def _first_time(seen: set[tuple[int, int]], info: os.stat_result) -> bool:
    key = (info.st_dev, info.st_ino)
    if key in seen:
        return False
    seen.add(key)
    return True


class _Walker:
    def __init__(self, root: Path, display: str, include: pathspec.PathSpec | None, exclude: pathspec.PathSpec,
                 seen: set[tuple[int, int]], select: Select | None = None, *, follow_links: bool = False) -> None:
        self.root, self.display = root, display
        self.include, self.exclude, self.seen, self.select = include, exclude, seen, select
        self.follow_links = follow_links
        self.real_root = root.resolve()

    def directory(self, path: Path, rel: str, ignores: tuple[_Ignore, ...],
                  ancestors: frozenset[tuple[int, int]]) -> Iterator[Found]:
        try:
            with os.scandir(path) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield Found(path=path, display=self._shown(rel), problem=f"cannot list directory: {_reason(exc)}")
            return
        names = {e.name for e in entries}
        if IGNORE_FILE in names:
            ignores = ignores + _read_ignore(path / IGNORE_FILE, rel)
        for entry in entries:
            child = f"{rel}{entry.name}"
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if self._skipped(child, entry.name, is_dir, ignores):
                continue
            try:
                info = entry.stat()
            except OSError as exc:
                yield Found(path=Path(entry.path), display=self._shown(child), problem=_problem(exc, Path(entry.path)))
                continue
            outside = self._outside(entry)
            if outside is not None:
                yield Found(path=Path(entry.path), display=self._shown(child),
                            problem=f"symbolic link to {outside}, outside {self.display}; not followed "
                                    "(--follow-links follows it)")
                continue
            if not is_dir:
                if stat.S_ISREG(info.st_mode) and _first_time(self.seen, info):
                    yield Found(path=Path(entry.path), display=self._shown(child))
                continue
            key = (info.st_dev, info.st_ino)
            if key in ancestors:
                target = os.readlink(entry.path) if entry.is_symlink() else entry.path
                yield Found(path=Path(entry.path), display=self._shown(child),
                            problem=f"symbolic link loop (points back to {target}); not followed")
                continue
            yield from self.directory(Path(entry.path), child + "/", ignores, ancestors | {key})

    def _outside(self, entry: os.DirEntry) -> Path | None:
        """Where a symbolic link leads when that is outside the root (and links are not followed)."""
        if self.follow_links or not entry.is_symlink():
            return None
        target = Path(entry.path).resolve()
        if target == self.real_root or self.real_root in target.parents:
            return None
        return target

    def _skipped(self, rel: str, name: str, is_dir: bool, ignores: tuple[_Ignore, ...]) -> bool:
        if self.select is not None and not self.select(self.root / rel, is_dir):
            return True
        if is_dir:
            return self._dropped(rel + "/", ignores)
        return (self.select is None and not self._wanted(rel, name)) or self._dropped(rel, ignores)

    def _wanted(self, rel: str, name: str) -> bool:
        if self.include is not None:
            return self.include.match_file(rel)
        return os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES

    def _dropped(self, rel: str, ignores: tuple[_Ignore, ...]) -> bool:
        if self.exclude.match_file(rel):
            return True
        for ignore in reversed(ignores):  # the deepest ignore file that has a say decides
            verdict = ignore.check(rel)
            if verdict is not None:
                return verdict
        return False

    def _shown(self, rel: str) -> str:
        return str(self.root / rel.rstrip("/")) if rel else self.display


def _spec(patterns: Iterable[str]) -> pathspec.PathSpec:
    return pathspec.GitIgnoreSpec.from_lines(patterns)


def _problem_with(pattern: str) -> str | None:
    try:
        _spec([pattern])
    except (ValueError, re.error) as exc:
        return str(exc)
    return None


def _valid(patterns: Iterable[str], option: str) -> tuple[str, ...]:
    for pattern in patterns:
        problem = _problem_with(pattern)
        if problem is not None:
            raise ClaimcheckError(f"invalid {option} pattern '{pattern}': {problem}")
    return tuple(patterns)


def _read_ignore(path: Path, rel: str, prefix: str = "") -> tuple[_Ignore, ...]:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ()  # an unreadable .gitignore ignores nothing, as in git
    try:
        spec = _spec(lines)
    except (ValueError, re.error):  # git skips a pattern it cannot read; so do we
        spec = _spec([line for line in lines if _problem_with(line) is None])
    return (_Ignore(spec=spec, strip=rel, prefix=prefix),)


def _parent_ignores(root: Path) -> tuple[_Ignore, ...]:
    """The .gitignore files above ``root``, up to the root of its git repository (if any)."""
    found: list[_Ignore] = []
    here = root.resolve()
    if (here / ".git").exists():
        return ()
    for parent in here.parents:
        below = f"{here.relative_to(parent).as_posix()}/"
        if (parent / IGNORE_FILE).is_file():
            found += _read_ignore(parent / IGNORE_FILE, "", prefix=below)
        if (parent / ".git").exists():
            return tuple(reversed(found))  # outermost first: deeper files are checked first
    return ()  # not in a repository: only the ignore files from the root down count


def _problem(exc: OSError, path: Path) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop; not followed"
    if exc.errno == errno.ENOENT:
        return "broken symbolic link" if path.is_symlink() else "no such file or directory"
    return _reason(exc)


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or str(exc)).lower()
