"""Exit codes that CI can trust (issue 9 §2): 0 clean, 1 findings, 2 usage error or unreadable
file, 3 internal error, 130 Ctrl-C; one test (at least) per code, for `check` and `audit`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import checker.engine
from checker.cli import main

WRONG = "GAN stands for general adversarial network.\n"
CLEAN = "Tomatoes need sun and water.\n"

pytestmark = pytest.mark.slow


@pytest.fixture
def posts(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "posts"
    root.mkdir()
    (root / "a.md").write_text(WRONG)
    (root / "b.md").write_text(WRONG)
    (root / "c.md").write_text(CLEAN)
    return root


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def _raise_on(monkeypatch, name: str, exc: BaseException) -> None:
    real = checker.engine.report_for

    def report_for(document, claims, chk):
        if document.path.endswith(name):
            raise exc
        return real(document, claims, chk)

    monkeypatch.setattr(checker.engine, "report_for", report_for)


@pytest.mark.parametrize("command", [["check"], ["audit", "-j", "1"]])
def test_0_clean(posts, command):
    assert run(*command, str(posts / "c.md")).exit_code == 0


@pytest.mark.parametrize("command", [["check"], ["audit", "-j", "1"]])
def test_1_findings(posts, command):
    assert run(*command, str(posts)).exit_code == 1


@pytest.mark.parametrize("command", [["check"], ["audit", "-j", "1"]])
def test_2_unreadable_file(posts, command):
    (posts / "bin.md").write_bytes(b"\x00\x01")
    result = run(*command, "--format", "concise", str(posts))
    assert result.exit_code == 2
    assert result.stderr == f"claimcheck: {posts / 'bin.md'}: looks like a binary file (contains NUL bytes)\n"


@pytest.mark.parametrize("command", [["check"], ["audit"]])
def test_2_usage_error(posts, command):
    result = run(*command, "--fail-on", "sometimes", str(posts))
    assert result.exit_code == 2 and "Traceback" not in result.output


@pytest.mark.parametrize("command", [["check"], ["audit", "-j", "1"]])
def test_2_folder_with_no_file_to_check(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "image.png").write_bytes(b"\x89PNG")
    result = run(*command, "posts")
    assert result.exit_code == 2
    assert result.stderr == ("claimcheck: no files to check under posts (looked for *.md, *.markdown, *.mdx, *.txt, "
                             "*.text, *.html, *.htm); --allow-empty accepts an empty folder\n")
    assert run(*command, "posts", "--allow-empty").exit_code == 0


def test_2_unreachable_scheduler(posts):
    result = run("audit", "--scheduler", "tcp://127.0.0.1:9", "--scheduler-timeout", "1", "--no-cache", str(posts))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        "claimcheck: tcp://127.0.0.1:9: cannot reach the Dask scheduler within 1 s (--scheduler-timeout): ")


def test_stdin_name_under_an_excluded_folder_says_it_was_skipped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".claimcheck.yaml").write_text("exclude: [drafts/]\n")
    result = run("--stdin-filename", "drafts/post.md", "--format", "json", "-", input=WRONG)
    assert result.exit_code == 0
    assert result.stderr == (f"claimcheck: drafts/post.md: skipped: excluded by 'drafts/' "
                             f"({tmp_path / '.claimcheck.yaml'})\n")
    assert json.loads(result.stdout)["files"] == []


@pytest.mark.parametrize("command", [["check"], ["audit", "-j", "1", "--no-cache"]])
def test_3_internal_error_names_the_file_and_keeps_the_others(posts, monkeypatch, command):
    _raise_on(monkeypatch, "b.md", RuntimeError("boom\nsecond line"))
    result = run(*command, "--format", "json", str(posts))
    assert result.exit_code == 3
    assert result.stderr == (f"claimcheck: {posts / 'b.md'}: internal error while checking: RuntimeError: boom "
                             "second line (run with --debug for the traceback)\n")
    files = {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}
    assert [x["rule"] for x in files["a.md"]["findings"]] == ["N2"] and files["c.md"]["error"] is None
    debug = run(*command, "--format", "json", "--debug", str(posts))
    assert debug.exit_code == 3
    assert debug.stderr.startswith("Traceback (most recent call last):") and "RuntimeError: boom" in debug.stderr
    assert debug.stderr.endswith("internal error while checking: RuntimeError: boom second line\n")


def test_3_internal_error_outside_a_file(posts, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("renderer broke")

    monkeypatch.setitem(checker.cli.FORMATS, "concise", broken)
    result = run("--format", "concise", str(posts / "c.md"))
    assert result.exit_code == 3
    assert result.stderr == ("claimcheck: internal error: ValueError: renderer broke "
                             "(run with --debug for the traceback)\n")


def test_130_ctrl_c_keeps_what_was_streamed_and_writes_no_half_report(posts, monkeypatch):
    for n in range(1, 9):  # a first batch (8 files) that is done before the interrupt
        (posts / f"a{n}.md").write_text(f"Post {n}.\n\n{WRONG}")
    (posts / "b.md").write_text(f"Post b.\n\n{WRONG}")  # not a.md's bytes, which the cache would know
    _raise_on(monkeypatch, "b.md", KeyboardInterrupt())
    report = posts.parent / "audit.html"
    result = run("audit", "-j", "1", "--format", "text", "--report", str(report), str(posts))
    assert result.exit_code == 130
    assert result.stdout.startswith(f"{posts / 'a.md'}:1:")  # streamed before the interrupt
    assert "b.md" not in result.stdout
    assert result.stderr.endswith("claimcheck: interrupted\n")
    assert sorted(p.name for p in posts.parent.iterdir()) == ["cache", "posts"]  # no report, no temp file


def test_atomic_write_leaves_the_old_file_when_interrupted(tmp_path, monkeypatch):
    import os

    from checker.atomic import write_text_atomic

    target = tmp_path / "baseline.json"
    target.write_text("old")

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_text_atomic(target, "new")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["baseline.json"]


def test_130_real_sigint_with_worker_processes(tmp_path):
    """A real SIGINT to `claimcheck audit -j 2` while a file hangs: exit 130 at once, what was
    streamed stays, no report file, no traceback, no worker left behind."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from checker.budget import TEST_HANG_ENV

    posts = tmp_path / "posts"
    posts.mkdir()
    for n in range(10):
        (posts / f"p{n}.md").write_text(f"Post {n}.\n\n{WRONG}")
    (posts / "z-hangs.md").write_text("HANG-HERE\n")
    env = dict(os.environ, **{TEST_HANG_ENV: "HANG-HERE"}, CLAIMCHECK_CACHE_DIR=str(tmp_path / "cache"))
    command = [sys.executable, "-m", "checker.cli", "audit", "-j", "2", "--timeout", "0", "--format", "text",
               "--report", str(tmp_path / "audit.html"), str(posts)]
    # (SIGINT's default handling restored in the child: a pytest-xdist worker ignores SIGINT,
    # and an ignored signal stays ignored across exec)
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    first = proc.stdout.readline()  # the first file's finding has been streamed
    # (the workers are polled for, not waited a fixed second: under load, as when the suite
    # runs in two processes, they can take longer to start)
    deadline = time.monotonic() + 30
    children: list[str] = []
    while time.monotonic() < deadline and len(children) < 2:
        time.sleep(0.2)
        children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
    assert len(children) >= 2  # the two workers (and the resource tracker)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert first.startswith(str(posts / "p0.md").encode()) and b"error[N2]" in first
    assert err.decode().strip().splitlines()[-1] == "claimcheck: interrupted" and b"Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "posts"]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(int(pid)) for pid in children):
        time.sleep(0.1)
    assert not any(_alive(int(pid)) for pid in children)


def _alive(pid: int) -> bool:
    import os
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is gone for our purpose
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ", 1)[1][0] != "Z"
    except OSError:
        return False
