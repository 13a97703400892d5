"""A time budget for checking one document: ``with time_budget(30): ...`` raises
:class:`BudgetExceeded` in the checking code once 30 seconds have passed.

How the running code is interrupted (it may be a pure-Python loop that never returns):

- **On the main thread** (``claimcheck check``, ``audit -j 1``, and every worker process of the
  local pool, which runs its tasks on its main thread): ``signal.setitimer(ITIMER_REAL)`` and
  a SIGALRM handler that raises. Python runs signal handlers between bytecodes, so a Python
  loop stops at once, and a blocking call such as ``time.sleep`` is interrupted too.
- **Off the main thread** (a Dask worker runs tasks in a thread pool; a library user may check
  from a thread), where signals cannot be used: a timer thread raises the exception in the
  checking thread with CPython's ``PyThreadState_SetAsyncExc``. It is delivered at the next
  bytecode, so it also stops a Python loop, but not a long call into C.

Neither can stop code stuck inside one long C call; the worker pool and the Dask backend have
their own per-task timeout that replaces a stuck worker (checker/parallel.py,
checker/distributed.py), which covers that case.

``BudgetExceeded`` derives from ``BaseException`` so that an ``except Exception`` inside the
checking code cannot swallow it and go on looping.

Nothing here imports anything but the standard library.
"""

from __future__ import annotations

import ctypes
import os
import signal
import threading
import time
from contextlib import contextmanager
from typing import Iterator

# The test hook: ``CLAIMCHECK_TEST_HANG=MARKER`` makes every document whose text contains MARKER
# spin in a Python loop (which the budget stops); ``MARKER:stuck`` makes it block SIGALRM and
# sleep, which only the pool's or Dask's per-task timeout can end. Read here only.
TEST_HANG_ENV = "CLAIMCHECK_TEST_HANG"


class BudgetExceeded(BaseException):
    """The time budget of a document ran out."""

    def __init__(self, seconds: float = 0.0) -> None:  # raised by class in another thread: no argument
        self.seconds = seconds
        super().__init__(f"timed out after {seconds:g} s" if seconds else "timed out")


def timeout_message(seconds: float) -> str:
    """The error reported for a file that took longer than the budget."""
    return f"timed out after {seconds:g} s (--timeout); the file was not checked"


class _Budget:
    """The running budget; ``restart()`` starts a new budget for the next document."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.deadline = None if not seconds else time.monotonic() + seconds

    def restart(self) -> None:
        if self.seconds:
            self.deadline = time.monotonic() + self.seconds
            _rearm(self)


def _rearm(budget: _Budget) -> None:
    if threading.get_ident() == threading.main_thread().ident and hasattr(signal, "setitimer"):
        signal.setitimer(signal.ITIMER_REAL, max(budget.deadline - time.monotonic(), 1e-3))


@contextmanager
def time_budget(seconds: float | None) -> Iterator[_Budget]:
    """Raise BudgetExceeded in this block after ``seconds`` (None or 0: no budget)."""
    budget = _Budget(seconds)
    if not seconds:
        yield budget
        return
    if threading.get_ident() == threading.main_thread().ident and hasattr(signal, "setitimer"):
        with _alarm(budget):
            yield budget
    else:
        with _async_exception(budget):
            yield budget


@contextmanager
def _alarm(budget: _Budget) -> Iterator[None]:
    active = [True]

    def on_alarm(signum, frame) -> None:  # noqa: ARG001
        if active[0]:
            raise BudgetExceeded(budget.seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    started = time.monotonic()
    previous_timer = signal.setitimer(signal.ITIMER_REAL, budget.seconds)
    try:
        yield
    finally:
        active[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if previous_timer[0]:  # a timer set outside keeps running, less the time spent here
            left = previous_timer[0] - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3), previous_timer[1])


@contextmanager
def _async_exception(budget: _Budget) -> Iterator[None]:
    target = threading.get_ident()
    state = {"active": True, "fired": False}
    guard = threading.Lock()
    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(0.05):
            if time.monotonic() < budget.deadline:
                continue
            with guard:
                if state["active"]:
                    state["fired"] = True
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target),
                                                               ctypes.py_object(BudgetExceeded))
            return

    watcher = threading.Thread(target=watch, name="claimcheck-budget", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        with guard:
            state["active"] = False
            if state["fired"]:  # raised too late to matter: do not let it escape this block
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), None)
        stop.set()


def hang_if_asked(source: str) -> None:
    """Hang on purpose when the test hook names this document (see TEST_HANG_ENV)."""
    spec = os.environ.get(TEST_HANG_ENV)
    if not spec:
        return
    marker, _, mode = spec.partition(":")
    if not marker or marker not in source:
        return
    if mode == "stuck":
        if hasattr(signal, "pthread_sigmask"):
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(3600)
    while True:  # a pure-Python loop, like the token-identity hang of issue 9
        time.sleep(0.01)
