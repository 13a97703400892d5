"""The audit stream: walk problems, cache hits and checked files come out in walk order; a warm
run never starts the backend; a changed fact invalidates the cache. A fake backend stands in
for the checker here (no model); tests/cli/test_cli_audit.py runs the real one."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from checker import audit as audit_module
from checker.audit import audit
from checker.cache import Cache
from checker.config import RunConfig
from checker.errors import InputError
from checker.knowledge import default_rules_dir
from checker.model import FileReport, Finding, Severity
from checker.walk import Found, walk


class FakeBackend:
    """Reports one finding per line that mentions GAN; records what it was asked to check."""

    def __init__(self, reverse: bool = False) -> None:
        self.checked: list[str] = []
        self.reverse = reverse

    def __call__(self, files):
        reports = []
        for path, display in files:
            self.checked.append(display)
            lines = path.read_text().splitlines()
            findings = tuple(Finding(rule="N2", fact="N2", severity=Severity.ERROR, line=i, column=1, end_line=i, end_column=4, message="m", claim=line, suggestion="s", sources=("S2",))
                             for i, line in enumerate(lines, 1) if "GAN" in line)
            reports.append(FileReport(path=display, findings=findings, words=len(" ".join(lines).split())))
            if not self.reverse:
                yield reports.pop()
        yield from reversed(reports)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "posts"
    root.mkdir()
    (root / "a.md").write_text("GAN one\n")
    (root / "b.md").write_text("nothing\nGAN two\n")
    (root / "c.bin.md").write_bytes(b"\x00\x01binary")
    (root / "d.md").symlink_to("missing.md")
    (root / "e.html").write_text("<p>GAN three</p>\n")
    return root


def _paths(reports):
    return [Path(r.path).name for r in reports]


def test_order_with_problems_and_misses(tree):
    backend = FakeBackend()
    reports = list(audit(walk([str(tree)], RunConfig()), backend))
    assert _paths(reports) == ["a.md", "b.md", "c.bin.md", "d.md", "e.html"]
    assert reports[3].error == "broken symbolic link"
    assert [len(r.findings) for r in reports] == [1, 1, 0, 0, 1]


def test_backend_results_out_of_order_are_put_back_in_order(tree):
    reports = list(audit(walk([str(tree)], RunConfig()), FakeBackend(reverse=True)))
    assert _paths(reports) == ["a.md", "b.md", "c.bin.md", "d.md", "e.html"]
    assert [r.findings[0].claim for r in reports if r.findings] == ["GAN one", "GAN two", "<p>GAN three</p>"]


def test_warm_run_never_starts_the_backend(tree, tmp_path):
    found = list(walk([str(tree)], RunConfig()))
    with Cache(tmp_path / "cache", "run") as cache:
        cold = list(audit(found, FakeBackend(), cache))
    warm_backend = FakeBackend()
    with Cache(tmp_path / "cache", "run") as cache:
        warm = list(audit(found, warm_backend, cache))
    assert warm == cold
    assert warm_backend.checked == []
    assert cold[2].error.startswith("looks like a binary file")  # known without a backend


def test_changed_file_is_checked_again(tree, tmp_path):
    found = list(walk([str(tree)], RunConfig()))
    with Cache(tmp_path / "cache", "run") as cache:
        list(audit(found, FakeBackend(), cache))
    (tree / "b.md").write_text("GAN changed\nGAN again\n")
    backend = FakeBackend()
    with Cache(tmp_path / "cache", "run") as cache:
        reports = list(audit(found, backend, cache))
    assert backend.checked == [str(tree / "b.md")]
    assert len(reports[1].findings) == 2


def test_changed_fact_invalidates_the_cache(tree, tmp_path):
    rules = Path(shutil.copytree(default_rules_dir(), tmp_path / "rules"))
    config = RunConfig(rules_dir=str(rules))
    found = list(walk([str(tree)], config))
    with Cache.for_run(config, tmp_path / "cache") as cache:
        list(audit(found, FakeBackend(), cache))
    facts = rules / "facts.yaml"
    text, n = re.subn(r"(- id: N2\n(?:    .*\n)*?    severity: )error", r"\1warning", facts.read_text())
    assert n == 1
    facts.write_text(text)
    backend = FakeBackend()
    with Cache.for_run(config, tmp_path / "cache") as cache:
        list(audit(found, backend, cache))
    assert [Path(p).name for p in backend.checked] == ["a.md", "b.md", "e.html"]


def test_unreadable_file_is_reported_and_the_rest_checked(tree, tmp_path, monkeypatch):
    real = audit_module.read_bytes

    def read_bytes(path):
        if path.name == "b.md":
            raise InputError(str(path), "permission denied")
        return real(path)

    monkeypatch.setattr(audit_module, "read_bytes", read_bytes)
    backend = FakeBackend()
    with Cache(tmp_path / "cache", "run") as cache:
        reports = list(audit(walk([str(tree)], RunConfig()), backend, cache))
    assert reports[1] == FileReport(path=str(tree / "b.md"), error="permission denied")
    assert [Path(p).name for p in backend.checked] == ["a.md", "e.html"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_for_real(tree, tmp_path):
    (tree / "b.md").chmod(0)
    try:
        with Cache(tmp_path / "cache", "run") as cache:
            reports = list(audit(walk([str(tree)], RunConfig()), FakeBackend(), cache))
    finally:
        (tree / "b.md").chmod(0o644)
    assert reports[1].error == "permission denied"
    assert len(reports[0].findings) == 1


def test_explicit_found_entries_pass_through():
    found = [Found(path=Path("x.md"), display="x.md", problem="no such file or directory")]
    assert list(audit(found, FakeBackend())) == [FileReport(path="x.md", error="no such file or directory")]
