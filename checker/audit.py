"""An audit: walked files -> cache lookups -> a checking backend for the misses -> reports.

Reports come out in the walk's order. Files are read here only to hash them for the cache;
the backend (worker processes, or a Dask cluster) reads them again where it runs. Misses are
handed to the backend lazily, so a run whose files are all cached never starts it (and never
loads the model).
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Callable, Iterable, Iterator

from checker.cache import Cache
from checker.document import decode, format_for, read_bytes
from checker.errors import InputError
from checker.model import FileReport
from checker.walk import Found

# Checks (path, display) pairs; each report carries the display it was given.
Backend = Callable[[Iterable[tuple[Path, str]]], Iterator[FileReport]]


class _Slot:
    """One found entry's place in the output."""

    __slots__ = ("display", "report", "key")

    def __init__(self, display: str, report: FileReport | None = None) -> None:
        self.display, self.report = display, report
        self.key: str | None = None


def audit(found: Iterable[Found], backend: Backend, cache: Cache | None = None) -> Iterator[FileReport]:
    """One report per found entry, in order: walk problems, cache hits and checked files."""
    order: deque[_Slot] = deque()
    waiting: dict[str, _Slot] = {}

    def misses() -> Iterator[tuple[Path, str]]:
        for item in found:
            if item.problem is not None:
                order.append(_Slot(item.display, FileReport(path=item.display, error=item.problem)))
                continue
            slot = _Slot(item.display)
            if cache is not None:
                _lookup(cache, item, slot)
            order.append(slot)
            if slot.report is None:
                waiting[item.display] = slot
                yield item.path, item.display

    for report in backend(misses()):
        # matched by path; a backend that names files otherwise is matched in order
        slot = waiting.pop(report.path, None) or waiting.pop(next(iter(waiting)))
        slot.report = report
        if cache is not None and slot.key is not None:
            cache.put(slot.key, report)
        while order and order[0].report is not None:
            yield order.popleft().report
    while order:  # the backend has taken every miss, so what is left was ready
        slot = order.popleft()
        yield slot.report or FileReport(path=slot.display, error="the checking backend returned no result")


def _lookup(cache: Cache, item: Found, slot: _Slot) -> None:
    """Key the file by its bytes and take its report from the cache. A file that cannot be
    read or decoded gets its error here: no worker needs to start for it."""
    try:
        data = read_bytes(item.path)
        decode(data, item.display)
    except InputError as exc:
        slot.report = FileReport(path=item.display, error=exc.problem)
        return
    slot.key = cache.key(data, format_for(item.display))  # the loader picks the format by the shown name
    slot.report = cache.get(slot.key, item.display)
