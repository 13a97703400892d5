"""The ordered, bounded streaming under check_files_dask, with a fake cluster (no Dask)."""

from __future__ import annotations

import random

import pytest

from checker.config import RunConfig
from checker.distributed import CheckerPlugin, InOrder, plugin_name
from checker.errors import ClaimcheckError
from checker.model import Severity


class FakeCluster:
    """Futures complete in an order picked by ``choose`` among those submitted so far."""

    def __init__(self, choose) -> None:
        self.choose = choose
        self.pending: list[int] = []
        self.max_pending = 0
        self.completed: list[int] = []

    # InOrder's callbacks
    def submit(self, index: int, item: str) -> int:
        assert item == f"file-{index}"
        self.pending.append(index)
        self.max_pending = max(self.max_pending, len(self.pending))
        return index

    def add(self, future: int) -> None:
        pass

    def __next__(self) -> int:
        done = self.choose(self.pending)
        self.pending.remove(done)
        self.completed.append(done)
        return done


@pytest.mark.parametrize("order", ["fifo", "lifo", "random"])
@pytest.mark.parametrize("window", [1, 3, 8])
def test_yields_in_input_order_with_a_bounded_window(order, window):
    rng = random.Random(7)
    choose = {"fifo": min, "lifo": max, "random": rng.choice}[order]
    cluster = FakeCluster(choose)
    held = []

    def result(index: int) -> str:
        return f"report-{index}"

    stream = InOrder(cluster.submit, result, key=lambda f: f, completions=cluster, window=window)
    out = []
    for report in stream.run(f"file-{i}" for i in range(25)):
        out.append(report)
        held.append(len(stream.outstanding))
    assert out == [f"report-{i}" for i in range(25)]
    assert cluster.max_pending <= window
    assert sorted(cluster.completed) == list(range(25))
    if order != "fifo" and window > 1:
        assert cluster.completed != sorted(cluster.completed)  # the reordering was exercised
    assert stream.pending() == []


def test_empty_input_submits_nothing():
    cluster = FakeCluster(min)
    assert list(InOrder(cluster.submit, str, key=lambda f: f, completions=cluster, window=4).run([])) == []
    with pytest.raises(ValueError):
        InOrder(cluster.submit, str, key=lambda f: f, completions=cluster, window=0)


def test_plugin_names_follow_the_configuration():
    a = plugin_name(RunConfig())
    assert a == plugin_name(RunConfig()) and a.startswith("claimcheck-")
    assert a != plugin_name(RunConfig(show_verified=True))
    assert a != plugin_name(RunConfig(severity={"T1": Severity.WARNING}))


def test_plugin_travels_without_its_pipeline_and_refuses_another_version():
    from distributed.protocol import pickle  # how the client sends a plugin to the workers

    plugin = CheckerPlugin(RunConfig(select=("T",), severity={"T1": Severity.WARNING}))
    plugin.checker = object()  # as if built: the pipeline must not be pickled with the plugin
    copy = pickle.loads(pickle.dumps(plugin))
    assert copy.checker is None and copy.config == plugin.config and copy.name == plugin.name
    with pytest.raises(ClaimcheckError, match="not set up"):
        copy.check("/nonexistent.md", "x.md")
    copy.version = "0.0.0-other"
    with pytest.raises(ClaimcheckError, match="the client 0.0.0-other"):
        copy.build()
