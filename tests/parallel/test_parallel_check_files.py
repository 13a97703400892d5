"""Worker processes: same reports as one process, in input order, bounded read-ahead, and one
bad file (an exception, a dying worker) never costs the others' results."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from checker import parallel
from checker.config import RunConfig
from checker.errors import ClaimcheckError
from checker.model import FileReport
from checker.parallel import BATCH, IN_FLIGHT, check_batch, check_files, check_one

ROOT = Path(__file__).resolve().parent.parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def kill_on_crash_file(batch: list[tuple[Path, str]]) -> list[FileReport]:
    """A task for the worker: dies on a batch with a file named crash*, checks the others."""
    if any(path.name.startswith("crash") for path, _ in batch):
        os._exit(3)
    return parallel.check_in_worker(batch)


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> list[tuple[Path, str]]:
    root = tmp_path_factory.mktemp("archive")
    shutil.copy(ROOT / "tests" / "data" / "html" / "boilerplate_page.html", root / "page.html")
    texts = {
        "a.md": "# GANs\n\nGAN stands for general adversarial network.\n",
        "b.md": "Nothing about models here, only gardening and tomatoes.\n",
        "c.txt": "Generative AI is a type of LLM.\n\nLLMs are a kind of generative AI.\n",
        "d.md": "Stable Diffusion is an LLM.\n",
        "e.md": "\n".join(f"Paragraph {i} is about bread.\n" for i in range(40)) + "\nGPT stands for general purpose transformer.\n",
        "f.md": "A plain note.\n",
    }
    for name, text in texts.items():
        (root / name).write_text(text)
    (root / "bad.md").write_bytes(b"\xff\xfe\x00binary")
    names = ["a.md", "page.html", "b.md", "bad.md", "c.txt", "missing.md", "d.md", "e.md", "f.md"]
    files = [(root / n, n) for n in names]
    for seed in sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else ():
        files.append((seed, seed.name))
    return files


@pytest.mark.slow
def test_two_workers_equal_one_process_in_input_order(archive):
    pulled = []

    def feed():
        for item in archive:
            pulled.append(item)
            yield item

    reports = check_files(feed(), RunConfig(), jobs=2)
    first = next(reports)
    assert len(pulled) <= (2 * IN_FLIGHT + 1) * BATCH  # read-ahead is bounded
    parallel_reports = [first, *reports]
    serial = list(check_files(archive, RunConfig(), jobs=1))
    assert [r.path for r in parallel_reports] == [d for _, d in archive]
    assert parallel_reports == serial
    assert any(r.findings for r in serial)  # the comparison covers real findings
    assert {r.path for r in serial if r.error} == {"bad.md", "missing.md"}


@pytest.mark.slow
def test_a_dying_worker_costs_only_its_file(archive, tmp_path):
    crash = tmp_path / "crash.md"
    crash.write_text("GAN stands for general adversarial network.\n")
    files = archive[:3] + [(crash, "crash.md")] + archive[3:6]
    reports = list(check_files(files, RunConfig(), jobs=2, task=kill_on_crash_file))
    assert [r.path for r in reports] == [d for _, d in files]
    by_path = {r.path: r for r in reports}
    assert by_path["crash.md"].error == "the worker process died while checking this file"
    expected = {r.path: r for r in check_files(archive[:6], RunConfig(), jobs=1)}
    for path, report in expected.items():
        assert by_path[path] == report


def test_setup_error_in_workers_stops_the_run(tmp_path):
    config = RunConfig(rules_dir=str(tmp_path / "no-rules"))
    (tmp_path / "a.md").write_text("GAN stands for general adversarial network.\n")
    with pytest.raises(ClaimcheckError, match="no-rules"):
        list(check_files([(tmp_path / "a.md", "a.md")], config, jobs=2))


class _BrokenOnX:
    """A checker that fails on x.md, and on any batch that holds it."""

    def check_file(self, path, display):
        if display == "x.md":
            raise IndexError("list index\n  out of range")
        return FileReport(path=display, words=1)

    def check_files(self, batch):
        return [self.check_file(p, d) for p, d in batch]


def test_an_exception_becomes_the_files_error():
    report = check_one(_BrokenOnX(), Path("x.md"), "x.md")
    assert report == FileReport(path="x.md", error="internal error while checking: IndexError: list index out of range", internal=True)


def test_an_exception_in_a_batch_costs_only_its_file():
    batch = [(Path(n), n) for n in ("a.md", "x.md", "b.md")]
    assert check_batch(_BrokenOnX(), batch) == [
        FileReport(path="a.md", words=1),
        FileReport(path="x.md", error="internal error while checking: IndexError: list index out of range", internal=True),
        FileReport(path="b.md", words=1)]


def test_nothing_is_loaded_without_files(monkeypatch):
    import checker.engine

    def refuse(*args, **kwargs):
        raise AssertionError("the Checker was built for an empty run")

    monkeypatch.setattr(checker.engine, "Checker", refuse)
    assert list(check_files(iter(()), RunConfig(), jobs=1)) == []
    assert list(check_files(iter(()), RunConfig(), jobs=2)) == []


@pytest.mark.slow
def test_a_batch_equals_its_files_one_by_one(checker, archive):
    assert checker.check_files(archive) == [checker.check_file(path, display) for path, display in archive]
