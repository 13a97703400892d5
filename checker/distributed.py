"""Check files on a Dask distributed cluster: ``check_files_dask(files, config, scheduler)``.

The same check as one process runs, spread over the workers of a cluster:

- each worker builds the pipeline once: a worker plugin (:class:`CheckerPlugin`) builds a
  :class:`checker.engine.Checker` when it is registered, and on any worker that joins later;
  every task on that worker reuses it;
- files are read where they are: tasks carry absolute paths, not contents, so the workers must
  see the archive at the same path as the client (a shared or identically laid-out filesystem);
- results stream back as they complete, but are yielded in the input order, and at most
  ``window`` files are submitted and not yet yielded at any time, so the client's memory stays
  flat however long the archive is;
- a stuck worker is replaced: each file has its time budget on the worker (``config.timeout``,
  checker/budget.py), and as a backstop the client gives the oldest unfinished file
  ``config.timeout + GRACE`` seconds from the moment it is next in line; past that, the file is
  reported as timed out, its task cancelled and the worker running it restarted;
- a scheduler that cannot be reached within ``connect_timeout`` seconds is a one-line
  ClaimcheckError.

Needs the ``cluster`` extra (``pip install 'claimcheck[cluster]'``). The workers need
claimcheck installed in the same version, with its spaCy model.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import os
import threading
import time
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Callable, Generic, Hashable, Iterable, Iterator, Protocol, TypeVar

from checker import __version__
from checker.config import RunConfig
from checker.errors import ClaimcheckError
from checker.model import FileReport

from checker.budget import timeout_message

try:
    from distributed import Client, WorkerPlugin, get_worker
except ImportError as exc:  # pragma: no cover - exercised only without the extra installed
    raise ClaimcheckError("running on a Dask cluster needs the 'cluster' extra: "
                          "pip install 'claimcheck[cluster]'") from exc

GRACE = 30.0            # seconds a file may take beyond its budget before its worker is restarted
CONNECT_TIMEOUT = 5.0   # seconds to reach the scheduler (--scheduler-timeout)

# What this process has done as a worker; read by worker_stats() (diagnostics and tests).
_STATS = {"pipelines_loaded": 0, "files_checked": 0}
_STATS_LOCK = threading.Lock()


def worker_stats() -> dict[str, int]:
    """How many pipelines this process built and how many files it checked as a Dask worker."""
    with _STATS_LOCK:
        return dict(_STATS)


def _count(key: str) -> None:
    with _STATS_LOCK:
        _STATS[key] += 1


def plugin_name(config: RunConfig) -> str:
    """One plugin per claimcheck version and configuration, so runs with different settings
    on one cluster each get their own pipeline."""
    canonical = replace(config, severity=dict(sorted(config.severity.items())))  # dict or mappingproxy alike
    digest = hashlib.sha256(f"{__version__}\n{canonical!r}".encode("utf-8")).hexdigest()[:16]
    return f"claimcheck-{digest}"


class CheckerPlugin(WorkerPlugin):
    """Builds the Checker once per worker and serialises its use (spaCy pipelines are not
    shared across threads); run workers with ``--nthreads 1`` and as many processes as cores."""

    def __init__(self, config: RunConfig) -> None:
        self.config = config
        self.version = __version__
        self.name = plugin_name(config)
        self.checker = None
        self._lock: threading.Lock | None = None

    def __getstate__(self) -> dict:
        return {"config": self.config, "version": self.version, "name": self.name}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["config"])
        self.version = state["version"]

    def build(self) -> None:
        """Load the fact base and the spaCy pipeline (blocking; a second or two)."""
        if self.version != __version__:
            raise ClaimcheckError(f"this worker has claimcheck {__version__}, the client {self.version}: "
                                  "install the same version on the client and every worker")
        from checker.engine import Checker

        self._lock = threading.Lock()
        self.checker = Checker(self.config)
        _count("pipelines_loaded")

    async def setup(self, worker) -> None:
        # off the worker's event loop, so that it keeps answering the scheduler while loading
        await asyncio.get_running_loop().run_in_executor(None, self.build)

    def teardown(self, worker) -> None:
        self.checker = None

    def check(self, path: str, display: str) -> FileReport:
        if self.checker is None or self._lock is None:
            raise ClaimcheckError(f"worker plugin {self.name} was not set up on this worker")
        from checker.parallel import internal_error

        with self._lock:
            try:
                report = self.checker.check_file(Path(path), display)
            except Exception as exc:  # noqa: BLE001 - a bug on one file must not end the run
                report = internal_error(display, exc)
        _count("files_checked")
        return report


def check_on_worker(path: str, display: str, name: str) -> FileReport:
    """The task: check one file with the pipeline this worker already holds."""
    return get_worker().plugins[name].check(path, display)


def _jobs(files: Iterable) -> Iterator[tuple[str, str]]:
    """(absolute path to read, path to report) for each input: a path, or a (path, display) pair."""
    for item in files:
        path, display = (item if isinstance(item, tuple) else (item, os.fspath(item)))
        yield os.path.abspath(os.fspath(path)), str(display)


# --------------------------------------------------------------------------- ordered streaming

F = TypeVar("F")
R = TypeVar("R")
T = TypeVar("T")


class Completions(Protocol[F]):
    """What ``distributed.as_completed`` offers: add a future, take the next one that is done."""

    def add(self, future: F) -> None: ...

    def __next__(self) -> F: ...


class InOrder(Generic[T, F, R]):
    """Submit items as a window slides over them and yield results in input order.

    At most ``window`` items are submitted and not yet yielded, whatever order they complete
    in, so the futures in flight and the results held back for ordering are both bounded.
    """

    def __init__(self, submit: Callable[[int, T], F], result: Callable[[F], R], key: Callable[[F], Hashable],
                 completions: Completions[F], window: int) -> None:
        if window < 1:
            raise ValueError(f"window must be at least 1, not {window}")
        self.submit, self.result, self.key, self.completions, self.window = submit, result, key, completions, window
        self.outstanding: dict[Hashable, tuple[int, F]] = {}

    def run(self, items: Iterable[T]) -> Iterator[R]:
        source = enumerate(items)
        ready: dict[int, R] = {}
        submitted = yielded = 0
        exhausted = False
        while True:
            while not exhausted and submitted - yielded < self.window:
                nxt = next(source, None)
                if nxt is None:
                    exhausted = True
                    break
                future = self.submit(*nxt)
                self.outstanding[self.key(future)] = (nxt[0], future)
                self.completions.add(future)
                submitted += 1
            if yielded == submitted:
                return
            done = next(self.completions)
            index, future = self.outstanding.pop(self.key(done))
            ready[index] = self.result(future)
            while yielded in ready:
                yield ready.pop(yielded)
                yielded += 1

    def pending(self) -> list[F]:
        return [f for _, f in self.outstanding.values()]


class Watchdog:
    """Completions for InOrder that also expire a stuck task: the oldest outstanding future
    gets ``limit`` seconds from the moment it becomes the oldest (it is then running, or next
    to run: tasks are prioritised in input order). ``expire(future)`` is called on one that
    runs over, and the future is then handed on as if it were done."""

    def __init__(self, limit: float | None, expire: Callable[[object], None]) -> None:
        self.limit, self.expire = limit, expire
        self.futures: list = []
        self.oldest: tuple[str, float] | None = None  # (key, since when it is the oldest)
        self.changed = threading.Event()

    def add(self, future) -> None:
        self.futures.append(future)
        future.add_done_callback(lambda _f: self.changed.set())

    def __next__(self):
        while True:
            self.changed.clear()
            for future in self.futures:
                if future.done():
                    self.futures.remove(future)
                    return future
            if not self.futures:
                raise StopIteration
            head = self.futures[0]
            if self.oldest is None or self.oldest[0] != head.key:
                self.oldest = (head.key, time.monotonic())
            remaining = None if self.limit is None else self.limit - (time.monotonic() - self.oldest[1])
            if remaining is not None and remaining <= 0:
                self.futures.pop(0)
                self.expire(head)
                return head
            self.changed.wait(remaining)


def connect(scheduler: str, timeout: float = CONNECT_TIMEOUT) -> Client:
    """A client of the scheduler at ``scheduler``; a one-line ClaimcheckError when it cannot be
    reached within ``timeout`` seconds."""
    try:
        return Client(scheduler, set_as_default=False, timeout=timeout)
    except Exception as exc:  # noqa: BLE001 - OSError, TimeoutError, ValueError for a bad address
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise ClaimcheckError(f"{scheduler}: cannot reach the Dask scheduler within {timeout:g} s "
                              f"(--scheduler-timeout): {reason}") from None


# --------------------------------------------------------------------------- the entry point


def check_files_dask(files: Iterable, config: RunConfig, scheduler: str, *,
                     window: int | None = None, connect_timeout: float = CONNECT_TIMEOUT) -> Iterator[FileReport]:
    """Check ``files`` on the Dask cluster at ``scheduler`` (e.g. ``tcp://10.0.0.5:8786``) and
    yield one FileReport per file, in input order.

    ``files``: paths, or (path, display) pairs where ``display`` is the name to report. Paths
    are made absolute on the client and read by the workers. ``window``: how many files may be
    in flight or waiting to be yielded (default: four per worker thread, at least 8).

    A file that cannot be read is a FileReport with an error, as in one process; an unexpected
    exception while checking a file is that file's internal error (the other files go on); any
    other exception in a worker is raised here, after the remaining tasks are cancelled. A file
    that runs over its budget and GRACE is reported as timed out and its worker restarted.
    """
    with connect(scheduler, connect_timeout) as client:
        plugin = CheckerPlugin(config)
        client.register_plugin(plugin, name=plugin.name)  # raises here if a worker cannot build it
        run_id = uuid.uuid4().hex[:12]
        if window is None:
            window = max(8, 4 * sum(client.nthreads().values()))
        counter = itertools.count()
        shown: dict[str, str] = {}   # task key -> the file's display name
        expired: dict[str, str] = {}  # task key -> why it was given up

        def submit(index: int, job: tuple[str, str]):
            path, display = job
            future = client.submit(check_on_worker, path, display, plugin.name, pure=False, priority=-index,
                                   key=f"claimcheck-{run_id}-{next(counter)}")
            shown[future.key] = display
            return future

        def result(future) -> FileReport:
            display = shown.pop(future.key)
            if future.key in expired:
                return FileReport(path=display, error=expired.pop(future.key), internal=True)
            report = future.result()
            future.release()
            return report

        def expire(future) -> None:
            expired[future.key] = (f"{timeout_message(config.timeout or 0)}; its worker was restarted")
            running_on = [w for w, keys in client.processing().items() if future.key in keys]
            future.cancel()
            if running_on:
                try:
                    client.restart_workers(running_on)
                except Exception:  # noqa: BLE001 - a worker without a nanny cannot restart; it is retired
                    client.retire_workers(running_on)

        limit = None if not config.timeout else config.timeout + GRACE
        stream = InOrder(submit, result, key=lambda f: f.key, completions=Watchdog(limit, expire), window=window)
        try:
            yield from stream.run(_jobs(files))
        finally:
            pending = stream.pending()
            if pending:
                client.cancel(pending)
            try:
                client.unregister_worker_plugin(plugin.name)
            except Exception:  # noqa: BLE001 - a worker that died meanwhile must not hide the real error
                pass
