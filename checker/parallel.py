"""Check many files in worker processes; reports stream back in input order.

Each worker builds one Checker (fact base + spaCy pipeline) in its initializer and then checks
batch after batch of ``BATCH`` files (one spaCy stream per batch: see
engine.check_documents). A task is a list of paths, never the files' contents; a result
is their FileReports. At most ``IN_FLIGHT`` batches per worker are submitted ahead of the
oldest unfinished one, so memory stays flat however long the archive is, and results come
back in the order the files went in. ``jobs=1`` checks in this process, in the same batches.
Nothing is loaded before the first file arrives, so a run whose files all come from the
cache never loads the model.

One bad file never costs the others' results: an exception while checking a batch makes
its files be checked one by one, so that only the bad file gets the error; when a worker
dies (killed, out of memory) the files the pool lost are checked again one at a time, so
only the file that kills workers is reported. A worker that cannot build its Checker (a
broken fact base, no model) stops the run with that error. A worker whose parent dies (even
by SIGKILL, which no handler sees) notices within PARENT_POLL seconds and exits.

A stuck worker is replaced: each document has a time budget inside the worker
(``config.timeout``, see checker/budget.py), and as a backstop for what that cannot interrupt
(a long call into C) each task has a timeout here, its files' budgets plus ``GRACE`` seconds.
When a task runs over, the pool's workers are stopped, the unfinished batches are checked again
file by file in a fresh worker, and a file that runs over on its own is reported as timed out.
Workers ignore Ctrl-C: the parent stops them.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import threading
import time
import traceback
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable, Iterable, Iterator

from checker.config import RunConfig
from checker.errors import ClaimcheckError
from checker.model import FileReport

BATCH = 8      # files per task
IN_FLIGHT = 2  # batches per worker submitted ahead of the oldest unfinished one
PARENT_POLL = 0.5  # seconds between a worker's checks that its parent is alive
GRACE = 60.0   # seconds a task may take beyond its files' time budgets (worker start-up, model load)
Batch = list[tuple[Path, str]]
Task = Callable[[Batch], list[FileReport]]

_worker_checker = None  # the Checker of this worker process
_worker_error: str | None = None  # why it could not be built


def check_files(files: Iterable[tuple[Path, str]], config: RunConfig, jobs: int, *,
                task: Task | None = None) -> Iterator[FileReport]:
    """Reports for ``(path, display)`` pairs, in input order. ``task`` replaces the work on a
    batch in worker processes (a module-level function; tests use it to kill a worker)."""
    batches = _batches(files)
    first = next(batches, None)
    if first is None:
        return
    batches = itertools.chain([first], batches)
    if jobs <= 1:
        from checker.engine import Checker
        checker = Checker(config)
        for batch in batches:
            yield from check_batch(checker, batch)
        return
    yield from _Pool(config, jobs, task or check_in_worker).run(batches)


def _batches(files: Iterable[tuple[Path, str]]) -> Iterator[Batch]:
    files = iter(files)
    while batch := list(itertools.islice(files, BATCH)):
        yield batch


def check_batch(checker, batch: Batch) -> list[FileReport]:
    """checker.check_files; if it raises, the files one by one, so only the bad one fails."""
    try:
        return checker.check_files(batch)
    except Exception:  # noqa: BLE001 - a bug on one file must not cost the others
        return [check_one(checker, path, display) for path, display in batch]


def check_one(checker, path: Path, display: str) -> FileReport:
    """checker.check_file, with an unexpected exception reported as the file's error."""
    try:
        return checker.check_file(path, display)
    except Exception as exc:  # noqa: BLE001 - a bug on one file must not end the run
        return internal_error(display, exc)


def internal_error(display: str, exc: BaseException) -> FileReport:
    """The report of a file whose check raised: one line, with the traceback kept for --debug."""
    reason = " ".join(str(exc).split())  # one line, however the exception spells it
    return FileReport(path=display, error=f"internal error while checking: {type(exc).__name__}: {reason}", internal=True,
                      detail="".join(traceback.format_exception(exc)))


