"""The per-document time budget (issue 9 §1): a document that hangs is reported as failed, by
name, in one line, and every other file's findings are kept. The hang comes from the test hook
(CLAIMCHECK_TEST_HANG, read in checker/budget.py): MARKER spins in a Python loop, which the
budget stops; MARKER:stuck blocks SIGALRM and sleeps, which only the worker pool's or Dask's
per-task timeout can end."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.budget import TEST_HANG_ENV, BudgetExceeded, time_budget
from checker.cli import main
from checker.config import RunConfig

MARKER = "HANG-ON-PURPOSE"
WRONG = "GAN stands for general adversarial network.\n"


def _spin() -> None:
    while True:
        time.sleep(0.001)


def test_budget_stops_a_python_loop_on_the_main_thread():
    start = time.monotonic()
    with pytest.raises(BudgetExceeded):
        with time_budget(0.2):
            _spin()
    assert time.monotonic() - start < 5


def test_budget_stops_a_python_loop_off_the_main_thread():
    outcome = []

    def work() -> None:
        try:
            with time_budget(0.2):
                _spin()
        except BudgetExceeded:
            outcome.append("stopped")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert outcome == ["stopped"] and not thread.is_alive()


def test_budget_that_is_not_used_up_leaves_nothing_behind():
    with time_budget(0.3) as budget:
        budget.restart()
    time.sleep(0.5)  # an alarm left armed would raise here
    with time_budget(None):
        pass


@pytest.fixture
def archive(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "posts"
    root.mkdir()
    (root / "a.md").write_text(WRONG)
    (root / "b-hangs.md").write_text(f"# {MARKER}\n\n{WRONG}")
    (root / "c.md").write_text(WRONG)
    return root


def _findings_by_file(stdout: str) -> dict[str, tuple]:
    return {Path(f["path"]).name: (f["error"], tuple(x["rule"] for x in f["findings"]))
            for f in json.loads(stdout)["files"]}


@pytest.mark.slow
@pytest.mark.parametrize("command", [["check"], ["audit", "-j", "1", "--no-cache"]])
def test_a_hanging_document_fails_alone(archive, monkeypatch, command):
    monkeypatch.setenv(TEST_HANG_ENV, MARKER)
    start = time.monotonic()
    result = CliRunner().invoke(main, [*command, str(archive), "--format", "json", "--timeout", "1"])
    assert time.monotonic() - start < 30
    assert result.exit_code == 3, result.output
    assert _findings_by_file(result.stdout) == {
        "a.md": (None, ("N2",)),
        "b-hangs.md": ("timed out after 1 s (--timeout); the file was not checked", ()),
        "c.md": (None, ("N2",))}
    assert result.stderr == (f"claimcheck: {archive / 'b-hangs.md'}: timed out after 1 s (--timeout); "
                             "the file was not checked\n")


@pytest.mark.slow
def test_audit_in_worker_processes_reports_the_hanging_file(archive, monkeypatch):
    monkeypatch.setenv(TEST_HANG_ENV, MARKER)  # spawn workers inherit it
    result = CliRunner().invoke(main, ["audit", "-j", "2", "--no-cache", str(archive), "--format", "json",
                                       "--timeout", "1"])
    assert result.exit_code == 3, result.output
    found = _findings_by_file(result.stdout)
    assert found["b-hangs.md"][0].startswith("timed out after 1 s")
    assert found["a.md"] == found["c.md"] == (None, ("N2",))


@pytest.mark.slow
def test_the_pool_replaces_a_worker_the_budget_cannot_stop(archive, monkeypatch):
    """MARKER:stuck blocks SIGALRM: only the pool's task timeout ends it (budget + GRACE)."""
    import checker.parallel as parallel

    monkeypatch.setenv(TEST_HANG_ENV, f"{MARKER}:stuck")
    monkeypatch.setattr(parallel, "GRACE", 8.0)
    files = [(p, p.name) for p in sorted(archive.glob("*.md"))]
    start = time.monotonic()
    reports = list(parallel.check_files(files, RunConfig(timeout=1.0), jobs=2))
    assert time.monotonic() - start < 120
    by_name = {r.path: r for r in reports}
    assert [r.path for r in reports] == ["a.md", "b-hangs.md", "c.md"]
    assert by_name["b-hangs.md"].internal
    assert by_name["b-hangs.md"].error == ("the worker did not finish this file within 9 s; "
                                           "it was stopped and replaced")
    assert [f.rule for f in by_name["a.md"].findings] == [f.rule for f in by_name["c.md"].findings] == ["N2"]


@pytest.mark.slow
def test_dask_restarts_a_stuck_worker(archive, monkeypatch):
    import logging

    from distributed import LocalCluster

    import checker.distributed as dask_backend

    monkeypatch.setenv(TEST_HANG_ENV, f"{MARKER}:stuck")  # before the cluster starts: its workers inherit it
    monkeypatch.setattr(dask_backend, "GRACE", 6.0)
    files = [(p, p.name) for p in sorted(archive.glob("*.md"))]
    with LocalCluster(n_workers=1, processes=True, threads_per_worker=1, dashboard_address=None,
                      silence_logs=logging.CRITICAL) as cluster:
        reports = list(dask_backend.check_files_dask(files, RunConfig(timeout=1.0), cluster.scheduler_address))
    assert [r.path for r in reports] == ["a.md", "b-hangs.md", "c.md"]
    assert reports[1].internal and reports[1].error == ("timed out after 1 s (--timeout); the file was not "
                                                         "checked; its worker was restarted")
    assert [f.rule for f in reports[0].findings] == [f.rule for f in reports[2].findings] == ["N2"]


def test_a_bug_on_one_file_on_dask_is_that_files_internal_error(tmp_path, monkeypatch):
    """The worker plugin turns an exception on one file into its report (exit 3), as the
    local pool does, instead of ending the whole audit."""
    from checker.distributed import CheckerPlugin

    class Broken:
        def check_file(self, path, display):
            raise KeyError("hundred")

    plugin = CheckerPlugin(RunConfig())
    plugin.checker, plugin._lock = Broken(), threading.Lock()
    report = plugin.check(str(tmp_path / "x.md"), "x.md")
    assert report.internal and report.error == "internal error while checking: KeyError: 'hundred'"
    assert "Traceback" in report.detail


def test_an_outer_timer_keeps_running_across_a_budget():
    import signal

    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(True))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.5)
        with time_budget(5):
            time.sleep(0.2)
        assert 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 0.31
        time.sleep(0.5)
        assert fired == [True]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
