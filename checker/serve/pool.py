"""A small pool of engine worker processes, each with the fact base and the spaCy model loaded
once. A check goes to an idle worker over a pipe; a check that runs past its time limit gets
its worker killed and replaced (the pool stays usable), and the caller gets EngineTimeout.

Blocking and thread-safe: the HTTP app calls ``check`` from worker threads, one per request.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from checker.errors import ClaimcheckError


class EngineBusy(ClaimcheckError):
    """No worker became free within the time limit."""


class EngineTimeout(ClaimcheckError):
    """The check ran past the time limit; its worker was replaced."""


class EngineFailed(ClaimcheckError):
    """A worker died or could not start."""


@dataclass(frozen=True, kw_only=True)
class Job:
    text: str
    filename: str
    fmt: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    edits: bool = False


@dataclass(frozen=True, kw_only=True)
class EngineInfo:
    model: str
    digest: str


def _worker_main(conn: Any, model: str | None, extra_rules: tuple[str, ...]) -> None:
    """A worker process: load once, then answer jobs until the pipe closes."""
    from checker.api import Checker
    from checker.serve.results import report_dict

    try:
        checker = Checker(model=model, extra_rules=extra_rules)
    except ClaimcheckError as exc:
        conn.send(("failed", str(exc)))
        return
    conn.send(("ready", EngineInfo(model=checker.model, digest=checker.digest)))
    while True:
        try:
            job: Job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            report = checker.check_text(job.text, job.filename, format=job.fmt, **job.options)
            conn.send(("ok", report_dict(report, job.text, job.edits)))
        except ClaimcheckError as exc:
            conn.send(("bad", str(exc)))


class _Worker:
    def __init__(self, ctx: Any, model: str | None, extra_rules: tuple[str, ...]) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, model, extra_rules), daemon=True,
                                   name="claimcheck-engine")
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> EngineInfo:
        if not self.conn.poll(timeout):
            self.kill()
            raise EngineFailed(f"an engine worker did not load within {timeout:.0f} s")
        try:
            kind, value = self.conn.recv()
        except (EOFError, OSError):
            raise EngineFailed("an engine worker exited while loading the model") from None
        if kind != "ready":
            raise EngineFailed(f"an engine worker could not start: {value}")
        return value

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class EnginePool:
    """``workers`` engine processes. ``start()`` blocks until every worker has loaded."""

    def __init__(self, workers: int = 1, *, model: str | None = None, extra_rules: tuple[str, ...] = (),
                 start_timeout: float = 120.0) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.size = workers
        self.model, self.extra_rules = model, tuple(extra_rules)
        self.start_timeout = start_timeout
        self.info: EngineInfo | None = None
        self._ctx = multiprocessing.get_context("spawn")  # no fork of a threaded server process
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.replaced = 0  # workers killed for running past the time limit, or dead

    def start(self) -> "EnginePool":
        started = [self._spawn() for _ in range(self.size)]
        for worker in started:
            self.info = worker.wait_ready(self.start_timeout)
            self._idle.put(worker)
        return self

    def _spawn(self) -> _Worker:
        worker = _Worker(self._ctx, self.model, self.extra_rules)
        with self._lock:
            self._all.add(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        """Kill a worker and start its replacement in the background."""
        worker.kill()
        with self._lock:
            self._all.discard(worker)
            self.replaced += 1
            if self._closed:
                return
        threading.Thread(target=self._replace, daemon=True, name="claimcheck-respawn").start()

    def _replace(self) -> None:
        while not self._closed:
            worker = self._spawn()
            try:
                worker.wait_ready(self.start_timeout)
            except EngineFailed:
                with self._lock:
                    self._all.discard(worker)
                time.sleep(1.0)
                continue
            self._idle.put(worker)
            return

    def check(self, job: Job, time_limit: float) -> dict:
        """The report of one check (``serve.results.report_dict``). Raises EngineBusy,
        EngineTimeout, EngineFailed, or ClaimcheckError for bad options."""
        deadline = time.monotonic() + time_limit
        try:
            worker = self._idle.get(timeout=time_limit)
        except queue.Empty:
            raise EngineBusy(f"every engine worker stayed busy for the time limit ({time_limit:g} s); "
                             "try again, or start the server with more --workers") from None
        try:
            worker.conn.send(job)
            ready = worker.conn.poll(max(0.0, deadline - time.monotonic()))
            if not ready:
                self._retire(worker)
                raise EngineTimeout(f"the check ran past the time limit ({time_limit:g} s) and was stopped; "
                                    "send a shorter document or raise --time-limit")
            kind, value = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._retire(worker)
            raise EngineFailed("the engine worker stopped unexpectedly; it is being restarted") from None
        self._idle.put(worker)
        if kind == "bad":
            raise ClaimcheckError(value)
        return value

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()
