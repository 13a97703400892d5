"""Check many files in worker processes; reports stream back in input order.

Each worker builds one Checker (fact base + spaCy pipeline) in its initializer and then checks
file after file: a task is a path, never the file's contents, and a result is a FileReport.
At most ``IN_FLIGHT`` tasks per worker are submitted ahead of the first unfinished one, so
memory stays flat however long the archive is, and results come back in the order the files
went in. ``jobs=1`` checks in this process. Nothing is loaded before the first file arrives,
so a run whose files all come from the cache never loads the model.

One bad file never costs the others' results: an exception while checking becomes that
file's error, and when a worker dies (killed, out of memory) the files the pool lost are
checked again one at a time, so only the file that kills workers is reported. A worker that
cannot build its Checker (a broken fact base, no model) stops the run with that error.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable, Iterable, Iterator

from checker.config import RunConfig
from checker.errors import ClaimcheckError
from checker.model import FileReport

IN_FLIGHT = 4  # tasks per worker submitted ahead of the oldest unfinished one
Task = Callable[[Path, str], FileReport]

_worker_checker = None  # the Checker of this worker process
_worker_error: str | None = None  # why it could not be built


def check_files(files: Iterable[tuple[Path, str]], config: RunConfig, jobs: int, *,
                task: Task | None = None) -> Iterator[FileReport]:
    """Reports for ``(path, display)`` pairs, in input order. ``task`` replaces the per-file
    work in worker processes (a module-level function; tests use it to kill a worker)."""
    files = iter(files)
    first = next(files, None)
    if first is None:
        return
    files = itertools.chain([first], files)
    if jobs <= 1:
        from checker.engine import Checker
        checker = Checker(config)
        for path, display in files:
            yield check_one(checker, path, display)
        return
    yield from _Pool(config, jobs, task or check_in_worker).run(files)


def check_one(checker, path: Path, display: str) -> FileReport:
    """checker.check_file, with an unexpected exception reported as the file's error."""
    try:
        return checker.check_file(path, display)
    except Exception as exc:  # noqa: BLE001 - a bug on one file must not end the run
        return FileReport(path=display, error=f"internal error while checking: {type(exc).__name__}: {exc}")


def init_worker(config: RunConfig) -> None:
    global _worker_checker, _worker_error
    from checker.engine import Checker
    try:
        _worker_checker = Checker(config)
    except Exception as exc:  # noqa: BLE001 - reported by the first task, in the parent
        _worker_error = str(exc) if isinstance(exc, ClaimcheckError) else f"{type(exc).__name__}: {exc}"


def check_in_worker(path: Path, display: str) -> FileReport:
    if _worker_error is not None:  # no file can be checked: the whole run stops with this error
        raise ClaimcheckError(_worker_error)
    return check_one(_worker_checker, path, display)


class _Pool:
    def __init__(self, config: RunConfig, jobs: int, task: Task) -> None:
        self.config, self.jobs, self.task = config, jobs, task

    def _start(self, workers: int) -> ProcessPoolExecutor:
        # spawn: workers start clean (no copy of the parent's threads or state) on every OS
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=init_worker, initargs=(self.config,))

    def run(self, files: Iterator[tuple[Path, str]]) -> Iterator[FileReport]:
        self.pool = self._start(self.jobs)
        window: deque[tuple[Future, Path, str]] = deque()
        try:
            for path, display in files:
                window.append((self.pool.submit(self.task, path, display), path, display))
                if len(window) >= self.jobs * IN_FLIGHT:
                    yield self._next(window)
            while window:
                yield self._next(window)
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def _next(self, window: deque[tuple[Future, Path, str]]) -> FileReport:
        future, path, display = window[0]
        try:
            report = future.result()
        except BrokenProcessPool:
            self._recover(window)
            report = window[0][0].result()
        window.popleft()
        return report

    def _recover(self, window: deque[tuple[Future, Path, str]]) -> None:
        """A worker died and took the pool's unfinished tasks with it. Check those files again
        one at a time, so that only the file that kills workers is reported, then go on with a
        new pool."""
        self.pool.shutdown(wait=True, cancel_futures=True)
        solo = None
        try:
            for i, (future, path, display) in enumerate(window):
                if future.done() and future.exception() is None:
                    continue
                solo = solo or self._start(1)
                try:
                    report = solo.submit(self.task, path, display).result()
                except BrokenProcessPool:
                    report = FileReport(path=display, error="the worker process died while checking this file")
                    solo.shutdown(wait=True, cancel_futures=True)
                    solo = None
                window[i] = (_done(report), path, display)
        finally:
            if solo is not None:
                solo.shutdown(wait=True, cancel_futures=True)
        self.pool = self._start(self.jobs)


def _done(report: FileReport) -> Future:
    future: Future = Future()
    future.set_result(report)
    return future
