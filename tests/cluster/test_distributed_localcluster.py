"""check_files_dask on a real Dask cluster: a LocalCluster with two worker processes gives the
same reports, in the same order, as one process, and each worker loads the pipeline once."""

from __future__ import annotations

import logging
from pathlib import Path
from types import MappingProxyType

import pytest

from checker.config import RunConfig
from checker.model import Severity

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                      silence_logs=logging.ERROR) as c:
        yield c


@pytest.fixture(scope="module")
def config() -> RunConfig:
    # not the defaults, so that the test also shows the configuration reaching the workers
    return RunConfig(show_verified=True, severity=MappingProxyType({"P6": Severity.WARNING}))


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> list[tuple[Path, str]]:
    articles = sorted((ROOT / "fixtures" / "audit").glob("*.md"))
    assert len(articles) >= 5
    extra = tmp_path_factory.mktemp("archive")
    (extra / "notes.txt").write_text("GAN stands for general adversarial network. GANs were introduced in 2014.\n",
                                     encoding="utf-8")
    (extra / "binary.md").write_bytes(b"\x00\x01\x02 not text")
    out = [(p, str(p.relative_to(ROOT))) for p in articles]
    out += [(extra / "notes.txt", "archive/notes.txt"), (extra / "binary.md", "archive/binary.md"),
            (extra / "missing.md", "archive/missing.md")]
    return out * 2  # more files than workers, each worker checks several


def test_same_reports_as_one_process(cluster, config, files):
    from distributed import Client

    from checker.distributed import check_files_dask, worker_stats
    from checker.engine import Checker

    checker = Checker(config)
    expected = [checker.check_file(path, shown) for path, shown in files]
    assert any(r.failed for r in expected) and sum(len(r.findings) for r in expected) > 20
    assert any(f.severity is Severity.INFO for r in expected for f in r.findings)  # show_verified reached
    assert any(f.fact == "P6" and f.severity is Severity.WARNING for r in expected for f in r.findings)

    with Client(cluster.scheduler_address, set_as_default=False) as client:
        before = client.run(worker_stats)
        got = list(check_files_dask(files, config, cluster.scheduler_address, window=3))
        after = client.run(worker_stats)
        plugins = client.run(lambda dask_worker: sorted(dask_worker.plugins))

    assert [r.path for r in got] == [shown for _, shown in files]
    assert got == expected
    assert len(after) == 2
    loaded = {w: after[w]["pipelines_loaded"] - before[w]["pipelines_loaded"] for w in after}
    assert set(loaded.values()) == {1}, loaded  # once per worker, not once per file
    assert sum(after[w]["files_checked"] - before[w]["files_checked"] for w in after) == len(files)
    assert all(not any(p.startswith("claimcheck-") for p in names) for names in plugins.values())  # cleaned up


def test_plain_paths_and_an_early_stop(cluster, files):
    from checker.distributed import check_files_dask

    paths = [str(path) for path, _ in files[:4]]
    reports = check_files_dask(paths, RunConfig(), cluster.scheduler_address)
    first = next(reports)
    assert first.path == paths[0] and first.findings
    reports.close()  # the consumer stops early: outstanding tasks are cancelled, the plugin removed
    from distributed import Client

    with Client(cluster.scheduler_address, set_as_default=False) as client:
        plugins = client.run(lambda dask_worker: sorted(dask_worker.plugins))
        tasks = client.run_on_scheduler(lambda dask_scheduler: [str(k) for k in dask_scheduler.tasks])
    assert all(not any(p.startswith("claimcheck-") for p in names) for names in plugins.values())
    assert not [k for k in tasks if k.startswith("claimcheck-")]