def init_worker(config: RunConfig, parent: int | None = None) -> None:
    global _worker_checker, _worker_error
    if parent is not None:
        watch_parent(parent)
    from checker.engine import Checker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the parent, which stops the workers
    try:
        _worker_checker = Checker(config)
    except Exception as exc:  # noqa: BLE001 - reported by the first task, in the parent
        _worker_error = str(exc) if isinstance(exc, ClaimcheckError) else f"{type(exc).__name__}: {exc}"


def watch_parent(parent: int, interval: float = PARENT_POLL) -> threading.Thread:
    """A daemon thread that ends this worker when ``parent`` is gone (killed with SIGKILL, say:
    then nothing tells the pool's workers, which would live on holding a model each). A dead
    parent's children are re-parented, so ``os.getppid()`` stops being ``parent``."""
    def watch() -> None:
        while True:
            if os.getppid() != parent:
                os._exit(1)
            time.sleep(interval)

    thread = threading.Thread(target=watch, name="claimcheck-parent-watchdog", daemon=True)
    thread.start()
    return thread


def check_in_worker(batch: Batch) -> list[FileReport]:
    if _worker_error is not None:  # no file can be checked: the whole run stops with this error
        raise ClaimcheckError(_worker_error)
    return check_batch(_worker_checker, batch)


class _Pool:
    def __init__(self, config: RunConfig, jobs: int, task: Task) -> None:
        self.config, self.jobs, self.task = config, jobs, task

    def _start(self, workers: int) -> ProcessPoolExecutor:
        # spawn: workers start clean (no copy of the parent's threads or state) on every OS
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=init_worker, initargs=(self.config, os.getpid()))

    def limit(self, batch: Batch) -> float | None:
        """How long the parent waits for a task: its files' budgets plus GRACE (None: forever)."""
        return None if not self.config.timeout else self.config.timeout * len(batch) + GRACE

    def run(self, batches: Iterator[Batch]) -> Iterator[FileReport]:
        self.pool = self._start(self.jobs)
        window: deque[tuple[Future, Batch]] = deque()
        finished = False
        try:
            for batch in batches:
                window.append((self.pool.submit(self.task, batch), batch))
                if len(window) >= self.jobs * IN_FLIGHT:
                    yield from self._next(window)
            while window:
                yield from self._next(window)
            finished = True
        finally:
            if finished:
                self.pool.shutdown(wait=True, cancel_futures=True)
            else:  # Ctrl-C, an error, or the consumer stopped: do not wait for the workers
                _stop(self.pool)

    def _next(self, window: deque[tuple[Future, Batch]]) -> list[FileReport]:
        future, batch = window[0]
        try:
            reports = future.result(timeout=self.limit(batch))
        except (BrokenProcessPool, FutureTimeout):
            _stop(self.pool)  # a stuck worker: stop them all; the unfinished batches are redone below
            self._recover(window)
            reports = window[0][0].result()
        window.popleft()
        return reports

    def _recover(self, window: deque[tuple[Future, Batch]]) -> None:
        """A worker died and took the pool's unfinished tasks with it. Check their files again
        one at a time, so that only a file that kills workers is reported, then go on with a
        new pool."""
        self.pool.shutdown(wait=True, cancel_futures=True)
        solo = None
        try:
            for i, (future, batch) in enumerate(window):
                if future.done() and future.exception() is None:
                    continue
                reports = []
                for path, display in batch:
                    solo = solo or self._start(1)
                    limit = self.limit([(path, display)])
                    try:
                        reports += solo.submit(self.task, [(path, display)]).result(timeout=limit)
                    except BrokenProcessPool:
                        reports.append(FileReport(path=display, error="the worker process died while checking this file",
                                                  internal=True))
                        _stop(solo)
                        solo = None
                    except FutureTimeout:
                        reports.append(FileReport(path=display, internal=True,
                                                  error=f"the worker did not finish this file within {limit:g} s; "
                                                        "it was stopped and replaced"))
                        _stop(solo)
                        solo = None
                window[i] = (_done(reports), batch)
        finally:
            if solo is not None:
                solo.shutdown(wait=True, cancel_futures=True)
        self.pool = self._start(self.jobs)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now: kill its worker processes (a stuck one never returns) and shut it down."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def _done(reports: list[FileReport]) -> Future:
    future: Future = Future()
    future.set_result(reports)
    return future
